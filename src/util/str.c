/* Memory, strings and growable buffers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auctreg/common.h"
#include "util.h"

void *auctreg__malloc(size_t n) { return malloc(n ? n : 1); }
void *auctreg__calloc(size_t n, size_t size) { return calloc(n ? n : 1, size ? size : 1); }
void *auctreg__realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void auctreg__mfree(void *p) { free(p); }

void auctreg_free(void *p) { free(p); }

char *auctreg__strdup(const char *s) { return s ? strdup(s) : NULL; }

char *auctreg__strndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *r = malloc(n + 1);
    if (!r)
        return NULL;
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

char *auctreg__vasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *r = malloc((size_t)n + 1);
    if (!r)
        return NULL;
    vsnprintf(r, (size_t)n + 1, fmt, ap);
    return r;
}

char *auctreg__asprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *r = auctreg__vasprintf(fmt, ap);
    va_end(ap);
    return r;
}

void auctreg__buf_append(auctreg__buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 64;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *d = realloc(b->data, ncap);
        if (!d) {
            b->oom = true;
            return;
        }
        b->data = d;
        b->cap = ncap;
    }
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void auctreg__buf_puts(auctreg__buf *b, const char *s) { auctreg__buf_append(b, s, strlen(s)); }

void auctreg__buf_printf(auctreg__buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = auctreg__vasprintf(fmt, ap);
    va_end(ap);
    if (!s) {
        b->oom = true;
        return;
    }
    auctreg__buf_puts(b, s);
    free(s);
}

char *auctreg__buf_detach(auctreg__buf *b)
{
    if (b->oom) {
        auctreg__buf_free(b);
        return NULL;
    }
    if (!b->data)
        auctreg__buf_append(b, "", 0);
    if (b->oom)
        return NULL;
    char *d = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void auctreg__buf_free(auctreg__buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = false;
}

void auctreg__fen_format(int64_t fen, char out[32])
{
    uint64_t a = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen;
    snprintf(out, 32, "%s%llu.%02llu", fen < 0 ? "-" : "", (unsigned long long)(a / 100),
             (unsigned long long)(a % 100));
}
