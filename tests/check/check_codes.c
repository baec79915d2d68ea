/* Code tables: subject types, ID types, gender, ethnic groups, political
 * status, education, nationality, divisions, banks, document kinds. */
#include <string.h>

#include "auctreg.h"
#include "testutil.h"

static const char *zh(auctreg_code_table t, const char *code)
{
    return auctreg_codes_label(t, code, AUCTREG_LANG_ZH);
}

START_TEST(subject_types_in_manual_order)
{
    static const char *codes[] = {"real_estate", "equipment", "consumer_goods", "equity", "art",
                                  "mixed", "agricultural", "motor_vehicle", "other"};
    static const char *names[] = {"房地产", "物资设备", "生活用品", "股权", "艺术品",
                                  "综合拍卖", "农副产品", "机动车", "其他"};
    ck_assert_uint_eq(auctreg_codes_count(AUCTREG_CODES_SUBJECT_TYPE), 9);
    for (size_t i = 0; i < 9; i++) {
        ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_SUBJECT_TYPE, i), codes[i]);
        ck_assert_str_eq(auctreg_codes_name(AUCTREG_CODES_SUBJECT_TYPE, i, AUCTREG_LANG_ZH), names[i]);
        size_t idx = 99;
        ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_SUBJECT_TYPE, names[i], &idx));
        ck_assert_uint_eq(idx, i);
        ck_assert_ok(auctreg_codes_find(AUCTREG_CODES_SUBJECT_TYPE, codes[i], &idx));
        ck_assert_uint_eq(idx, i);
    }
    ck_assert_ptr_null(auctreg_codes_code(AUCTREG_CODES_SUBJECT_TYPE, 9));
    ck_assert_str_eq(auctreg_codes_name(AUCTREG_CODES_SUBJECT_TYPE, 0, AUCTREG_LANG_EN), "Real estate");
}
END_TEST

START_TEST(ethnic_groups)
{
    ck_assert_uint_eq(auctreg_codes_count(AUCTREG_CODES_ETHNICITY), 56);
    for (size_t i = 0; i < 56; i++) {
        char code[3] = {(char)('0' + (i + 1) / 10), (char)('0' + (i + 1) % 10), 0};
        ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_ETHNICITY, i), code);
    }
    ck_assert_str_eq(zh(AUCTREG_CODES_ETHNICITY, "01"), "汉族");
    ck_assert_str_eq(zh(AUCTREG_CODES_ETHNICITY, "56"), "基诺族");
    size_t i;
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_ETHNICITY, "毛难族", &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_ETHNICITY, i), "36");
    ck_assert_str_eq(auctreg_codes_name(AUCTREG_CODES_ETHNICITY, i, AUCTREG_LANG_ZH), "毛南族");
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_ETHNICITY, "崩龙族", &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_ETHNICITY, i), "46");
    ck_assert_str_eq(auctreg_codes_name(AUCTREG_CODES_ETHNICITY, i, AUCTREG_LANG_ZH), "德昂族");
    ck_assert_error(auctreg_codes_find(AUCTREG_CODES_ETHNICITY, "57", &i), AUCTREG_ENOTFOUND,
                    "codes.unknown");
    ck_assert_error(auctreg_codes_find_name(AUCTREG_CODES_ETHNICITY, "火星族", &i), AUCTREG_ENOTFOUND,
                    "codes.unknown");
}
END_TEST

START_TEST(small_tables)
{
    ck_assert_uint_eq(auctreg_codes_count(AUCTREG_CODES_POLITICAL_STATUS), 13);
    ck_assert_str_eq(zh(AUCTREG_CODES_POLITICAL_STATUS, "13"), "群众");
    ck_assert_str_eq(zh(AUCTREG_CODES_POLITICAL_STATUS, "01"), "中国共产党党员");
    ck_assert_str_eq(zh(AUCTREG_CODES_EDUCATION, "21"), "大学本科毕业");
    ck_assert_str_eq(zh(AUCTREG_CODES_EDUCATION, "90"), "其他");
    ck_assert_ptr_null(zh(AUCTREG_CODES_EDUCATION, "24"));
    size_t i;
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_EDUCATION, "本科", &i)); /* the manual's sample */
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_EDUCATION, i), "21");
    ck_assert_str_eq(zh(AUCTREG_CODES_GENDER, "2"), "女");
    ck_assert_ptr_null(zh(AUCTREG_CODES_GENDER, "0"));
    ck_assert_uint_eq(auctreg_codes_count(AUCTREG_CODES_ID_TYPE), 7);
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_ID_TYPE, "身份证", &i)); /* the manual's label */
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_ID_TYPE, i), "resident_id");
    ck_assert_str_eq(zh(AUCTREG_CODES_ID_TYPE, "foreign_permanent_residence"), "外国人永久居留身份证");
    ck_assert_str_eq(zh(AUCTREG_CODES_DOCUMENT_KIND, "consent"), "企业同意拍卖师注册说明");
    ck_assert_str_eq(zh(AUCTREG_CODES_DOCUMENT_KIND, "labour_contract"), "聘用合同");
    ck_assert(auctreg_codes_is_valid(AUCTREG_CODES_DOCUMENT_KIND, "other"));
}
END_TEST

START_TEST(banks)
{
    /* The manual's 17 banks, with corrected English names. */
    ck_assert_uint_eq(auctreg_codes_count(AUCTREG_CODES_BANK), 17);
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_BANK, 0), "CCB");
    ck_assert_str_eq(auctreg_codes_label(AUCTREG_CODES_BANK, "ICBC", AUCTREG_LANG_EN),
                     "Industrial and Commercial Bank of China");
    ck_assert_str_eq(auctreg_codes_label(AUCTREG_CODES_BANK, "CMB", AUCTREG_LANG_EN),
                     "China Merchants Bank");
    ck_assert_str_eq(auctreg_codes_label(AUCTREG_CODES_BANK, "CITIC", AUCTREG_LANG_EN), "China CITIC Bank");
    ck_assert_str_eq(zh(AUCTREG_CODES_BANK, "ABC"), "中国农业银行");
    size_t i;
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_BANK, "兴业银行", &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_BANK, i), "CIB");
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_BANK, "bank of china", &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_BANK, i), "BOC");
    /* codes are unique in every table */
    for (int t = 0; t < AUCTREG_CODES_TABLE_COUNT; t++) {
        size_t n = auctreg_codes_count((auctreg_code_table)t);
        ck_assert_uint_gt(n, 0);
        ck_assert_ptr_nonnull(auctreg_codes_table_name((auctreg_code_table)t));
        ck_assert_ptr_nonnull(auctreg_codes_source((auctreg_code_table)t));
        for (size_t a = 0; a < n; a++) {
            size_t back;
            ck_assert_ok(auctreg_codes_find((auctreg_code_table)t,
                                            auctreg_codes_code((auctreg_code_table)t, a), &back));
            ck_assert_uint_eq(back, a);
            ck_assert_ptr_nonnull(auctreg_codes_name((auctreg_code_table)t, a, AUCTREG_LANG_EN));
        }
    }
}
END_TEST

START_TEST(nationality)
{
    ck_assert_uint_ge(auctreg_codes_count(AUCTREG_CODES_NATIONALITY), 249);
    ck_assert_str_eq(zh(AUCTREG_CODES_NATIONALITY, "CHN"), "中国");
    ck_assert_ptr_nonnull(zh(AUCTREG_CODES_NATIONALITY, "HKG"));
    ck_assert_ptr_nonnull(zh(AUCTREG_CODES_NATIONALITY, "MAC"));
    ck_assert_ptr_nonnull(zh(AUCTREG_CODES_NATIONALITY, "TWN"));
    ck_assert_str_eq(zh(AUCTREG_CODES_NATIONALITY, "DEU"), "德国");
    ck_assert(!auctreg_codes_is_valid(AUCTREG_CODES_NATIONALITY, "chn")); /* case-sensitive */
    ck_assert(!auctreg_codes_is_valid(AUCTREG_CODES_NATIONALITY, "XXX"));
    size_t i;
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_NATIONALITY, "日本", &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_NATIONALITY, i), "JPN");
}
END_TEST

START_TEST(divisions)
{
    ck_assert_uint_gt(auctreg_codes_count(AUCTREG_CODES_DIVISION), 3000);
    ck_assert_int_eq(auctreg_division_level_of("410000"), AUCTREG_DIVISION_PROVINCE);
    ck_assert_int_eq(auctreg_division_level_of("410100"), AUCTREG_DIVISION_PREFECTURE);
    ck_assert_int_eq(auctreg_division_level_of("410105"), AUCTREG_DIVISION_COUNTY);
    ck_assert_str_eq(zh(AUCTREG_CODES_DIVISION, "410105"), "金水区");
    ck_assert_str_eq(auctreg_division_parent("410105"), "410100");
    ck_assert_str_eq(auctreg_division_parent("410100"), "410000");
    ck_assert_ptr_null(auctreg_division_parent("410000"));
    /* 2023 data: 白杨市 (659012) exists; 110103 崇文区 (abolished 2010) does not. */
    ck_assert_int_eq(auctreg_division_level_of("659012"), AUCTREG_DIVISION_COUNTY);
    ck_assert_int_eq(auctreg_division_level_of("110103"), AUCTREG_DIVISION_NONE);
    ck_assert_int_eq(auctreg_division_level_of("370116"), AUCTREG_DIVISION_COUNTY); /* 莱芜区 2019 */
    ck_assert_int_eq(auctreg_division_level_of(NULL), AUCTREG_DIVISION_NONE);
    /* Taiwan, Hong Kong, Macao: province level, no children */
    ck_assert_int_eq(auctreg_division_level_of("810000"), AUCTREG_DIVISION_PROVINCE);
    ck_assert_uint_eq(auctreg_division_child_count("810000"), 0);
    ck_assert_str_eq(auctreg_codes_label(AUCTREG_CODES_DIVISION, "820000", AUCTREG_LANG_EN), "Macao");
    /* 东莞市 has no counties: listed once, as a prefecture */
    ck_assert_int_eq(auctreg_division_level_of("441900"), AUCTREG_DIVISION_PREFECTURE);
    ck_assert_uint_eq(auctreg_division_child_count("441900"), 0);
    ck_assert_uint_eq(auctreg_division_child_count("110000"), 1);  /* 市辖区 */
    ck_assert_uint_eq(auctreg_division_child_count("110100"), 16); /* Beijing's 16 districts */
    ck_assert_uint_eq(auctreg_division_child_count("410105"), 0);
    /* 31 mainland provinces + 3 */
    size_t provinces = 0;
    for (size_t k = 0; k < auctreg_codes_count(AUCTREG_CODES_DIVISION); k++) {
        const char *code = auctreg_codes_code(AUCTREG_CODES_DIVISION, k);
        ck_assert_uint_eq(strlen(code), 6);
        if (auctreg_division_level_of(code) == AUCTREG_DIVISION_PROVINCE)
            provinces++;
        else
            ck_assert_ptr_nonnull(auctreg_codes_label(AUCTREG_CODES_DIVISION,
                                                      auctreg_division_parent(code), AUCTREG_LANG_ZH));
    }
    ck_assert_uint_eq(provinces, 34);
    /* names repeat: search under a parent */
    size_t i;
    ck_assert_ok(auctreg_division_find("朝阳区", "220000", &i)); /* 长春市朝阳区 */
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_DIVISION, i), "220104");
    ck_assert_ok(auctreg_division_find("朝阳区", NULL, &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_DIVISION, i), "110105");
    ck_assert_error(auctreg_division_find("朝阳区", "410000", &i), AUCTREG_ENOTFOUND, "codes.unknown");
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_DIVISION, "河南省", &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_DIVISION, i), "410000");
    ck_assert_ok(auctreg_codes_find_name(AUCTREG_CODES_DIVISION, "henan", &i));
    ck_assert_str_eq(auctreg_codes_code(AUCTREG_CODES_DIVISION, i), "410000");
}
END_TEST

START_TEST(bad_arguments)
{
    ck_assert_uint_eq(auctreg_codes_count(AUCTREG_CODES_TABLE_COUNT), 0);
    ck_assert_ptr_null(auctreg_codes_table_name(AUCTREG_CODES_TABLE_COUNT));
    ck_assert_ptr_null(auctreg_codes_name(AUCTREG_CODES_TABLE_COUNT, 0, AUCTREG_LANG_ZH));
    ck_assert_error(auctreg_codes_find(AUCTREG_CODES_TABLE_COUNT, "x", NULL), AUCTREG_EINVAL, "codes.table");
    ck_assert_error(auctreg_codes_find(AUCTREG_CODES_BANK, NULL, NULL), AUCTREG_EINVAL, "arg.null");
    ck_assert_error(auctreg_codes_find_name(AUCTREG_CODES_BANK, NULL, NULL), AUCTREG_EINVAL, "arg.null");
    ck_assert_error(auctreg_division_find(NULL, NULL, NULL), AUCTREG_EINVAL, "arg.null");
    ck_assert(!auctreg_codes_is_valid(AUCTREG_CODES_TABLE_COUNT, "CCB"));
    ck_assert(!auctreg_codes_is_valid(AUCTREG_CODES_BANK, NULL));
    ck_assert_ok(auctreg_codes_find(AUCTREG_CODES_BANK, "CCB", NULL));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("codes");
    TCase *tc = tcase_create("codes");
    tcase_add_test(tc, subject_types_in_manual_order);
    tcase_add_test(tc, ethnic_groups);
    tcase_add_test(tc, small_tables);
    tcase_add_test(tc, banks);
    tcase_add_test(tc, nationality);
    tcase_add_test(tc, divisions);
    tcase_add_test(tc, bad_arguments);
    suite_add_tcase(s, tc);
    return auctreg_test_run(s);
}
