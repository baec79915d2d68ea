/* UTF-8 and control-character checks. */
#include <string.h>

#include "util.h"

bool auctreg__utf8_valid(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

size_t auctreg__utf8_len(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

uint32_t auctreg__utf8_next(const char **sp)
{
    const unsigned char *s = (const unsigned char *)*sp;
    uint32_t cp;
    size_t len;
    if (s[0] < 0x80) {
        cp = s[0];
        len = 1;
    } else if (s[0] < 0xE0) {
        cp = s[0] & 0x1F;
        len = 2;
    } else if (s[0] < 0xF0) {
        cp = s[0] & 0x0F;
        len = 3;
    } else {
        cp = s[0] & 0x07;
        len = 4;
    }
    for (size_t k = 1; k < len && s[k]; k++)
        cp = (cp << 6) | (s[k] & 0x3F);
    *sp += len;
    return cp;
}

bool auctreg__has_control(const char *str, bool allow_ws)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; s[i]; i++) {
        unsigned char c = s[i];
        if (c < 0x20 || c == 0x7F) {
            if (allow_ws && (c == '\t' || c == '\n' || c == '\r'))
                continue;
            return true;
        }
        /* C1 controls U+0080..U+009F are encoded C2 80..C2 9F */
        if (c == 0xC2 && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)
            return true;
    }
    return false;
}

int auctreg__check_text(const char *field, const char *s, size_t max_bytes, bool allow_newlines)
{
    if (!s)
        return 0;
    size_t n = strlen(s);
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    if (!auctreg__utf8_valid(s, n)) {
        auctreg__problems_add(&p, field, "text.utf8", "%s：不是有效的 UTF-8 文本", "%s: not valid UTF-8 text",
                              field);
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "text.utf8", "%s：不是有效的 UTF-8 文本",
                                      "%s: not valid UTF-8 text", field);
    }
    if (auctreg__has_control(s, allow_newlines)) {
        auctreg__problems_add(&p, field, "text.control", "%s：含有控制字符", "%s: contains control characters",
                              field);
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "text.control", "%s：含有控制字符",
                                      "%s: contains control characters", field);
    }
    if (n > max_bytes) {
        auctreg__problems_add(&p, field, "text.too_long", "%s：超过 %zu 字节", "%s: longer than %zu bytes",
                              field, max_bytes);
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "text.too_long", "%s：超过 %zu 字节",
                                      "%s: longer than %zu bytes", field, max_bytes);
    }
    return 0;
}
