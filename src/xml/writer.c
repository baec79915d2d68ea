/*
 * Deterministic XML writer: the same input always gives the same bytes
 * (2-space indentation, attributes in the order written, no timestamps), so
 * that round trips can be compared byte for byte.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "xml/xml_internal.h"

#define SINK_THRESHOLD (64 * 1024)

void auctreg__xw_init(auctreg__xw *w) { memset(w, 0, sizeof *w); }

static void maybe_flush(auctreg__xw *w)
{
    if (w->sink && w->buf.len >= SINK_THRESHOLD)
        (void)auctreg__xw_flush(w);
}

int auctreg__xw_flush(auctreg__xw *w)
{
    if (w->buf.oom)
        return AUCTREG_ENOMEM;
    if (w->err)
        return w->err;
    if (w->sink && w->buf.len) {
        int rc = w->sink(w->sink_arg, w->buf.data, w->buf.len);
        if (rc)
            w->err = rc;
        w->buf.len = 0;
        w->buf.data[0] = '\0';
    }
    return w->err;
}

int auctreg__xw_record_done(auctreg__xw *w)
{
    int rc = auctreg__xw_flush(w);
    if (!rc && w->on_record && (rc = w->on_record(w->sink_arg)))
        w->err = rc;
    return rc;
}

/* Escape s; in attributes also quotes and white space other than the space. */
static void escape(auctreg__xw *w, const char *s, bool attr)
{
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '\r': rep = "&#13;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        case '\t': rep = attr ? "&#9;" : NULL; break;
        case '\n': rep = attr ? "&#10;" : NULL; break;
        case '\xEF': /* U+FFFE and U+FFFF are valid UTF-8 but not XML characters */
            if (s[1] == '\xBF' && (s[2] == '\xBE' || s[2] == '\xBF'))
                w->bad_char = true;
            break;
        default: break;
        }
        if (rep) {
            auctreg__buf_append(&w->buf, run, (size_t)(s - run));
            auctreg__buf_puts(&w->buf, rep);
            run = s + 1;
        }
    }
    auctreg__buf_append(&w->buf, run, (size_t)(s - run));
}

static void close_start(auctreg__xw *w)
{
    if (w->open) {
        auctreg__buf_puts(&w->buf, ">");
        w->open = false;
    }
}

static void indent(auctreg__xw *w)
{
    auctreg__buf_puts(&w->buf, "\n");
    for (int i = 0; i < w->depth; i++)
        auctreg__buf_puts(&w->buf, "  ");
}

void auctreg__xw_decl(auctreg__xw *w) { auctreg__buf_puts(&w->buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"); }

void auctreg__xw_start(auctreg__xw *w, const char *name)
{
    close_start(w);
    if (w->buf.len || w->depth)
        indent(w);
    auctreg__buf_puts(&w->buf, "<");
    auctreg__buf_puts(&w->buf, name);
    w->open = true;
    w->inline_ = false;
    w->depth++;
}

void auctreg__xw_attr(auctreg__xw *w, const char *name, const char *value)
{
    auctreg__buf_printf(&w->buf, " %s=\"", name);
    escape(w, value ? value : "", true);
    auctreg__buf_puts(&w->buf, "\"");
}

void auctreg__xw_attr_i64(auctreg__xw *w, const char *name, int64_t value)
{
    auctreg__buf_printf(&w->buf, " %s=\"%" PRId64 "\"", name, value);
}

void auctreg__xw_text(auctreg__xw *w, const char *text)
{
    if (!text || !*text)
        return;
    close_start(w);
    escape(w, text, false);
    w->inline_ = true;
}

void auctreg__xw_raw(auctreg__xw *w, const char *text, size_t n)
{
    if (!n)
        return;
    close_start(w);
    auctreg__buf_append(&w->buf, text, n);
    w->inline_ = true;
}

void auctreg__xw_end(auctreg__xw *w, const char *name)
{
    w->depth--;
    if (w->open) {
        auctreg__buf_puts(&w->buf, "/>");
        w->open = false;
    } else {
        if (!w->inline_)
            indent(w);
        auctreg__buf_printf(&w->buf, "</%s>", name);
    }
    w->inline_ = false;
    if (w->depth == 0)
        auctreg__buf_puts(&w->buf, "\n");
    maybe_flush(w);
}

void auctreg__xw_elem(auctreg__xw *w, const char *name, const char *text)
{
    auctreg__xw_start(w, name);
    auctreg__xw_text(w, text);
    auctreg__xw_end(w, name);
}

void auctreg__xw_elem_i64(auctreg__xw *w, const char *name, int64_t value)
{
    char num[32];
    snprintf(num, sizeof num, "%" PRId64, value);
    auctreg__xw_elem(w, name, num);
}

int auctreg__xw_check_chars(const auctreg__xw *w)
{
    if (!w->bad_char)
        return 0;
    return auctreg__fail(AUCTREG_EINVAL, "xml.char", "文本含有 XML 不能表示的字符（U+FFFE 或 U+FFFF）",
                         "a text holds a character XML cannot carry (U+FFFE or U+FFFF)");
}

char *auctreg__xw_detach(auctreg__xw *w)
{
    char *s = auctreg__buf_detach(&w->buf);
    if (!s)
        auctreg__oom();
    return s;
}

void auctreg__xw_free(auctreg__xw *w) { auctreg__buf_free(&w->buf); }
