/*
 * The `auctreg` command-line tool: shared declarations.
 *
 * The tool is a thin client of the public API of libauctreg: it parses
 * arguments, calls the library, prints results (aligned tables for people,
 * JSON for scripts) and errors (on stderr, with their reason code). It holds
 * no business rule: types, fees, permissions and states are decided by the
 * library. Only the words of its own column headers and messages live here.
 */
#ifndef AUCTREG_CLI_H
#define AUCTREG_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "auctreg.h"

/* ---------------------------------------------------------------- exit status */

/*
 * Exit status: 0 success; 2 usage error (bad arguments); 3 a file the tool
 * itself reads or writes failed; 10 + |code| for a library status code
 * (AUCTREG_ERROR -1 -> 11, AUCTREG_EINVAL -2 -> 12, ... AUCTREG_EVERSION -13 -> 23).
 * docs/auctreg.1 documents the table; `auctreg statuses` prints it.
 */
enum { CLI_EXIT_OK = 0, CLI_EXIT_USAGE = 2, CLI_EXIT_IO = 3, CLI_EXIT_LIB_BASE = 10 };
int cli_exit_for_status(int code);

/* ---------------------------------------------------------------- context */

/* The actor given with --as role:id (role codes are the library's). */
typedef struct cli_actor {
    bool set;
    int role;       /* auctreg_role */
    const char *id; /* "" for national/admin */
} cli_actor;

typedef struct cli {
    const char *prog;  /* name in messages: "auctreg" */
    const char *argv0; /* how the tool was invoked (for commands it suggests) */
    const char *db;  /* --db, default ./auctreg.db */
    cli_actor actor; /* --as */
    const char *today; /* --today, or NULL for the system date */
    bool json;       /* --json */
    auctreg_lang lang;
    FILE *out;
    FILE *err;
} cli;

/* Text in the language of the run: tool-owned labels only (library text comes translated). */
const char *cli_t(const cli *c, const char *zh, const char *en);

/* ---------------------------------------------------------------- arguments */

typedef struct cli_optspec {
    const char *name;    /* long name without dashes, e.g. "year" */
    const char *arg;     /* metavariable ("YEAR") or NULL for a flag */
    const char *help_zh; /* one line */
    const char *help_en;
} cli_optspec;

#define CLI_MAX_OPTS 32
#define CLI_MAX_POS 64
#define CLI_MAX_OCC 128

typedef struct cli_args {
    const cli_optspec *spec;
    size_t nspec;
    const char *value[CLI_MAX_OPTS]; /* last value given for spec[i] ("" for a flag), or NULL */
    struct {
        size_t opt;
        const char *value;
    } occ[CLI_MAX_OCC]; /* every occurrence, in order (repeatable options such as --ce) */
    size_t nocc;
    const char *pos[CLI_MAX_POS];
    size_t npos;
    bool help;
} cli_args;

/* Value of option `name` (the last one given) or NULL when absent. */
const char *cli_opt(const cli_args *a, const char *name);
bool cli_flag(const cli_args *a, const char *name);
/* The i-th value given for a repeatable option, or NULL after the last. */
const char *cli_opt_nth(const cli_args *a, const char *name, size_t i);

/*
 * Parse a whole number within [min, max] from `s` (an option's value or a
 * positional argument named `what`). Prints a usage error and returns false.
 */
bool cli_parse_int(const cli *c, const char *what, const char *s, int64_t min, int64_t max,
                   int64_t *out);
/* Parse "12.5" into tenths (125): one decimal at most. */
bool cli_parse_tenths(const cli *c, const char *what, const char *s, int64_t *out);
/* Parse "1000.00" yuan into fen (100000): two decimals at most. */
bool cli_parse_fen(const cli *c, const char *what, const char *s, int64_t *out);
/* Parse a library enum code (case-insensitive) of `kind`; prints the valid codes on error. */
bool cli_parse_enum(const cli *c, const char *what, auctreg_enum_kind kind, const char *s,
                    int *out);
/* Space-separated words (valid codes, field names) collected for a usage error. */
typedef struct cli_words {
    char buf[2048];
    size_t len;
} cli_words;
void cli_words_add(cli_words *w, const char *word);

/*
 * Print a usage error (the command's name and a message; as a JSON object with --json) and
 * return CLI_EXIT_USAGE.
 */
int cli_usage_error(const cli *c, const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---------------------------------------------------------------- commands */

typedef struct cli_command {
    const char *name;
    const char *synopsis; /* arguments after the name, e.g. "FIELD VALUE" */
    const char *summary_zh;
    const char *summary_en;
    const cli_optspec *opts; /* terminated by a {NULL} entry; may be NULL */
    int (*run)(cli *c, const cli_args *a);
} cli_command;

/* Every command, in help order (defined in main.c from the per-file tables). */
const cli_command *cli_find_command(const char *name);
void cli_print_command_help(const cli *c, const cli_command *cmd);


/* ---------------------------------------------------------------- output */

/* Report the thread's last libauctreg error on stderr (text or JSON); returns its exit status. */
int cli_report_error(const cli *c, int code);
/* The same, naming the file the failure concerns (a "file" key in JSON, a line before the
 * error in text); a library failure to read or write a file (reason xml.io) exits 3. */
int cli_report_file_error(const cli *c, int code, const char *path);

/* Display width of a UTF-8 string on a terminal (CJK and full-width characters count 2). */
size_t cli_display_width(const char *s);

/* Print `s` left-aligned in a field `width` columns wide (display width, not bytes). */
void cli_pad(FILE *f, const char *s, size_t width);

/* Print "key  value" lines with the values aligned (keys measured by display width). */
void cli_print_kv(const cli *c, const char *const *pairs, size_t n);

/* A table printed aligned for people, or as a JSON array of objects with --json. */
typedef enum { CLI_COL_TEXT = 0, CLI_COL_INT = 1 } cli_col_type;
typedef struct cli_column {
    const char *key; /* JSON key */
    const char *head_zh;
    const char *head_en;
    cli_col_type type;
} cli_column;

typedef struct cli_table {
    const cli_column *cols;
    size_t ncols;
    char **cells; /* nrows * ncols owned strings */
    size_t nrows;
    size_t cap;
} cli_table;

void cli_table_init(cli_table *t, const cli_column *cols, size_t ncols);
/* Append a row: ncols strings (copied; NULL prints as ""). Returns false on out of memory. */
bool cli_table_row(cli_table *t, const char *const *cells);
/* Print as text (aligned) or, in JSON mode, as an array (no newline after it). */
void cli_table_print(const cli *c, const cli_table *t);
void cli_table_free(cli_table *t);

/* Minimal JSON writer on c->out (keeps track of commas). */
typedef struct cli_json {
    FILE *f;
    int depth;
    bool first[32];
} cli_json;
void cli_json_init(cli_json *j, FILE *f);
/* The envelope of every error in JSON mode, on stderr: {"error":{"status":..,["code":..,]
 * "exit":.., <the caller's keys>}} (code only for library errors: pass 0 otherwise); end it
 * with cli_json_error_end(). */
void cli_json_error_begin(const cli *c, cli_json *j, const char *status, int code, int exit_status);
void cli_json_error_end(cli_json *j);
void cli_json_begin_object(cli_json *j);
void cli_json_end_object(cli_json *j);
void cli_json_begin_array(cli_json *j);
void cli_json_end_array(cli_json *j);
void cli_json_key(cli_json *j, const char *key);
void cli_json_string(cli_json *j, const char *s); /* NULL -> null */
void cli_json_int(cli_json *j, int64_t v);
void cli_json_bool(cli_json *j, bool v);
void cli_json_raw(cli_json *j, const char *raw); /* an already-encoded JSON value */
/* Shorthands: key + value. */
void cli_json_kv_string(cli_json *j, const char *key, const char *s);
void cli_json_kv_int(cli_json *j, const char *key, int64_t v);
void cli_json_kv_bool(cli_json *j, const char *key, bool v);
/* Write a JSON string literal for s to f. */
void cli_json_escape(FILE *f, const char *s);

/* Amount in fen as "1000.00". buf at least 32 bytes. */
const char *cli_fmt_fen(int64_t fen, char *buf, size_t n);
/* Hours in tenths as "44.5". */
const char *cli_fmt_tenths(int64_t tenths, char *buf, size_t n);
/* Enum label in the run's language, or its code with --json. */
const char *cli_enum_text(const cli *c, auctreg_enum_kind kind, int value);

/* ---------------------------------------------------------------- progress */

/*
 * A progress bar drawn on stdout only when stdout is a terminal and the output
 * is not JSON; otherwise every call is a no-op. `label` is shown before the bar.
 */
typedef struct cli_progress {
    bool active;
    FILE *f;
    const char *label;
    uint64_t total;
    int last_permille;
} cli_progress;
void cli_progress_start(cli_progress *p, const cli *c, const char *label, uint64_t total);
void cli_progress_update(cli_progress *p, uint64_t done);
void cli_progress_finish(cli_progress *p);
/* End the bar after a failure: the line is left as drawn (not filled to 100%). */
void cli_progress_abort(cli_progress *p);
/* An auctreg_xml_progress_fn for the library's long calls: ctx is a cli_progress
 * started with total 0 (unknown); each report sets the total and redraws. Never cancels. */
int cli_progress_report(void *ctx, uint64_t done, uint64_t total, uint64_t records);
/* Force the decision (tests): 1 always draw, 0 never, -1 decide by isatty (default). */
void cli_progress_force(int mode);
/* Render one bar line into buf (used by the drawing code and by the tests). */
void cli_progress_render(char *buf, size_t n, const char *label, uint64_t done, uint64_t total,
                         int width);

#endif /* AUCTREG_CLI_H */
