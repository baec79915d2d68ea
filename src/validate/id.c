/*
 * Identity numbers: resident ID (GB 11643-1999, ISO 7064 MOD 11-2), residence
 * permits, travel permits, passports, foreign permanent residence cards;
 * Unified Social Credit Code (GB 32100-2015); management numbers.
 * Everything here is allocation-free (the ID check runs ≥ 10 million times
 * per second, see bench/README.md).
 */
#include <string.h>

#include "codes/codes_internal.h"
#include "validate/validate_internal.h"

/* Province-level codes an 18-digit resident ID may start with (GB/T 2260):
 * 11-15, 21-23, 31-37, 41-46, 50-54, 61-65. */
static const unsigned char mainland_province[100] = {
    [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1,
    [21] = 1, [22] = 1, [23] = 1,
    [31] = 1, [32] = 1, [33] = 1, [34] = 1, [35] = 1, [36] = 1, [37] = 1,
    [41] = 1, [42] = 1, [43] = 1, [44] = 1, [45] = 1, [46] = 1,
    [50] = 1, [51] = 1, [52] = 1, [53] = 1, [54] = 1,
    [61] = 1, [62] = 1, [63] = 1, [64] = 1, [65] = 1,
};

static const unsigned char weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
static const char check_chars[11] = "10X98765432";

static inline bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static inline bool is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* ISO 7064 MOD 11-2 check character of 17 digits. */
static inline char mod11_2(const char *d)
{
    unsigned sum = 0;
    for (int i = 0; i < 17; i++)
        sum += (unsigned)(d[i] - '0') * weights[i];
    return check_chars[sum % 11];
}

/* Day number of the date in d[0..8) (YYYYMMDD digits), or INT64_MIN. */
static int64_t yyyymmdd_days(const char *d)
{
    int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    int m = (d[4] - '0') * 10 + (d[5] - '0');
    int day = (d[6] - '0') * 10 + (d[7] - '0');
    if (y < 1900 || m < 1 || m > 12 || day < 1 || day > auctreg__days_in_month(y, m))
        return INT64_MIN;
    return auctreg__days_from_civil(y, m, day);
}

static size_t bounded_len(const char *s, size_t max)
{
    size_t n = 0;
    while (n <= max && s[n])
        n++;
    return n; /* max + 1 means "longer than max" */
}

int auctreg_id_upgrade(const char *number, char out[19])
{
    if (!number || !out)
        return auctreg__null_arg("auctreg_id_upgrade", !number ? "number" : "out");
    size_t n = bounded_len(number, 18);
    bool ok = n == 15 || n == 18;
    for (size_t i = 0; ok && i < n; i++)
        ok = is_digit(number[i]) || (i == 17 && (number[i] == 'X' || number[i] == 'x'));
    if (!ok)
        return auctreg__fail(AUCTREG_EINVAL, "id.format", "证件号码格式不正确",
                             "the ID number has the wrong format");
    if (n == 15) {
        memcpy(out, number, 6);
        out[6] = '1';
        out[7] = '9';
        memcpy(out + 8, number + 6, 9);
        out[17] = mod11_2(out);
    } else {
        memcpy(out, number, 18);
        if (out[17] == 'x')
            out[17] = 'X';
    }
    out[18] = '\0';
    return 0;
}

/* Facts of a valid 18-character number (check character c, upper case). */
static void fill_info(const char *s, char c, auctreg_id_info *info)
{
    memcpy(info->number, s, 17);
    info->number[17] = c;
    info->number[18] = '\0';
    memcpy(info->birth_date, s + 6, 4);
    info->birth_date[4] = '-';
    memcpy(info->birth_date + 5, s + 10, 2);
    info->birth_date[7] = '-';
    memcpy(info->birth_date + 8, s + 12, 2);
    info->birth_date[10] = '\0';
    info->gender[0] = ((s[16] - '0') & 1) ? '1' : '2';
    info->gender[1] = '\0';
    memcpy(info->area, s, 6);
    info->area[6] = '\0';
}

/*
 * 18-character number with MOD 11-2 check and a birth date at d+6.
 * area: NULL = mainland province prefix; otherwise the exact 6-digit code(s)
 * allowed ("810000" "820000" as a list of 6-char codes separated by nothing).
 */
/* The shape of every 18-character number: 17 digits and a digit or X (x accepted) as its
 * check character, returned normalised in *check. */
static auctreg__vr digits17_check(const char *s, char *check)
{
    for (int i = 0; i < 17; i++)
        if (!is_digit(s[i]))
            return AUCTREG__VR_ID_FORMAT;
    char c = s[17] == 'x' ? 'X' : s[17];
    if (!is_digit(c) && c != 'X')
        return AUCTREG__VR_ID_FORMAT;
    *check = c;
    return AUCTREG__VR_OK;
}

/* The rest every 18-character number shares: a real birth date at s+6, not in the future,
 * and the MOD 11-2 check character; fills *info when valid. */
static auctreg__vr birth_and_checksum(const char *s, char check, int64_t today, auctreg_id_info *info)
{
    int64_t birth = yyyymmdd_days(s + 6);
    if (birth == INT64_MIN)
        return AUCTREG__VR_ID_BIRTH;
    if (birth > today)
        return AUCTREG__VR_ID_BIRTH_FUTURE;
    if (mod11_2(s) != check)
        return AUCTREG__VR_ID_CHECKSUM;
    if (info)
        fill_info(s, check, info);
    return AUCTREG__VR_OK;
}

static auctreg__vr check18(const char *s, const char *areas, int64_t today, auctreg_id_info *info)
{
    char c;
    auctreg__vr r = digits17_check(s, &c);
    if (r)
        return r;
    if (!areas) {
        if (!mainland_province[(s[0] - '0') * 10 + (s[1] - '0')])
            return AUCTREG__VR_ID_AREA;
    } else {
        bool hit = false;
        for (const char *a = areas; *a && !hit; a += 6)
            hit = memcmp(a, s, 6) == 0;
        if (!hit)
            return AUCTREG__VR_ID_AREA;
    }
    return birth_and_checksum(s, c, today, info);
}

static auctreg__vr resident_id(const char *s, int64_t today, auctreg_id_info *info)
{
    size_t n = bounded_len(s, 18);
    if (n == 18)
        return check18(s, NULL, today, info);
    if (n != 15)
        return AUCTREG__VR_ID_FORMAT;
    for (int i = 0; i < 15; i++)
        if (!is_digit(s[i]))
            return AUCTREG__VR_ID_FORMAT;
    char up[19];
    memcpy(up, s, 6);
    up[6] = '1';
    up[7] = '9';
    memcpy(up + 8, s + 6, 9);
    up[17] = mod11_2(up);
    up[18] = '\0';
    return check18(up, NULL, today, info);
}

static bool country_numeric_known(const char *d)
{
    for (size_t i = 0; i < auctreg__country_count; i++)
        if (memcmp(auctreg__countries[i].numeric, d, 3) == 0)
            return true;
    return false;
}

static bool country_alpha3_known(const char *s)
{
    char a3[4] = {s[0], s[1], s[2], '\0'};
    return auctreg_codes_is_valid(AUCTREG_CODES_NATIONALITY, a3);
}

static auctreg__vr foreign_pr(const char *s, int64_t today, auctreg_id_info *info)
{
    size_t n = bounded_len(s, 18);
    if (n == 18) {
        /* 2017+ card: 9, province (2), nationality ISO numeric (3), birth date (8),
         * sequence (2), gender digit, MOD 11-2 check. */
        if (s[0] != '9')
            return AUCTREG__VR_ID_FORMAT;
        char c;
        auctreg__vr r = digits17_check(s, &c);
        if (r)
            return r;
        if (!mainland_province[(s[1] - '0') * 10 + (s[2] - '0')] || !country_numeric_known(s + 3))
            return AUCTREG__VR_ID_AREA;
        return birth_and_checksum(s, c, today, info);
    }
    if (n == 15) {
        /* 2004 card: ISO alpha-3 nationality + 12 digits. */
        if (!is_upper(s[0]) || !is_upper(s[1]) || !is_upper(s[2]))
            return AUCTREG__VR_ID_FORMAT;
        for (int i = 3; i < 15; i++)
            if (!is_digit(s[i]))
                return AUCTREG__VR_ID_FORMAT;
        if (!country_alpha3_known(s))
            return AUCTREG__VR_ID_AREA;
        return AUCTREG__VR_OK;
    }
    return AUCTREG__VR_ID_FORMAT;
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i]))
            return false;
    return true;
}

static auctreg__vr hk_mo_travel(const char *s)
{
    size_t n = bounded_len(s, 11);
    if ((n == 9 || n == 11) && (s[0] == 'H' || s[0] == 'M') && all_digits(s + 1, n - 1))
        return AUCTREG__VR_OK;
    return AUCTREG__VR_ID_FORMAT;
}

static auctreg__vr tw_travel(const char *s)
{
    size_t n = bounded_len(s, 12);
    if (n == 8 && all_digits(s, 8))
        return AUCTREG__VR_OK;
    if (n < 10 || n > 12)
        return AUCTREG__VR_ID_FORMAT;
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i]) && !is_upper(s[i]))
            return AUCTREG__VR_ID_FORMAT;
    return AUCTREG__VR_OK;
}

static auctreg__vr passport(const char *s)
{
    size_t n = bounded_len(s, 17);
    if (n < 5 || n > 17)
        return AUCTREG__VR_ID_FORMAT;
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        if (is_digit(s[i]))
            digit = true;
        else if (!is_upper(s[i]))
            return AUCTREG__VR_ID_FORMAT;
    }
    if (!digit)
        return AUCTREG__VR_ID_FORMAT;
    /* Chinese ordinary passports: E + 8 digits or E + letter + 7 digits. */
    if (n == 9 && s[0] == 'E' && !(all_digits(s + 1, 8) || (is_upper(s[1]) && all_digits(s + 2, 7))))
        return AUCTREG__VR_ID_FORMAT;
    return AUCTREG__VR_OK;
}

auctreg__vr auctreg__id_check(const char *id_type, const char *number, int64_t today,
                              auctreg_id_info *info)
{
    if (info)
        memset(info, 0, sizeof *info);
    if (!id_type || !*id_type)
        return AUCTREG__VR_ID_TYPE;
    if (!number || !*number)
        return AUCTREG__VR_REQUIRED;
    if (strcmp(id_type, AUCTREG_ID_TYPE_RESIDENT_ID) == 0)
        return resident_id(number, today, info);
    if (strcmp(id_type, AUCTREG_ID_TYPE_HK_MO_RESIDENCE) == 0)
        return bounded_len(number, 18) == 18 ? check18(number, "810000820000", today, info)
                                             : AUCTREG__VR_ID_FORMAT;
    if (strcmp(id_type, AUCTREG_ID_TYPE_TW_RESIDENCE) == 0)
        return bounded_len(number, 18) == 18 ? check18(number, "830000", today, info)
                                             : AUCTREG__VR_ID_FORMAT;
    if (strcmp(id_type, AUCTREG_ID_TYPE_HK_MO_TRAVEL) == 0)
        return hk_mo_travel(number);
    if (strcmp(id_type, AUCTREG_ID_TYPE_TW_TRAVEL) == 0)
        return tw_travel(number);
    if (strcmp(id_type, AUCTREG_ID_TYPE_PASSPORT) == 0)
        return passport(number);
    if (strcmp(id_type, AUCTREG_ID_TYPE_FOREIGN_PR) == 0)
        return foreign_pr(number, today, info);
    return AUCTREG__VR_ID_TYPE;
}

/* ---------------------------------------------------------------- USCC */

static const char uscc_alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const unsigned char uscc_weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20,
                                               29, 25, 13, 8, 24, 10, 30, 28};

static int uscc_value(char c)
{
    const char *p = c ? strchr(uscc_alphabet, c) : NULL;
    return p ? (int)(p - uscc_alphabet) : -1;
}

auctreg__vr auctreg__uscc_check(const char *code)
{
    if (!code || !*code)
        return AUCTREG__VR_REQUIRED;
    if (bounded_len(code, 18) != 18)
        return AUCTREG__VR_USCC_FORMAT;
    int v[18];
    for (int i = 0; i < 18; i++) {
        v[i] = uscc_value(code[i]);
        if (v[i] < 0 || (i >= 2 && i < 8 && !is_digit(code[i])))
            return AUCTREG__VR_USCC_FORMAT;
    }
    unsigned sum = 0;
    for (int i = 0; i < 17; i++)
        sum += (unsigned)v[i] * uscc_weights[i];
    int check = (int)((31 - sum % 31) % 31);
    return v[17] == check ? AUCTREG__VR_OK : AUCTREG__VR_USCC_CHECKSUM;
}

/* ---------------------------------------------------------------- management number */

auctreg__vr auctreg__mgmt_no_check(const char *s, unsigned min_digits, unsigned max_digits)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    size_t n = 0;
    for (; s[n]; n++)
        if (!is_digit(s[n]))
            return AUCTREG__VR_MGMT_FORMAT;
    return n < min_digits || n > max_digits ? AUCTREG__VR_MGMT_LENGTH : AUCTREG__VR_OK;
}
