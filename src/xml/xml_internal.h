/*
 * Internal interface of the xml module: the hardened libxml2 reader shared by
 * every parser of the module, the deterministic writer, and the application
 * (de)serialiser used by both auctreg_xml_application_read() and the importer.
 */
#ifndef AUCTREG_XML_INTERNAL_H
#define AUCTREG_XML_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "auctreg/application.h"
#include "auctreg/xml.h"
#include "util/util.h"

#define AUCTREG__XML_NS "urn:auctreg:1"

/* Limits applied to every document (see docs/xml.md, "Hardening"). */
#define AUCTREG__XML_MAX_DEPTH AUCTREG_XML_MAX_DEPTH    /* element nesting */
#define AUCTREG__XML_MAX_ATTR AUCTREG_XML_MAX_ATTRIBUTE /* bytes in one attribute value */
#define AUCTREG__XML_MAX_PROBLEMS 100                   /* problems kept; the rest are counted */
/* Progress callbacks (auctreg_xml_*_file_progress()): at most once per this many bytes, or export records. */
#define AUCTREG__XML_PROGRESS_BYTES (64u * 1024u)
#define AUCTREG__XML_PROGRESS_RECORDS 64u

/* The embedded schema (generated from share/auctreg/auctreg.xsd at build time). */
extern const char auctreg__xsd[];
extern const size_t auctreg__xsd_len;

/* ------------------------------------------------------------ hardened reader */

typedef enum auctreg__xr_src { AUCTREG__XR_MEMORY, AUCTREG__XR_FD } auctreg__xr_src;

/*
 * A streaming reader over one document, with the safety checks and the schema
 * validation of docs/xml.md. Problems are collected (with line numbers) until
 * auctreg__xr_finish() turns them into the thread's last error.
 */
typedef struct auctreg__xr {
    xmlTextReaderPtr reader;
    xmlSchemaPtr schema;
    xmlSchemaValidCtxtPtr vctxt;

    /* input */
    auctreg__xr_src src;
    const char *mem;
    size_t mem_len, mem_pos;
    int fd;
    uint64_t bytes, max_bytes;

    /* prolog scanner (DOCTYPE and encoding checks before the parser sees the bytes) */
    int scan_state;
    long scan_line;
    char decl[256];
    size_t decl_len;

    /* diagnostics */
    auctreg__problems problems;
    size_t n_problems;        /* problems seen, including those not kept */
    const char *fatal;        /* reason of the first fatal error, or NULL */
    bool oom;
    size_t schema_errors;
    size_t content_errors;
    /* the record being validated, and the prefix of its field paths ("" or "auctioneers[3].") */
    xmlNodePtr record_root;
    char record_prefix[64];
} auctreg__xr;

/*
 * Open a reader on memory (buf is borrowed until auctreg__xr_close()) or on a
 * file. max_bytes bounds the document size (0 = no bound). Returns 0 or a
 * status with the last error set (nothing to close then).
 */
int auctreg__xr_open_memory(auctreg__xr *x, const char *buf, size_t len, uint64_t max_bytes);
int auctreg__xr_open_file(auctreg__xr *x, const char *path, uint64_t max_bytes);
void auctreg__xr_close(auctreg__xr *x);

/*
 * Advance to the next element or end-element node (text, comments and
 * processing instructions outside records are skipped). Applies the depth,
 * attribute, DOCTYPE and namespace checks. Returns 1 on a node, 0 at the end
 * of the document, -1 after a fatal error (recorded).
 */
int auctreg__xr_next(auctreg__xr *x);

/* Local name of the current node if it is an element of our namespace, else NULL. */
const char *auctreg__xr_name(auctreg__xr *x);
bool auctreg__xr_is_end(auctreg__xr *x);
int auctreg__xr_depth(auctreg__xr *x);

/*
 * Expand the current element into a subtree (valid until the reader moves on),
 * check the depth and attribute limits over it, and validate it against the
 * schema's global element of the same name. Returns NULL after a fatal error;
 * otherwise the subtree, with *valid telling whether it passed the schema
 * (schema problems are recorded).
 */
xmlNodePtr auctreg__xr_record(auctreg__xr *x, bool *valid);
/* The same without the schema (for elements that are refused anyway). */
xmlNodePtr auctreg__xr_expand(auctreg__xr *x);
/* Record a schema problem found by our own structure checks. */
void auctreg__xr_schema_problem(auctreg__xr *x, xmlNodePtr node, const char *field, const char *zh,
                                const char *en);
/* Skip the current element's subtree: returns like auctreg__xr_next(). */
int auctreg__xr_skip(auctreg__xr *x);

/* Problems recorded so far by the schema or the parser (records with such
 * errors are not handed to the library's rules). */
static inline size_t auctreg__xr_errors(const auctreg__xr *x)
{
    return x->schema_errors + (x->fatal ? 1 : 0);
}

/* Record a content problem at a node: "line N: message", with a field path. */
void auctreg__xr_problem(auctreg__xr *x, xmlNodePtr node, const char *field, const char *reason,
                         const char *zh_fmt, const char *en_fmt, ...) AUCTREG__PRINTF(5, 7);
/*
 * Move the thread's last error (as set by a failing library call) into the
 * problem list, prefixing field paths with prefix and messages with the line
 * of node. Returns the error's status (ENOMEM is fatal for the caller).
 */
int auctreg__xr_take_error(auctreg__xr *x, xmlNodePtr node, const char *prefix, int rc);
/* Record a fatal error of our own. */
void auctreg__xr_fatal(auctreg__xr *x, long line, const char *reason, const char *zh,
                       const char *en);

/*
 * Turn the collected problems into the last error and return its status:
 * AUCTREG_EXML with the first fatal reason, or `xml.schema`; AUCTREG_EINVAL
 * with reason `xml.content` for the library's own rules; AUCTREG_ENOMEM; 0 if
 * there was no problem.
 */
int auctreg__xr_finish(auctreg__xr *x);

/* ------------------------------------------------------------ walk */

/*
 * Called for each record that passed the schema: kind is the element name
 * ("enterprise", "auctioneer", "rules", "application", "practice_record"),
 * index its position among the records of that kind (from 0), node the
 * expanded element (valid during the call only). Return 0 to go on, or a
 * status to stop the walk (AUCTREG_ENOMEM is recorded as out of memory;
 * record any other problem in x before returning it).
 */
typedef int (*auctreg__xml_record_fn)(void *arg, auctreg__xr *x, const char *kind, size_t index,
                                      xmlNodePtr node);
/*
 * Walk a whole document: root (e.g. "application"; NULL = any document kind)
 * is checked, the registry structure is checked, and every record is
 * validated and handed to fn (may be NULL). Returns 0 at the end of the
 * document, -1 after a fatal error; problems are in x (auctreg__xr_finish()).
 */
int auctreg__xml_walk(auctreg__xr *x, const char *root, auctreg__xml_record_fn fn, void *arg);

/* ------------------------------------------------------------ DOM helpers */

/* Is node an element of our namespace with this local name? */
bool auctreg__xn_is(xmlNodePtr node, const char *name);
/* First / next element sibling of our namespace (any name when name is NULL). */
xmlNodePtr auctreg__xn_child(xmlNodePtr node, const char *name);
xmlNodePtr auctreg__xn_next(xmlNodePtr node, const char *name);
/* Attribute value (caller frees with xmlFree) or NULL when absent. */
char *auctreg__xn_attr(xmlNodePtr node, const char *name);
/* Text content (caller frees with xmlFree), never NULL except out of memory. */
char *auctreg__xn_text(xmlNodePtr node);
/* Strict decimal integer; false if s is not one (or out of range). */
bool auctreg__xn_parse_i64(const char *s, int64_t *out);

/* ------------------------------------------------------------ writer */

/* Deterministic writer: 2-space indentation, attributes in the order written. */
typedef struct auctreg__xw {
    auctreg__buf buf;
    int depth;
    bool open;   /* a start tag is waiting for '>' */
    bool inline_; /* the current element has text content */
    /* optional sink: called when the buffer grows beyond 64 KiB and at the end */
    int (*sink)(void *arg, const char *data, size_t len);
    void *sink_arg;
    /* optional: called with sink_arg after each record (auctreg__xw_record_done()); non-zero stops */
    int (*on_record)(void *arg);
    int err; /* first sink (or on_record) error */
    bool bad_char; /* a text held U+FFFE or U+FFFF, which XML 1.0 cannot carry */
} auctreg__xw;

void auctreg__xw_init(auctreg__xw *w);
void auctreg__xw_decl(auctreg__xw *w);
void auctreg__xw_start(auctreg__xw *w, const char *name);
void auctreg__xw_attr(auctreg__xw *w, const char *name, const char *value);
void auctreg__xw_attr_i64(auctreg__xw *w, const char *name, int64_t value);
void auctreg__xw_text(auctreg__xw *w, const char *text);
void auctreg__xw_raw(auctreg__xw *w, const char *text, size_t n); /* already escaped */
void auctreg__xw_end(auctreg__xw *w, const char *name);
void auctreg__xw_elem(auctreg__xw *w, const char *name, const char *text);
void auctreg__xw_elem_i64(auctreg__xw *w, const char *name, int64_t value);
/* Flush to the sink; returns 0, AUCTREG_ENOMEM or the sink's error. */
int auctreg__xw_flush(auctreg__xw *w);
/* A record is complete: flush, then call on_record (if set); returns like auctreg__xw_flush(). */
int auctreg__xw_record_done(auctreg__xw *w);
/* AUCTREG_EINVAL (reason xml.char) if a text could not be written, else 0. */
int auctreg__xw_check_chars(const auctreg__xw *w);
/* Detach the text written (no sink), or NULL and the last error set. */
char *auctreg__xw_detach(auctreg__xw *w);
void auctreg__xw_free(auctreg__xw *w);

/* ------------------------------------------------------------ applications */

/* Write the children of an <application> element (the element itself is
 * started and ended by the caller). */
void auctreg__xml_app_write_body(auctreg__xw *w, const auctreg_application *app, int flags);
/*
 * Build an application from an expanded <application> element. Content
 * problems are recorded in x with field paths prefixed by prefix (may be "").
 * Returns 0 with *out set (even if problems were recorded: check
 * x->content_errors), or AUCTREG_ENOMEM.
 */
int auctreg__xml_app_from_node(auctreg__xr *x, xmlNodePtr node, const char *prefix,
                               auctreg_application **out);

/* Parts shared with the registry export and the practice-record print-out. */
void auctreg__xml_person_write(auctreg__xw *w, const char *element, const auctreg_person *p);
void auctreg__xml_practice_write(auctreg__xw *w, const auctreg_application *app);
void auctreg__xml_ce_write(auctreg__xw *w, const auctreg_application *app);
/* Read a <person> element; problems recorded in x with fields prefixed by prefix. */
int auctreg__xml_person_read(auctreg__xr *x, xmlNodePtr node, const char *prefix, auctreg_person **out);

/* ------------------------------------------------------------ practice record */

/* What the practice record print-out shows (everything borrowed). */
typedef struct auctreg__xml_pr {
    const char *mgmt_no;
    const char *name;  /* the auctioneer's name, shown when the personal data has none */
    const char *today; /* ISO date of the print-out */
    const auctreg_person *person;
    const char *enterprise_uscc; /* NULL or "" when unknown */
    const char *enterprise_name;
    int enterprise_province;
    const int *registered; /* years with an approved registration (master data) */
    size_t n_registered;
    const int *members; /* years of branch membership */
    size_t n_members;
    const auctreg_application *const *apps; /* the auctioneer's applications */
    size_t n_apps;
} auctreg__xml_pr;

/* Write a whole <practice_record> document to w. Returns 0 or AUCTREG_ENOMEM. */
int auctreg__xml_practice_record(auctreg__xw *w, const auctreg__xml_pr *pr);

/* ------------------------------------------------------------ registry interchange */

/* Codes of the registry's payment enums (channel 1..3, order status 0..3); NULL if unknown. */
const char *auctreg__xml_channel_code(int channel);
const char *auctreg__xml_order_code(int status);
/* Value of a code of kind "channel" or "order"; -1 if unknown. */
int auctreg__xml_code_value(const char *kind, const char *code);

#endif /* AUCTREG_XML_INTERNAL_H */
