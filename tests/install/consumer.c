/* A consumer of the installed library: checks that header and library agree. */
#include <auctreg.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    if (strcmp(auctreg_version(), AUCTREG_VERSION_STRING) != 0 ||
        auctreg_version_number() != AUCTREG_VERSION_NUMBER) {
        fprintf(stderr, "header %s but library %s\n", AUCTREG_VERSION_STRING, auctreg_version());
        return 1;
    }
    auctreg_person *p = NULL;
    if (auctreg_person_new(&p) != 0)
        return 1;
    if (auctreg_person_set(p, AUCTREG_PERSON_NAME, "\xff") != AUCTREG_EINVAL ||
        strcmp(auctreg_error_reason(), "text.utf8") != 0) {
        fprintf(stderr, "expected text.utf8, got %s\n", auctreg_error_reason());
        return 1;
    }
    auctreg_person_free(p);
    printf("libauctreg %s OK\n", auctreg_version());
    return 0;
}
