/*
 * The hardened libxml2 reader shared by every parser of the xml module.
 *
 * Safety (docs/xml.md, "Hardening"):
 * - the bytes pass through our own input callback, which counts them (size
 *   limit) and scans the prolog before the parser sees it: any DOCTYPE is
 *   refused there, so no DTD, no entity declaration and no external entity
 *   ever reaches libxml2; only UTF-8 is accepted;
 * - parser options: XML_PARSE_NONET, and never NOENT, DTDLOAD, DTDATTR,
 *   DTDVALID, XINCLUDE or HUGE, so libxml2's own limits stay in force;
 * - depth, attribute size and root namespace are checked on every node;
 * - errors go to per-reader and per-validation-context handlers: no global
 *   libxml2 setting is changed (xmlInitParser() aside).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "xml/xml_internal.h"

enum {
    SC_START, SC_BOM1, SC_BOM2, SC_MISC, SC_LT, SC_PI, SC_PI_Q, SC_BANG, SC_BANG_DASH,
    SC_COMMENT, SC_COMMENT_D1, SC_COMMENT_D2, SC_DONE
};

/* ------------------------------------------------------------ problems */

static void add_problem(auctreg__xr *x, const char *field, const char *reason, const char *zh,
                        const char *en)
{
    x->n_problems++;
    if (x->problems.count >= AUCTREG__XML_MAX_PROBLEMS)
        return;
    /* Both formats consume both arguments; each prints one. */
    auctreg__problems_add(&x->problems, field ? field : "", reason, "%s%.0s", "%.0s%s", zh, en);
    if (x->problems.oom)
        x->oom = true;
}

static void add_line_problem(auctreg__xr *x, long line, const char *field, const char *reason,
                             const char *zh, const char *en)
{
    char *mzh = auctreg__asprintf("第 %ld 行：%s", line, zh);
    char *men = auctreg__asprintf("line %ld: %s", line, en);
    if (!mzh || !men)
        x->oom = true;
    else
        add_problem(x, field, reason, mzh, men);
    auctreg__mfree(mzh);
    auctreg__mfree(men);
}

void auctreg__xr_fatal(auctreg__xr *x, long line, const char *reason, const char *zh, const char *en)
{
    if (x->fatal)
        return;
    x->fatal = reason;
    add_line_problem(x, line, "", reason, zh, en);
}

void auctreg__xr_problem(auctreg__xr *x, xmlNodePtr node, const char *field, const char *reason,
                         const char *zh_fmt, const char *en_fmt, ...)
{
    va_list ap;
    va_start(ap, en_fmt);
    char *zh = auctreg__vasprintf(zh_fmt, ap);
    va_end(ap);
    va_start(ap, en_fmt);
    char *en = auctreg__vasprintf(en_fmt, ap);
    va_end(ap);
    x->content_errors++;
    if (!zh || !en)
        x->oom = true;
    else
        add_line_problem(x, node ? xmlGetLineNo(node) : 0, field, reason, zh, en);
    auctreg__mfree(zh);
    auctreg__mfree(en);
}

int auctreg__xr_take_error(auctreg__xr *x, xmlNodePtr node, const char *prefix, int rc)
{
    if (rc == AUCTREG_ENOMEM) {
        x->oom = true;
        return rc;
    }
    long line = node ? xmlGetLineNo(node) : 0;
    size_t n = auctreg_error_problem_count();
    x->content_errors++;
    if (n == 0) {
        add_line_problem(x, line, prefix, auctreg_error_reason(),
                         auctreg_error_message_lang(AUCTREG_LANG_ZH),
                         auctreg_error_message_lang(AUCTREG_LANG_EN));
        return rc;
    }
    for (size_t i = 0; i < n; i++) {
        const char *f = auctreg_error_problem_field(i);
        char *field = auctreg__asprintf("%s%s%s", prefix, *prefix && *f ? "." : "", f);
        if (!field) {
            x->oom = true;
            return AUCTREG_ENOMEM;
        }
        add_line_problem(x, line, field, auctreg_error_problem_reason(i),
                         auctreg_error_problem_message_lang(i, AUCTREG_LANG_ZH),
                         auctreg_error_problem_message_lang(i, AUCTREG_LANG_EN));
        auctreg__mfree(field);
    }
    return rc;
}

/* Append the path of node below the record being validated: "practice.record[1]". */
static void node_path(auctreg__buf *b, xmlNodePtr node, xmlNodePtr root)
{
    if (!node || node == root || node->type != XML_ELEMENT_NODE)
        return;
    node_path(b, node->parent, root);
    size_t index = 0, same = 0;
    for (xmlNodePtr s = node->parent ? node->parent->children : NULL; s; s = s->next)
        if (s->type == XML_ELEMENT_NODE && xmlStrEqual(s->name, node->name)) {
            if (s == node)
                index = same;
            same++;
        }
    if (b->len && b->data[b->len - 1] != '.')
        auctreg__buf_puts(b, ".");
    auctreg__buf_puts(b, (const char *)node->name);
    if (same > 1)
        auctreg__buf_printf(b, "[%zu]", index);
}

/* Is node inside the subtree of root? */
static bool within(xmlNodePtr node, xmlNodePtr root)
{
    for (; node; node = node->parent)
        if (node == root)
            return true;
    return false;
}

/*
 * Field of a schema error: the record's prefix, the element's path below the
 * record and the attribute named by the message, e.g.
 * "applications[3].practice.record[1]@sessions". Without a node, the element
 * named by the message: "Element '{urn:auctreg:1}record', attribute 'sessions'"
 * -> "record@sessions".
 */
static char *schema_field(auctreg__xr *x, xmlNodePtr node, const char *msg)
{
    const char *attr = strstr(msg, ", attribute '");
    int attr_len = 0;
    if (attr) {
        attr += 13;
        const char *aend = strchr(attr, '\'');
        attr_len = aend ? (int)(aend - attr) : 0;
    }
    if (node && x->record_root && within(node, x->record_root)) {
        auctreg__buf b = AUCTREG__BUF_INIT;
        auctreg__buf_puts(&b, x->record_prefix);
        node_path(&b, node, x->record_root);
        if (b.len && b.data[b.len - 1] == '.') /* an error on the record itself */
            b.data[--b.len] = '\0';
        if (!b.len)
            auctreg__buf_puts(&b, (const char *)x->record_root->name);
        if (attr_len)
            auctreg__buf_printf(&b, "@%.*s", attr_len, attr);
        return auctreg__buf_detach(&b);
    }
    const char *e = strstr(msg, "Element '");
    if (!e)
        return auctreg__strdup("");
    e += 9;
    const char *end = strchr(e, '\'');
    if (!end)
        return auctreg__strdup("");
    const char *brace = memchr(e, '}', (size_t)(end - e));
    if (brace)
        e = brace + 1;
    if (attr_len)
        return auctreg__asprintf("%.*s@%.*s", (int)(end - e), e, attr_len, attr);
    return auctreg__strndup(e, (size_t)(end - e));
}

static void on_error(void *arg, xmlErrorPtr e)
{
    auctreg__xr *x = arg;
    if (!e || e->level == XML_ERR_WARNING)
        return;
    /* libxml2 reports its text-node limit (10,000,000 bytes) as "out of memory". */
    if (e->code == XML_ERR_NO_MEMORY && !(e->message && strstr(e->message, "huge text node"))) {
        x->oom = true;
        return;
    }
    char msg[512];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "error");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    for (char *c = msg; *c; c++)
        if (*c == '\n')
            *c = ' ';
    long line = e->line;

    if (e->domain == XML_FROM_SCHEMASV) {
        x->schema_errors++;
        char *field = schema_field(x, e->node, msg);
        char *zh = auctreg__asprintf("不符合架构：%s", msg);
        if (!field || !zh)
            x->oom = true;
        else
            add_line_problem(x, line, field, "xml.schema", zh, msg);
        auctreg__mfree(field);
        auctreg__mfree(zh);
        return;
    }
    if (x->fatal)
        return; /* the parser reports the consequences of our own refusal */

    const char *reason = "xml.syntax", *zh = "XML 格式错误";
    unsigned cp = 0;
    if (e->code == XML_ERR_INVALID_ENCODING ||
        (e->code == XML_ERR_INVALID_CHAR &&
         (strstr(msg, "UTF-8") || /* a surrogate is not a character: its UTF-8 form is invalid */
          (sscanf(msg, "Char 0x%X out of allowed range", &cp) == 1 && cp >= 0xD800 && cp <= 0xDFFF)))) {
        reason = "xml.utf8";
        zh = "不是有效的 UTF-8 编码";
    } else if (strstr(msg, "Excessive depth")) {
        reason = "xml.depth";
        zh = "元素嵌套过深";
    } else if (strstr(msg, "AttValue length too long")) {
        reason = "xml.attribute";
        zh = "属性值过长";
    } else if (strstr(msg, "huge text node") || strstr(msg, "too long")) {
        reason = "xml.size";
        zh = "文本节点过大";
    } else if (e->code == XML_ERR_UNDECLARED_ENTITY || e->code == XML_WAR_UNDECLARED_ENTITY ||
               e->code == XML_ERR_ENTITY_LOOP || e->code == XML_ERR_ENTITY_PE_INTERNAL) {
        reason = "xml.entity";
        zh = "不允许使用实体引用";
    }
    char *mzh = auctreg__asprintf("%s：%s", zh, msg);
    if (!mzh) {
        x->oom = true;
        return;
    }
    auctreg__xr_fatal(x, line, reason, mzh, msg);
    auctreg__mfree(mzh);
}

static void on_schema_parse_error(void *arg, xmlErrorPtr e)
{
    (void)arg;
    (void)e; /* the embedded schema is tested; a failure is reported by the caller */
}

/* ------------------------------------------------------------ prolog scanner */

static bool decl_encoding_ok(const char *decl)
{
    /* decl is the content of <?xml ... ?> after "<?". */
    if (strncmp(decl, "xml", 3) != 0 || !(decl[3] == ' ' || decl[3] == '\t' || decl[3] == '\r' ||
                                            decl[3] == '\n'))
        return true; /* another processing instruction */
    const char *p = strstr(decl, "encoding");
    if (!p)
        return true;
    p += 8;
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '=')
        p++;
    if (*p != '"' && *p != '\'')
        return false;
    char q = *p++;
    const char *end = strchr(p, q);
    if (!end)
        return false;
    size_t n = (size_t)(end - p);
    return (n == 5 && strncasecmp(p, "UTF-8", 5) == 0) || (n == 4 && strncasecmp(p, "UTF8", 4) == 0);
}

/* Feed bytes to the scanner; returns false (fatal recorded) on a refusal. */
static bool scan(auctreg__xr *x, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n && x->scan_state != SC_DONE; i++) {
        unsigned char c = p[i];
        if (c == '\n')
            x->scan_line++;
        if (c == 0x00) { /* UTF-16/32 without a byte-order mark */
            auctreg__xr_fatal(x, x->scan_line, "xml.encoding", "只接受 UTF-8 编码的文档",
                              "only UTF-8 documents are accepted");
            return false;
        }
        switch (x->scan_state) {
        case SC_START:
            if (c == 0xEF) {
                x->scan_state = SC_BOM1;
                break;
            }
            if (c == 0xFE || c == 0xFF) {
                auctreg__xr_fatal(x, 1, "xml.encoding", "只接受 UTF-8 编码的文档",
                                  "only UTF-8 documents are accepted");
                return false;
            }
            x->scan_state = SC_MISC;
            /* fall through */
        case SC_MISC:
            if (c == '<')
                x->scan_state = SC_LT;
            else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n'))
                x->scan_state = SC_DONE; /* the parser reports it */
            break;
        case SC_BOM1:
        case SC_BOM2:
            if (c != (x->scan_state == SC_BOM1 ? 0xBB : 0xBF)) {
                auctreg__xr_fatal(x, 1, "xml.utf8", "不是有效的 UTF-8 编码", "not valid UTF-8");
                return false;
            }
            x->scan_state = x->scan_state == SC_BOM1 ? SC_BOM2 : SC_MISC;
            break;
        case SC_LT:
            if (c == '?') {
                x->scan_state = SC_PI;
                x->decl_len = 0;
            } else if (c == '!') {
                x->scan_state = SC_BANG;
            } else {
                x->scan_state = SC_DONE; /* the root element */
            }
            break;
        case SC_PI:
        case SC_PI_Q:
            if (c == '>' && x->scan_state == SC_PI_Q) {
                x->decl[x->decl_len] = '\0';
                if (!decl_encoding_ok(x->decl)) {
                    auctreg__xr_fatal(x, x->scan_line, "xml.encoding", "只接受 UTF-8 编码的文档",
                                      "only UTF-8 documents are accepted");
                    return false;
                }
                x->scan_state = SC_MISC;
                break;
            }
            if (x->scan_state == SC_PI_Q && x->decl_len < sizeof x->decl - 1)
                x->decl[x->decl_len++] = '?';
            if (c == '?') {
                x->scan_state = SC_PI_Q;
            } else {
                x->scan_state = SC_PI;
                if (x->decl_len < sizeof x->decl - 1)
                    x->decl[x->decl_len++] = (char)c;
            }
            break;
        case SC_BANG:
            if (c == '-') {
                x->scan_state = SC_BANG_DASH;
                break;
            }
            auctreg__xr_fatal(x, x->scan_line, "xml.doctype",
                              "不允许 DOCTYPE 声明（DTD、实体）",
                              "DOCTYPE declarations (DTDs, entities) are not allowed");
            return false;
        case SC_BANG_DASH:
            x->scan_state = c == '-' ? SC_COMMENT : SC_DONE;
            break;
        case SC_COMMENT:
            if (c == '-')
                x->scan_state = SC_COMMENT_D1;
            break;
        case SC_COMMENT_D1:
            x->scan_state = c == '-' ? SC_COMMENT_D2 : SC_COMMENT;
            break;
        case SC_COMMENT_D2:
            x->scan_state = c == '>' ? SC_MISC : c == '-' ? SC_COMMENT_D2 : SC_COMMENT;
            break;
        default:
            break;
        }
    }
    return true;
}

static int input_read(void *ctx, char *buffer, int len)
{
    auctreg__xr *x = ctx;
    if (x->fatal || len <= 0)
        return -1;
    size_t n;
    if (x->src == AUCTREG__XR_MEMORY) {
        n = x->mem_len - x->mem_pos;
        if (n > (size_t)len)
            n = (size_t)len;
        memcpy(buffer, x->mem + x->mem_pos, n);
        x->mem_pos += n;
    } else {
        ssize_t r;
        do
            r = read(x->fd, buffer, (size_t)len);
        while (r < 0 && errno == EINTR);
        if (r < 0) {
            auctreg__xr_fatal(x, x->scan_line, "xml.io", "读取文件失败", "reading the file failed");
            return -1;
        }
        n = (size_t)r;
    }
    x->bytes += n;
    if (x->max_bytes && x->bytes > x->max_bytes) {
        char zh[96], en[96];
        snprintf(zh, sizeof zh, "文档超过 %llu 字节", (unsigned long long)x->max_bytes);
        snprintf(en, sizeof en, "the document exceeds %llu bytes", (unsigned long long)x->max_bytes);
        auctreg__xr_fatal(x, 0, "xml.size", zh, en);
        return -1;
    }
    if (x->scan_state != SC_DONE && !scan(x, (const unsigned char *)buffer, n))
        return -1;
    return (int)n;
}

static int input_close(void *ctx)
{
    (void)ctx;
    return 0;
}

/* ------------------------------------------------------------ open / close */

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_libxml(void) { xmlInitParser(); }

static int xr_open(auctreg__xr *x)
{
    pthread_once(&init_once, init_libxml);
    x->scan_line = 1;
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt(auctreg__xsd, (int)auctreg__xsd_len);
    if (!pc)
        return auctreg__oom();
    xmlSchemaSetParserStructuredErrors(pc, on_schema_parse_error, x);
    x->schema = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
    if (!x->schema)
        return auctreg__fail(AUCTREG_ERROR, "xml.schema.internal", "内置 XML 架构无法加载",
                             "the built-in XML schema cannot be loaded");
    x->vctxt = xmlSchemaNewValidCtxt(x->schema);
    if (!x->vctxt)
        goto oom;
    xmlSchemaSetValidStructuredErrors(x->vctxt, on_error, x);
    /* UTF-8 forced, and any encoding declaration ignored: the scanner refuses
       other declared encodings; this makes sure none is ever switched to. */
    x->reader = xmlReaderForIO(input_read, input_close, x, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
    if (!x->reader) {
        if (x->fatal)
            return auctreg__xr_finish(x);
        goto oom;
    }
    /* Records are validated one by one (auctreg__xr_record()): libxml2 2.9's
       streaming validation (xmlTextReaderSchemaValidate*) loses the parser's
       errors and crashes when error handlers are set in the other order. */
    xmlTextReaderSetStructuredErrorHandler(x->reader, on_error, x);
    return 0;
oom:
    auctreg__xr_close(x);
    return auctreg__oom();
}

int auctreg__xr_open_memory(auctreg__xr *x, const char *buf, size_t len, uint64_t max_bytes)
{
    memset(x, 0, sizeof *x);
    x->fd = -1;
    x->src = AUCTREG__XR_MEMORY;
    x->mem = buf ? buf : "";
    x->mem_len = buf ? len : 0;
    x->max_bytes = max_bytes;
    if (max_bytes && len > max_bytes) {
        char zh[96], en[96];
        snprintf(zh, sizeof zh, "文档超过 %llu 字节", (unsigned long long)max_bytes);
        snprintf(en, sizeof en, "the document exceeds %llu bytes", (unsigned long long)max_bytes);
        auctreg__xr_fatal(x, 0, "xml.size", zh, en);
        return auctreg__xr_finish(x);
    }
    int rc = xr_open(x);
    if (rc)
        auctreg__xr_close(x);
    return rc;
}

int auctreg__xr_open_file(auctreg__xr *x, const char *path, uint64_t max_bytes)
{
    memset(x, 0, sizeof *x);
    x->src = AUCTREG__XR_FD;
    x->max_bytes = max_bytes;
    x->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (x->fd < 0)
        return auctreg__fail(AUCTREG_ENOTFOUND, "xml.io", "无法打开文件 %s：%s", "cannot open %s: %s", path,
                             strerror(errno));
    int rc = xr_open(x);
    if (rc)
        auctreg__xr_close(x);
    return rc;
}

void auctreg__xr_close(auctreg__xr *x)
{
    if (x->reader)
        xmlFreeTextReader(x->reader);
    if (x->vctxt)
        xmlSchemaFreeValidCtxt(x->vctxt);
    if (x->schema)
        xmlSchemaFree(x->schema);
    if (x->fd >= 0)
        close(x->fd);
    auctreg__problems_free(&x->problems);
    x->reader = NULL;
    x->vctxt = NULL;
    x->schema = NULL;
    x->fd = -1;
}

/* ------------------------------------------------------------ navigation */



static long cur_line(auctreg__xr *x)
{
    return (long)xmlTextReaderGetParserLineNumber(x->reader);
}

static bool attr_too_long(auctreg__xr *x, size_t len, long line, const char *name)
{
    if (len <= AUCTREG__XML_MAX_ATTR)
        return false;
    char zh[160], en[160];
    snprintf(zh, sizeof zh, "属性 %s 过长（%zu 字节，上限 %d）", name, len, AUCTREG__XML_MAX_ATTR);
    snprintf(en, sizeof en, "attribute %s is too long (%zu bytes, limit %d)", name, len,
             AUCTREG__XML_MAX_ATTR);
    auctreg__xr_fatal(x, line, "xml.attribute", zh, en);
    return true;
}

static bool depth_too_deep(auctreg__xr *x, int depth, long line)
{
    if (depth < AUCTREG__XML_MAX_DEPTH)
        return false;
    char zh[96], en[96];
    snprintf(zh, sizeof zh, "元素嵌套超过 %d 层", AUCTREG__XML_MAX_DEPTH);
    snprintf(en, sizeof en, "elements are nested deeper than %d levels", AUCTREG__XML_MAX_DEPTH);
    auctreg__xr_fatal(x, line, "xml.depth", zh, en);
    return true;
}

/* Check the node the reader is on; 1 = an element or end tag, 0 = skip it, -1 = fatal. */
static int check_current(auctreg__xr *x)
{
    xmlTextReaderPtr r = x->reader;
    int t = xmlTextReaderNodeType(r);
    if (t == XML_READER_TYPE_DOCUMENT_TYPE) {
        auctreg__xr_fatal(x, cur_line(x), "xml.doctype", "不允许 DOCTYPE 声明（DTD、实体）",
                          "DOCTYPE declarations (DTDs, entities) are not allowed");
        return -1;
    }
    if (t == XML_READER_TYPE_ENTITY_REFERENCE) {
        auctreg__xr_fatal(x, cur_line(x), "xml.entity", "不允许使用实体引用",
                          "entity references are not allowed");
        return -1;
    }
    if (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA) {
        /* Text outside the records (which are expanded, never walked here). */
        auctreg__xr_schema_problem(x, NULL, "", "此处不允许文本", "text is not allowed here");
        return 0;
    }
    if (t != XML_READER_TYPE_ELEMENT && t != XML_READER_TYPE_END_ELEMENT)
        return 0;
    int depth = xmlTextReaderDepth(r);
    if (depth_too_deep(x, depth, cur_line(x)))
        return -1;
    if (t == XML_READER_TYPE_END_ELEMENT)
        return 1;
    if (xmlTextReaderHasAttributes(r) == 1) {
        while (xmlTextReaderMoveToNextAttribute(r) == 1) {
            const xmlChar *v = xmlTextReaderConstValue(r);
            if (v && attr_too_long(x, strlen((const char *)v), cur_line(x),
                                   (const char *)xmlTextReaderConstLocalName(r)))
                return -1;
        }
        xmlTextReaderMoveToElement(r);
    }
    if (depth == 0) {
        const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);
        if (!ns || strcmp((const char *)ns, AUCTREG__XML_NS) != 0) {
            char zh[400], en[400];
            snprintf(zh, sizeof zh, "根元素的命名空间必须是 %s，而不是 %s", AUCTREG__XML_NS,
                     ns ? (const char *)ns : "（无）");
            snprintf(en, sizeof en, "the root element must be in namespace %s, not %s", AUCTREG__XML_NS,
                     ns ? (const char *)ns : "(none)");
            auctreg__xr_fatal(x, cur_line(x), "xml.namespace", zh, en);
            return -1;
        }
    }
    return 1;
}

/* Settle after a libxml2 move that returned rc: stop on the next element or end tag. */
static int settle(auctreg__xr *x, int rc)
{
    for (;;) {
        if (x->fatal || x->oom)
            return -1;
        if (rc < 0) {
            auctreg__xr_fatal(x, cur_line(x), "xml.syntax", "XML 格式错误", "malformed XML");
            return -1;
        }
        if (rc == 0)
            return 0;
        int c = check_current(x);
        if (c != 0)
            return c;
        rc = xmlTextReaderRead(x->reader);
    }
}

int auctreg__xr_next(auctreg__xr *x) { return settle(x, xmlTextReaderRead(x->reader)); }

int auctreg__xr_skip(auctreg__xr *x) { return settle(x, xmlTextReaderNext(x->reader)); }

const char *auctreg__xr_name(auctreg__xr *x)
{
    const xmlChar *ns = xmlTextReaderConstNamespaceUri(x->reader);
    if (!ns || strcmp((const char *)ns, AUCTREG__XML_NS) != 0)
        return NULL;
    return (const char *)xmlTextReaderConstLocalName(x->reader);
}

bool auctreg__xr_is_end(auctreg__xr *x)
{
    return xmlTextReaderNodeType(x->reader) == XML_READER_TYPE_END_ELEMENT;
}

int auctreg__xr_depth(auctreg__xr *x) { return xmlTextReaderDepth(x->reader); }

xmlNodePtr auctreg__xr_record(auctreg__xr *x, bool *valid)
{
    *valid = false;
    xmlNodePtr node = auctreg__xr_expand(x);
    if (!node)
        return NULL;
    size_t before = x->schema_errors;
    x->record_root = node;
    int rc = xmlSchemaValidateOneElement(x->vctxt, node);
    x->record_root = NULL;
    if (x->oom)
        return NULL;
    if (rc < 0) {
        auctreg__xr_fatal(x, xmlGetLineNo(node), "xml.schema", "无法按架构校验该元素",
                          "the element cannot be validated against the schema");
        return NULL;
    }
    if (rc > 0 && x->schema_errors == before)
        auctreg__xr_schema_problem(x, node, (const char *)node->name, "不符合架构", "not valid against the schema");
    *valid = rc == 0;
    return node;
}

void auctreg__xr_schema_problem(auctreg__xr *x, xmlNodePtr node, const char *field, const char *zh,
                                const char *en)
{
    x->schema_errors++;
    add_line_problem(x, node ? xmlGetLineNo(node) : cur_line(x), field, "xml.schema", zh, en);
}

xmlNodePtr auctreg__xr_expand(auctreg__xr *x)
{
    xmlNodePtr top = xmlTextReaderExpand(x->reader);
    if (x->fatal || x->oom)
        return NULL;
    if (!top) {
        auctreg__xr_fatal(x, cur_line(x), "xml.syntax", "XML 格式错误", "malformed XML");
        return NULL;
    }
    /* Depth and attribute limits over the subtree (iterative walk). */
    int depth = xmlTextReaderDepth(x->reader);
    xmlNodePtr n = top;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            if (depth_too_deep(x, depth, xmlGetLineNo(n)))
                return NULL;
            for (xmlAttrPtr a = n->properties; a; a = a->next) {
                size_t len = 0;
                for (xmlNodePtr t = a->children; t; t = t->next)
                    if (t->content)
                        len += strlen((const char *)t->content);
                if (attr_too_long(x, len, xmlGetLineNo(n), (const char *)a->name))
                    return NULL;
            }
        } else if (n->type == XML_ENTITY_REF_NODE) {
            auctreg__xr_fatal(x, xmlGetLineNo(n), "xml.entity", "不允许使用实体引用",
                              "entity references are not allowed");
            return NULL;
        }
        if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            depth++;
            continue;
        }
        while (n != top && !n->next) {
            n = n->parent;
            depth--;
        }
        n = n == top ? NULL : n->next;
    }
    return top;
}

/* ------------------------------------------------------------ finish */

int auctreg__xr_finish(auctreg__xr *x)
{
    if (x->oom) {
        auctreg__problems_free(&x->problems);
        return auctreg__oom();
    }
    const char *first_zh = x->problems.count ? x->problems.items[0].msg_zh : "";
    const char *first_en = x->problems.count ? x->problems.items[0].msg_en : "";
    char *zh = auctreg__strdup(first_zh), *en = auctreg__strdup(first_en);
    int rc = 0;
    if (!zh || !en) {
        rc = auctreg__oom();
    } else if (x->fatal) {
        rc = auctreg__fail_problems(AUCTREG_EXML, &x->problems, x->fatal, "XML 文档被拒绝：%s%.0s",
                                    "XML document refused: %.0s%s", zh, en);
    } else if (x->schema_errors) {
        rc = auctreg__fail_problems(AUCTREG_EXML, &x->problems, "xml.schema",
                                    "XML 文档不符合架构（%zu 个问题）：%s%.0s",
                                    "the XML document does not match the schema (%zu problems): %.0s%s",
                                    x->n_problems, zh, en);
    } else if (x->content_errors) {
        rc = auctreg__fail_problems(AUCTREG_EINVAL, &x->problems, "xml.content",
                                    "XML 文档内容有误（%zu 个问题）：%s%.0s",
                                    "the XML document's content is invalid (%zu problems): %.0s%s",
                                    x->n_problems, zh, en);
    }
    auctreg__mfree(zh);
    auctreg__mfree(en);
    auctreg__problems_free(&x->problems);
    return rc;
}

/* ------------------------------------------------------------ DOM helpers */

bool auctreg__xn_is(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           strcmp((const char *)node->ns->href, AUCTREG__XML_NS) == 0 &&
           (!name || strcmp((const char *)node->name, name) == 0);
}

xmlNodePtr auctreg__xn_next(xmlNodePtr node, const char *name)
{
    for (node = node ? node->next : NULL; node; node = node->next)
        if (auctreg__xn_is(node, name))
            return node;
    return NULL;
}

xmlNodePtr auctreg__xn_child(xmlNodePtr node, const char *name)
{
    if (!node || !node->children)
        return NULL;
    return auctreg__xn_is(node->children, name) ? node->children
                                                 : auctreg__xn_next(node->children, name);
}

char *auctreg__xn_attr(xmlNodePtr node, const char *name)
{
    return (char *)xmlGetNoNsProp(node, (const xmlChar *)name);
}

char *auctreg__xn_text(xmlNodePtr node)
{
    char *t = (char *)xmlNodeGetContent(node);
    return t ? t : (char *)xmlStrdup((const xmlChar *)"");
}

bool auctreg__xn_parse_i64(const char *s, int64_t *out)
{
    if (!s)
        return false;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    const char *p = s;
    if (*p == '-' || *p == '+')
        p++;
    if (*p < '0' || *p > '9')
        return false;
    errno = 0;
    char *end;
    long long v = strtoll(s, &end, 10);
    if (errno == ERANGE)
        return false;
    while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
        end++;
    if (*end)
        return false;
    *out = (int64_t)v;
    return true;
}
