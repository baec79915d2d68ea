/*
 * Embedding libauctreg in C: build an application in memory, read it back,
 * and handle an error the way every libauctreg call reports one.
 *
 *   cc application.c $(pkg-config --cflags --libs auctreg) -o application
 *
 * The application object needs no registry: a portal with its own database
 * can fill it, validate it and run the workflow on it (see docs/guide.md).
 */
#include <inttypes.h>
#include <stdio.h>

#include <auctreg.h>

/* Print the last error of this thread: status, stable reason, message, problems. */
static int report(int rc)
{
    fprintf(stderr, "failed: %s [%s] %s\n", auctreg_status_name(rc), auctreg_error_reason(),
            auctreg_error_message());
    for (size_t i = 0; i < auctreg_error_problem_count(); i++)
        fprintf(stderr, "  %s: %s (%s)\n", auctreg_error_problem_field(i),
                auctreg_error_problem_reason(i), auctreg_error_problem_message(i));
    return rc;
}

int main(void)
{
    auctreg_error_set_language(AUCTREG_LANG_EN); /* messages in English on this thread */
    printf("libauctreg %s\n", auctreg_version());

    auctreg_application *app = NULL;
    int rc = auctreg_application_new(&app); /* the caller owns app */
    if (rc)
        return report(rc);

    /* A renewal for 2024 of auctioneer 3200278 (manual sample), two CE records. */
    if ((rc = auctreg_application_set_int(app, AUCTREG_APP_TYPE, AUCTREG_TYPE_RENEWAL)) ||
        (rc = auctreg_application_set_int(app, AUCTREG_APP_YEAR, 2024)) ||
        (rc = auctreg_application_set_text(app, AUCTREG_APP_MGMT_NO, "3200278")) ||
        (rc = auctreg_application_ce_add(app, "拍卖法律法规网络课程", 300)) || /* 30.0 hours */
        (rc = auctreg_application_ce_add(app, "拍卖师职业道德", 145)) ||     /* 14.5 hours */
        (rc = auctreg_application_practice_add(app, 12, "房地产", 35000000))) {
        report(rc);
        auctreg_application_free(app);
        return 1;
    }
    int64_t ce = auctreg_application_ce_total_tenths(app);
    printf("type: %s (%s)\n",
           auctreg_enum_label(AUCTREG_ENUM_APP_TYPE,
                              (int)auctreg_application_get_int(app, AUCTREG_APP_TYPE), AUCTREG_LANG_ZH),
           auctreg_enum_code(AUCTREG_ENUM_APP_TYPE,
                             (int)auctreg_application_get_int(app, AUCTREG_APP_TYPE)));
    printf("year: %" PRId64 ", auctioneer: %s\n", auctreg_application_get_int(app, AUCTREG_APP_YEAR),
           auctreg_application_get_text(app, AUCTREG_APP_MGMT_NO));
    printf("CE hours: %" PRId64 ".%" PRId64 " in %zu records\n", ce / 10, ce % 10,
           auctreg_application_ce_count(app));

    /* A wrong value is refused with a stable reason, and the object is unchanged. */
    rc = auctreg_application_set_int(app, AUCTREG_APP_PAY_STATUS, 42);
    if (rc == AUCTREG_EINVAL)
        printf("refused as expected: %s (%s)\n", auctreg_status_name(rc), auctreg_error_reason());
    printf("payment status still: %s\n",
           auctreg_enum_code(AUCTREG_ENUM_PAY_STATUS,
                             (int)auctreg_application_get_int(app, AUCTREG_APP_PAY_STATUS)));

    auctreg_application_free(app);
    return rc == AUCTREG_EINVAL ? 0 : 1;
}
