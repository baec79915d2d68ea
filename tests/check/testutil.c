#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "auctreg.h"

int auctreg_test_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

int auctreg_test_has_problem(const char *field, const char *reason)
{
    for (size_t i = 0; i < auctreg_error_problem_count(); i++)
        if ((!field || strcmp(auctreg_error_problem_field(i), field) == 0) &&
            (!reason || strcmp(auctreg_error_problem_reason(i), reason) == 0))
            return 1;
    return 0;
}
