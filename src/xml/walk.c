/*
 * Streaming walk over a document: the structure above the records (the
 * <registry> element and its sections) is checked here, each record is
 * expanded, checked against the hardening limits, validated against the
 * schema on its own and handed to a callback. Memory use is bounded by the
 * largest record, not by the document.
 */
#include <stdio.h>
#include <string.h>

#include "xml/xml_internal.h"

/* The sections of a registry document, in the schema's order. */
static const struct {
    const char *section; /* container element, or NULL when the record sits directly below <registry> */
    const char *record;
} sections[] = {
    {"enterprises", "enterprise"},
    {"auctioneers", "auctioneer"},
    {NULL, "rules"},
    {"applications", "application"},
};
#define N_SECTIONS (sizeof sections / sizeof sections[0])

/* Report the element the reader is on as misplaced and skip it (after the
 * hardening checks over its subtree); returns like auctreg__xr_skip(). */
static int unexpected(auctreg__xr *x, const char *name, const char *where)
{
    char zh[200], en[200];
    snprintf(zh, sizeof zh, "此处（%s）不应出现元素 <%s>", where, name ? name : "?");
    snprintf(en, sizeof en, "element <%s> is not expected here (in %s)", name ? name : "?", where);
    auctreg__xr_schema_problem(x, NULL, name ? name : "", zh, en);
    if (!auctreg__xr_is_end(x) && !auctreg__xr_expand(x))
        return -1;
    return auctreg__xr_skip(x);
}

/* Handle the record the reader is on; returns like auctreg__xr_skip(). */
static int record(auctreg__xr *x, const char *kind, size_t index, auctreg__xml_record_fn fn, void *arg)
{
    bool valid = false;
    /* field paths of a registry's records: "enterprises[0].", "rules[1].", ... */
    if (auctreg__xr_depth(x) > 0)
        snprintf(x->record_prefix, sizeof x->record_prefix, "%s%s[%zu].", kind,
                 strcmp(kind, "rules") == 0 ? "" : "s", index);
    else
        x->record_prefix[0] = '\0';
    xmlNodePtr node = auctreg__xr_record(x, &valid);
    if (!node)
        return -1;
    if (valid && fn) {
        int rc = fn(arg, x, kind, index, node);
        if (rc == AUCTREG_ENOMEM)
            x->oom = true;
        if (rc)
            return -1;
    }
    return auctreg__xr_skip(x);
}

static int walk_registry(auctreg__xr *x, auctreg__xml_record_fn fn, void *arg)
{
    char *version = (char *)xmlTextReaderGetAttribute(x->reader, (const xmlChar *)"version");
    if (version && strcmp(version, "1") != 0)
        auctreg__xr_schema_problem(x, NULL, "registry@version", "不支持的文档版本（应为 1）",
                                   "unsupported document version (must be 1)");
    xmlFree(version);
    if (xmlTextReaderIsEmptyElement(x->reader) == 1)
        return auctreg__xr_next(x);

    size_t at = 0;                    /* the next section allowed */
    size_t counts[N_SECTIONS] = {0};  /* records seen per kind */
    int step = auctreg__xr_next(x);
    while (step == 1) {
        if (auctreg__xr_depth(x) == 0) /* </registry> */
            return auctreg__xr_next(x);
        const char *name = auctreg__xr_name(x);
        size_t s = at;
        while (s < N_SECTIONS && !(name && strcmp(name, sections[s].section ? sections[s].section
                                                                           : sections[s].record) == 0))
            s++;
        if (s == N_SECTIONS) {
            step = unexpected(x, name, "registry");
            continue;
        }
        if (!sections[s].section) { /* a record directly below <registry> (repeatable) */
            at = s;
            step = record(x, sections[s].record, counts[s]++, fn, arg);
            continue;
        }
        at = s + 1;
        if (xmlTextReaderIsEmptyElement(x->reader) == 1) {
            step = auctreg__xr_next(x);
            continue;
        }
        step = auctreg__xr_next(x);
        while (step == 1 && auctreg__xr_depth(x) == 2) {
            const char *rn = auctreg__xr_name(x);
            if (!rn || strcmp(rn, sections[s].record) != 0) {
                step = unexpected(x, rn, sections[s].section);
            } else {
                step = record(x, sections[s].record, counts[s]++, fn, arg);
            }
        }
        if (step == 1) /* the section's end tag */
            step = auctreg__xr_next(x);
    }
    return step;
}

int auctreg__xml_walk(auctreg__xr *x, const char *root, auctreg__xml_record_fn fn, void *arg)
{
    int step = auctreg__xr_next(x);
    if (step == 0 && !auctreg__xr_errors(x))
        auctreg__xr_fatal(x, 1, "xml.syntax", "文档为空", "the document is empty");
    if (step != 1)
        return step < 0 ? -1 : 0;
    const char *name = auctreg__xr_name(x);
    if (root && (!name || strcmp(name, root) != 0)) {
        char zh[160], en[160];
        snprintf(zh, sizeof zh, "根元素应为 <%s>，而不是 <%s>", root, name ? name : "?");
        snprintf(en, sizeof en, "the root element must be <%s>, not <%s>", root, name ? name : "?");
        auctreg__xr_fatal(x, 1, "xml.root", zh, en);
        return -1;
    }
    if (name && strcmp(name, "registry") == 0)
        step = walk_registry(x, fn, arg);
    else if (name && (strcmp(name, "application") == 0 || strcmp(name, "practice_record") == 0))
        step = record(x, name, 0, fn, arg);
    else
        step = unexpected(x, name, "/");
    /* Nothing but the end of the document may follow. */
    while (step == 1)
        step = unexpected(x, auctreg__xr_name(x), "/");
    return step;
}
