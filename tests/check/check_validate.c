/* Field and record validators (R5, R6, GB 11643, GB 32100, ...). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auctreg.h"
#include "model/model.h"
#include "testutil.h"
#include "validate/validate_internal.h"

#define TODAY "2024-06-30"

static auctreg_validate_options opts;

static void setup(void)
{
    ck_assert_ok(auctreg_validate_options_init(&opts, AUCTREG_VALIDATE_OPTIONS_VERSION));
    opts.today = TODAY;
}

/* The test's own MOD 11-2 (weights 2^(17-i) mod 11), independent of the library's table. */
static char mod11_2(const char *d17)
{
    int sum = 0, w = 1;
    for (int i = 16; i >= 0; i--) {
        w = (w * 2) % 11;
        sum += (d17[i] - '0') * w;
    }
    return "10X98765432"[sum % 11];
}

/* An 18-character ID from 6-digit area, 8-digit date and 3-digit sequence. */
static void make_id(char out[19], const char *area, const char *ymd, const char *seq)
{
    snprintf(out, 19, "%s%s%s", area, ymd, seq);
    out[17] = mod11_2(out);
    out[18] = '\0';
}

static int id_ok(const char *type, const char *number)
{
    return auctreg_validate_id_number(type, number, TODAY, NULL) == 0;
}

static const char *id_reason(const char *type, const char *number)
{
    int rc = auctreg_validate_id_number(type, number, TODAY, NULL);
    ck_assert_int_eq(rc, AUCTREG_EINVAL);
    ck_assert_uint_eq(auctreg_error_problem_count(), 1);
    return auctreg_error_reason();
}

/* The manual's sample person, completed with valid values for the empty fields. */
static auctreg_person *sample_person(void)
{
    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    static const struct { auctreg_person_field f; const char *v; } vals[] = {
        {AUCTREG_PERSON_NAME, "王蓓"},
        {AUCTREG_PERSON_GENDER, "2"},
        {AUCTREG_PERSON_ID_TYPE, "resident_id"},
        {AUCTREG_PERSON_ID_NUMBER, "410103198007250027"},
        {AUCTREG_PERSON_ID_VALID_UNTIL, "2030-07-25"},
        {AUCTREG_PERSON_MGMT_NO, "3200278"},
        {AUCTREG_PERSON_BIRTH_DATE, "1980-07-25"},
        {AUCTREG_PERSON_WORK_START_DATE, "2005-03-01"},
        {AUCTREG_PERSON_POLITICAL_STATUS, "13"},
        {AUCTREG_PERSON_ETHNICITY, "01"},
        {AUCTREG_PERSON_NATIONALITY, "CHN"},
        {AUCTREG_PERSON_EDUCATION, "21"},
        {AUCTREG_PERSON_POSTAL_CODE, "450000"},
        {AUCTREG_PERSON_PHONE, "13800138000"},
        {AUCTREG_PERSON_EMAIL, "wangbei@example.com"},
        {AUCTREG_PERSON_RESIDENCE_CITY, "410100"},
        {AUCTREG_PERSON_RESIDENCE_COUNTY, "410103"},
        {AUCTREG_PERSON_ADDRESS, "河南省郑州市二七区大学路 1 号"},
    };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
        ck_assert_ok(auctreg_person_set(p, vals[i].f, vals[i].v));
    return p;
}

/* ---------------------------------------------------------------- options */

START_TEST(options)
{
    auctreg_validate_options o;
    ck_assert_ok(auctreg_validate_options_init(&o, AUCTREG_VALIDATE_OPTIONS_VERSION));
    ck_assert_uint_eq(o.mgmt_no_min_digits, 7);
    ck_assert_uint_eq(o.mgmt_no_max_digits, 7);
    ck_assert_int_eq(o.document_max_bytes, 10 * 1024 * 1024);
    ck_assert_ptr_null(o.today);
    ck_assert_error(auctreg_validate_options_init(&o, 2), AUCTREG_EVERSION, "options.version");
    ck_assert_error(auctreg_validate_options_init(NULL, 1), AUCTREG_EINVAL, "arg.null");
    auctreg_person *p = sample_person();
    ck_assert_error(auctreg_validate_person(p, &o), AUCTREG_EINVAL, "options.today"); /* today unset */
    o.today = "2024-02-30";
    ck_assert_error(auctreg_validate_person(p, &o), AUCTREG_EINVAL, "options.today");
    o.today = TODAY;
    o.version = 7;
    ck_assert_error(auctreg_validate_person(p, &o), AUCTREG_EVERSION, "options.version");
    o.version = 1;
    o.mgmt_no_min_digits = 9;
    ck_assert_error(auctreg_validate_person(p, &o), AUCTREG_EINVAL, "options.mgmt_no");
    o.mgmt_no_min_digits = 7;
    o.document_max_bytes = 0;
    ck_assert_error(auctreg_validate_person(p, &o), AUCTREG_EINVAL, "options.document_max_bytes");
    o.document_max_bytes = 1;
    ck_assert_ok(auctreg_validate_person(p, &o));
    ck_assert_error(auctreg_validate_person(NULL, &o), AUCTREG_EINVAL, "arg.null");
    ck_assert_error(auctreg_validate_person(p, NULL), AUCTREG_EINVAL, "arg.null");
    auctreg_person_free(p);
}
END_TEST

/* ---------------------------------------------------------------- ID numbers */

START_TEST(sample_person_valid_and_consistent)
{
    auctreg_id_info info;
    ck_assert_ok(auctreg_validate_id_number("resident_id", "410103198007250027", TODAY, &info));
    ck_assert_str_eq(info.number, "410103198007250027");
    ck_assert_str_eq(info.birth_date, "1980-07-25");
    ck_assert_str_eq(info.gender, "2"); /* female */
    ck_assert_str_eq(info.area, "410103");
    auctreg_person *p = sample_person();
    ck_assert_ok(auctreg_validate_person(p, &opts));
    auctreg_person_free(p);
}
END_TEST

static const char *valid_ids[] = {"410103198007250027", "360426199101010071", "130701199310302288",
                                  "34052419800101001X", "440308199901101512", "320311197707060018"};

START_TEST(id_vectors)
{
    for (size_t i = 0; i < sizeof valid_ids / sizeof valid_ids[0]; i++)
        ck_assert_msg(id_ok("resident_id", valid_ids[i]), "%s", valid_ids[i]);
    /* lower-case x is accepted and normalised */
    auctreg_id_info info;
    ck_assert_ok(auctreg_validate_id_number("resident_id", "34052419800101001x", TODAY, &info));
    ck_assert_str_eq(info.number, "34052419800101001X");
    ck_assert_str_eq(info.gender, "1");
    /* legacy 15 digits: upgraded */
    ck_assert_ok(auctreg_validate_id_number("resident_id", "320311770706001", TODAY, &info));
    ck_assert_str_eq(info.number, "320311197707060018");
    ck_assert_str_eq(info.birth_date, "1977-07-06");
    ck_assert_str_eq(info.gender, "1");
    char up[19];
    ck_assert_ok(auctreg_id_upgrade("320311770706001", up));
    ck_assert_str_eq(up, "320311197707060018");
    ck_assert_ok(auctreg_id_upgrade("34052419800101001x", up));
    ck_assert_str_eq(up, "34052419800101001X");
    ck_assert_error(auctreg_id_upgrade("32031177070600", up), AUCTREG_EINVAL, "id.format");
    ck_assert_error(auctreg_id_upgrade("32031177070600A", up), AUCTREG_EINVAL, "id.format");
    ck_assert_error(auctreg_id_upgrade(NULL, up), AUCTREG_EINVAL, "arg.null");
    /* abolished county codes stay valid: 110103 崇文区 (abolished 2010) */
    char id[19];
    make_id(id, "110103", "19700101", "123");
    ck_assert(id_ok("resident_id", id));
    /* residence permits: 810000 / 820000 / 830000 with the same check */
    ck_assert(id_ok("hk_mo_residence_permit", "810000199408230021"));
    ck_assert(id_ok("tw_residence_permit", "830000199201300022"));
    make_id(id, "820000", "19900101", "002");
    ck_assert(id_ok("hk_mo_residence_permit", id));
    ck_assert_str_eq(id_reason("tw_residence_permit", "810000199408230021"), "id.area");
    ck_assert_str_eq(id_reason("hk_mo_residence_permit", "410103198007250027"), "id.area");
    ck_assert_str_eq(id_reason("resident_id", "810000199408230021"), "id.area");
    ck_assert_str_eq(id_reason("hk_mo_residence_permit", "810000940823002"), "id.format");
    /* unknown province prefixes: 10, 16, 20, 66, 71, 99 */
    static const char *bad_areas[] = {"100000", "160101", "200101", "660101", "710000", "990000", "000000"};
    for (size_t i = 0; i < sizeof bad_areas / sizeof bad_areas[0]; i++) {
        make_id(id, bad_areas[i], "19800101", "001");
        ck_assert_str_eq(id_reason("resident_id", id), "id.area");
    }
    /* problem path and type */
    ck_assert_error(auctreg_validate_id_number("resident_id", "410103198007250028", TODAY, NULL),
                    AUCTREG_EINVAL, "id.checksum");
    ck_assert(auctreg_test_has_problem("id_number", "id.checksum"));
    ck_assert_error(auctreg_validate_id_number("driving_licence", "410103198007250027", TODAY, NULL),
                    AUCTREG_EINVAL, "id_type.unknown");
    ck_assert(auctreg_test_has_problem("id_type", "id_type.unknown"));
    ck_assert_error(auctreg_validate_id_number("resident_id", "", TODAY, NULL), AUCTREG_EINVAL,
                    "field.required");
    ck_assert_error(auctreg_validate_id_number("resident_id", NULL, TODAY, NULL), AUCTREG_EINVAL,
                    "field.required");
    ck_assert_error(auctreg_validate_id_number("resident_id", "410103198007250027", "today", NULL),
                    AUCTREG_EINVAL, "options.today");
    /* format */
    static const char *bad_format[] = {"41010319800725002", "4101031980072500277", "41010319800725002Y",
                                       "4101031980072500X7", " 410103198007250027", "41010319800725002７",
                                       "410103 98007250027", "4101031980072500"};
    for (size_t i = 0; i < sizeof bad_format / sizeof bad_format[0]; i++)
        ck_assert_msg(strcmp(id_reason("resident_id", bad_format[i]), "id.format") == 0, "%s",
                      bad_format[i]);
}
END_TEST

/* Every single-character change of a valid ID number is rejected. */
START_TEST(id_every_single_change_rejected)
{
    static const char alphabet[] = "0123456789XxAZ -.\xef";
    size_t tried = 0;
    for (size_t v = 0; v < sizeof valid_ids / sizeof valid_ids[0]; v++) {
        for (size_t pos = 0; pos < 18; pos++) {
            for (const char *c = alphabet; *c; c++) {
                char id[19];
                memcpy(id, valid_ids[v], 19);
                if (id[pos] == *c)
                    continue;
                if (pos == 17 && ((id[pos] == 'X' && *c == 'x') || (id[pos] == 'x' && *c == 'X')))
                    continue; /* same check character */
                id[pos] = *c;
                ck_assert_msg(!id_ok("resident_id", id), "accepted %s", id);
                tried++;
            }
        }
        /* a transposition of two different adjacent digits is rejected too */
        for (size_t pos = 0; pos + 1 < 17; pos++) {
            char id[19];
            memcpy(id, valid_ids[v], 19);
            if (id[pos] == id[pos + 1])
                continue;
            char t = id[pos];
            id[pos] = id[pos + 1];
            id[pos + 1] = t;
            ck_assert_msg(!id_ok("resident_id", id), "accepted transposition %s", id);
        }
    }
    ck_assert_uint_gt(tried, 6 * 18 * 15);
}
END_TEST

START_TEST(id_birth_date_boundaries)
{
    char id[19];
    make_id(id, "410103", "20240630", "002"); /* born today */
    ck_assert(id_ok("resident_id", id));
    make_id(id, "410103", "20240701", "002"); /* tomorrow */
    ck_assert_str_eq(id_reason("resident_id", id), "id.birth_future");
    make_id(id, "410103", "19000101", "002");
    ck_assert(id_ok("resident_id", id));
    make_id(id, "410103", "18991231", "002");
    ck_assert_str_eq(id_reason("resident_id", id), "id.birth_date");
    make_id(id, "410103", "20000229", "002"); /* leap day */
    ck_assert(id_ok("resident_id", id));
    make_id(id, "410103", "19000229", "002"); /* 1900 is not a leap year */
    ck_assert_str_eq(id_reason("resident_id", id), "id.birth_date");
    make_id(id, "410103", "19801301", "002");
    ck_assert_str_eq(id_reason("resident_id", id), "id.birth_date");
    make_id(id, "410103", "19800431", "002");
    ck_assert_str_eq(id_reason("resident_id", id), "id.birth_date");
    make_id(id, "410103", "19800100", "002");
    ck_assert_str_eq(id_reason("resident_id", id), "id.birth_date");
    /* 15 digits: century 19 */
    ck_assert_str_eq(id_reason("resident_id", "320311770230001"), "id.birth_date");
}
END_TEST

START_TEST(id_other_document_types)
{
    ck_assert(id_ok("hk_mo_travel_permit", "H12345678"));
    ck_assert(id_ok("hk_mo_travel_permit", "M1234567890"));
    ck_assert_str_eq(id_reason("hk_mo_travel_permit", "A12345678"), "id.format");
    ck_assert_str_eq(id_reason("hk_mo_travel_permit", "H1234567"), "id.format");
    ck_assert_str_eq(id_reason("hk_mo_travel_permit", "H123456789"), "id.format");
    ck_assert(id_ok("tw_travel_permit", "12345678"));
    ck_assert(id_ok("tw_travel_permit", "1234567890"));
    ck_assert(id_ok("tw_travel_permit", "AB123456789C"));
    ck_assert_str_eq(id_reason("tw_travel_permit", "1234567"), "id.format");
    ck_assert_str_eq(id_reason("tw_travel_permit", "123456789"), "id.format");
    ck_assert_str_eq(id_reason("tw_travel_permit", "ab12345678"), "id.format");
    ck_assert(id_ok("passport", "E12345678"));
    ck_assert(id_ok("passport", "EA1234567"));
    ck_assert(id_ok("passport", "G12345678"));
    ck_assert(id_ok("passport", "C01X00T47")); /* German */
    ck_assert_str_eq(id_reason("passport", "E1234567A"), "id.format");
    ck_assert_str_eq(id_reason("passport", "e12345678"), "id.format");
    ck_assert_str_eq(id_reason("passport", "A123"), "id.format");
    ck_assert_str_eq(id_reason("passport", "ABCDEFGH"), "id.format");
    ck_assert_str_eq(id_reason("passport", "123456789012345678"), "id.format");
    /* foreign permanent residence: 2017+ and 2004 cards */
    auctreg_id_info info;
    ck_assert_ok(auctreg_validate_id_number("foreign_permanent_residence", "911840198503151238", TODAY, &info));
    ck_assert_str_eq(info.birth_date, "1985-03-15");
    ck_assert_str_eq(info.gender, "1");
    ck_assert_str_eq(id_reason("foreign_permanent_residence", "911840198503151239"), "id.checksum");
    ck_assert_str_eq(id_reason("foreign_permanent_residence", "811840198503151238"), "id.format");
    ck_assert_str_eq(id_reason("foreign_permanent_residence", "919990198503151238"), "id.area");
    ck_assert(id_ok("foreign_permanent_residence", "USA110085031512"));
    ck_assert_str_eq(id_reason("foreign_permanent_residence", "XXA110085031512"), "id.area");
    ck_assert_str_eq(id_reason("foreign_permanent_residence", "US1110085031512"), "id.format");
}
END_TEST

/* ---------------------------------------------------------------- USCC, management number */

START_TEST(uscc)
{
    static const char *valid[] = {"91110000600037341L", "91350100M000100Y43"};
    for (size_t v = 0; v < 2; v++) {
        ck_assert_ok(auctreg_validate_uscc(valid[v]));
        for (size_t pos = 0; pos < 18; pos++) {
            for (const char *c = "0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZa"; *c; c++) {
                char s[19];
                memcpy(s, valid[v], 19);
                if (s[pos] == *c)
                    continue;
                s[pos] = *c;
                ck_assert_msg(auctreg_validate_uscc(s) == AUCTREG_EINVAL, "accepted %s", s);
            }
        }
    }
    ck_assert_error(auctreg_validate_uscc("91110000600037341l"), AUCTREG_EINVAL, "uscc.format");
    ck_assert(auctreg_test_has_problem("uscc", "uscc.format"));
    ck_assert_error(auctreg_validate_uscc("91110000600037341M"), AUCTREG_EINVAL, "uscc.checksum");
    ck_assert_error(auctreg_validate_uscc("9111000060003734"), AUCTREG_EINVAL, "uscc.format");
    ck_assert_error(auctreg_validate_uscc("91110000600037341LL"), AUCTREG_EINVAL, "uscc.format");
    ck_assert_error(auctreg_validate_uscc("91A10000600037341L"), AUCTREG_EINVAL, "uscc.format");
    ck_assert_error(auctreg_validate_uscc(""), AUCTREG_EINVAL, "field.required");
}
END_TEST

START_TEST(mgmt_no)
{
    ck_assert_ok(auctreg_validate_mgmt_no("3200278", &opts));
    ck_assert_ok(auctreg_validate_mgmt_no("3200278", NULL));
    ck_assert_error(auctreg_validate_mgmt_no("320027", &opts), AUCTREG_EINVAL, "mgmt_no.length");
    ck_assert(auctreg_test_has_problem("mgmt_no", "mgmt_no.length"));
    ck_assert_error(auctreg_validate_mgmt_no("32002789", &opts), AUCTREG_EINVAL, "mgmt_no.length");
    ck_assert_error(auctreg_validate_mgmt_no("32002a8", &opts), AUCTREG_EINVAL, "mgmt_no.format");
    ck_assert_error(auctreg_validate_mgmt_no("-320027", &opts), AUCTREG_EINVAL, "mgmt_no.format");
    ck_assert_error(auctreg_validate_mgmt_no("", &opts), AUCTREG_EINVAL, "field.required");
    auctreg_validate_options o = opts;
    o.mgmt_no_min_digits = 6;
    o.mgmt_no_max_digits = 8;
    ck_assert_ok(auctreg_validate_mgmt_no("320027", &o));
    ck_assert_ok(auctreg_validate_mgmt_no("32002789", &o));
    ck_assert_error(auctreg_validate_mgmt_no("32002", &o), AUCTREG_EINVAL, "mgmt_no.length");
    ck_assert_error(auctreg_validate_mgmt_no("320027890", &o), AUCTREG_EINVAL, "mgmt_no.length");
    o.mgmt_no_min_digits = 0;
    ck_assert_error(auctreg_validate_mgmt_no("3200278", &o), AUCTREG_EINVAL, "options.mgmt_no");
}
END_TEST

/* ---------------------------------------------------------------- names, contacts, dates */

START_TEST(names)
{
    static const char *good[] = {"王蓓", "阿依古丽·买买提", "欧阳娜娜", "John Smith", "Anne-Marie O'Neil",
                                 "José Müller", "李〇", "𠮷野", "马丁・路德"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        ck_assert_msg(auctreg_validate_name(good[i]) == 0, "%s: %s", good[i], auctreg_error_reason());
    static const struct { const char *v, *reason; } bad[] = {
        {"", "field.required"},           {"王 蓓", "name.format"},      {"王1", "name.format"},
        {"·王", "name.format"},           {"王·", "name.format"},        {"王··蓓", "name.format"},
        {"John  Smith", "name.format"},   {"John-", "name.format"},      {"王@", "name.format"},
        {" 王蓓", "text.whitespace"},     {"王蓓 ", "text.whitespace"},  {"\xe3\x80\x80王蓓", "text.whitespace"},
        {"王\x01蓓", "text.control"},     {"王\xe8\x93", "text.utf8"},    {"\xc0\xaf", "text.utf8"},
        {"\xed\xa0\x80", "text.utf8"},    {"\xf4\x90\x80\x80", "text.utf8"}, {"王\xc2\x85", "text.control"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_int_eq(auctreg_validate_name(bad[i].v), AUCTREG_EINVAL);
        ck_assert_msg(strcmp(auctreg_error_reason(), bad[i].reason) == 0, "%zu: got %s want %s", i,
                      auctreg_error_reason(), bad[i].reason);
        ck_assert(auctreg_test_has_problem("name", bad[i].reason));
    }
    /* length boundary: 50 characters ok, 51 too long */
    char buf[3 * 52 + 1] = "";
    for (int i = 0; i < 50; i++)
        strcat(buf, "王");
    ck_assert_ok(auctreg_validate_name(buf));
    strcat(buf, "王");
    ck_assert_error(auctreg_validate_name(buf), AUCTREG_EINVAL, "text.too_long");
}
END_TEST

START_TEST(phones_email_postcode)
{
    static const char *phones[] = {"13800138000", "19912345678", "010-12345678", "0371-6512345",
                                   "01012345678", "010-12345678-123", "037165123456", "03716512345-8"};
    for (size_t i = 0; i < sizeof phones / sizeof phones[0]; i++)
        ck_assert_msg(auctreg_validate_phone(phones[i]) == 0, "%s", phones[i]);
    static const char *bad_phones[] = {"12800138000", "1380013800", "138001380001", "010-0123456",
                                       "010 12345678", "10-12345678", "010-123456", "010-123456789",
                                       "010-12345678-1234567", "010--12345678", "+8613800138000",
                                       "010-12345678-12-3"};
    for (size_t i = 0; i < sizeof bad_phones / sizeof bad_phones[0]; i++) {
        ck_assert_msg(auctreg_validate_phone(bad_phones[i]) == AUCTREG_EINVAL, "%s", bad_phones[i]);
        ck_assert_str_eq(auctreg_error_reason(), "phone.format");
    }
    ck_assert_ok(auctreg_validate_mobile("13800138000"));
    ck_assert_error(auctreg_validate_mobile("010-12345678"), AUCTREG_EINVAL, "mobile.format");
    ck_assert_error(auctreg_validate_mobile("11800138000"), AUCTREG_EINVAL, "mobile.format");
    ck_assert_error(auctreg_validate_mobile(""), AUCTREG_EINVAL, "field.required");

    static const char *emails[] = {"wangbei@example.com", "a.b+c@mail.example.cn", "x_y@a-b.org",
                                   "1@2.co"};
    for (size_t i = 0; i < sizeof emails / sizeof emails[0]; i++)
        ck_assert_msg(auctreg_validate_email(emails[i]) == 0, "%s", emails[i]);
    static const char *bad_emails[] = {"wangbei", "@example.com", "a@", "a@example", "a..b@example.com",
                                       ".a@example.com", "a.@example.com", "a@-example.com",
                                       "a@example-.com", "a@example.c", "a@example.c0m", "a@@example.com",
                                       "a b@example.com", "王@example.com", "a@example..com",
                                       "a@example.com."};
    for (size_t i = 0; i < sizeof bad_emails / sizeof bad_emails[0]; i++) {
        ck_assert_msg(auctreg_validate_email(bad_emails[i]) == AUCTREG_EINVAL, "%s", bad_emails[i]);
        ck_assert_str_eq(auctreg_error_reason(), "email.format");
    }
    /* 254 bytes accepted, 255 refused; local part 64 accepted, 65 refused */
    char e[300];
    memset(e, 'a', 64);
    strcpy(e + 64, "@");
    while (strlen(e) < 250)
        strcat(e, "b.");     /* 65 + 2k bytes: stops at 251 */
    strcat(e, "bb.cn");      /* 256: trim one label character below */
    memmove(e + 65, e + 67, strlen(e + 67) + 1); /* drop "b." : 254 */
    ck_assert_uint_eq(strlen(e), 254);
    ck_assert_msg(auctreg_validate_email(e) == 0, "%s", auctreg_error_reason());
    memmove(e + 1, e, strlen(e) + 1); /* 255 bytes, local part 65 */
    ck_assert_error(auctreg_validate_email(e), AUCTREG_EINVAL, "email.format");
    char local65[80];
    memset(local65, 'a', 65);
    strcpy(local65 + 65, "@a.cn");
    ck_assert_error(auctreg_validate_email(local65), AUCTREG_EINVAL, "email.format");
    ck_assert_ok(auctreg_validate_email(local65 + 1));

    ck_assert_ok(auctreg_validate_postal_code("450000"));
    ck_assert_ok(auctreg_validate_postal_code("000000"));
    ck_assert_error(auctreg_validate_postal_code("45000"), AUCTREG_EINVAL, "postal_code.format");
    ck_assert_error(auctreg_validate_postal_code("4500000"), AUCTREG_EINVAL, "postal_code.format");
    ck_assert_error(auctreg_validate_postal_code("45000a"), AUCTREG_EINVAL, "postal_code.format");
    ck_assert(auctreg_test_has_problem("postal_code", "postal_code.format"));
}
END_TEST

START_TEST(dates)
{
    ck_assert_ok(auctreg_validate_date("2024-02-29"));
    ck_assert_ok(auctreg_validate_date("2000-02-29"));
    ck_assert_ok(auctreg_validate_date("1999-12-31"));
    static const char *bad[] = {"2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-04-31",
                                "2023-1-01",  "2023/01/01", "20230101",   "2023-01-01T00", " 2023-01-01",
                                "0999-01-01"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_msg(auctreg_validate_date(bad[i]) == AUCTREG_EINVAL, "%s", bad[i]);
        ck_assert_str_eq(auctreg_error_reason(), "date.format");
    }
    ck_assert_error(auctreg_validate_date(""), AUCTREG_EINVAL, "field.required");
}
END_TEST

/* ---------------------------------------------------------------- decimal parsers */

START_TEST(turnover_parser)
{
    static const struct { const char *text; int64_t yuan; } ok[] = {
        {"12.3456", 123456}, {"0", 0}, {"0.0001", 1}, {"1", 10000}, {"1.5", 15000},
        {"00012.5", 125000}, {"9999999999.9999", INT64_C(99999999999999)}, {"0000000000000001", 10000},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int64_t v = -1;
        ck_assert_ok(auctreg_parse_turnover_wan(ok[i].text, &v));
        ck_assert_int_eq(v, ok[i].yuan);
    }
    ck_assert_int_eq(INT64_C(99999999999999), AUCTREG_TURNOVER_MAX_YUAN);
    static const struct { const char *text, *reason; } bad[] = {
        {"10000000000", "turnover.range"}, {"-1", "turnover.range"}, {"-0.5", "turnover.range"},
        {"1.23456", "turnover.format"}, {"1.", "turnover.format"}, {".5", "turnover.format"},
        {"1e3", "turnover.format"}, {" 1", "turnover.format"}, {"1 ", "turnover.format"},
        {"1,000", "turnover.format"}, {"１", "turnover.format"}, {"--1", "turnover.format"},
        {"+1", "turnover.format"}, {"", "field.required"}, {NULL, "field.required"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t v = 42;
        ck_assert_int_eq(auctreg_parse_turnover_wan(bad[i].text, &v), AUCTREG_EINVAL);
        ck_assert_msg(strcmp(auctreg_error_reason(), bad[i].reason) == 0, "%s: %s", bad[i].text,
                      auctreg_error_reason());
        ck_assert_int_eq(v, 42); /* unchanged */
    }
    ck_assert(auctreg_test_has_problem("turnover", NULL));
    ck_assert_error(auctreg_parse_turnover_wan("1", NULL), AUCTREG_EINVAL, "arg.null");
}
END_TEST

START_TEST(hours_parser)
{
    static const struct { const char *text; int64_t tenths; } ok[] = {
        {"44.5", 445}, {"45", 450}, {"0.1", 1}, {"9999.9", 99999}, {"045.0", 450},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int64_t v = -1;
        ck_assert_ok(auctreg_parse_hours(ok[i].text, &v));
        ck_assert_int_eq(v, ok[i].tenths);
    }
    static const struct { const char *text, *reason; } bad[] = {
        {"0", "hours.range"}, {"0.0", "hours.range"}, {"10000", "hours.range"}, {"-1", "hours.range"},
        {"44.55", "hours.format"}, {"44.", "hours.format"}, {"a", "hours.format"}, {"4 4", "hours.format"},
        {"", "field.required"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t v = 42;
        ck_assert_int_eq(auctreg_parse_hours(bad[i].text, &v), AUCTREG_EINVAL);
        ck_assert_msg(strcmp(auctreg_error_reason(), bad[i].reason) == 0, "%s: %s", bad[i].text,
                      auctreg_error_reason());
        ck_assert_int_eq(v, 42);
    }
    ck_assert(auctreg_test_has_problem("hours", NULL));
}
END_TEST

/* ---------------------------------------------------------------- records */

static void replace_str(char **slot, const char *v)
{
    free(*slot);
    *slot = v ? strdup(v) : NULL;
}

START_TEST(practice_list)
{
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    ck_assert_ok(auctreg_validate_practice_list(a, &opts)); /* empty list */
    ck_assert_ok(auctreg_application_practice_add(a, 0, "real_estate", 0));
    ck_assert_ok(auctreg_application_practice_add(a, 10000, "other", AUCTREG_TURNOVER_MAX_YUAN));
    ck_assert_ok(auctreg_validate_practice_list(a, &opts));
    ck_assert_ok(auctreg_application_practice_add(a, 10001, "art", AUCTREG_TURNOVER_MAX_YUAN + 1));
    ck_assert_ok(auctreg_application_practice_add(a, 5, "antiques", 100));
    ck_assert_ok(auctreg_application_practice_add(a, 5, "", 100));
    a->practice[0].sessions = -1; /* only reachable by bypassing the container */
    a->practice[1].turnover_yuan = -1;
    ck_assert_error(auctreg_validate_practice_list(a, &opts), AUCTREG_EINVAL, "validate.practice");
    ck_assert_uint_eq(auctreg_error_problem_count(), 6);
    ck_assert(auctreg_test_has_problem("practice[0].sessions", "sessions.range"));
    ck_assert(auctreg_test_has_problem("practice[1].turnover", "turnover.range"));
    ck_assert(auctreg_test_has_problem("practice[2].sessions", "sessions.range"));
    ck_assert(auctreg_test_has_problem("practice[2].turnover", "turnover.range"));
    ck_assert(auctreg_test_has_problem("practice[3].subject", "code.unknown"));
    ck_assert(auctreg_test_has_problem("practice[4].subject", "field.required"));
    ck_assert_error(auctreg_validate_practice_list(NULL, &opts), AUCTREG_EINVAL, "arg.null");
    auctreg_application_free(a);
}
END_TEST

START_TEST(ce_list)
{
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    char item200[3 * 201 + 1] = "";
    for (int i = 0; i < 200; i++)
        strcat(item200, "学");
    ck_assert_ok(auctreg_application_ce_add(a, item200, 1));
    ck_assert_ok(auctreg_application_ce_add(a, "拍卖法规", AUCTREG_CE_HOURS_MAX_TENTHS));
    ck_assert_ok(auctreg_application_ce_add(a, "X", 450));
    ck_assert_ok(auctreg_validate_ce_list(a, &opts));
    strcat(item200, "学");
    ck_assert_ok(auctreg_application_ce_add(a, item200, AUCTREG_CE_HOURS_MAX_TENTHS + 1)); /* [3] */
    ck_assert_ok(auctreg_application_ce_add(a, " 前导空格", 10));                        /* [4] */
    ck_assert_ok(auctreg_application_ce_add(a, "ok", 10));                                /* [5] */
    replace_str(&a->ce[5].item, "bad\xff");
    a->ce[2].hours_tenths = 0;
    a->ce[1].item[0] = '\0';
    ck_assert_error(auctreg_validate_ce_list(a, &opts), AUCTREG_EINVAL, "validate.ce");
    ck_assert_uint_eq(auctreg_error_problem_count(), 6);
    ck_assert(auctreg_test_has_problem("ce[1].item", "field.required"));
    ck_assert(auctreg_test_has_problem("ce[2].hours", "hours.range"));
    ck_assert(auctreg_test_has_problem("ce[3].item", "text.too_long"));
    ck_assert(auctreg_test_has_problem("ce[3].hours", "hours.range"));
    ck_assert(auctreg_test_has_problem("ce[4].item", "text.whitespace"));
    ck_assert(auctreg_test_has_problem("ce[5].item", "text.utf8"));
    auctreg_application_free(a);
}
END_TEST

static const unsigned char pdf[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
static const unsigned char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
static const unsigned char jpeg[] = "\xff\xd8\xff\xe0\0\x10JFIF";
static const unsigned char gif[] = "GIF89a\x01\0\x01\0";

START_TEST(documents)
{
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    ck_assert_ok(auctreg_application_document_add(a, "consent", "同意说明.pdf", pdf, sizeof pdf - 1));
    ck_assert_ok(auctreg_application_document_add(a, "labour_contract", "合同.pdf", png, sizeof png - 1));
    ck_assert_ok(auctreg_application_document_add(a, "other", "C:\\scan\\photo.jpg", jpeg, sizeof jpeg - 1));
    ck_assert_ok(auctreg_validate_documents(a, &opts)); /* type by content, not by name */
    ck_assert_ok(auctreg_application_document_add(a, "other", "image.pdf", gif, sizeof gif - 1)); /* [3] */
    ck_assert_ok(auctreg_application_document_add(a, "passport_scan", "a.png", png, sizeof png - 1)); /* [4] */
    ck_assert_ok(auctreg_application_document_add(a, "other", "empty.pdf", NULL, 0));               /* [5] */
    ck_assert_ok(auctreg_application_document_add(a, "other", "x.png", png, sizeof png - 1));       /* [6] */
    replace_str(&a->docs[6].file_name, "../x.png");
    ck_assert_ok(auctreg_application_document_add(a, "other", "y.png", png, sizeof png - 1)); /* [7] */
    replace_str(&a->docs[7].media_type, "image/gif"); /* stored type disagrees with the content */
    ck_assert_error(auctreg_validate_documents(a, &opts), AUCTREG_EINVAL, "validate.documents");
    ck_assert(auctreg_test_has_problem("documents[3].media_type", "document.media_type"));
    ck_assert(auctreg_test_has_problem("documents[4].kind", "code.unknown"));
    ck_assert(auctreg_test_has_problem("documents[5].size", "document.empty"));
    ck_assert(auctreg_test_has_problem("documents[5].media_type", "document.media_type"));
    ck_assert(auctreg_test_has_problem("documents[6].file_name", "document.file_name"));
    ck_assert(auctreg_test_has_problem("documents[7].media_type", "document.media_type"));
    ck_assert_uint_eq(auctreg_error_problem_count(), 6);
    while (auctreg_application_document_count(a) > 3)
        ck_assert_ok(auctreg_application_document_remove(a, 3));
    ck_assert_ok(auctreg_validate_documents(a, &opts));
    /* size limit from configuration: exactly the limit passes, one byte more fails */
    auctreg_validate_options o = opts;
    o.document_max_bytes = (int64_t)(sizeof pdf - 1); /* the largest of the three */
    ck_assert_ok(auctreg_validate_documents(a, &o));
    o.document_max_bytes--;
    ck_assert_error(auctreg_validate_documents(a, &o), AUCTREG_EINVAL, "validate.documents");
    ck_assert_uint_eq(auctreg_error_problem_count(), 1);
    ck_assert(auctreg_test_has_problem("documents[0].size", "document.too_large"));
    ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_EN), "(1 problem)"));
    /* metadata only: the stored type is checked */
    auctreg_application *m = NULL;
    ck_assert_ok(auctreg_application_new(&m));
    ck_assert_ok(auctreg_application_document_add_meta(m, "consent", "a.pdf", "application/pdf", 1000,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    ck_assert_ok(auctreg_validate_documents(m, &opts));
    ck_assert_ok(auctreg_application_document_add_meta(m, "consent", "a.doc", "application/msword",
        AUCTREG_DOCUMENT_MAX_BYTES_DEFAULT + 1,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    ck_assert_error(auctreg_validate_documents(m, &opts), AUCTREG_EINVAL, "validate.documents");
    ck_assert(auctreg_test_has_problem("documents[1].media_type", "document.media_type"));
    ck_assert(auctreg_test_has_problem("documents[1].size", "document.too_large"));
    auctreg_application_free(m);
    auctreg_application_free(a);
}
END_TEST

/* ---------------------------------------------------------------- whole person */

static void set(auctreg_person *p, auctreg_person_field f, const char *v)
{
    ck_assert_ok(auctreg_person_set(p, f, v));
}

START_TEST(person_reports_every_problem)
{
    auctreg_person *p = sample_person();
    set(p, AUCTREG_PERSON_NAME, "王1");
    set(p, AUCTREG_PERSON_ETHNICITY, "99");
    set(p, AUCTREG_PERSON_POSTAL_CODE, "45000");
    set(p, AUCTREG_PERSON_EMAIL, "wangbei");
    set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250028");
    set(p, AUCTREG_PERSON_ADDRESS, NULL);
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert_uint_eq(auctreg_error_problem_count(), 6);
    ck_assert(auctreg_test_has_problem("name", "name.format"));
    ck_assert(auctreg_test_has_problem("ethnicity", "code.unknown"));
    ck_assert(auctreg_test_has_problem("postal_code", "postal_code.format"));
    ck_assert(auctreg_test_has_problem("email", "email.format"));
    ck_assert(auctreg_test_has_problem("id_number", "id.checksum"));
    ck_assert(auctreg_test_has_problem("address", "field.required"));
    for (size_t i = 0; i < auctreg_error_problem_count(); i++) {
        ck_assert_ptr_nonnull(strstr(auctreg_error_problem_message_lang(i, AUCTREG_LANG_EN),
                                     auctreg_error_problem_field(i)));
        ck_assert_str_ne(auctreg_error_problem_message_lang(i, AUCTREG_LANG_ZH),
                         auctreg_error_problem_message_lang(i, AUCTREG_LANG_EN));
    }
    ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_EN), "6 problems"));
    ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_ZH), "共 6 个问题"));
    /* an empty person: every field required */
    auctreg_person *empty = NULL;
    ck_assert_ok(auctreg_person_new(&empty));
    ck_assert_error(auctreg_validate_person(empty, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert_uint_eq(auctreg_error_problem_count(), AUCTREG_PERSON_FIELD_COUNT);
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++)
        ck_assert(auctreg_test_has_problem(auctreg_person_field_name((auctreg_person_field)f),
                                           "field.required"));
    /* the internal collector prefixes paths */
    auctreg__problems probs = AUCTREG__PROBLEMS_INIT;
    auctreg__validate_person_into(&probs, p, &opts, "person");
    ck_assert_uint_eq(probs.count, 6);
    ck_assert_str_eq(probs.items[0].field, "person.name");
    auctreg__problems_free(&probs);
    auctreg_person_free(empty);
    auctreg_person_free(p);
}
END_TEST

START_TEST(person_consistency)
{
    auctreg_person *p = sample_person();
    set(p, AUCTREG_PERSON_GENDER, "1");
    set(p, AUCTREG_PERSON_BIRTH_DATE, "1980-07-26");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert_uint_eq(auctreg_error_problem_count(), 2);
    ck_assert(auctreg_test_has_problem("gender", "person.gender_mismatch"));
    ck_assert(auctreg_test_has_problem("birth_date", "person.birth_mismatch"));
    auctreg_person_free(p);

    /* the same checks with a residence permit; none with a passport */
    p = sample_person();
    set(p, AUCTREG_PERSON_ID_TYPE, "hk_mo_residence_permit");
    set(p, AUCTREG_PERSON_ID_NUMBER, "810000199408230021");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("birth_date", "person.birth_mismatch"));
    set(p, AUCTREG_PERSON_BIRTH_DATE, "1994-08-23");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("work_start_date", "person.work_start_too_early"));
    set(p, AUCTREG_PERSON_WORK_START_DATE, "2015-01-01");
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_ID_TYPE, "passport");
    set(p, AUCTREG_PERSON_ID_NUMBER, "E12345678");
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_ID_TYPE, "bus_pass");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("id_type", "id_type.unknown"));
    ck_assert(auctreg_test_has_problem("id_number", "id.format")); /* checked as a resident ID */
    auctreg_person_free(p);
}
END_TEST

START_TEST(person_date_ranges)
{
    auctreg_person *p = sample_person();
    /* ID validity: today is fine, yesterday expired, 长期 fine */
    set(p, AUCTREG_PERSON_ID_VALID_UNTIL, TODAY);
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_ID_VALID_UNTIL, "2024-06-29");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("id_valid_until", "date.expired"));
    set(p, AUCTREG_PERSON_ID_VALID_UNTIL, "长期");
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_ID_VALID_UNTIL, "永久");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("id_valid_until", "date.format"));
    set(p, AUCTREG_PERSON_ID_VALID_UNTIL, "长期");
    /* work start: on the 16th birthday ok, the day before too early, future refused */
    set(p, AUCTREG_PERSON_WORK_START_DATE, "1996-07-25");
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_WORK_START_DATE, "1996-07-24");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("work_start_date", "person.work_start_too_early"));
    set(p, AUCTREG_PERSON_WORK_START_DATE, TODAY);
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_WORK_START_DATE, "2024-07-01");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("work_start_date", "date.future"));
    ck_assert_uint_eq(auctreg_error_problem_count(), 1);
    auctreg_person_free(p);
    /* born on 29 February (16 years later is a leap year again, except around 1900/2100) */
    p = sample_person();
    char id[19];
    make_id(id, "410103", "19880229", "002");
    set(p, AUCTREG_PERSON_ID_NUMBER, id);
    set(p, AUCTREG_PERSON_BIRTH_DATE, "1988-02-29");
    set(p, AUCTREG_PERSON_WORK_START_DATE, "2004-02-29"); /* 2004 is a leap year */
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_WORK_START_DATE, "2004-02-28");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("work_start_date", "person.work_start_too_early"));
    auctreg_person_free(p);
    p = sample_person();
    make_id(id, "410103", "19870301", "002"); /* 1987-03-01: 16 on 2003-03-01 */
    set(p, AUCTREG_PERSON_ID_NUMBER, id);
    set(p, AUCTREG_PERSON_BIRTH_DATE, "1987-03-01");
    set(p, AUCTREG_PERSON_WORK_START_DATE, "2003-03-01");
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_WORK_START_DATE, "2003-02-28");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    auctreg_person_free(p);
    /* birth date in the future or before 1900 */
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_BIRTH_DATE, "2024-07-01", &opts),
                    AUCTREG_EINVAL, "date.future");
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_BIRTH_DATE, "1899-12-31", &opts),
                    AUCTREG_EINVAL, "date.range");
    ck_assert_ok(auctreg_validate_person_field(AUCTREG_PERSON_BIRTH_DATE, "1900-01-01", &opts));
}
END_TEST

START_TEST(person_residence)
{
    auctreg_person *p = sample_person();
    set(p, AUCTREG_PERSON_RESIDENCE_COUNTY, "110105"); /* Beijing Chaoyang, not in Zhengzhou */
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("residence_county", "division.parent"));
    set(p, AUCTREG_PERSON_RESIDENCE_CITY, "410103"); /* a county as the city */
    set(p, AUCTREG_PERSON_RESIDENCE_COUNTY, "410100"); /* a prefecture as the county */
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("residence_city", "division.level"));
    ck_assert(auctreg_test_has_problem("residence_county", "division.level"));
    set(p, AUCTREG_PERSON_RESIDENCE_CITY, "410000");
    set(p, AUCTREG_PERSON_RESIDENCE_COUNTY, "999999");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    ck_assert(auctreg_test_has_problem("residence_city", "division.level"));
    ck_assert(auctreg_test_has_problem("residence_county", "division.unknown"));
    /* a prefecture without counties stands for itself; so do Hong Kong and Macao */
    set(p, AUCTREG_PERSON_RESIDENCE_CITY, "441900");
    set(p, AUCTREG_PERSON_RESIDENCE_COUNTY, "441900");
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_RESIDENCE_CITY, "810000");
    set(p, AUCTREG_PERSON_RESIDENCE_COUNTY, "810000");
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_RESIDENCE_CITY, "429000"); /* 湖北省直辖县级行政区划 */
    set(p, AUCTREG_PERSON_RESIDENCE_COUNTY, "429004"); /* 仙桃市 */
    ck_assert_ok(auctreg_validate_person(p, &opts));
    set(p, AUCTREG_PERSON_RESIDENCE_COUNTY, "410100");
    ck_assert_error(auctreg_validate_person(p, &opts), AUCTREG_EINVAL, "validate.person");
    auctreg_person_free(p);
}
END_TEST

START_TEST(person_single_fields)
{
    ck_assert_ok(auctreg_validate_person_field(AUCTREG_PERSON_ETHNICITY, "36", &opts));
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_ETHNICITY, "毛南族", &opts), AUCTREG_EINVAL,
                    "code.unknown"); /* codes, not names */
    ck_assert(auctreg_test_has_problem("ethnicity", "code.unknown"));
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_GENDER, "0", &opts), AUCTREG_EINVAL,
                    "code.unknown");
    ck_assert_ok(auctreg_validate_person_field(AUCTREG_PERSON_POLITICAL_STATUS, "01", &opts));
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_POLITICAL_STATUS, "14", &opts),
                    AUCTREG_EINVAL, "code.unknown");
    ck_assert_ok(auctreg_validate_person_field(AUCTREG_PERSON_EDUCATION, "31", &opts));
    ck_assert_ok(auctreg_validate_person_field(AUCTREG_PERSON_NATIONALITY, "CHN", &opts));
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_NATIONALITY, "CN", &opts), AUCTREG_EINVAL,
                    "code.unknown");
    ck_assert_ok(auctreg_validate_person_field(AUCTREG_PERSON_ID_NUMBER, "410103198007250027", &opts));
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_ID_NUMBER, "410103198007250028", &opts),
                    AUCTREG_EINVAL, "id.checksum");
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_ADDRESS, "一行\n两行", &opts), AUCTREG_EINVAL,
                    "text.control");
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_ADDRESS, "路\xe8", &opts), AUCTREG_EINVAL,
                    "text.utf8");
    char addr[3 * 202] = "";
    for (int i = 0; i < 200; i++)
        strcat(addr, "路");
    ck_assert_ok(auctreg_validate_person_field(AUCTREG_PERSON_ADDRESS, addr, &opts));
    strcat(addr, "路");
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_ADDRESS, addr, &opts), AUCTREG_EINVAL,
                    "text.too_long");
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_FIELD_COUNT, "x", &opts), AUCTREG_EINVAL,
                    "field.unknown");
    ck_assert_error(auctreg_validate_person_field(AUCTREG_PERSON_NAME, "王蓓", NULL), AUCTREG_EINVAL,
                    "arg.null");
}
END_TEST

START_TEST(reason_table_complete)
{
    for (int r = 1; r < AUCTREG__VR_COUNT; r++) {
        const char *reason = auctreg__vr_reason((auctreg__vr)r);
        ck_assert_ptr_nonnull(strchr(reason, '.'));
        for (int q = 1; q < r; q++)
            ck_assert_str_ne(reason, auctreg__vr_reason((auctreg__vr)q));
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("validate");
    TCase *tc = tcase_create("validate");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, options);
    tcase_add_test(tc, sample_person_valid_and_consistent);
    tcase_add_test(tc, id_vectors);
    tcase_add_test(tc, id_every_single_change_rejected);
    tcase_add_test(tc, id_birth_date_boundaries);
    tcase_add_test(tc, id_other_document_types);
    tcase_add_test(tc, uscc);
    tcase_add_test(tc, mgmt_no);
    tcase_add_test(tc, names);
    tcase_add_test(tc, phones_email_postcode);
    tcase_add_test(tc, dates);
    tcase_add_test(tc, turnover_parser);
    tcase_add_test(tc, hours_parser);
    tcase_add_test(tc, practice_list);
    tcase_add_test(tc, ce_list);
    tcase_add_test(tc, documents);
    tcase_add_test(tc, person_reports_every_problem);
    tcase_add_test(tc, person_consistency);
    tcase_add_test(tc, person_date_ranges);
    tcase_add_test(tc, person_residence);
    tcase_add_test(tc, person_single_fields);
    tcase_add_test(tc, reason_table_complete);
    suite_add_tcase(s, tc);
    return auctreg_test_run(s);
}
