/* The command tables of the `auctreg` tool, one per source file (terminated by a {NULL} entry). */
#ifndef AUCTREG_CLI_COMMANDS_H
#define AUCTREG_CLI_COMMANDS_H

#include "cli.h"

extern const cli_command cli_commands_basic[]; /* cmd_basic.c: version, enums, statuses */
extern const cli_command cli_commands_pure[];  /* cmd_validate.c: validate, codes */

/* Today's date: `opt` (checked) or the system date. Returns 0, or an exit status after printing the error. */
int cli_today(const cli *c, const char *opt, char out[11]);

extern const cli_command cli_commands_workflow[]; /* cmd_workflow.c: workflow */
extern const cli_command cli_commands_registry[]; /* cmd_registry.c: init, master data, applications */
extern const cli_command cli_commands_query[];    /* cmd_query.c: history, queue, show, audit, actions */
extern const cli_command cli_commands_demo[];     /* cmd_demo.c: demo */
extern const cli_command cli_commands_xml[];      /* cmd_xml.c: export, import, xml */

/* reg.c: helpers of the registry commands (each returns 0 or an exit status after printing the error). */
int cli_registry_open(cli *c, auctreg_registry **r);
const char *cli_actor_id(const cli *c);
int cli_need_actor(const cli *c, const char *cmd);
/* The management number argument, or the applicant's own; NULL if neither (or too many arguments). */
const char *cli_target_mgmt_no(const cli *c, const cli_args *a);
int cli_parse_app_id(const cli *c, const cli_args *a, const char *cmd, int64_t *id);
int cli_expected_version(cli *c, const cli_args *a, auctreg_registry *r, int64_t id, int64_t *version);
/* io.c: the tool's own files; errors give exit status 3 (CLI_EXIT_IO). */
int cli_io_error(const cli *c, const char *zh, const char *en, const char *path);
/* Read a whole file; with a progress label, a bar of bytes read is drawn on a terminal. */
int cli_read_file(const cli *c, const char *path, char **data, size_t *size, const char *progress_label);
int cli_write_file(const cli *c, const char *path, const char *text);
int cli_read_xml_application(cli *c, const char *path, auctreg_application **out);
int cli_apply_content(cli *c, const cli_args *a, auctreg_application *app);
int cli_apply_person(cli *c, const cli_args *a, const char *opt, auctreg_person *p);
int cli_page(cli *c, const cli_args *a, int64_t *offset, int64_t *limit);
const char *cli_fmt_time(int64_t us, char *buf, size_t n);
void cli_print_paging(const cli *c, const auctreg_rows *rows);
void cli_print_rows(const cli *c, const cli_table *t, const auctreg_rows *rows);
void cli_print_app_brief(cli *c, auctreg_registry *r, int64_t id, const char *what);
/* Create a draft from `content` as the actor (the library decides type, year and scope),
 * print it with `what`, free `content`; returns the exit status. */
int cli_create_draft(cli *c, auctreg_application *content, const char *what);
int cli_print_history(cli *c, auctreg_registry *r, const char *mgmt_no, int64_t offset, int64_t limit);
int cli_print_audit(cli *c, auctreg_registry *r, int64_t id, int64_t off, int64_t lim);
int cli_show_application(cli *c, auctreg_registry *r, int64_t id);
#endif
