/* The command tables of the `auctreg` tool, one per source file (terminated by a {NULL} entry). */
#ifndef AUCTREG_CLI_COMMANDS_H
#define AUCTREG_CLI_COMMANDS_H

#include "cli.h"

extern const cli_command cli_commands_basic[]; /* cmd_basic.c: version, enums, statuses */
extern const cli_command cli_commands_pure[];  /* cmd_validate.c: validate, codes */

/* Today's date: `opt` (checked) or the system date. Returns 0, or an exit status after printing the error. */
int cli_today(const cli *c, const char *opt, char out[11]);

#endif
