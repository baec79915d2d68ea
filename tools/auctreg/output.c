/* Output of the `auctreg` tool: errors, aligned tables, JSON, number formats. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char *cli_t(const cli *c, const char *zh, const char *en)
{
    return c->lang == AUCTREG_LANG_EN ? en : zh;
}

int cli_exit_for_status(int code)
{
    if (code == AUCTREG_OK)
        return CLI_EXIT_OK;
    if (code < 0 && code >= AUCTREG_STATUS_MIN)
        return CLI_EXIT_LIB_BASE - code;
    return CLI_EXIT_LIB_BASE - AUCTREG_ERROR;
}

/* ---------------------------------------------------------------- errors */

void cli_json_error_begin(const cli *c, cli_json *j, const char *status, int code, int exit_status)
{
    cli_json_init(j, c->err);
    cli_json_begin_object(j);
    cli_json_key(j, "error");
    cli_json_begin_object(j);
    cli_json_kv_string(j, "status", status);
    if (code)
        cli_json_kv_int(j, "code", code);
    cli_json_kv_int(j, "exit", exit_status);
}

void cli_json_error_end(cli_json *j)
{
    cli_json_end_object(j);
    cli_json_end_object(j);
    fputc('\n', j->f);
}

int cli_report_error(const cli *c, int code) { return cli_report_file_error(c, code, NULL); }

int cli_report_file_error(const cli *c, int code, const char *path)
{
    const char *reason = auctreg_error_reason();
    const char *msg = auctreg_error_message();
    size_t n = auctreg_error_problem_count();
    if (auctreg_error_code() != code) { /* nothing recorded for this failure */
        reason = "";
        msg = auctreg_strerror(code);
        n = 0;
    }
    /* A file the library could not read or write is a file error (exit 3), like the tool's own. */
    int exit_status = strcmp(reason, "xml.io") == 0 ? CLI_EXIT_IO : cli_exit_for_status(code);
    if (c->json) {
        cli_json j;
        cli_json_error_begin(c, &j, auctreg_status_name(code), code, exit_status);
        if (path)
            cli_json_kv_string(&j, "file", path);
        cli_json_kv_string(&j, "reason", reason);
        cli_json_kv_string(&j, "message", msg);
        cli_json_key(&j, "problems");
        cli_json_begin_array(&j);
        for (size_t i = 0; i < n; i++) {
            cli_json_begin_object(&j);
            cli_json_kv_string(&j, "field", auctreg_error_problem_field(i));
            cli_json_kv_string(&j, "reason", auctreg_error_problem_reason(i));
            cli_json_kv_string(&j, "message", auctreg_error_problem_message(i));
            cli_json_end_object(&j);
        }
        cli_json_end_array(&j);
        cli_json_error_end(&j);
    } else {
        if (path)
            fprintf(c->err, "%s: %s\n", c->prog, path);
        fprintf(c->err, "%s: %s [%s%s%s]: %s\n", c->prog, cli_t(c, "错误", "error"),
                auctreg_status_name(code), *reason ? " " : "", reason, msg);
        for (size_t i = 0; i < n; i++) {
            const char *field = auctreg_error_problem_field(i);
            fprintf(c->err, "  - %s%s[%s] %s\n", field && *field ? field : "",
                    field && *field ? " " : "", auctreg_error_problem_reason(i),
                    auctreg_error_problem_message(i));
        }
    }
    return exit_status;
}

/* ---------------------------------------------------------------- display width */

/* East Asian Wide and Fullwidth ranges (Unicode 15, UAX #11), plus common emoji. */
static const uint32_t wide_ranges[][2] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

static int cp_width(uint32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return 0;
    /* combining marks, zero-width characters and variation selectors */
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x20D0 && cp <= 0x20FF) || cp == 0xFEFF)
        return 0;
    size_t lo = 0, hi = sizeof wide_ranges / sizeof wide_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < wide_ranges[mid][0])
            hi = mid;
        else if (cp > wide_ranges[mid][1])
            lo = mid + 1;
        else
            return 2;
    }
    return 1;
}

size_t cli_display_width(const char *s)
{
    size_t w = 0;
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        uint32_t cp;
        int len;
        if (*p < 0x80) {
            cp = *p;
            len = 1;
        } else if ((*p & 0xE0) == 0xC0) {
            cp = *p & 0x1F;
            len = 2;
        } else if ((*p & 0xF0) == 0xE0) {
            cp = *p & 0x0F;
            len = 3;
        } else if ((*p & 0xF8) == 0xF0) {
            cp = *p & 0x07;
            len = 4;
        } else { /* stray byte: count it as one column */
            w++;
            p++;
            continue;
        }
        int k = 1;
        for (; k < len && (p[k] & 0xC0) == 0x80; k++)
            cp = (cp << 6) | (p[k] & 0x3F);
        if (k < len) { /* truncated sequence */
            w++;
            p++;
            continue;
        }
        w += (size_t)cp_width(cp);
        p += len;
    }
    return w;
}

void cli_pad(FILE *f, const char *s, size_t width)
{
    fputs(s ? s : "", f);
    for (size_t w = cli_display_width(s); w < width; w++)
        fputc(' ', f);
}

void cli_print_kv(const cli *c, const char *const *pairs, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (cli_display_width(pairs[2 * i]) > w)
            w = cli_display_width(pairs[2 * i]);
    for (size_t i = 0; i < n; i++) {
        cli_pad(c->out, pairs[2 * i], w);
        fprintf(c->out, "  %s\n", pairs[2 * i + 1] ? pairs[2 * i + 1] : "");
    }
}

/* ---------------------------------------------------------------- tables */

void cli_table_init(cli_table *t, const cli_column *cols, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->cols = cols;
    t->ncols = ncols;
}

bool cli_table_row(cli_table *t, const char *const *cells)
{
    if ((t->nrows + 1) * t->ncols > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : t->ncols * 8;
        while (cap < (t->nrows + 1) * t->ncols)
            cap *= 2;
        char **p = realloc(t->cells, cap * sizeof *p);
        if (!p)
            return false;
        t->cells = p;
        t->cap = cap;
    }
    char **row = t->cells + t->nrows * t->ncols;
    for (size_t i = 0; i < t->ncols; i++) {
        const char *s = cells[i] ? cells[i] : "";
        size_t n = strlen(s) + 1;
        row[i] = malloc(n);
        if (!row[i]) {
            while (i-- > 0)
                free(row[i]);
            return false;
        }
        memcpy(row[i], s, n);
    }
    t->nrows++;
    return true;
}

void cli_table_print(const cli *c, const cli_table *t)
{
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_array(&j);
        for (size_t r = 0; r < t->nrows; r++) {
            cli_json_begin_object(&j);
            for (size_t i = 0; i < t->ncols; i++) {
                const char *v = t->cells[r * t->ncols + i];
                cli_json_key(&j, t->cols[i].key);
                if (t->cols[i].type == CLI_COL_INT && *v)
                    cli_json_raw(&j, v);
                else
                    cli_json_string(&j, v);
            }
            cli_json_end_object(&j);
        }
        cli_json_end_array(&j);
        return;
    }
    size_t width[64] = {0};
    size_t ncols = t->ncols < 64 ? t->ncols : 64;
    for (size_t i = 0; i < ncols; i++)
        width[i] = cli_display_width(cli_t(c, t->cols[i].head_zh, t->cols[i].head_en));
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t i = 0; i < ncols; i++) {
            size_t w = cli_display_width(t->cells[r * t->ncols + i]);
            if (w > width[i])
                width[i] = w;
        }
    for (size_t i = 0; i < ncols; i++) {
        const char *h = cli_t(c, t->cols[i].head_zh, t->cols[i].head_en);
        if (i + 1 < ncols) {
            cli_pad(c->out, h, width[i]);
            fputs("  ", c->out);
        } else {
            fputs(h, c->out);
        }
    }
    fputc('\n', c->out);
    for (size_t r = 0; r < t->nrows; r++) {
        size_t last = 0; /* no padding after the last non-empty cell */
        for (size_t i = 0; i < ncols; i++)
            if (*t->cells[r * t->ncols + i])
                last = i;
        for (size_t i = 0; i <= last; i++) {
            const char *v = t->cells[r * t->ncols + i];
            if (i < last) {
                cli_pad(c->out, v, width[i]);
                fputs("  ", c->out);
            } else {
                fputs(v, c->out);
            }
        }
        fputc('\n', c->out);
    }
}

void cli_table_free(cli_table *t)
{
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------------- JSON */

void cli_json_escape(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

void cli_json_init(cli_json *j, FILE *f)
{
    memset(j, 0, sizeof *j);
    j->f = f;
    j->first[0] = true;
}

static void json_sep(cli_json *j)
{
    if (j->depth < 0 || j->depth >= 32)
        return;
    if (!j->first[j->depth])
        fputc(',', j->f);
    j->first[j->depth] = false;
}

static void json_open(cli_json *j, char ch)
{
    json_sep(j);
    fputc(ch, j->f);
    if (j->depth < 31)
        j->first[++j->depth] = true;
}

static void json_close(cli_json *j, char ch)
{
    fputc(ch, j->f);
    if (j->depth > 0)
        j->depth--;
}

void cli_json_begin_object(cli_json *j) { json_open(j, '{'); }
void cli_json_end_object(cli_json *j) { json_close(j, '}'); }
void cli_json_begin_array(cli_json *j) { json_open(j, '['); }
void cli_json_end_array(cli_json *j) { json_close(j, ']'); }

void cli_json_key(cli_json *j, const char *key)
{
    json_sep(j);
    cli_json_escape(j->f, key);
    fputc(':', j->f);
    j->first[j->depth] = true; /* the value that follows takes no comma */
}

static void json_value_done(cli_json *j) { j->first[j->depth] = false; }

void cli_json_string(cli_json *j, const char *s)
{
    json_sep(j);
    if (s)
        cli_json_escape(j->f, s);
    else
        fputs("null", j->f);
    json_value_done(j);
}

void cli_json_int(cli_json *j, int64_t v)
{
    json_sep(j);
    fprintf(j->f, "%" PRId64, v);
    json_value_done(j);
}

void cli_json_bool(cli_json *j, bool v)
{
    json_sep(j);
    fputs(v ? "true" : "false", j->f);
    json_value_done(j);
}

void cli_json_raw(cli_json *j, const char *raw)
{
    json_sep(j);
    fputs(raw, j->f);
    json_value_done(j);
}

void cli_json_kv_string(cli_json *j, const char *key, const char *s)
{
    cli_json_key(j, key);
    cli_json_string(j, s);
}

void cli_json_kv_int(cli_json *j, const char *key, int64_t v)
{
    cli_json_key(j, key);
    cli_json_int(j, v);
}

void cli_json_kv_bool(cli_json *j, const char *key, bool v)
{
    cli_json_key(j, key);
    cli_json_bool(j, v);
}

/* ---------------------------------------------------------------- formats */

static const char *fmt_fixed(int64_t v, int64_t scale, int decimals, char *buf, size_t n)
{
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    snprintf(buf, n, "%s%" PRIu64 ".%0*" PRIu64, v < 0 ? "-" : "", a / (uint64_t)scale,
             decimals, a % (uint64_t)scale);
    return buf;
}

const char *cli_fmt_fen(int64_t fen, char *buf, size_t n) { return fmt_fixed(fen, 100, 2, buf, n); }

const char *cli_fmt_tenths(int64_t tenths, char *buf, size_t n)
{
    return fmt_fixed(tenths, 10, 1, buf, n);
}

const char *cli_enum_text(const cli *c, auctreg_enum_kind kind, int value)
{
    const char *s = c->json ? auctreg_enum_code(kind, value) : auctreg_enum_label(kind, value, c->lang);
    return s ? s : "?";
}
