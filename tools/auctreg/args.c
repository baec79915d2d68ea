/* Argument parsing of the `auctreg` tool (numbers, amounts, enum codes). */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char *cli_opt(const cli_args *a, const char *name)
{
    for (size_t i = 0; i < a->nspec; i++)
        if (strcmp(a->spec[i].name, name) == 0)
            return a->value[i];
    return NULL;
}

bool cli_flag(const cli_args *a, const char *name) { return cli_opt(a, name) != NULL; }

const char *cli_opt_nth(const cli_args *a, const char *name, size_t i)
{
    for (size_t k = 0; k < a->nocc; k++)
        if (strcmp(a->spec[a->occ[k].opt].name, name) == 0 && i-- == 0)
            return a->occ[k].value;
    return NULL;
}

int cli_usage_error(const cli *c, const char *cmd, const char *fmt, ...)
{
    char msg[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c->json) { /* scripts get every error as one JSON object, usage errors too */
        cli_json j;
        cli_json_error_begin(c, &j, "USAGE", 0, CLI_EXIT_USAGE);
        cli_json_kv_string(&j, "command", cmd);
        cli_json_kv_string(&j, "message", msg);
        cli_json_error_end(&j);
        return CLI_EXIT_USAGE;
    }
    fprintf(c->err, "%s%s%s: %s\n%s\n", c->prog, cmd ? " " : "", cmd ? cmd : "", msg,
            cli_t(c, "用 --help 查看用法。", "Try --help."));
    return CLI_EXIT_USAGE;
}

void cli_words_add(cli_words *w, const char *word)
{
    if (!word)
        return;
    int n = snprintf(w->buf + w->len, sizeof w->buf - w->len, "%s%s", w->len ? " " : "", word);
    if (n > 0 && (size_t)n < sizeof w->buf - w->len)
        w->len += (size_t)n;
}

bool cli_parse_int(const cli *c, const char *what, const char *s, int64_t min, int64_t max,
                   int64_t *out)
{
    char *end = NULL;
    if (!s || !*s || isspace((unsigned char)*s))
        goto bad;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end || v < min || v > max)
        goto bad;
    *out = v;
    return true;
bad:
    cli_usage_error(c, NULL, cli_t(c, "%s 应为 %" PRId64 " 到 %" PRId64 " 之间的整数：%s",
                                   "%s must be a whole number from %" PRId64 " to %" PRId64 ": %s"),
                    what, min, max, s ? s : "");
    return false;
}

/* "12.34" with at most `decimals` digits after the point, into an integer scaled by 10^decimals. */
static bool parse_fixed(const char *s, int decimals, int64_t *out)
{
    if (!s || !*s)
        return false;
    const char *p = s;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    if (!isdigit((unsigned char)*p))
        return false;
    int64_t v = 0;
    for (; isdigit((unsigned char)*p); p++) {
        if (v > (INT64_MAX - 9) / 10 / 100)
            return false;
        v = v * 10 + (*p - '0');
    }
    int d = 0;
    if (*p == '.') {
        p++;
        if (!isdigit((unsigned char)*p))
            return false;
        for (; isdigit((unsigned char)*p); p++, d++) {
            if (d >= decimals)
                return false;
            v = v * 10 + (*p - '0');
        }
    }
    if (*p)
        return false;
    for (; d < decimals; d++)
        v *= 10;
    *out = neg ? -v : v;
    return true;
}

bool cli_parse_tenths(const cli *c, const char *what, const char *s, int64_t *out)
{
    if (parse_fixed(s, 1, out))
        return true;
    cli_usage_error(c, NULL, cli_t(c, "%s 应为最多一位小数的数字（如 44.5）：%s",
                                   "%s must be a number with at most one decimal (e.g. 44.5): %s"),
                    what, s ? s : "");
    return false;
}

bool cli_parse_fen(const cli *c, const char *what, const char *s, int64_t *out)
{
    if (parse_fixed(s, 2, out))
        return true;
    cli_usage_error(c, NULL, cli_t(c, "%s 应为最多两位小数的金额（元，如 1000.00）：%s",
                                   "%s must be an amount in yuan with at most two decimals (e.g. 1000.00): %s"),
                    what, s ? s : "");
    return false;
}

bool cli_parse_enum(const cli *c, const char *what, auctreg_enum_kind kind, const char *s, int *out)
{
    char buf[64];
    size_t n = s ? strlen(s) : 0;
    if (s && n > 0 && n < sizeof buf) {
        /* Codes are either all upper case (RENEWAL) or all lower case (applicant): try both. */
        for (int pass = 0; pass < 2; pass++) {
            for (size_t i = 0; i <= n; i++)
                buf[i] = (char)(pass ? tolower((unsigned char)s[i]) : toupper((unsigned char)s[i]));
            if (auctreg_enum_from_code(kind, buf, out) == 0)
                return true;
        }
    }
    cli_words w = {"", 0};
    for (int v = 0; v < 64; v++)
        cli_words_add(&w, auctreg_enum_code(kind, v));
    cli_usage_error(c, NULL, "%s %s: %s\n%s %s", cli_t(c, "无效的", "invalid"), what, s ? s : "",
                    cli_t(c, "可用的代码：", "valid codes:"), w.buf);
    return false;
}
