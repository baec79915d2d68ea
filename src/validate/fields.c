/*
 * Field formats: text rules, names, phone numbers, e-mail, postal codes,
 * dates, and the exact decimal parsers for turnover (万元 → yuan) and CE
 * hours (→ tenths). Allocation-free; no floating point.
 */
#include <string.h>

#include "validate/validate_internal.h"

static inline bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static inline bool is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

auctreg__vr auctreg__vcheck_text(const char *s, size_t max_chars)
{
    if (!s || !*s)
        return AUCTREG__VR_OK;
    size_t n = strlen(s);
    if (!auctreg__utf8_valid(s, n))
        return AUCTREG__VR_UTF8;
    if (auctreg__has_control(s, false))
        return AUCTREG__VR_CONTROL;
    /* U+3000 IDEOGRAPHIC SPACE counts as white space too. */
    if (is_space(s[0]) || is_space(s[n - 1]) || strncmp(s, "\xE3\x80\x80", 3) == 0 ||
        (n >= 3 && memcmp(s + n - 3, "\xE3\x80\x80", 3) == 0))
        return AUCTREG__VR_WHITESPACE;
    if (max_chars && auctreg__utf8_len(s) > max_chars)
        return AUCTREG__VR_TOO_LONG;
    return AUCTREG__VR_OK;
}

/* ---------------------------------------------------------------- names */

static bool is_han(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x2EBEF) || (cp >= 0x30000 && cp <= 0x323AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

static bool is_latin(uint32_t cp)
{
    return (cp < 0x80 && is_alpha((char)cp)) ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

static bool is_middle_dot(uint32_t cp)
{
    return cp == 0xB7 || cp == 0x30FB || cp == 0x2027;
}

/* Name rules on valid UTF-8 without control characters. */
static auctreg__vr name_format(const char *s)
{
    enum { START, LETTER_HAN, LETTER_LATIN, DOT, LATIN_SEP } prev = START;
    while (*s) {
        uint32_t cp = auctreg__utf8_next(&s);
        if (is_han(cp)) {
            if (prev == LATIN_SEP)
                return AUCTREG__VR_NAME_FORMAT;
            prev = LETTER_HAN;
        } else if (is_latin(cp)) {
            prev = LETTER_LATIN;
        } else if (is_middle_dot(cp)) {
            if (prev != LETTER_HAN && prev != LETTER_LATIN)
                return AUCTREG__VR_NAME_FORMAT;
            prev = DOT;
        } else if (cp == ' ' || cp == '-' || cp == '\'') {
            if (prev != LETTER_LATIN)
                return AUCTREG__VR_NAME_FORMAT;
            prev = LATIN_SEP;
        } else {
            return AUCTREG__VR_NAME_FORMAT;
        }
    }
    return prev == LETTER_HAN || prev == LETTER_LATIN ? AUCTREG__VR_OK : AUCTREG__VR_NAME_FORMAT;
}

auctreg__vr auctreg__name_check(const char *s)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    auctreg__vr r = auctreg__vcheck_text(s, AUCTREG_NAME_MAX_CHARS);
    return r ? r : name_format(s);
}

/* ---------------------------------------------------------------- phones, e-mail, postcode */

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i]))
            return false;
    return true;
}

auctreg__vr auctreg__mobile_check(const char *s)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    return strlen(s) == 11 && s[0] == '1' && s[1] >= '3' && s[1] <= '9' && digits(s, 11)
               ? AUCTREG__VR_OK
               : AUCTREG__VR_MOBILE_FORMAT;
}

/* A run of n digits at s? */
static bool run(const char *s, size_t n, size_t min, size_t max)
{
    return n >= min && n <= max && digits(s, n);
}

/*
 * Landline: 0 + 2-3 digit area code, optional '-', 7-8 digit local number
 * (not starting with 0), optional '-' + 1-6 digit extension.
 */
static bool landline(const char *s)
{
    const char *part[3];
    size_t len[3], k = 0;
    const char *p = s;
    for (;;) {
        const char *dash = strchr(p, '-');
        if (k == 3)
            return false;
        part[k] = p;
        len[k] = dash ? (size_t)(dash - p) : strlen(p);
        k++;
        if (!dash)
            break;
        p = dash + 1;
    }
    if (s[0] != '0')
        return false;
    bool area_local = k >= 2 && run(part[0], len[0], 3, 4) && run(part[1], len[1], 7, 8) &&
                      part[1][0] != '0';
    if (k == 1)
        return run(part[0], len[0], 10, 12);
    if (k == 2)
        return area_local || (run(part[0], len[0], 10, 12) && run(part[1], len[1], 1, 6));
    return area_local && run(part[2], len[2], 1, 6);
}

auctreg__vr auctreg__phone_check(const char *s)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    if (auctreg__mobile_check(s) == AUCTREG__VR_OK || landline(s))
        return AUCTREG__VR_OK;
    return AUCTREG__VR_PHONE_FORMAT;
}

static bool email_local_char(char c)
{
    return is_alpha(c) || is_digit(c) || (c && strchr("!#$%&'*+/=?^_`{|}~-", c) != NULL);
}

auctreg__vr auctreg__email_check(const char *s)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    size_t n = strlen(s);
    const char *at = strchr(s, '@');
    if (n > AUCTREG_EMAIL_MAX_BYTES || !at || strchr(at + 1, '@'))
        return AUCTREG__VR_EMAIL_FORMAT;
    size_t local_len = (size_t)(at - s);
    if (local_len < 1 || local_len > 64 || s[0] == '.' || at[-1] == '.')
        return AUCTREG__VR_EMAIL_FORMAT;
    for (size_t i = 0; i < local_len; i++) {
        if (s[i] == '.') {
            if (s[i + 1] == '.')
                return AUCTREG__VR_EMAIL_FORMAT;
        } else if (!email_local_char(s[i])) {
            return AUCTREG__VR_EMAIL_FORMAT;
        }
    }
    const char *d = at + 1;
    int labels = 0;
    bool last_alpha = false;
    size_t last_len = 0;
    while (*d) {
        const char *start = d;
        bool alpha_only = true;
        while (*d && *d != '.') {
            if (!is_alpha(*d)) {
                alpha_only = false;
                if (!is_digit(*d) && *d != '-')
                    return AUCTREG__VR_EMAIL_FORMAT;
            }
            d++;
        }
        size_t len = (size_t)(d - start);
        if (len < 1 || len > 63 || start[0] == '-' || d[-1] == '-')
            return AUCTREG__VR_EMAIL_FORMAT;
        labels++;
        last_alpha = alpha_only;
        last_len = len;
        if (*d == '.') {
            d++;
            if (!*d)
                return AUCTREG__VR_EMAIL_FORMAT;
        }
    }
    return labels >= 2 && last_alpha && last_len >= 2 ? AUCTREG__VR_OK : AUCTREG__VR_EMAIL_FORMAT;
}

auctreg__vr auctreg__postal_check(const char *s)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    return strlen(s) == 6 && digits(s, 6) ? AUCTREG__VR_OK : AUCTREG__VR_POSTAL_FORMAT;
}

auctreg__vr auctreg__date_check(const char *s, int64_t *days)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    int y, m, d;
    if (!auctreg__date_parse(s, &y, &m, &d))
        return AUCTREG__VR_DATE_FORMAT;
    if (days)
        *days = auctreg__days_from_civil(y, m, d);
    return AUCTREG__VR_OK;
}

/* ---------------------------------------------------------------- exact decimals */

/*
 * Parse "<digits>[.<1..max_dec digits>]" into value * 10^scale (scale >= max_dec).
 * max_int_digits bounds the integer part (leading zeros excluded).
 * Returns OK, fmt_err or range_err; a leading '-' before a well-formed number
 * is a range error (negative).
 */
static auctreg__vr parse_decimal(const char *s, int max_dec, int scale, int max_int_digits,
                                 int64_t *out, auctreg__vr fmt_err, auctreg__vr range_err)
{
    if (!s || !*s)
        return AUCTREG__VR_REQUIRED;
    bool negative = false;
    if (*s == '-') {
        negative = true;
        s++;
    }
    const char *p = s;
    while (*p == '0' && is_digit(p[1]))
        p++; /* leading zeros */
    int int_digits = 0;
    int64_t v = 0;
    const char *q = p;
    for (; is_digit(*q); q++) {
        if (++int_digits > max_int_digits)
            break;
        v = v * 10 + (*q - '0');
    }
    if (q == s && !is_digit(*q))
        return fmt_err; /* no integer digits at all */
    bool too_big = int_digits > max_int_digits;
    while (is_digit(*q))
        q++;
    int dec = 0;
    int64_t frac = 0;
    if (*q == '.') {
        q++;
        for (; is_digit(*q); q++) {
            if (++dec > max_dec)
                return fmt_err;
            frac = frac * 10 + (*q - '0');
        }
        if (dec == 0)
            return fmt_err;
    }
    if (*q)
        return fmt_err;
    if (too_big || negative)
        return range_err;
    for (int i = dec; i < scale; i++)
        frac *= 10;
    int64_t mult = 1;
    for (int i = 0; i < scale; i++)
        mult *= 10;
    *out = v * mult + frac;
    return AUCTREG__VR_OK;
}

auctreg__vr auctreg__turnover_parse(const char *s, int64_t *yuan)
{
    int64_t v = 0;
    auctreg__vr r = parse_decimal(s, 4, 4, 10, &v, AUCTREG__VR_TURNOVER_FORMAT,
                                  AUCTREG__VR_TURNOVER_RANGE);
    if (r == AUCTREG__VR_OK)
        *yuan = v;
    return r;
}

auctreg__vr auctreg__hours_parse(const char *s, int64_t *tenths)
{
    int64_t v = 0;
    auctreg__vr r = parse_decimal(s, 1, 1, 4, &v, AUCTREG__VR_HOURS_FORMAT, AUCTREG__VR_HOURS_RANGE);
    if (r == AUCTREG__VR_OK && v <= 0)
        r = AUCTREG__VR_HOURS_RANGE;
    if (r == AUCTREG__VR_OK)
        *tenths = v;
    return r;
}
