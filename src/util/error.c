/* Thread-local last error, status strings and problem lists. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct err_state {
    int code;
    char *reason;
    char *msg_zh;
    char *msg_en;
    auctreg__problems problems;
} err_state;

/* The only mutable state of the library: one record per thread. */
static _Thread_local err_state *tls_err;
static _Thread_local auctreg_lang tls_lang = AUCTREG_LANG_ZH;

/* The key exists only so that a thread's error is freed when the thread exits. */
static pthread_key_t err_key;
static pthread_once_t err_key_once = PTHREAD_ONCE_INIT;

static void err_state_reset(err_state *e)
{
    free(e->reason);
    free(e->msg_zh);
    free(e->msg_en);
    auctreg__problems_free(&e->problems);
    e->code = 0;
    e->reason = e->msg_zh = e->msg_en = NULL;
}

static void err_destructor(void *p)
{
    err_state *e = p;
    if (e) {
        err_state_reset(e);
        free(e);
    }
    tls_err = NULL;
}

static void err_key_init(void)
{
    (void)pthread_key_create(&err_key, err_destructor);
}

/* Static fallback used when even the error record cannot be allocated. */
static _Thread_local err_state tls_oom_state;

static err_state *err_get(void)
{
    if (!tls_err) {
        pthread_once(&err_key_once, err_key_init);
        err_state *e = calloc(1, sizeof *e);
        if (!e)
            return NULL;
        tls_err = e;
        (void)pthread_setspecific(err_key, e);
    }
    return tls_err;
}

/* ------------------------------------------------------------ status texts */

static const struct {
    int code;
    const char *name, *zh, *en;
} status_table[] = {
    {AUCTREG_OK, "AUCTREG_OK", "成功", "success"},
    {AUCTREG_ERROR, "AUCTREG_ERROR", "内部错误", "internal error"},
    {AUCTREG_EINVAL, "AUCTREG_EINVAL", "输入无效", "invalid input"},
    {AUCTREG_ENOTFOUND, "AUCTREG_ENOTFOUND", "记录不存在", "not found"},
    {AUCTREG_EDENIED, "AUCTREG_EDENIED", "无权执行此操作", "permission denied"},
    {AUCTREG_ESTATE, "AUCTREG_ESTATE", "当前状态下不能执行此操作", "not possible in the current state"},
    {AUCTREG_ECONFLICT, "AUCTREG_ECONFLICT", "记录已被他人修改", "the record was changed by someone else"},
    {AUCTREG_EDUPLICATE, "AUCTREG_EDUPLICATE", "记录已存在", "the record already exists"},
    {AUCTREG_EPAYMENT, "AUCTREG_EPAYMENT", "付款被拒绝", "payment refused"},
    {AUCTREG_EBUSY, "AUCTREG_EBUSY", "数据库忙", "the database is busy"},
    {AUCTREG_ESTORAGE, "AUCTREG_ESTORAGE", "数据库错误", "storage error"},
    {AUCTREG_EXML, "AUCTREG_EXML", "XML 文档错误", "XML document error"},
    {AUCTREG_ENOMEM, "AUCTREG_ENOMEM", "内存不足", "out of memory"},
    {AUCTREG_EVERSION, "AUCTREG_EVERSION", "选项结构版本不受支持", "unsupported options version"},
};

static int status_index(int code)
{
    for (size_t i = 0; i < sizeof status_table / sizeof status_table[0]; i++)
        if (status_table[i].code == code)
            return (int)i;
    return -1;
}

const char *auctreg_strerror(int code)
{
    int i = status_index(code);
    if (i < 0)
        return tls_lang == AUCTREG_LANG_EN ? "unknown error" : "未知错误";
    return tls_lang == AUCTREG_LANG_EN ? status_table[i].en : status_table[i].zh;
}

const char *auctreg_status_name(int code)
{
    int i = status_index(code);
    return i < 0 ? "AUCTREG_UNKNOWN" : status_table[i].name;
}

/* ------------------------------------------------------------ language */

int auctreg_error_set_language(auctreg_lang lang)
{
    if (lang != AUCTREG_LANG_ZH && lang != AUCTREG_LANG_EN)
        return auctreg__fail(AUCTREG_EINVAL, "lang.unknown", "未知的语言：%d", "unknown language: %d",
                             (int)lang);
    tls_lang = lang;
    return 0;
}

auctreg_lang auctreg_error_language(void) { return tls_lang; }

/* ------------------------------------------------------------ accessors */

int auctreg_error_code(void) { return tls_err ? tls_err->code : 0; }

const char *auctreg_error_reason(void)
{
    return tls_err && tls_err->reason ? tls_err->reason : "";
}

const char *auctreg_error_message_lang(auctreg_lang lang)
{
    if (!tls_err)
        return "";
    const char *m = lang == AUCTREG_LANG_EN ? tls_err->msg_en : tls_err->msg_zh;
    return m ? m : "";
}

const char *auctreg_error_message(void) { return auctreg_error_message_lang(tls_lang); }

size_t auctreg_error_problem_count(void) { return tls_err ? tls_err->problems.count : 0; }

static const auctreg__problem *problem_at(size_t i)
{
    if (!tls_err || i >= tls_err->problems.count)
        return NULL;
    return &tls_err->problems.items[i];
}

const char *auctreg_error_problem_field(size_t i)
{
    const auctreg__problem *p = problem_at(i);
    return p ? p->field : NULL;
}

const char *auctreg_error_problem_reason(size_t i)
{
    const auctreg__problem *p = problem_at(i);
    return p ? p->reason : NULL;
}

const char *auctreg_error_problem_message_lang(size_t i, auctreg_lang lang)
{
    const auctreg__problem *p = problem_at(i);
    if (!p)
        return NULL;
    return lang == AUCTREG_LANG_EN ? p->msg_en : p->msg_zh;
}

const char *auctreg_error_problem_message(size_t i)
{
    return auctreg_error_problem_message_lang(i, tls_lang);
}

void auctreg_error_clear(void)
{
    if (tls_err)
        err_state_reset(tls_err);
}

/* ------------------------------------------------------------ problems */

/* Append a problem whose strings are already allocated (ownership moves in). */
static void problems_push(auctreg__problems *p, char *field, char *reason, char *zh, char *en)
{
    if (!field || !reason || !zh || !en)
        goto oom;
    if (p->count == p->cap) {
        size_t ncap = p->cap ? p->cap * 2 : 8;
        auctreg__problem *n = realloc(p->items, ncap * sizeof *n);
        if (!n)
            goto oom;
        p->items = n;
        p->cap = ncap;
    }
    p->items[p->count++] = (auctreg__problem){field, reason, zh, en};
    return;
oom:
    free(field);
    free(reason);
    free(zh);
    free(en);
    p->oom = true;
}

void auctreg__problems_vadd(auctreg__problems *p, const char *field, const char *reason,
                            const char *zh_fmt, const char *en_fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    char *zh = auctreg__vasprintf(zh_fmt, ap);
    char *en = auctreg__vasprintf(en_fmt, ap2);
    va_end(ap2);
    problems_push(p, strdup(field ? field : ""), strdup(reason ? reason : ""), zh, en);
}

void auctreg__problems_add(auctreg__problems *p, const char *field, const char *reason,
                           const char *zh_fmt, const char *en_fmt, ...)
{
    va_list ap;
    va_start(ap, en_fmt);
    auctreg__problems_vadd(p, field, reason, zh_fmt, en_fmt, ap);
    va_end(ap);
}

void auctreg__problems_add_msgs(auctreg__problems *p, const char *field, const char *reason, const char *msg_zh,
                               const char *msg_en)
{
    problems_push(p, strdup(field ? field : ""), strdup(reason ? reason : ""), strdup(msg_zh ? msg_zh : ""),
                  strdup(msg_en ? msg_en : ""));
}

void auctreg__problems_merge(auctreg__problems *dst, auctreg__problems *src, const char *prefix)
{
    for (size_t i = 0; i < src->count; i++) {
        const auctreg__problem *s = &src->items[i];
        char *field;
        if (prefix && *prefix)
            field = auctreg__asprintf("%s%s%s", prefix, *s->field ? "." : "", s->field);
        else
            field = strdup(s->field);
        problems_push(dst, field, strdup(s->reason), strdup(s->msg_zh), strdup(s->msg_en));
    }
    if (src->oom)
        dst->oom = true;
}

void auctreg__problems_free(auctreg__problems *p)
{
    for (size_t i = 0; i < p->count; i++) {
        free(p->items[i].field);
        free(p->items[i].reason);
        free(p->items[i].msg_zh);
        free(p->items[i].msg_en);
    }
    free(p->items);
    p->items = NULL;
    p->count = p->cap = 0;
    p->oom = false;
}

/* ------------------------------------------------------------ setting errors */

static int set_oom(void)
{
    err_state *e = tls_err;
    if (e) {
        err_state_reset(e);
        e->code = AUCTREG_ENOMEM;
    } else {
        tls_oom_state.code = AUCTREG_ENOMEM;
    }
    return AUCTREG_ENOMEM;
}

static int vset(int code, const char *reason, const char *zh_fmt, const char *en_fmt, va_list ap,
                auctreg__problems *move)
{
    err_state *e = err_get();
    if (!e) {
        if (move)
            auctreg__problems_free(move);
        return set_oom();
    }
    err_state_reset(e);
    va_list ap2;
    va_copy(ap2, ap);
    e->code = code;
    e->reason = strdup(reason ? reason : "");
    e->msg_zh = auctreg__vasprintf(zh_fmt, ap);
    e->msg_en = auctreg__vasprintf(en_fmt, ap2);
    va_end(ap2);
    if (move) {
        e->problems = *move;
        move->items = NULL;
        move->count = move->cap = 0;
        move->oom = false;
    }
    if (!e->reason || !e->msg_zh || !e->msg_en)
        return set_oom();
    return code;
}

int auctreg__fail(int code, const char *reason, const char *zh_fmt, const char *en_fmt, ...)
{
    va_list ap;
    va_start(ap, en_fmt);
    int rc = vset(code, reason, zh_fmt, en_fmt, ap, NULL);
    va_end(ap);
    return rc;
}

int auctreg__fail_problems(int code, auctreg__problems *p, const char *reason, const char *zh_fmt,
                           const char *en_fmt, ...)
{
    if (p->oom) {
        auctreg__problems_free(p);
        return auctreg__oom();
    }
    va_list ap;
    va_start(ap, en_fmt);
    int rc = vset(code, reason, zh_fmt, en_fmt, ap, p);
    va_end(ap);
    return rc;
}

int auctreg__options_version(unsigned int got, unsigned int known)
{
    if (got == known)
        return 0;
    return auctreg__fail(AUCTREG_EVERSION, "options.version", "不支持的选项版本 %u（本库支持 %u）",
                         "unsupported options version %u (this library knows %u)", got, known);
}

int auctreg__oom(void)
{
    return auctreg__fail(AUCTREG_ENOMEM, "memory", "内存不足", "out of memory");
}

int auctreg__null_arg(const char *func, const char *arg)
{
    return auctreg__fail(AUCTREG_EINVAL, "arg.null", "%s：参数 %s 不能为空", "%s: argument %s must not be NULL",
                         func, arg);
}
