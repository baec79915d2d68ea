/* Unit tests of the `auctreg` tool's helpers: display width, tables, JSON, numbers, progress bar. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "testutil.h"

/* Capture what a function prints into a memory stream. */
typedef struct capture {
    char *buf;
    size_t len;
    FILE *f;
} capture;

static void cap_open(capture *cp)
{
    cp->buf = NULL;
    cp->len = 0;
    cp->f = open_memstream(&cp->buf, &cp->len);
    ck_assert_ptr_nonnull(cp->f);
}

static const char *cap_close(capture *cp)
{
    fclose(cp->f);
    return cp->buf;
}

static cli make_cli(FILE *out, FILE *err, bool json, auctreg_lang lang)
{
    cli c;
    memset(&c, 0, sizeof c);
    c.prog = "auctreg";
    c.db = "x.db";
    c.out = out;
    c.err = err;
    c.json = json;
    c.lang = lang;
    return c;
}

START_TEST(width_ascii_cjk_fullwidth)
{
    ck_assert_uint_eq(cli_display_width(""), 0);
    ck_assert_uint_eq(cli_display_width("2019"), 4);
    ck_assert_uint_eq(cli_display_width("王蓓"), 4);
    ck_assert_uint_eq(cli_display_width("已付款"), 6);
    ck_assert_uint_eq(cli_display_width("共 6 行记录"), 11);
    ck_assert_uint_eq(cli_display_width("（一）"), 6);    /* full-width parentheses */
    ck_assert_uint_eq(cli_display_width("é"), 1);         /* U+00E9, two bytes, one column */
    ck_assert_uint_eq(cli_display_width("e\xcc\x81"), 1); /* e + combining acute */
    ck_assert_uint_eq(cli_display_width("\xf0\xa0\x80\x80"), 2); /* U+20000, CJK extension B */
    ck_assert_uint_eq(cli_display_width("\xff"), 1);      /* a stray byte still takes a column */
}
END_TEST

START_TEST(table_aligns_cjk_columns)
{
    static const cli_column cols[] = {
        {"year", "年份", "Year", CLI_COL_INT},
        {"pay", "付费状态", "Payment", CLI_COL_TEXT},
        {"op", "操作", "Operations", CLI_COL_TEXT},
    };
    capture cp;
    cap_open(&cp);
    cli c = make_cli(cp.f, stderr, false, AUCTREG_LANG_ZH);
    cli_table t;
    cli_table_init(&t, cols, 3);
    const char *r1[] = {"2022", "未付款", "查看详情 付款"};
    const char *r2[] = {"2021", "会员免缴", "查看详情"};
    ck_assert(cli_table_row(&t, r1));
    ck_assert(cli_table_row(&t, r2));
    cli_table_print(&c, &t);
    cli_table_free(&t);
    const char *s = cap_close(&cp);
    ck_assert_str_eq(s, "年份  付费状态  操作\n"
                        "2022  未付款    查看详情 付款\n"
                        "2021  会员免缴  查看详情\n");
    free(cp.buf);
}
END_TEST

START_TEST(table_json)
{
    static const cli_column cols[] = {
        {"year", "年份", "Year", CLI_COL_INT},
        {"name", "姓名", "Name", CLI_COL_TEXT},
    };
    capture cp;
    cap_open(&cp);
    cli c = make_cli(cp.f, stderr, true, AUCTREG_LANG_EN);
    cli_table t;
    cli_table_init(&t, cols, 2);
    const char *r1[] = {"2024", "王\"蓓\"\n"};
    ck_assert(cli_table_row(&t, r1));
    const char *r2[] = {"", NULL};
    ck_assert(cli_table_row(&t, r2));
    cli_table_print(&c, &t);
    cli_table_free(&t);
    ck_assert_str_eq(cap_close(&cp),
                     "[{\"year\":2024,\"name\":\"王\\\"蓓\\\"\\n\"},{\"year\":\"\",\"name\":\"\"}]");
    free(cp.buf);
}
END_TEST

START_TEST(json_nesting_and_commas)
{
    capture cp;
    cap_open(&cp);
    cli_json j;
    cli_json_init(&j, cp.f);
    cli_json_begin_object(&j);
    cli_json_kv_int(&j, "a", -5);
    cli_json_key(&j, "b");
    cli_json_begin_array(&j);
    cli_json_int(&j, 1);
    cli_json_string(&j, NULL);
    cli_json_begin_object(&j);
    cli_json_end_object(&j);
    cli_json_end_array(&j);
    cli_json_kv_bool(&j, "c", true);
    cli_json_kv_string(&j, "d", "\x01");
    cli_json_end_object(&j);
    ck_assert_str_eq(cap_close(&cp), "{\"a\":-5,\"b\":[1,null,{}],\"c\":true,\"d\":\"\\u0001\"}");
    free(cp.buf);
}
END_TEST

START_TEST(numbers_parse_and_format)
{
    capture err;
    cap_open(&err);
    cli c = make_cli(stdout, err.f, false, AUCTREG_LANG_EN);
    int64_t v = 0;
    ck_assert(cli_parse_tenths(&c, "hours", "44.5", &v));
    ck_assert_int_eq(v, 445);
    ck_assert(cli_parse_tenths(&c, "hours", "45", &v));
    ck_assert_int_eq(v, 450);
    ck_assert(!cli_parse_tenths(&c, "hours", "44.55", &v));
    ck_assert(!cli_parse_tenths(&c, "hours", "4x", &v));
    ck_assert(!cli_parse_tenths(&c, "hours", ".5", &v));
    ck_assert(cli_parse_fen(&c, "amount", "1000.0", &v));
    ck_assert_int_eq(v, 100000);
    ck_assert(cli_parse_fen(&c, "amount", "10.05", &v));
    ck_assert_int_eq(v, 1005);
    ck_assert(!cli_parse_fen(&c, "amount", "10.005", &v));
    ck_assert(!cli_parse_fen(&c, "amount", "99999999999999999999", &v));
    ck_assert(cli_parse_int(&c, "year", "2024", 1900, 9999, &v));
    ck_assert_int_eq(v, 2024);
    ck_assert(!cli_parse_int(&c, "year", "20245", 1900, 9999, &v));
    ck_assert(!cli_parse_int(&c, "year", " 2024", 1900, 9999, &v));
    int e = -1;
    ck_assert(cli_parse_enum(&c, "role", AUCTREG_ENUM_ROLE, "Province", &e));
    ck_assert_int_eq(e, AUCTREG_ROLE_PROVINCE);
    ck_assert(cli_parse_enum(&c, "type", AUCTREG_ENUM_APP_TYPE, "renewal", &e));
    ck_assert_int_eq(e, AUCTREG_TYPE_RENEWAL);
    ck_assert(!cli_parse_enum(&c, "type", AUCTREG_ENUM_APP_TYPE, "yearly", &e));
    const char *msgs = cap_close(&err);
    ck_assert_ptr_nonnull(strstr(msgs, "hours must be a number with at most one decimal (e.g. 44.5): 44.55"));
    ck_assert_ptr_nonnull(strstr(msgs, "valid codes: UNSET RENEWAL REREGISTRATION FIRST"));
    free(err.buf);

    char buf[32];
    ck_assert_str_eq(cli_fmt_fen(100000, buf, sizeof buf), "1000.00");
    ck_assert_str_eq(cli_fmt_fen(5, buf, sizeof buf), "0.05");
    ck_assert_str_eq(cli_fmt_fen(-1005, buf, sizeof buf), "-10.05");
    ck_assert_str_eq(cli_fmt_tenths(445, buf, sizeof buf), "44.5");
    ck_assert_str_eq(cli_fmt_tenths(0, buf, sizeof buf), "0.0");
}
END_TEST

START_TEST(exit_status_per_class)
{
    ck_assert_int_eq(cli_exit_for_status(AUCTREG_OK), 0);
    ck_assert_int_eq(cli_exit_for_status(AUCTREG_ERROR), 11);
    ck_assert_int_eq(cli_exit_for_status(AUCTREG_EINVAL), 12);
    ck_assert_int_eq(cli_exit_for_status(AUCTREG_EDENIED), 14);
    ck_assert_int_eq(cli_exit_for_status(AUCTREG_EVERSION), 23);
    ck_assert_int_eq(cli_exit_for_status(-99), 11); /* unknown code: generic error */
    /* every status has its own exit status */
    for (int a = AUCTREG_OK; a >= AUCTREG_STATUS_MIN; a--)
        for (int b = a - 1; b >= AUCTREG_STATUS_MIN; b--)
            ck_assert_int_ne(cli_exit_for_status(a), cli_exit_for_status(b));
}
END_TEST

START_TEST(error_report_text_and_json)
{
    auctreg_error_set_language(AUCTREG_LANG_EN);
    int r = 0;
    int rc = auctreg_enum_from_code(AUCTREG_ENUM_ROLE, "wizard", &r);
    ck_assert_int_eq(rc, AUCTREG_ENOTFOUND);
    capture err;
    cap_open(&err);
    cli c = make_cli(stdout, err.f, false, AUCTREG_LANG_EN);
    ck_assert_int_eq(cli_report_error(&c, rc), 13);
    const char *s = cap_close(&err);
    ck_assert_ptr_nonnull(strstr(s, "auctreg: error [AUCTREG_ENOTFOUND enum.unknown]: "));
    free(err.buf);

    cap_open(&err);
    c = make_cli(stdout, err.f, true, AUCTREG_LANG_EN);
    ck_assert_int_eq(cli_report_error(&c, rc), 13);
    s = cap_close(&err);
    ck_assert_ptr_nonnull(strstr(s, "{\"error\":{\"status\":\"AUCTREG_ENOTFOUND\",\"code\":-3,\"exit\":13,"
                                    "\"reason\":\"enum.unknown\""));
    free(err.buf);
    auctreg_error_set_language(AUCTREG_LANG_ZH);
}
END_TEST

START_TEST(progress_bar)
{
    char line[128];
    cli_progress_render(line, sizeof line, "import", 50, 200, 10);
    ck_assert_str_eq(line, "import [##>       ]  25% 50/200");
    cli_progress_render(line, sizeof line, "export", 7, 7, 4);
    ck_assert_str_eq(line, "export [####] 100% 7/7");
    cli_progress_render(line, sizeof line, "x", 0, 0, 2);
    ck_assert_str_eq(line, "x [##] 100% 0/0");
    cli_progress_render(line, 8, "truncated label", 1, 2, 10); /* never overflows */
    ck_assert_uint_eq(strlen(line), 7);

    /* Not a terminal (a memory stream): nothing is drawn. */
    capture cp;
    cap_open(&cp);
    cli c = make_cli(cp.f, stderr, false, AUCTREG_LANG_EN);
    cli_progress p;
    cli_progress_start(&p, &c, "import", 10);
    cli_progress_update(&p, 5);
    cli_progress_finish(&p);
    ck_assert_str_eq(cap_close(&cp), "");
    free(cp.buf);

    /* Forced on (as on a terminal): redrawn in place with \r, finished with a newline. */
    cli_progress_force(1);
    cap_open(&cp);
    c = make_cli(cp.f, stderr, false, AUCTREG_LANG_EN);
    cli_progress_start(&p, &c, "import", 4);
    cli_progress_update(&p, 2);
    cli_progress_update(&p, 2); /* no change: not redrawn */
    cli_progress_finish(&p);
    const char *s = cap_close(&cp);
    ck_assert_int_eq((int)(strchr(s, '\n') - s), (int)strlen(s) - 1);
    int draws = 0;
    for (const char *q = s; (q = strchr(q, '\r')) != NULL; q++)
        draws++;
    ck_assert_int_eq(draws, 3); /* 0%, 50%, 100% */
    ck_assert_ptr_nonnull(strstr(s, "100% 4/4\n"));
    free(cp.buf);

    /* Driven by the library's progress callback: the total comes with the reports. */
    cap_open(&cp);
    c = make_cli(cp.f, stderr, false, AUCTREG_LANG_EN);
    cli_progress_start(&p, &c, "import", 0);
    ck_assert_int_eq(cli_progress_report(&p, 0, 0, 0), 0); /* nothing known yet */
    ck_assert_int_eq(cli_progress_report(&p, 1024, 4096, 3), 0);
    ck_assert_int_eq(cli_progress_report(&p, 4096, 4096, 9), 0);
    cli_progress_finish(&p);
    s = cap_close(&cp);
    ck_assert_ptr_nonnull(strstr(s, "\rimport [#######>  "));
    ck_assert_ptr_nonnull(strstr(s, "25% 1024/4096\r"));
    ck_assert_ptr_nonnull(strstr(s, "100% 4096/4096\n"));
    ck_assert_ptr_null(strstr(s, "0/0"));
    free(cp.buf);

    /* Aborted (a failure): the line stays as drawn and is ended; nothing drawn, nothing printed. */
    cap_open(&cp);
    c = make_cli(cp.f, stderr, false, AUCTREG_LANG_EN);
    cli_progress_start(&p, &c, "export", 10);
    cli_progress_update(&p, 3);
    cli_progress_abort(&p);
    cli_progress_finish(&p); /* no-op once aborted */
    s = cap_close(&cp);
    ck_assert_ptr_nonnull(strstr(s, "30% 3/10\n"));
    ck_assert_ptr_null(strstr(s, "100%"));
    free(cp.buf);
    cap_open(&cp);
    c = make_cli(cp.f, stderr, false, AUCTREG_LANG_EN);
    cli_progress_start(&p, &c, "import", 0);
    cli_progress_abort(&p);
    ck_assert_str_eq(cap_close(&cp), "");
    free(cp.buf);

    /* JSON output never gets a bar, even on a terminal. */
    cap_open(&cp);
    c = make_cli(cp.f, stderr, true, AUCTREG_LANG_EN);
    cli_progress_start(&p, &c, "import", 4);
    cli_progress_finish(&p);
    ck_assert_str_eq(cap_close(&cp), "");
    free(cp.buf);
    cli_progress_force(-1);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("tool");
    TCase *tc = tcase_create("helpers");
    tcase_add_test(tc, width_ascii_cjk_fullwidth);
    tcase_add_test(tc, table_aligns_cjk_columns);
    tcase_add_test(tc, table_json);
    tcase_add_test(tc, json_nesting_and_commas);
    tcase_add_test(tc, numbers_parse_and_format);
    tcase_add_test(tc, exit_status_per_class);
    tcase_add_test(tc, error_report_text_and_json);
    tcase_add_test(tc, progress_bar);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return auctreg_test_run(suite()); }
