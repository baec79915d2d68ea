#ifndef FIXTURE_NOFILE_H
#define FIXTURE_NOFILE_H
#define AUCTREG_API __attribute__((visibility("default")))

/** @brief Documented, but the file has no file block. @return 0. */
AUCTREG_API int auctreg_fixture_in_undocumented_file(void);

AUCTREG_API int auctreg_fixture_also_undocumented(void);

#endif
