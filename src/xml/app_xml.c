/* One application as XML: auctreg_xml_application_write() / _read(). */
#include <stdio.h>
#include <string.h>

#include "auctreg/xml.h"
#include "model/model.h"
#include "xml/xml_internal.h"

#define KIND_INT (-1)
#define KIND_TEXT (-2)

/* The scalar fields, in the schema's order; kind is an auctreg_enum_kind or KIND_*. */
static const struct {
    auctreg_app_field field;
    int kind;
} scalars[] = {
    {AUCTREG_APP_ID, KIND_INT},
    {AUCTREG_APP_TYPE, AUCTREG_ENUM_APP_TYPE},
    {AUCTREG_APP_YEAR, KIND_INT},
    {AUCTREG_APP_MGMT_NO, KIND_TEXT},
    {AUCTREG_APP_ENTERPRISE, KIND_TEXT},
    {AUCTREG_APP_PROVINCE, KIND_INT},
    {AUCTREG_APP_STATE, AUCTREG_ENUM_APP_STATE},
    {AUCTREG_APP_VERSION, KIND_INT},
    {AUCTREG_APP_FEE_CHOICE, AUCTREG_ENUM_FEE_CHOICE},
    {AUCTREG_APP_FEE_DUE_FEN, KIND_INT},
    {AUCTREG_APP_PAY_STATUS, AUCTREG_ENUM_PAY_STATUS},
    {AUCTREG_APP_CREATED_AT, KIND_INT},
    {AUCTREG_APP_UPDATED_AT, KIND_INT},
    {AUCTREG_APP_SUBMITTED_AT, KIND_INT},
    {AUCTREG_APP_SUBMIT_COUNT, KIND_INT},
};
#define N_SCALARS (sizeof scalars / sizeof scalars[0])
_Static_assert(N_SCALARS == AUCTREG_APP_FIELD_COUNT, "every application field is serialised");

/* ------------------------------------------------------------ write */

void auctreg__xml_person_write(auctreg__xw *w, const char *element, const auctreg_person *p)
{
    auctreg__xw_start(w, element);
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
        const char *v = auctreg_person_get(p, (auctreg_person_field)f);
        if (v && *v)
            auctreg__xw_elem(w, auctreg_person_field_name((auctreg_person_field)f), v);
    }
    auctreg__xw_end(w, element);
}

void auctreg__xml_app_write_body(auctreg__xw *w, const auctreg_application *a, int flags)
{
    for (size_t i = 0; i < N_SCALARS; i++) {
        const char *name = auctreg_app_field_name(scalars[i].field);
        if (scalars[i].kind == KIND_TEXT) {
            const char *v = auctreg_application_get_text(a, scalars[i].field);
            if (*v)
                auctreg__xw_elem(w, name, v);
        } else if (scalars[i].kind == KIND_INT) {
            auctreg__xw_elem_i64(w, name, auctreg_application_get_int(a, scalars[i].field));
        } else {
            auctreg__xw_elem(w, name,
                             auctreg_enum_code((auctreg_enum_kind)scalars[i].kind,
                                               (int)auctreg_application_get_int(a, scalars[i].field)));
        }
    }
    if (a->person)
        auctreg__xml_person_write(w, "person", a->person);
    auctreg__xml_practice_write(w, a);
    auctreg__xml_ce_write(w, a);
    if (a->n_docs) {
        auctreg__xw_start(w, "documents");
        for (size_t i = 0; i < a->n_docs; i++) {
            const auctreg__document *d = &a->docs[i];
            auctreg__xw_start(w, "document");
            auctreg__xw_attr(w, "kind", d->kind);
            auctreg__xw_attr(w, "file_name", d->file_name);
            auctreg__xw_attr(w, "media_type", d->media_type);
            auctreg__xw_attr_i64(w, "size", d->size);
            auctreg__xw_attr(w, "sha256", d->sha256);
            if (d->content && !(flags & AUCTREG_XML_NO_CONTENT)) {
                auctreg__xw_start(w, "content");
                auctreg__buf enc = AUCTREG__BUF_INIT;
                auctreg__base64_encode(&enc, d->content, d->content_len);
                if (enc.oom)
                    w->buf.oom = true;
                else
                    auctreg__xw_raw(w, enc.data, enc.len); /* the alphabet needs no escaping */
                auctreg__buf_free(&enc);
                auctreg__xw_end(w, "content");
            }
            auctreg__xw_end(w, "document");
        }
        auctreg__xw_end(w, "documents");
    }
    auctreg__xw_start(w, "reviews");
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        auctreg__xw_start(w, "review");
        auctreg__xw_attr(w, "level", auctreg_enum_code(AUCTREG_ENUM_LEVEL, l));
        auctreg__xw_attr(w, "status", auctreg_enum_code(AUCTREG_ENUM_REVIEW_STATUS, a->review[l].status));
        auctreg__xw_attr_i64(w, "decided_at", a->review[l].decided_at);
        auctreg__xw_text(w, a->review[l].opinion);
        auctreg__xw_end(w, "review");
    }
    auctreg__xw_end(w, "reviews");
}

void auctreg__xml_practice_write(auctreg__xw *w, const auctreg_application *a)
{
    if (!a->n_practice)
        return;
    auctreg__xw_start(w, "practice");
    for (size_t i = 0; i < a->n_practice; i++) {
        auctreg__xw_start(w, "record");
        auctreg__xw_attr_i64(w, "sessions", a->practice[i].sessions);
        auctreg__xw_attr(w, "subject", a->practice[i].subject);
        auctreg__xw_attr_i64(w, "turnover_yuan", a->practice[i].turnover_yuan);
        auctreg__xw_end(w, "record");
    }
    auctreg__xw_end(w, "practice");
}

void auctreg__xml_ce_write(auctreg__xw *w, const auctreg_application *a)
{
    if (!a->n_ce)
        return;
    auctreg__xw_start(w, "ce");
    for (size_t i = 0; i < a->n_ce; i++) {
        auctreg__xw_start(w, "record");
        auctreg__xw_attr(w, "item", a->ce[i].item);
        auctreg__xw_attr_i64(w, "hours_tenths", a->ce[i].hours_tenths);
        auctreg__xw_end(w, "record");
    }
    auctreg__xw_end(w, "ce");
}

int auctreg_xml_application_write(const auctreg_application *app, int flags, char **out_xml)
{
    if (out_xml)
        *out_xml = NULL;
    if (!app || !out_xml)
        return auctreg__null_arg("auctreg_xml_application_write", !app ? "app" : "out_xml");
    if (flags & ~AUCTREG_XML_NO_CONTENT)
        return auctreg__fail(AUCTREG_EINVAL, "xml.flags", "未知的标志：0x%x", "unknown flags: 0x%x",
                             (unsigned)flags);
    auctreg__xw w;
    auctreg__xw_init(&w);
    auctreg__xw_decl(&w);
    auctreg__xw_start(&w, "application");
    auctreg__xw_attr(&w, "xmlns", AUCTREG__XML_NS);
    auctreg__xml_app_write_body(&w, app, flags);
    auctreg__xw_end(&w, "application");
    int rc = auctreg__xw_check_chars(&w);
    if (rc) {
        auctreg__xw_free(&w);
        return rc;
    }
    *out_xml = auctreg__xw_detach(&w);
    return *out_xml ? 0 : AUCTREG_ENOMEM;
}

/* ------------------------------------------------------------ read */

static char *path_of(const char *prefix, const char *fmt, size_t i)
{
    char tail[64];
    snprintf(tail, sizeof tail, fmt, i);
    return auctreg__asprintf("%s%s%s", prefix, *prefix ? "." : "", tail);
}

static bool attr_i64(auctreg__xr *x, xmlNodePtr n, const char *name, const char *field, int64_t *out)
{
    char *v = auctreg__xn_attr(n, name);
    bool ok = auctreg__xn_parse_i64(v, out);
    if (!ok)
        auctreg__xr_problem(x, n, field, "xml.number", "%s：不是整数", "%s: not an integer", field);
    xmlFree(v);
    return ok;
}

/* Apply a failing library call's error to x; false means stop (out of memory). */
static bool note(auctreg__xr *x, xmlNodePtr n, const char *prefix, int rc)
{
    if (rc == 0)
        return true;
    return auctreg__xr_take_error(x, n, prefix, rc) != AUCTREG_ENOMEM;
}

int auctreg__xml_person_read(auctreg__xr *x, xmlNodePtr node, const char *prefix, auctreg_person **out)
{
    auctreg_person *p = NULL;
    int rc = auctreg_person_new(&p);
    if (rc)
        return rc;
    for (xmlNodePtr c = auctreg__xn_child(node, NULL); c; c = auctreg__xn_next(c, NULL)) {
        auctreg_person_field f;
        if (auctreg_person_field_from_name((const char *)c->name, &f) != 0)
            continue; /* the schema reported it */
        char *v = auctreg__xn_text(c);
        if (!v || !note(x, c, prefix, auctreg_person_set(p, f, v))) {
            xmlFree(v);
            auctreg_person_free(p);
            return auctreg__oom();
        }
        xmlFree(v);
    }
    *out = p;
    return 0;
}

static bool read_scalar(auctreg__xr *x, auctreg_application *a, xmlNodePtr c, const char *prefix)
{
    for (size_t i = 0; i < N_SCALARS; i++) {
        const char *name = auctreg_app_field_name(scalars[i].field);
        if (strcmp((const char *)c->name, name) != 0)
            continue;
        char *v = auctreg__xn_text(c);
        if (!v)
            return false;
        int rc;
        int64_t num = 0;
        if (scalars[i].kind == KIND_TEXT) {
            rc = auctreg_application_set_text(a, scalars[i].field, v);
        } else if (scalars[i].kind == KIND_INT) {
            if (!auctreg__xn_parse_i64(v, &num)) {
                char *f = auctreg__asprintf("%s%s%s", prefix, *prefix ? "." : "", name);
                auctreg__xr_problem(x, c, f ? f : name, "xml.number", "%s：不是整数", "%s: not an integer",
                                    f ? f : name);
                auctreg__mfree(f);
                xmlFree(v);
                return true;
            }
            rc = auctreg_application_set_int(a, scalars[i].field, num);
        } else {
            int e = 0;
            rc = auctreg_enum_from_code((auctreg_enum_kind)scalars[i].kind, v, &e);
            if (rc == 0)
                rc = auctreg_application_set_int(a, scalars[i].field, e);
        }
        xmlFree(v);
        return note(x, c, prefix, rc);
    }
    return true;
}

static bool read_document(auctreg__xr *x, auctreg_application *a, xmlNodePtr d, const char *prefix)
{
    size_t idx = a->n_docs;
    char *kind = auctreg__xn_attr(d, "kind"), *file = auctreg__xn_attr(d, "file_name");
    char *media = auctreg__xn_attr(d, "media_type"), *sha = auctreg__xn_attr(d, "sha256");
    char *field = path_of(prefix, "documents[%zu].size", idx);
    bool ok = field != NULL;
    int64_t size = 0;
    xmlNodePtr content = auctreg__xn_child(d, "content");
    if (ok && attr_i64(x, d, "size", field, &size)) {
        if (!content) {
            ok = note(x, d, prefix, auctreg_application_document_add_meta(a, kind, file, media, size, sha));
        } else {
            char *text = auctreg__xn_text(content);
            unsigned char *bytes = NULL;
            size_t len = 0;
            int rc = text ? auctreg__base64_decode(text, strlen(text), &bytes, &len) : AUCTREG_ENOMEM;
            xmlFree(text);
            if (rc == AUCTREG_ENOMEM) {
                ok = false;
            } else if (rc) {
                auctreg__mfree(field);
                field = path_of(prefix, "documents[%zu].content", idx);
                auctreg__xr_problem(x, content, field ? field : "", "xml.base64", "%s：不是有效的 base64",
                                    "%s: not valid base64", field ? field : "");
            } else {
                rc = auctreg_application_document_add(a, kind, file, bytes, len);
                ok = note(x, d, prefix, rc);
                if (rc == 0) {
                    /* The metadata must describe the bytes carried. */
                    const auctreg__document *doc = &a->docs[a->n_docs - 1];
                    const char *what = NULL;
                    if (doc->size != size)
                        what = "size";
                    else if (!sha || strcmp(doc->sha256, sha) != 0)
                        what = "sha256";
                    else if (!media || strcmp(doc->media_type, media) != 0)
                        what = "media_type";
                    if (what) {
                        auctreg__mfree(field);
                        char tail[48];
                        snprintf(tail, sizeof tail, "documents[%%zu].%s", what);
                        field = path_of(prefix, tail, idx);
                        auctreg__xr_problem(x, d, field ? field : "", "xml.document.mismatch",
                                            "%s：与文件内容不符", "%s: does not match the content",
                                            field ? field : "");
                    }
                }
            }
            auctreg__mfree(bytes);
        }
    }
    auctreg__mfree(field);
    xmlFree(kind);
    xmlFree(file);
    xmlFree(media);
    xmlFree(sha);
    return ok;
}

static bool read_review(auctreg__xr *x, auctreg_application *a, xmlNodePtr r, const char *prefix)
{
    char *level = auctreg__xn_attr(r, "level"), *status = auctreg__xn_attr(r, "status");
    char *opinion = auctreg__xn_text(r);
    char *field = auctreg__asprintf("%s%sreviews", prefix, *prefix ? "." : "");
    int l = 0, s = 0;
    int64_t at = 0;
    bool ok = opinion && field;
    if (ok && auctreg_enum_from_code(AUCTREG_ENUM_LEVEL, level ? level : "", &l) == 0 &&
        auctreg_enum_from_code(AUCTREG_ENUM_REVIEW_STATUS, status ? status : "", &s) == 0 &&
        attr_i64(x, r, "decided_at", field, &at))
        ok = note(x, r, field,
                  auctreg_application_set_review(a, (auctreg_level)l, (auctreg_review_status)s, opinion, at));
    else if (ok)
        auctreg__xr_problem(x, r, field, "xml.review", "%s：审核级别或状态无效",
                            "%s: invalid review level or status", field);
    xmlFree(level);
    xmlFree(status);
    xmlFree(opinion);
    auctreg__mfree(field);
    return ok;
}

int auctreg__xml_app_from_node(auctreg__xr *x, xmlNodePtr node, const char *prefix,
                               auctreg_application **out)
{
    auctreg_application *a = NULL;
    int rc = auctreg_application_new(&a);
    if (rc)
        return rc;
    bool ok = true;
    for (xmlNodePtr c = auctreg__xn_child(node, NULL); ok && c; c = auctreg__xn_next(c, NULL)) {
        const char *name = (const char *)c->name;
        if (strcmp(name, "person") == 0) {
            auctreg_person *p = NULL;
            char *pp = auctreg__asprintf("%s%sperson", prefix, *prefix ? "." : "");
            ok = pp && auctreg__xml_person_read(x, c, pp, &p) == 0 &&
                 note(x, c, prefix, auctreg_application_set_person(a, p));
            auctreg_person_free(p);
            auctreg__mfree(pp);
        } else if (strcmp(name, "practice") == 0) {
            for (xmlNodePtr r = auctreg__xn_child(c, "record"); ok && r; r = auctreg__xn_next(r, "record")) {
                char *f = path_of(prefix, "practice[%zu]", a->n_practice);
                char *subject = auctreg__xn_attr(r, "subject");
                int64_t sessions = 0, turnover = 0;
                ok = f != NULL;
                if (ok && attr_i64(x, r, "sessions", f, &sessions) &&
                    attr_i64(x, r, "turnover_yuan", f, &turnover))
                    ok = note(x, r, prefix, auctreg_application_practice_add(a, sessions, subject, turnover));
                xmlFree(subject);
                auctreg__mfree(f);
            }
        } else if (strcmp(name, "ce") == 0) {
            for (xmlNodePtr r = auctreg__xn_child(c, "record"); ok && r; r = auctreg__xn_next(r, "record")) {
                char *f = path_of(prefix, "ce[%zu]", a->n_ce);
                char *item = auctreg__xn_attr(r, "item");
                int64_t tenths = 0;
                ok = f != NULL;
                if (ok && attr_i64(x, r, "hours_tenths", f, &tenths))
                    ok = note(x, r, prefix, auctreg_application_ce_add(a, item, tenths));
                xmlFree(item);
                auctreg__mfree(f);
            }
        } else if (strcmp(name, "documents") == 0) {
            for (xmlNodePtr d = auctreg__xn_child(c, "document"); ok && d; d = auctreg__xn_next(d, "document"))
                ok = read_document(x, a, d, prefix);
        } else if (strcmp(name, "reviews") == 0) {
            for (xmlNodePtr r = auctreg__xn_child(c, "review"); ok && r; r = auctreg__xn_next(r, "review"))
                ok = read_review(x, a, r, prefix);
        } else {
            ok = read_scalar(x, a, c, prefix); /* payments and audit are the importer's */
        }
    }
    if (!ok || x->oom) {
        auctreg_application_free(a);
        x->oom = true;
        return AUCTREG_ENOMEM;
    }
    *out = a;
    return 0;
}

static int app_record(void *arg, auctreg__xr *x, const char *kind, size_t index, xmlNodePtr node)
{
    (void)kind;
    (void)index;
    return auctreg__xml_app_from_node(x, node, "", (auctreg_application **)arg);
}

int auctreg_xml_application_read(const char *xml, size_t len, auctreg_application **out)
{
    if (out)
        *out = NULL;
    if (!out || (!xml && len))
        return auctreg__null_arg("auctreg_xml_application_read", !out ? "out" : "xml");
    auctreg__xr x;
    int rc = auctreg__xr_open_memory(&x, xml, len, AUCTREG_XML_APPLICATION_MAX);
    if (rc)
        return rc;
    auctreg_application *app = NULL;
    (void)auctreg__xml_walk(&x, "application", app_record, &app);
    rc = auctreg__xr_finish(&x);
    auctreg__xr_close(&x);
    if (rc) {
        auctreg_application_free(app);
        return rc;
    }
    *out = app;
    return 0;
}
