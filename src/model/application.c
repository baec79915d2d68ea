/* The application container (auctreg/application.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auctreg/application.h"
#include "model/model.h"
#include "util/util.h"

static const struct {
    const char *name;
    bool is_text;
} fields[AUCTREG_APP_FIELD_COUNT] = {
    [AUCTREG_APP_ID] = {"id", false},
    [AUCTREG_APP_TYPE] = {"type", false},
    [AUCTREG_APP_YEAR] = {"year", false},
    [AUCTREG_APP_MGMT_NO] = {"mgmt_no", true},
    [AUCTREG_APP_ENTERPRISE] = {"enterprise", true},
    [AUCTREG_APP_PROVINCE] = {"province", false},
    [AUCTREG_APP_STATE] = {"state", false},
    [AUCTREG_APP_VERSION] = {"version", false},
    [AUCTREG_APP_FEE_CHOICE] = {"fee_choice", false},
    [AUCTREG_APP_FEE_DUE_FEN] = {"fee_due_fen", false},
    [AUCTREG_APP_PAY_STATUS] = {"pay_status", false},
    [AUCTREG_APP_CREATED_AT] = {"created_at", false},
    [AUCTREG_APP_UPDATED_AT] = {"updated_at", false},
    [AUCTREG_APP_SUBMITTED_AT] = {"submitted_at", false},
    [AUCTREG_APP_SUBMIT_COUNT] = {"submit_count", false},
};

int auctreg_application_new(auctreg_application **out)
{
    if (!out)
        return auctreg__null_arg("auctreg_application_new", "out");
    auctreg_application *a = calloc(1, sizeof *a);
    if (!a)
        return auctreg__oom();
    *out = a;
    return 0;
}

static void practice_clear(auctreg__practice *p) { free(p->subject); }
static void ce_clear(auctreg__ce *c) { free(c->item); }
static void doc_clear(auctreg__document *d)
{
    free(d->kind);
    free(d->file_name);
    free(d->media_type);
    free(d->content);
}

void auctreg_application_free(auctreg_application *a)
{
    if (!a)
        return;
    for (int i = 0; i < AUCTREG_APP_FIELD_COUNT; i++)
        free(a->text[i]);
    for (size_t i = 0; i < a->n_practice; i++)
        practice_clear(&a->practice[i]);
    free(a->practice);
    for (size_t i = 0; i < a->n_ce; i++)
        ce_clear(&a->ce[i]);
    free(a->ce);
    for (size_t i = 0; i < a->n_docs; i++)
        doc_clear(&a->docs[i]);
    free(a->docs);
    for (int i = 0; i < AUCTREG_LEVEL_COUNT; i++)
        free(a->review[i].opinion);
    auctreg_person_free(a->person);
    free(a);
}

/* Duplicate a string that may be NULL; *ok becomes false on allocation failure. */
static char *dup_opt(const char *s, bool *ok)
{
    if (!s)
        return NULL;
    char *r = strdup(s);
    if (!r)
        *ok = false;
    return r;
}

int auctreg_application_dup(auctreg_application **out, const auctreg_application *src)
{
    if (!out || !src)
        return auctreg__null_arg("auctreg_application_dup", !out ? "out" : "src");
    auctreg_application *a = calloc(1, sizeof *a);
    if (!a)
        return auctreg__oom();
    bool ok = true;
    memcpy(a->num, src->num, sizeof a->num);
    for (int i = 0; i < AUCTREG_APP_FIELD_COUNT; i++)
        a->text[i] = dup_opt(src->text[i], &ok);
    if (src->n_practice) {
        a->practice = calloc(src->n_practice, sizeof *a->practice);
        ok = ok && a->practice;
        for (size_t i = 0; ok && i < src->n_practice; i++, a->n_practice++) {
            a->practice[i] = src->practice[i];
            a->practice[i].subject = dup_opt(src->practice[i].subject, &ok);
        }
        a->cap_practice = a->n_practice;
    }
    if (ok && src->n_ce) {
        a->ce = calloc(src->n_ce, sizeof *a->ce);
        ok = ok && a->ce;
        for (size_t i = 0; ok && i < src->n_ce; i++, a->n_ce++) {
            a->ce[i] = src->ce[i];
            a->ce[i].item = dup_opt(src->ce[i].item, &ok);
        }
        a->cap_ce = a->n_ce;
    }
    if (ok && src->n_docs) {
        a->docs = calloc(src->n_docs, sizeof *a->docs);
        ok = ok && a->docs;
        for (size_t i = 0; ok && i < src->n_docs; i++, a->n_docs++) {
            const auctreg__document *s = &src->docs[i];
            auctreg__document *d = &a->docs[i];
            *d = *s;
            d->kind = dup_opt(s->kind, &ok);
            d->file_name = dup_opt(s->file_name, &ok);
            d->media_type = dup_opt(s->media_type, &ok);
            d->content = NULL;
            if (s->content) {
                d->content = malloc(s->content_len ? s->content_len : 1);
                if (d->content)
                    memcpy(d->content, s->content, s->content_len);
                else
                    ok = false;
            }
        }
        a->cap_docs = a->n_docs;
    }
    for (int i = 0; ok && i < AUCTREG_LEVEL_COUNT; i++) {
        a->review[i] = src->review[i];
        a->review[i].opinion = dup_opt(src->review[i].opinion, &ok);
    }
    if (ok && src->person && auctreg_person_dup(&a->person, src->person) != 0)
        ok = false;
    if (!ok) {
        auctreg_application_free(a);
        return auctreg__oom();
    }
    *out = a;
    return 0;
}

const char *auctreg_app_field_name(auctreg_app_field field)
{
    return (unsigned)field < AUCTREG_APP_FIELD_COUNT ? fields[field].name : NULL;
}

int64_t auctreg_application_get_int(const auctreg_application *a, auctreg_app_field f)
{
    if (!a || (unsigned)f >= AUCTREG_APP_FIELD_COUNT || fields[f].is_text)
        return 0;
    return a->num[f];
}

const char *auctreg_application_get_text(const auctreg_application *a, auctreg_app_field f)
{
    if (!a || (unsigned)f >= AUCTREG_APP_FIELD_COUNT || !fields[f].is_text)
        return NULL;
    return a->text[f] ? a->text[f] : "";
}

static int field_error(const char *reason, const char *name, int64_t value)
{
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    auctreg__problems_add(&p, name, reason, "%s：值 %lld 无效", "%s: invalid value %lld", name,
                          (long long)value);
    return auctreg__fail_problems(AUCTREG_EINVAL, &p, reason, "%s：值 %lld 无效", "%s: invalid value %lld",
                                  name, (long long)value);
}

int auctreg_application_set_int(auctreg_application *a, auctreg_app_field f, int64_t v)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_set_int", "app");
    if ((unsigned)f >= AUCTREG_APP_FIELD_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "field.unknown", "未知的字段：%d", "unknown field: %d", (int)f);
    if (fields[f].is_text)
        return auctreg__fail(AUCTREG_EINVAL, "field.type", "%s 是文本字段", "%s is a text field",
                             fields[f].name);
    bool ok;
    switch (f) {
    case AUCTREG_APP_TYPE: ok = v >= AUCTREG_TYPE_UNSET && v <= AUCTREG_TYPE_FIRST; break;
    case AUCTREG_APP_STATE: ok = v >= AUCTREG_STATE_NONE && v <= AUCTREG_STATE_WITHDRAWN; break;
    case AUCTREG_APP_FEE_CHOICE: ok = v >= AUCTREG_FEE_NONE && v <= AUCTREG_FEE_ALREADY_MEMBER; break;
    case AUCTREG_APP_PAY_STATUS: ok = v >= AUCTREG_PAY_UNPAID && v <= AUCTREG_PAY_MEMBER_EXEMPT; break;
    case AUCTREG_APP_YEAR: ok = v == 0 || (v >= 1900 && v <= 9999); break;
    case AUCTREG_APP_PROVINCE: ok = v >= 0 && v <= 99; break;
    default: ok = v >= 0; break;
    }
    if (!ok)
        return field_error("field.range", fields[f].name, v);
    a->num[f] = v;
    return 0;
}

/* Replace *slot with a copy of value (NULL or "" clears), after the text checks. */
static int set_str(char **slot, const char *name, const char *value, size_t max, bool newlines)
{
    int rc = auctreg__check_text(name, value, max, newlines);
    if (rc)
        return rc;
    char *copy = NULL;
    if (value && *value && !(copy = strdup(value)))
        return auctreg__oom();
    free(*slot);
    *slot = copy;
    return 0;
}

int auctreg_application_set_text(auctreg_application *a, auctreg_app_field f, const char *value)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_set_text", "app");
    if ((unsigned)f >= AUCTREG_APP_FIELD_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "field.unknown", "未知的字段：%d", "unknown field: %d", (int)f);
    if (!fields[f].is_text)
        return auctreg__fail(AUCTREG_EINVAL, "field.type", "%s 是整数字段", "%s is an integer field",
                             fields[f].name);
    return set_str(&a->text[f], fields[f].name, value, AUCTREG_APP_TEXT_MAX, false);
}

/* ---------------------------------------------------------------- person */

const auctreg_person *auctreg_application_person(const auctreg_application *a)
{
    return a ? a->person : NULL;
}

int auctreg_application_set_person(auctreg_application *a, const auctreg_person *p)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_set_person", "app");
    auctreg_person *copy = NULL;
    if (p) {
        int rc = auctreg_person_dup(&copy, p);
        if (rc)
            return rc;
    }
    auctreg_person_free(a->person);
    a->person = copy;
    return 0;
}

/* ---------------------------------------------------------------- lists */

/* Make room for one more element in a growable array. */
static int grow(void **items, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 4;
    void *p = realloc(*items, ncap * size);
    if (!p)
        return auctreg__oom();
    *items = p;
    *cap = ncap;
    return 0;
}

static int not_found(const char *what, size_t i)
{
    return auctreg__fail(AUCTREG_ENOTFOUND, "index.range", "%s[%zu] 不存在", "%s[%zu] does not exist", what, i);
}

size_t auctreg_application_practice_count(const auctreg_application *a)
{
    return a ? a->n_practice : 0;
}

int auctreg_application_practice_get(const auctreg_application *a, size_t i, int64_t *sessions,
                                     const char **subject, int64_t *turnover_yuan)
{
    if (!a || i >= a->n_practice)
        return not_found("practice", i);
    if (sessions)
        *sessions = a->practice[i].sessions;
    if (subject)
        *subject = a->practice[i].subject ? a->practice[i].subject : "";
    if (turnover_yuan)
        *turnover_yuan = a->practice[i].turnover_yuan;
    return 0;
}

static int practice_make(auctreg__practice *out, size_t idx, int64_t sessions, const char *subject,
                         int64_t turnover)
{
    char path[48];
    snprintf(path, sizeof path, "practice[%zu].sessions", idx);
    if (sessions < 0)
        return field_error("field.range", path, sessions);
    snprintf(path, sizeof path, "practice[%zu].turnover", idx);
    if (turnover < 0)
        return field_error("field.range", path, turnover);
    snprintf(path, sizeof path, "practice[%zu].subject", idx);
    out->sessions = sessions;
    out->turnover_yuan = turnover;
    out->subject = NULL;
    return set_str(&out->subject, path, subject, 64, false);
}

int auctreg_application_practice_add(auctreg_application *a, int64_t sessions, const char *subject,
                                     int64_t turnover_yuan)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_practice_add", "app");
    auctreg__practice p;
    int rc = practice_make(&p, a->n_practice, sessions, subject, turnover_yuan);
    if (rc)
        return rc;
    if ((rc = grow((void **)&a->practice, &a->cap_practice, a->n_practice, sizeof p))) {
        practice_clear(&p);
        return rc;
    }
    a->practice[a->n_practice++] = p;
    return 0;
}

int auctreg_application_practice_set(auctreg_application *a, size_t i, int64_t sessions,
                                     const char *subject, int64_t turnover_yuan)
{
    if (!a || i >= a->n_practice)
        return not_found("practice", i);
    auctreg__practice p;
    int rc = practice_make(&p, i, sessions, subject, turnover_yuan);
    if (rc)
        return rc;
    practice_clear(&a->practice[i]);
    a->practice[i] = p;
    return 0;
}

int auctreg_application_practice_remove(auctreg_application *a, size_t i)
{
    if (!a || i >= a->n_practice)
        return not_found("practice", i);
    practice_clear(&a->practice[i]);
    memmove(&a->practice[i], &a->practice[i + 1], (a->n_practice - i - 1) * sizeof *a->practice);
    a->n_practice--;
    return 0;
}

size_t auctreg_application_ce_count(const auctreg_application *a) { return a ? a->n_ce : 0; }

int auctreg_application_ce_get(const auctreg_application *a, size_t i, const char **item,
                               int64_t *hours_tenths)
{
    if (!a || i >= a->n_ce)
        return not_found("ce", i);
    if (item)
        *item = a->ce[i].item ? a->ce[i].item : "";
    if (hours_tenths)
        *hours_tenths = a->ce[i].hours_tenths;
    return 0;
}

static int ce_make(auctreg__ce *out, size_t idx, const char *item, int64_t tenths)
{
    char path[48];
    snprintf(path, sizeof path, "ce[%zu].hours", idx);
    if (tenths <= 0)
        return field_error("field.range", path, tenths);
    snprintf(path, sizeof path, "ce[%zu].item", idx);
    out->hours_tenths = tenths;
    out->item = NULL;
    return set_str(&out->item, path, item, AUCTREG_APP_TEXT_MAX, false);
}

int auctreg_application_ce_add(auctreg_application *a, const char *item, int64_t hours_tenths)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_ce_add", "app");
    auctreg__ce c;
    int rc = ce_make(&c, a->n_ce, item, hours_tenths);
    if (rc)
        return rc;
    if ((rc = grow((void **)&a->ce, &a->cap_ce, a->n_ce, sizeof c))) {
        ce_clear(&c);
        return rc;
    }
    a->ce[a->n_ce++] = c;
    return 0;
}

int auctreg_application_ce_set(auctreg_application *a, size_t i, const char *item, int64_t hours_tenths)
{
    if (!a || i >= a->n_ce)
        return not_found("ce", i);
    auctreg__ce c;
    int rc = ce_make(&c, i, item, hours_tenths);
    if (rc)
        return rc;
    ce_clear(&a->ce[i]);
    a->ce[i] = c;
    return 0;
}

int auctreg_application_ce_remove(auctreg_application *a, size_t i)
{
    if (!a || i >= a->n_ce)
        return not_found("ce", i);
    ce_clear(&a->ce[i]);
    memmove(&a->ce[i], &a->ce[i + 1], (a->n_ce - i - 1) * sizeof *a->ce);
    a->n_ce--;
    return 0;
}

int64_t auctreg_application_ce_total_tenths(const auctreg_application *a)
{
    /* Saturating: hours are > 0 but not bounded here (the validator bounds them), and a
     * sum must never overflow. */
    int64_t t = 0;
    if (a)
        for (size_t i = 0; i < a->n_ce; i++)
            t = a->ce[i].hours_tenths > INT64_MAX - t ? INT64_MAX : t + a->ce[i].hours_tenths;
    return t;
}

/* ---------------------------------------------------------------- documents */

/* The file name without any directory part (both / and \ separators). */
static const char *base_name(const char *name)
{
    const char *b = name;
    for (const char *p = name; *p; p++)
        if (*p == '/' || *p == '\\')
            b = p + 1;
    return b;
}

static int doc_push(auctreg_application *a, auctreg__document *d)
{
    int rc = grow((void **)&a->docs, &a->cap_docs, a->n_docs, sizeof *d);
    if (rc) {
        doc_clear(d);
        return rc;
    }
    a->docs[a->n_docs++] = *d;
    return 0;
}

static int doc_texts(auctreg__document *d, size_t idx, const char *kind, const char *file_name,
                     const char *media_type)
{
    char path[48];
    memset(d, 0, sizeof *d);
    snprintf(path, sizeof path, "documents[%zu].kind", idx);
    int rc = set_str(&d->kind, path, kind, 64, false);
    snprintf(path, sizeof path, "documents[%zu].file_name", idx);
    if (!rc)
        rc = set_str(&d->file_name, path, file_name ? base_name(file_name) : NULL, 255, false);
    snprintf(path, sizeof path, "documents[%zu].media_type", idx);
    if (!rc)
        rc = set_str(&d->media_type, path, media_type, 128, false);
    if (rc)
        doc_clear(d);
    return rc;
}

int auctreg_application_document_add(auctreg_application *a, const char *kind, const char *file_name,
                                     const void *content, size_t size)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_document_add", "app");
    if (!content && size)
        return auctreg__null_arg("auctreg_application_document_add", "content");
    if (size > (size_t)INT64_MAX)
        return field_error("field.range", "documents.size", -1);
    auctreg__document d;
    int rc = doc_texts(&d, a->n_docs, kind, file_name, auctreg__sniff_media_type(content, size));
    if (rc)
        return rc;
    d.content = malloc(size ? size : 1);
    if (!d.content) {
        doc_clear(&d);
        return auctreg__oom();
    }
    if (size)
        memcpy(d.content, content, size);
    d.content_len = size;
    d.size = (int64_t)size;
    auctreg__sha256_hex(content ? content : "", size, d.sha256);
    return doc_push(a, &d);
}

int auctreg_application_document_add_meta(auctreg_application *a, const char *kind,
                                          const char *file_name, const char *media_type,
                                          int64_t size, const char *sha256_hex)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_document_add_meta", "app");
    char path[48];
    if (size < 0) {
        snprintf(path, sizeof path, "documents[%zu].size", a->n_docs);
        return field_error("field.range", path, size);
    }
    bool hex_ok = sha256_hex && strlen(sha256_hex) == 64;
    for (int i = 0; hex_ok && i < 64; i++) {
        char c = sha256_hex[i];
        hex_ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    if (!hex_ok) {
        snprintf(path, sizeof path, "documents[%zu].sha256", a->n_docs);
        auctreg__problems p = AUCTREG__PROBLEMS_INIT;
        auctreg__problems_add(&p, path, "document.sha256", "SHA-256 必须是 64 位十六进制数",
                              "SHA-256 must be 64 hex digits");
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "document.sha256",
                                      "SHA-256 必须是 64 位十六进制数", "SHA-256 must be 64 hex digits");
    }
    auctreg__document d;
    int rc = doc_texts(&d, a->n_docs, kind, file_name, media_type);
    if (rc)
        return rc;
    d.size = size;
    for (int i = 0; i < 64; i++) {
        char c = sha256_hex[i];
        d.sha256[i] = (char)(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
    }
    d.sha256[64] = '\0';
    return doc_push(a, &d);
}

size_t auctreg_application_document_count(const auctreg_application *a) { return a ? a->n_docs : 0; }

int auctreg_application_document_get(const auctreg_application *a, size_t i, const char **kind,
                                     const char **file_name, const char **media_type, int64_t *size,
                                     const char **sha256_hex)
{
    if (!a || i >= a->n_docs)
        return not_found("documents", i);
    const auctreg__document *d = &a->docs[i];
    if (kind)
        *kind = d->kind ? d->kind : "";
    if (file_name)
        *file_name = d->file_name ? d->file_name : "";
    if (media_type)
        *media_type = d->media_type ? d->media_type : "";
    if (size)
        *size = d->size;
    if (sha256_hex)
        *sha256_hex = d->sha256;
    return 0;
}

int auctreg_application_document_content(const auctreg_application *a, size_t i, const void **data,
                                         size_t *size)
{
    if (!a || i >= a->n_docs)
        return not_found("documents", i);
    if (data)
        *data = a->docs[i].content;
    if (size)
        *size = a->docs[i].content ? a->docs[i].content_len : 0;
    return 0;
}

int auctreg_application_document_remove(auctreg_application *a, size_t i)
{
    if (!a || i >= a->n_docs)
        return not_found("documents", i);
    doc_clear(&a->docs[i]);
    memmove(&a->docs[i], &a->docs[i + 1], (a->n_docs - i - 1) * sizeof *a->docs);
    a->n_docs--;
    return 0;
}

long auctreg_application_document_find(const auctreg_application *a, const char *kind)
{
    if (!a || !kind)
        return -1;
    for (size_t i = 0; i < a->n_docs; i++)
        if (a->docs[i].kind && strcmp(a->docs[i].kind, kind) == 0)
            return (long)i;
    return -1;
}

/* ---------------------------------------------------------------- reviews */

int auctreg_application_review(const auctreg_application *a, auctreg_level level, int *status,
                               const char **opinion, int64_t *decided_at)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_review", "app");
    if ((unsigned)level >= AUCTREG_LEVEL_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "level.unknown", "未知的审核级别：%d", "unknown review level: %d",
                             (int)level);
    if (status)
        *status = a->review[level].status;
    if (opinion)
        *opinion = a->review[level].opinion ? a->review[level].opinion : "";
    if (decided_at)
        *decided_at = a->review[level].decided_at;
    return 0;
}

int auctreg_application_set_review(auctreg_application *a, auctreg_level level,
                                   auctreg_review_status status, const char *opinion, int64_t decided_at)
{
    if (!a)
        return auctreg__null_arg("auctreg_application_set_review", "app");
    if ((unsigned)level >= AUCTREG_LEVEL_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "level.unknown", "未知的审核级别：%d", "unknown review level: %d",
                             (int)level);
    if ((unsigned)status > AUCTREG_REVIEW_SKIPPED || decided_at < 0)
        return field_error("field.range", "review.status", (int64_t)status);
    char *copy = NULL;
    int rc = set_str(&copy, "review.opinion", opinion, AUCTREG_APP_TEXT_MAX, true);
    if (rc)
        return rc;
    free(a->review[level].opinion);
    a->review[level].opinion = copy;
    a->review[level].status = status;
    a->review[level].decided_at = decided_at;
    return 0;
}
