/*
 * Reason table, options, the public single-field validators and the record
 * validators (person, practice list, CE list, documents), which report every
 * problem at once. See docs/validation.md.
 */
#include <stdio.h>
#include <string.h>

#include "codes/codes_internal.h"
#include "validate/validate_internal.h"

typedef struct vr_info {
    const char *reason;
    const char *zh; /* "%s" = field path */
    const char *en;
} vr_info;

static const vr_info vr_table[AUCTREG__VR_COUNT] = {
    [AUCTREG__VR_OK] = {"", "%s：正确", "%s: valid"},
    [AUCTREG__VR_REQUIRED] = {"field.required", "%s：必填项为空", "%s: required but empty"},
    [AUCTREG__VR_UTF8] = {"text.utf8", "%s：不是有效的 UTF-8 文本", "%s: not valid UTF-8 text"},
    [AUCTREG__VR_CONTROL] = {"text.control", "%s：含有控制字符", "%s: contains control characters"},
    [AUCTREG__VR_WHITESPACE] = {"text.whitespace", "%s：首尾不能有空白字符",
                                "%s: leading or trailing white space"},
    [AUCTREG__VR_TOO_LONG] = {"text.too_long", "%s：太长", "%s: too long"},
    [AUCTREG__VR_CODE_UNKNOWN] = {"code.unknown", "%s：不是代码表中的值",
                                  "%s: not a code of its code table"},
    [AUCTREG__VR_ID_TYPE] = {"id_type.unknown", "%s：未知的证件类型", "%s: unknown ID document type"},
    [AUCTREG__VR_ID_FORMAT] = {"id.format", "%s：证件号码格式不正确",
                               "%s: the ID number has the wrong format"},
    [AUCTREG__VR_ID_CHECKSUM] = {"id.checksum", "%s：证件号码校验位错误",
                                 "%s: the check character of the ID number is wrong"},
    [AUCTREG__VR_ID_BIRTH] = {"id.birth_date", "%s：证件号码中的出生日期无效",
                              "%s: the birth date in the ID number is not a real date"},
    [AUCTREG__VR_ID_BIRTH_FUTURE] = {"id.birth_future", "%s：证件号码中的出生日期晚于今天",
                                     "%s: the birth date in the ID number is in the future"},
    [AUCTREG__VR_ID_AREA] = {"id.area", "%s：证件号码的地区码无效",
                             "%s: the area code of the ID number is not valid for this document"},
    [AUCTREG__VR_GENDER_MISMATCH] = {"person.gender_mismatch", "%s：性别与身份证号不一致",
                                     "%s: the gender does not agree with the ID number"},
    [AUCTREG__VR_BIRTH_MISMATCH] = {"person.birth_mismatch", "%s：出生日期与身份证号不一致",
                                    "%s: the birth date does not agree with the ID number"},
    [AUCTREG__VR_USCC_FORMAT] = {"uscc.format", "%s：统一社会信用代码格式不正确",
                                 "%s: the Unified Social Credit Code has the wrong format"},
    [AUCTREG__VR_USCC_CHECKSUM] = {"uscc.checksum", "%s：统一社会信用代码校验位错误",
                                   "%s: the check character of the Unified Social Credit Code is wrong"},
    [AUCTREG__VR_MGMT_FORMAT] = {"mgmt_no.format", "%s：管理号只能由数字组成",
                                 "%s: the management number must consist of digits"},
    [AUCTREG__VR_MGMT_LENGTH] = {"mgmt_no.length", "%s：管理号位数不正确",
                                 "%s: the management number has the wrong number of digits"},
    [AUCTREG__VR_NAME_FORMAT] = {"name.format", "%s：姓名只能包含汉字、拉丁字母和间隔号",
                                 "%s: a name may contain only Chinese characters, Latin letters and the middle dot"},
    [AUCTREG__VR_PHONE_FORMAT] = {"phone.format", "%s：电话号码格式不正确",
                                  "%s: not a mobile or landline phone number"},
    [AUCTREG__VR_MOBILE_FORMAT] = {"mobile.format", "%s：手机号码格式不正确",
                                   "%s: not a mobile phone number"},
    [AUCTREG__VR_EMAIL_FORMAT] = {"email.format", "%s：电子邮箱格式不正确",
                                  "%s: not a valid e-mail address"},
    [AUCTREG__VR_POSTAL_FORMAT] = {"postal_code.format", "%s：邮编应为 6 位数字",
                                   "%s: a postal code is 6 digits"},
    [AUCTREG__VR_DATE_FORMAT] = {"date.format", "%s：日期应为有效的 YYYY-MM-DD",
                                 "%s: not a real date in the form YYYY-MM-DD"},
    [AUCTREG__VR_DATE_RANGE] = {"date.range", "%s：日期超出允许范围",
                                "%s: the date is outside the accepted range"},
    [AUCTREG__VR_DATE_FUTURE] = {"date.future", "%s：日期不能晚于今天", "%s: the date is in the future"},
    [AUCTREG__VR_DATE_EXPIRED] = {"date.expired", "%s：证件已过有效期", "%s: the document has expired"},
    [AUCTREG__VR_WORK_TOO_EARLY] = {"person.work_start_too_early", "%s：从事拍卖时间早于年满 16 周岁",
                                    "%s: auction work cannot start before the 16th birthday"},
    [AUCTREG__VR_DIVISION_UNKNOWN] = {"division.unknown", "%s：不是现行的行政区划代码",
                                      "%s: not a current administrative division code"},
    [AUCTREG__VR_DIVISION_LEVEL] = {"division.level", "%s：行政区划级别不正确",
                                    "%s: the division is not of the expected level"},
    [AUCTREG__VR_DIVISION_PARENT] = {"division.parent", "%s：县级区划不属于所选的市",
                                     "%s: the county does not belong to the chosen city"},
    [AUCTREG__VR_SESSIONS_RANGE] = {"sessions.range", "%s：主持拍卖场次应为 0 到 10000 的整数",
                                    "%s: sessions must be a whole number from 0 to 10000"},
    [AUCTREG__VR_TURNOVER_FORMAT] = {"turnover.format", "%s：成交额应为数字，最多 4 位小数（万元）",
                                     "%s: turnover must be a number in 10,000 yuan with at most 4 decimals"},
    [AUCTREG__VR_TURNOVER_RANGE] = {"turnover.range", "%s：成交额超出范围（0 到 9999999999.9999 万元）",
                                    "%s: turnover out of range (0 to 9999999999.9999 x 10,000 yuan)"},
    [AUCTREG__VR_HOURS_FORMAT] = {"hours.format", "%s：学时应为数字，最多 1 位小数",
                                  "%s: hours must be a number with at most one decimal"},
    [AUCTREG__VR_HOURS_RANGE] = {"hours.range", "%s：学时应大于 0 且不超过 9999.9",
                                 "%s: hours must be more than 0 and at most 9999.9"},
    [AUCTREG__VR_DOC_MEDIA] = {"document.media_type", "%s：只接受 PDF、JPEG 或 PNG 文件",
                               "%s: only PDF, JPEG or PNG content is accepted"},
    [AUCTREG__VR_DOC_EMPTY] = {"document.empty", "%s：文件为空", "%s: the file is empty"},
    [AUCTREG__VR_DOC_TOO_LARGE] = {"document.too_large", "%s：文件超过大小上限",
                                   "%s: the file exceeds the size limit"},
    [AUCTREG__VR_DOC_FILE_NAME] = {"document.file_name", "%s：文件名无效或包含路径",
                                   "%s: the file name is empty, invalid or contains a path"},
};

const char *auctreg__vr_reason(auctreg__vr r)
{
    return (unsigned)r < AUCTREG__VR_COUNT ? vr_table[r].reason : "";
}

void auctreg__vr_add(auctreg__problems *out, const char *prefix, const char *name, auctreg__vr r)
{
    if (r == AUCTREG__VR_OK || (unsigned)r >= AUCTREG__VR_COUNT)
        return;
    char path[128];
    if (prefix && *prefix)
        snprintf(path, sizeof path, "%s.%s", prefix, name);
    else
        snprintf(path, sizeof path, "%s", name);
    auctreg__problems_add(out, path, vr_table[r].reason, vr_table[r].zh, vr_table[r].en, path);
}

/* Set the last error to a single problem on field and return EINVAL. */
static int fail_one(const char *field, auctreg__vr r)
{
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    auctreg__vr_add(&p, NULL, field, r);
    return auctreg__fail_problems(AUCTREG_EINVAL, &p, vr_table[r].reason, vr_table[r].zh,
                                  vr_table[r].en, field);
}

/* Set the last error from a collected list (0 if it is empty). */
static int report(auctreg__problems *p, const char *reason, const char *zh, const char *en)
{
    if (p->count == 0 && !p->oom)
        return 0;
    size_t n = p->count;
    if (n == 1)
        return auctreg__fail_problems(AUCTREG_EINVAL, p, reason, "%s%.0s（1 个问题）",
                                      "%.0s%s (1 problem)", zh, en);
    return auctreg__fail_problems(AUCTREG_EINVAL, p, reason, "%s%.0s（共 %zu 个问题）",
                                  "%.0s%s (%zu problems)", zh, en, n);
}

/* ---------------------------------------------------------------- options */

int auctreg_validate_options_init(auctreg_validate_options *opts, unsigned int version)
{
    if (!opts)
        return auctreg__null_arg("auctreg_validate_options_init", "opts");
    int rc = auctreg__options_version(version, AUCTREG_VALIDATE_OPTIONS_VERSION);
    if (rc)
        return rc;
    memset(opts, 0, sizeof *opts);
    opts->version = AUCTREG_VALIDATE_OPTIONS_VERSION;
    opts->today = NULL;
    opts->mgmt_no_min_digits = 7;
    opts->mgmt_no_max_digits = 7;
    opts->document_max_bytes = AUCTREG_DOCUMENT_MAX_BYTES_DEFAULT;
    return 0;
}

int auctreg__validate_options_check(const auctreg_validate_options *o, int64_t *today_days)
{
    if (!o)
        return auctreg__null_arg("auctreg_validate", "opts");
    int vrc = auctreg__options_version(o->version, AUCTREG_VALIDATE_OPTIONS_VERSION);
    if (vrc)
        return vrc;
    int64_t t = o->today ? auctreg__date_days(o->today) : INT64_MIN;
    if (t == INT64_MIN)
        return auctreg__fail(AUCTREG_EINVAL, "options.today",
                             "选项 today 必须是 YYYY-MM-DD 格式的有效日期",
                             "option today must be a real date YYYY-MM-DD");
    if (o->mgmt_no_min_digits == 0 || o->mgmt_no_min_digits > o->mgmt_no_max_digits ||
        o->mgmt_no_max_digits > 64)
        return auctreg__fail(AUCTREG_EINVAL, "options.mgmt_no",
                             "管理号位数范围无效：%u 到 %u", "invalid management number length range: %u to %u",
                             o->mgmt_no_min_digits, o->mgmt_no_max_digits);
    if (o->document_max_bytes <= 0)
        return auctreg__fail(AUCTREG_EINVAL, "options.document_max_bytes",
                             "文件大小上限必须大于 0", "the document size limit must be more than 0");
    if (today_days)
        *today_days = t;
    return 0;
}

/* ---------------------------------------------------------------- single fields */

int auctreg_validate_id_number(const char *id_type, const char *number, const char *today,
                               auctreg_id_info *info)
{
    int64_t t = today ? auctreg__date_days(today) : INT64_MIN;
    if (t == INT64_MIN) {
        if (info)
            memset(info, 0, sizeof *info);
        return auctreg__fail(AUCTREG_EINVAL, "options.today", "today 必须是 YYYY-MM-DD 格式的有效日期",
                             "today must be a real date YYYY-MM-DD");
    }
    auctreg__vr r = auctreg__id_check(id_type, number, t, info);
    if (r == AUCTREG__VR_OK)
        return 0;
    return fail_one(r == AUCTREG__VR_ID_TYPE ? "id_type" : "id_number", r);
}

int auctreg_validate_uscc(const char *code)
{
    auctreg__vr r = auctreg__uscc_check(code);
    return r ? fail_one("uscc", r) : 0;
}

int auctreg_validate_mgmt_no(const char *mgmt_no, const auctreg_validate_options *opts)
{
    unsigned lo = 7, hi = 7;
    if (opts) {
        int vrc = auctreg__options_version(opts->version, AUCTREG_VALIDATE_OPTIONS_VERSION);
        if (vrc)
            return vrc;
        lo = opts->mgmt_no_min_digits;
        hi = opts->mgmt_no_max_digits;
        if (lo == 0 || lo > hi)
            return auctreg__fail(AUCTREG_EINVAL, "options.mgmt_no", "管理号位数范围无效：%u 到 %u",
                                 "invalid management number length range: %u to %u", lo, hi);
    }
    auctreg__vr r = auctreg__mgmt_no_check(mgmt_no, lo, hi);
    return r ? fail_one("mgmt_no", r) : 0;
}

int auctreg_validate_name(const char *name)
{
    auctreg__vr r = auctreg__name_check(name);
    return r ? fail_one("name", r) : 0;
}

int auctreg_validate_phone(const char *phone)
{
    auctreg__vr r = auctreg__phone_check(phone);
    return r ? fail_one("phone", r) : 0;
}

int auctreg_validate_mobile(const char *mobile)
{
    auctreg__vr r = auctreg__mobile_check(mobile);
    return r ? fail_one("mobile", r) : 0;
}

int auctreg_validate_email(const char *email)
{
    auctreg__vr r = auctreg__email_check(email);
    return r ? fail_one("email", r) : 0;
}

int auctreg_validate_postal_code(const char *code)
{
    auctreg__vr r = auctreg__postal_check(code);
    return r ? fail_one("postal_code", r) : 0;
}

int auctreg_validate_date(const char *iso)
{
    auctreg__vr r = auctreg__date_check(iso, NULL);
    return r ? fail_one("date", r) : 0;
}

int auctreg_parse_turnover_wan(const char *text, int64_t *yuan_out)
{
    if (!yuan_out)
        return auctreg__null_arg("auctreg_parse_turnover_wan", "yuan_out");
    auctreg__vr r = auctreg__turnover_parse(text, yuan_out);
    return r ? fail_one("turnover", r) : 0;
}

int auctreg_parse_hours(const char *text, int64_t *tenths_out)
{
    if (!tenths_out)
        return auctreg__null_arg("auctreg_parse_hours", "tenths_out");
    auctreg__vr r = auctreg__hours_parse(text, tenths_out);
    return r ? fail_one("hours", r) : 0;
}

/* ---------------------------------------------------------------- person */

typedef struct person_ctx {
    int64_t today;
    unsigned mgmt_min, mgmt_max;
} person_ctx;

/* The rule of one field on its own (value non-empty, text rules passed). */
static auctreg__vr person_field_rule(auctreg_person_field f, const char *v, const person_ctx *c)
{
    int64_t days;
    auctreg__vr r;
    switch (f) {
    case AUCTREG_PERSON_NAME:
        return auctreg__name_check(v);
    case AUCTREG_PERSON_GENDER:
        return auctreg_codes_is_valid(AUCTREG_CODES_GENDER, v) ? 0 : AUCTREG__VR_CODE_UNKNOWN;
    case AUCTREG_PERSON_ID_TYPE:
        return auctreg_codes_is_valid(AUCTREG_CODES_ID_TYPE, v) ? 0 : AUCTREG__VR_ID_TYPE;
    case AUCTREG_PERSON_ID_NUMBER:
        return auctreg__id_check(AUCTREG_ID_TYPE_RESIDENT_ID, v, c->today, NULL);
    case AUCTREG_PERSON_ID_VALID_UNTIL:
        if (strcmp(v, "长期") == 0)
            return AUCTREG__VR_OK;
        r = auctreg__date_check(v, &days);
        return r ? r : (days < c->today ? AUCTREG__VR_DATE_EXPIRED : AUCTREG__VR_OK);
    case AUCTREG_PERSON_MGMT_NO:
        return auctreg__mgmt_no_check(v, c->mgmt_min, c->mgmt_max);
    case AUCTREG_PERSON_BIRTH_DATE:
    case AUCTREG_PERSON_WORK_START_DATE:
        r = auctreg__date_check(v, &days);
        if (r)
            return r;
        if (days < auctreg__days_from_civil(1900, 1, 1))
            return AUCTREG__VR_DATE_RANGE;
        return days > c->today ? AUCTREG__VR_DATE_FUTURE : AUCTREG__VR_OK;
    case AUCTREG_PERSON_POLITICAL_STATUS:
        return auctreg_codes_is_valid(AUCTREG_CODES_POLITICAL_STATUS, v) ? 0 : AUCTREG__VR_CODE_UNKNOWN;
    case AUCTREG_PERSON_ETHNICITY:
        return auctreg_codes_is_valid(AUCTREG_CODES_ETHNICITY, v) ? 0 : AUCTREG__VR_CODE_UNKNOWN;
    case AUCTREG_PERSON_NATIONALITY:
        return auctreg_codes_is_valid(AUCTREG_CODES_NATIONALITY, v) ? 0 : AUCTREG__VR_CODE_UNKNOWN;
    case AUCTREG_PERSON_EDUCATION:
        return auctreg_codes_is_valid(AUCTREG_CODES_EDUCATION, v) ? 0 : AUCTREG__VR_CODE_UNKNOWN;
    case AUCTREG_PERSON_POSTAL_CODE:
        return auctreg__postal_check(v);
    case AUCTREG_PERSON_PHONE:
        return auctreg__phone_check(v);
    case AUCTREG_PERSON_EMAIL:
        return auctreg__email_check(v);
    case AUCTREG_PERSON_RESIDENCE_CITY: {
        const auctreg__division *d = auctreg__division_get(v);
        if (!d)
            return AUCTREG__VR_DIVISION_UNKNOWN;
        /* a prefecture, or a province without prefectures (71, 81, 82) */
        if (d->level == AUCTREG_DIVISION_PREFECTURE ||
            (d->level == AUCTREG_DIVISION_PROVINCE && auctreg_division_child_count(v) == 0))
            return AUCTREG__VR_OK;
        return AUCTREG__VR_DIVISION_LEVEL;
    }
    case AUCTREG_PERSON_RESIDENCE_COUNTY: {
        const auctreg__division *d = auctreg__division_get(v);
        if (!d)
            return AUCTREG__VR_DIVISION_UNKNOWN;
        /* a county, or a city without counties standing for itself (441900 东莞市) */
        if (d->level == AUCTREG_DIVISION_COUNTY || auctreg_division_child_count(v) == 0)
            return AUCTREG__VR_OK;
        return AUCTREG__VR_DIVISION_LEVEL;
    }
    case AUCTREG_PERSON_ADDRESS:
        return AUCTREG__VR_OK; /* text rules only */
    default:
        return AUCTREG__VR_OK;
    }
}

static size_t person_max_chars(auctreg_person_field f)
{
    switch (f) {
    case AUCTREG_PERSON_NAME:
        return AUCTREG_NAME_MAX_CHARS;
    case AUCTREG_PERSON_ADDRESS:
        return AUCTREG_ADDRESS_MAX_CHARS;
    default:
        return 254; /* every other field has a format far shorter */
    }
}

static auctreg__vr person_field_check(auctreg_person_field f, const char *v, const person_ctx *c)
{
    if (!v || !*v)
        return AUCTREG__VR_REQUIRED;
    auctreg__vr r = auctreg__vcheck_text(v, person_max_chars(f));
    return r ? r : person_field_rule(f, v, c);
}

int auctreg_validate_person_field(auctreg_person_field field, const char *value,
                                  const auctreg_validate_options *opts)
{
    int64_t today = 0; /* set by the options check; initialised for -O3 -Werror */
    int rc = auctreg__validate_options_check(opts, &today);
    if (rc)
        return rc;
    const char *name = auctreg_person_field_name(field);
    if (!name)
        return auctreg__fail(AUCTREG_EINVAL, "field.unknown", "未知的字段：%d", "unknown field: %d",
                             (int)field);
    person_ctx c = {today, opts->mgmt_no_min_digits, opts->mgmt_no_max_digits};
    auctreg__vr r = person_field_check(field, value, &c);
    return r ? fail_one(name, r) : 0;
}

/* 16th birthday (29 February → 1 March in a common year). */
static int64_t sixteenth_birthday(int64_t birth_days)
{
    int y, m, d;
    auctreg__civil_from_days(birth_days, &y, &m, &d);
    y += 16;
    if (m == 2 && d == 29 && !auctreg__is_leap(y)) {
        m = 3;
        d = 1;
    }
    return auctreg__days_from_civil(y, m, d);
}

/* The person rules; with partial, empty fields are allowed and cross-field rules apply
 * only between fields that are present (master data of auctioneers known before R6). */
static void person_into(auctreg__problems *out, const auctreg_person *p, const auctreg_validate_options *o,
                        const char *prefix, bool partial)
{
    int64_t today = o && o->today ? auctreg__date_days(o->today) : INT64_MIN;
    person_ctx c = {today, o ? o->mgmt_no_min_digits : 7, o ? o->mgmt_no_max_digits : 7};
    auctreg__vr r[AUCTREG_PERSON_FIELD_COUNT];
    const char *v[AUCTREG_PERSON_FIELD_COUNT];
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
        v[f] = auctreg_person_get(p, (auctreg_person_field)f);
        if (f == AUCTREG_PERSON_ID_NUMBER)
            continue; /* depends on the ID type, below */
        r[f] = partial && !*v[f] ? AUCTREG__VR_OK : person_field_check((auctreg_person_field)f, v[f], &c);
    }
    /* ID number by its type (resident ID when the type itself is missing or unknown). */
    const char *type = r[AUCTREG_PERSON_ID_TYPE] || !*v[AUCTREG_PERSON_ID_TYPE] ? AUCTREG_ID_TYPE_RESIDENT_ID
                                                                             : v[AUCTREG_PERSON_ID_TYPE];
    auctreg_id_info info;
    const char *idv = v[AUCTREG_PERSON_ID_NUMBER];
    info.birth_date[0] = '\0';
    r[AUCTREG_PERSON_ID_NUMBER] = !idv || !*idv ? (partial ? AUCTREG__VR_OK : AUCTREG__VR_REQUIRED)
                                                : auctreg__vcheck_text(idv, 32);
    if (!r[AUCTREG_PERSON_ID_NUMBER] && *idv)
        r[AUCTREG_PERSON_ID_NUMBER] = auctreg__id_check(type, idv, today, &info);
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++)
        auctreg__vr_add(out, prefix, auctreg_person_field_name((auctreg_person_field)f), r[f]);
    /* From here on a field takes part in a cross-field rule only when valid and present. */
    bool ok[AUCTREG_PERSON_FIELD_COUNT];
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++)
        ok[f] = !r[f] && *v[f];

    /* Cross-field rules, only between fields that are valid on their own. */
    if (ok[AUCTREG_PERSON_ID_NUMBER] && info.birth_date[0]) {
        if (ok[AUCTREG_PERSON_GENDER] && strcmp(info.gender, v[AUCTREG_PERSON_GENDER]) != 0)
            auctreg__vr_add(out, prefix, "gender", AUCTREG__VR_GENDER_MISMATCH);
        if (ok[AUCTREG_PERSON_BIRTH_DATE] && strcmp(info.birth_date, v[AUCTREG_PERSON_BIRTH_DATE]) != 0)
            auctreg__vr_add(out, prefix, "birth_date", AUCTREG__VR_BIRTH_MISMATCH);
    }
    if (ok[AUCTREG_PERSON_BIRTH_DATE] && ok[AUCTREG_PERSON_WORK_START_DATE] &&
        auctreg__date_days(v[AUCTREG_PERSON_WORK_START_DATE]) <
            sixteenth_birthday(auctreg__date_days(v[AUCTREG_PERSON_BIRTH_DATE])))
        auctreg__vr_add(out, prefix, "work_start_date", AUCTREG__VR_WORK_TOO_EARLY);
    if (ok[AUCTREG_PERSON_RESIDENCE_CITY] && ok[AUCTREG_PERSON_RESIDENCE_COUNTY]) {
        const char *city = v[AUCTREG_PERSON_RESIDENCE_CITY];
        const char *county = v[AUCTREG_PERSON_RESIDENCE_COUNTY];
        const char *parent = auctreg_division_parent(county);
        bool in_city = strcmp(county, city) == 0 ? auctreg_division_child_count(city) == 0
                                                 : parent && strcmp(parent, city) == 0;
        if (!in_city)
            auctreg__vr_add(out, prefix, "residence_county", AUCTREG__VR_DIVISION_PARENT);
    }
}

void auctreg__validate_person_into(auctreg__problems *out, const auctreg_person *p,
                                   const auctreg_validate_options *o, const char *prefix)
{
    person_into(out, p, o, prefix, false);
}

void auctreg__validate_person_partial_into(auctreg__problems *out, const auctreg_person *p,
                                           const auctreg_validate_options *o, const char *prefix)
{
    person_into(out, p, o, prefix, true);
}

int auctreg_validate_person(const auctreg_person *p, const auctreg_validate_options *opts)
{
    if (!p)
        return auctreg__null_arg("auctreg_validate_person", "p");
    int rc = auctreg__validate_options_check(opts, NULL);
    if (rc)
        return rc;
    auctreg__problems probs = AUCTREG__PROBLEMS_INIT;
    auctreg__validate_person_into(&probs, p, opts, NULL);
    return report(&probs, "validate.person", "个人资料有误", "the personal data has problems");
}

/* ---------------------------------------------------------------- practice, CE, documents */

static void indexed(char *buf, size_t n, const char *list, size_t i)
{
    snprintf(buf, n, "%s[%zu]", list, i);
}

void auctreg__validate_practice_into(auctreg__problems *out, const auctreg_application *a,
                                     const auctreg_validate_options *o)
{
    (void)o;
    char prefix[48];
    for (size_t i = 0; a && i < a->n_practice; i++) {
        const auctreg__practice *r = &a->practice[i];
        indexed(prefix, sizeof prefix, "practice", i);
        if (r->sessions < 0 || r->sessions > AUCTREG_PRACTICE_SESSIONS_MAX)
            auctreg__vr_add(out, prefix, "sessions", AUCTREG__VR_SESSIONS_RANGE);
        if (!r->subject || !*r->subject)
            auctreg__vr_add(out, prefix, "subject", AUCTREG__VR_REQUIRED);
        else if (!auctreg_codes_is_valid(AUCTREG_CODES_SUBJECT_TYPE, r->subject))
            auctreg__vr_add(out, prefix, "subject", AUCTREG__VR_CODE_UNKNOWN);
        if (r->turnover_yuan < 0 || r->turnover_yuan > AUCTREG_TURNOVER_MAX_YUAN)
            auctreg__vr_add(out, prefix, "turnover", AUCTREG__VR_TURNOVER_RANGE);
    }
}

void auctreg__validate_ce_into(auctreg__problems *out, const auctreg_application *a,
                               const auctreg_validate_options *o)
{
    (void)o;
    char prefix[48];
    for (size_t i = 0; a && i < a->n_ce; i++) {
        const auctreg__ce *r = &a->ce[i];
        indexed(prefix, sizeof prefix, "ce", i);
        auctreg__vr t = !r->item || !*r->item ? AUCTREG__VR_REQUIRED
                                              : auctreg__vcheck_text(r->item, AUCTREG_CE_ITEM_MAX_CHARS);
        auctreg__vr_add(out, prefix, "item", t);
        if (r->hours_tenths <= 0 || r->hours_tenths > AUCTREG_CE_HOURS_MAX_TENTHS)
            auctreg__vr_add(out, prefix, "hours", AUCTREG__VR_HOURS_RANGE);
    }
}

static bool accepted_media(const char *t)
{
    return t && (strcmp(t, "application/pdf") == 0 || strcmp(t, "image/jpeg") == 0 ||
                 strcmp(t, "image/png") == 0);
}

void auctreg__validate_documents_into(auctreg__problems *out, const auctreg_application *a,
                                      const auctreg_validate_options *o)
{
    int64_t max = o && o->document_max_bytes > 0 ? o->document_max_bytes
                                                 : AUCTREG_DOCUMENT_MAX_BYTES_DEFAULT;
    char prefix[48];
    for (size_t i = 0; a && i < a->n_docs; i++) {
        const auctreg__document *d = &a->docs[i];
        indexed(prefix, sizeof prefix, "documents", i);
        if (!d->kind || !*d->kind)
            auctreg__vr_add(out, prefix, "kind", AUCTREG__VR_REQUIRED);
        else if (!auctreg_codes_is_valid(AUCTREG_CODES_DOCUMENT_KIND, d->kind))
            auctreg__vr_add(out, prefix, "kind", AUCTREG__VR_CODE_UNKNOWN);
        const char *fn = d->file_name;
        auctreg__vr fr = !fn || !*fn ? AUCTREG__VR_REQUIRED : auctreg__vcheck_text(fn, 0);
        if (!fr && (strchr(fn, '/') || strchr(fn, '\\') || strcmp(fn, ".") == 0 ||
                    strcmp(fn, "..") == 0))
            fr = AUCTREG__VR_DOC_FILE_NAME;
        if (!fr && strlen(fn) > AUCTREG_FILE_NAME_MAX_BYTES)
            fr = AUCTREG__VR_TOO_LONG;
        auctreg__vr_add(out, prefix, "file_name", fr);
        /* The type is decided by the content's magic bytes, never by the name. */
        const char *type = d->content ? auctreg__sniff_media_type(d->content, d->content_len)
                                      : d->media_type;
        if (!accepted_media(type) || (d->content && d->media_type && strcmp(type, d->media_type) != 0))
            auctreg__vr_add(out, prefix, "media_type", AUCTREG__VR_DOC_MEDIA);
        if (d->size <= 0)
            auctreg__vr_add(out, prefix, "size", AUCTREG__VR_DOC_EMPTY);
        else if (d->size > max)
            auctreg__vr_add(out, prefix, "size", AUCTREG__VR_DOC_TOO_LARGE);
    }
}

typedef void (*list_validator)(auctreg__problems *, const auctreg_application *,
                               const auctreg_validate_options *);

static int validate_list(const char *func, const auctreg_application *app,
                         const auctreg_validate_options *opts, list_validator fn,
                         const char *reason, const char *zh, const char *en)
{
    if (!app)
        return auctreg__null_arg(func, "app");
    int rc = auctreg__validate_options_check(opts, NULL);
    if (rc)
        return rc;
    auctreg__problems probs = AUCTREG__PROBLEMS_INIT;
    fn(&probs, app, opts);
    return report(&probs, reason, zh, en);
}

int auctreg_validate_practice_list(const auctreg_application *app,
                                   const auctreg_validate_options *opts)
{
    return validate_list("auctreg_validate_practice_list", app, opts,
                         auctreg__validate_practice_into, "validate.practice", "执业情况登记有误",
                         "the practice records have problems");
}

int auctreg_validate_ce_list(const auctreg_application *app, const auctreg_validate_options *opts)
{
    return validate_list("auctreg_validate_ce_list", app, opts, auctreg__validate_ce_into,
                         "validate.ce", "继续教育情况登记有误",
                         "the continuing-education records have problems");
}

int auctreg_validate_documents(const auctreg_application *app, const auctreg_validate_options *opts)
{
    return validate_list("auctreg_validate_documents", app, opts, auctreg__validate_documents_into,
                         "validate.documents", "证明材料有误", "the supporting documents have problems");
}
