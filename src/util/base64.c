/* Base64 (RFC 4648, standard alphabet, with padding), as used by xs:base64Binary. */
#include <string.h>

#include "util.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void auctreg__base64_encode(auctreg__buf *b, const void *data, size_t n)
{
    const unsigned char *p = data;
    char q[4];
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        q[0] = alphabet[v >> 18];
        q[1] = alphabet[(v >> 12) & 63];
        q[2] = alphabet[(v >> 6) & 63];
        q[3] = alphabet[v & 63];
        auctreg__buf_append(b, q, 4);
    }
    if (i < n) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
        q[0] = alphabet[v >> 18];
        q[1] = alphabet[(v >> 12) & 63];
        q[2] = i + 1 < n ? alphabet[(v >> 6) & 63] : '=';
        q[3] = '=';
        auctreg__buf_append(b, q, 4);
    }
}

static int b64_value(unsigned char c)
{
    const char *hit = c ? strchr(alphabet, c) : NULL;
    return hit ? (int)(hit - alphabet) : -1;
}

int auctreg__base64_decode(const char *s, size_t n, unsigned char **out, size_t *out_len)
{
    unsigned char *r = auctreg__malloc(n / 4 * 3 + 3);
    if (!r)
        return AUCTREG_ENOMEM;
    size_t len = 0, pad = 0, quad = 0;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '=') {
            pad++;
            v <<= 6;
            quad++;
        } else {
            int d = b64_value(c);
            if (d < 0 || pad)
                goto bad;
            v = v << 6 | (uint32_t)d;
            quad++;
        }
        if (quad == 4) {
            if (pad > 2)
                goto bad;
            r[len++] = (unsigned char)(v >> 16);
            if (pad < 2)
                r[len++] = (unsigned char)(v >> 8);
            if (pad < 1)
                r[len++] = (unsigned char)v;
            quad = 0;
            v = 0;
            if (pad)
                pad = 3; /* nothing may follow padding */
        }
    }
    if (quad != 0)
        goto bad;
    *out = r;
    *out_len = len;
    return 0;
bad:
    auctreg__mfree(r);
    return AUCTREG_EINVAL;
}
