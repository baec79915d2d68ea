/* The command tables of the `auctreg` tool, one per source file (terminated by a {NULL} entry). */
#ifndef AUCTREG_CLI_COMMANDS_H
#define AUCTREG_CLI_COMMANDS_H

#include "cli.h"

extern const cli_command cli_commands_basic[]; /* cmd_basic.c: version, enums, statuses, validate */

#endif
