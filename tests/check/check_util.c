/* Internal utilities: UTF-8, control characters, civil dates, money, SHA-256, sniffing. */
#include <string.h>

#include "auctreg.h"
#include "testutil.h"
#include "util/util.h"

START_TEST(utf8)
{
    ck_assert(auctreg__utf8_valid("王蓓 abc·", strlen("王蓓 abc·")));
    ck_assert(!auctreg__utf8_valid("\xff", 1));
    ck_assert(!auctreg__utf8_valid("\xc0\xaf", 2));         /* overlong '/' */
    ck_assert(!auctreg__utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
    ck_assert(!auctreg__utf8_valid("\xf4\x90\x80\x80", 4)); /* > U+10FFFF */
    ck_assert(!auctreg__utf8_valid("\xe7\x8e", 2));         /* truncated */
    ck_assert_uint_eq(auctreg__utf8_len("王蓓ab"), 4);
    const char *s = "王";
    ck_assert_uint_eq(auctreg__utf8_next(&s), 0x738B);
    ck_assert(auctreg__has_control("a\x01", false));
    ck_assert(auctreg__has_control("a\n", false));
    ck_assert(!auctreg__has_control("a\n", true));
    ck_assert(auctreg__has_control("a\xc2\x85", true)); /* NEL, C1 */
    ck_assert(!auctreg__has_control("王蓓", false));
    ck_assert_int_eq(auctreg__check_text("name", "\xff", 10, false), AUCTREG_EINVAL);
    ck_assert_str_eq(auctreg_error_reason(), "text.utf8");
    ck_assert_int_eq(auctreg__check_text("name", "abcdefghijk", 10, false), AUCTREG_EINVAL);
    ck_assert_str_eq(auctreg_error_reason(), "text.too_long");
    ck_assert(auctreg_test_has_problem("name", "text.too_long"));
    ck_assert_int_eq(auctreg__check_text("name", "abcdefghij", 10, false), 0);
}
END_TEST

START_TEST(dates)
{
    int y, m, d;
    ck_assert(auctreg__date_parse("1980-07-25", &y, &m, &d));
    ck_assert_int_eq(y * 10000 + m * 100 + d, 19800725);
    ck_assert(auctreg__date_parse("2024-02-29", NULL, NULL, NULL));
    ck_assert(!auctreg__date_parse("2023-02-29", NULL, NULL, NULL));
    ck_assert(!auctreg__date_parse("1900-02-29", NULL, NULL, NULL));
    ck_assert(auctreg__date_parse("2000-02-29", NULL, NULL, NULL));
    ck_assert(!auctreg__date_parse("2023-13-01", NULL, NULL, NULL));
    ck_assert(!auctreg__date_parse("2023-1-01", NULL, NULL, NULL));
    ck_assert(!auctreg__date_parse("2023-01-011", NULL, NULL, NULL));
    ck_assert(!auctreg__date_parse("2023/01/01", NULL, NULL, NULL));
    ck_assert(!auctreg__date_parse("", NULL, NULL, NULL));
    ck_assert_int_eq(auctreg__date_days("1970-01-01"), 0);
    ck_assert_int_eq(auctreg__date_days("2000-03-01"), 11017);
    ck_assert_int_eq(auctreg__date_days("bad"), INT64_MIN);
    for (int64_t z = -800000; z < 800000; z += 997) {
        auctreg__civil_from_days(z, &y, &m, &d);
        ck_assert_int_eq(auctreg__days_from_civil(y, m, d), z);
    }
    char buf[11];
    auctreg__date_from_us(1700000000LL * 1000000, buf);
    ck_assert_str_eq(buf, "2023-11-14");
    auctreg__date_from_us(-1, buf);
    ck_assert_str_eq(buf, "1969-12-31");
}
END_TEST

START_TEST(money)
{
    char b[32];
    auctreg__fen_format(100000, b);
    ck_assert_str_eq(b, "1000.00");
    auctreg__fen_format(5, b);
    ck_assert_str_eq(b, "0.05");
    auctreg__fen_format(-1234, b);
    ck_assert_str_eq(b, "-12.34");
    auctreg__fen_format(INT64_MIN, b);
    ck_assert_str_eq(b, "-92233720368547758.08");
}
END_TEST

START_TEST(sha256_and_sniff)
{
    char hex[65];
    auctreg__sha256_hex("", 0, hex);
    ck_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    auctreg__sha256_hex("abc", 3, hex);
    ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    auctreg__sha256_hex(m, strlen(m), hex);
    ck_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char million[1000];
    memset(million, 'a', sizeof million);
    /* 1000 x 'a' (checked against sha256sum) crosses many blocks */
    auctreg__sha256_hex(million, sizeof million, hex);
    ck_assert_str_eq(hex, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
    ck_assert_str_eq(auctreg__sniff_media_type("%PDF-1.7", 8), "application/pdf");
    ck_assert_str_eq(auctreg__sniff_media_type("\xff\xd8\xff\xe0", 4), "image/jpeg");
    ck_assert_str_eq(auctreg__sniff_media_type("\x89PNG\r\n\x1a\n", 8), "image/png");
    ck_assert_str_eq(auctreg__sniff_media_type("GIF89a", 6), "application/octet-stream");
    ck_assert_str_eq(auctreg__sniff_media_type("%PD", 3), "application/octet-stream");
}
END_TEST

START_TEST(buffers)
{
    auctreg__buf b = AUCTREG__BUF_INIT;
    for (int i = 0; i < 1000; i++)
        auctreg__buf_printf(&b, "%d,", i);
    ck_assert_uint_eq(b.len, strlen(b.data));
    char *s = auctreg__buf_detach(&b);
    ck_assert(strncmp(s, "0,1,2,", 6) == 0);
    auctreg_free(s);
    auctreg__buf e = AUCTREG__BUF_INIT;
    s = auctreg__buf_detach(&e);
    ck_assert_str_eq(s, "");
    auctreg_free(s);
    auctreg_free(NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("util");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, utf8);
    tcase_add_test(tc, dates);
    tcase_add_test(tc, money);
    tcase_add_test(tc, sha256_and_sniff);
    tcase_add_test(tc, buffers);
    suite_add_tcase(s, tc);
    return auctreg_test_run(s);
}
