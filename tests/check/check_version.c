/* The run-time version agrees with the header. */
#include <stdio.h>
#include <string.h>

#include "auctreg.h"
#include "testutil.h"

START_TEST(runtime_matches_header)
{
    ck_assert_str_eq(auctreg_version(), AUCTREG_VERSION_STRING);
    ck_assert_int_eq(auctreg_version_number(), AUCTREG_VERSION_NUMBER);
    char buf[32];
    snprintf(buf, sizeof buf, "%d.%d.%d", AUCTREG_VERSION_MAJOR, AUCTREG_VERSION_MINOR,
             AUCTREG_VERSION_PATCH);
    ck_assert_str_eq(buf, AUCTREG_VERSION_STRING);
    ck_assert(AUCTREG_VERSION_CHECK(0, 0, 1));
    ck_assert(!AUCTREG_VERSION_CHECK(AUCTREG_VERSION_MAJOR + 1, 0, 0));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("version");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, runtime_matches_header);
    suite_add_tcase(s, tc);
    return auctreg_test_run(s);
}
