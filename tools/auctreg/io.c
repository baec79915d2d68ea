/* Files the tool itself reads and writes (documents, XML), and their errors (exit status 3). */
#include <stdlib.h>
#include <string.h>

#include "commands.h"

int cli_io_error(const cli *c, const char *zh, const char *en, const char *path)
{
    const char *what = cli_t(c, zh, en);
    if (c->json) {
        cli_json j;
        cli_json_error_begin(c, &j, "IO", 0, CLI_EXIT_IO);
        cli_json_kv_string(&j, "message", what);
        cli_json_kv_string(&j, "file", path);
        cli_json_error_end(&j);
    } else {
        fprintf(c->err, "%s: %s%s%s\n", c->prog, what, path ? ": " : "", path ? path : "");
    }
    return CLI_EXIT_IO;
}

int cli_read_file(const cli *c, const char *path, char **data, size_t *size, const char *progress_label)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return cli_io_error(c, "无法打开文件", "cannot open file", path);
    long total = -1;
    if (fseek(f, 0, SEEK_END) == 0)
        total = ftell(f);
    rewind(f);
    size_t cap = total > 0 ? (size_t)total + 1 : 65536, len = 0;
    char *buf = malloc(cap);
    cli_progress bar;
    memset(&bar, 0, sizeof bar); /* inactive: every call a no-op */
    if (progress_label)           /* a bar of bytes read only for a caller that asks (large XML) */
        cli_progress_start(&bar, c, progress_label, total > 0 ? (uint64_t)total : 0);
    while (buf) {
        if (len == cap) {
            char *p = realloc(buf, cap * 2);
            if (!p) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = p;
            cap *= 2;
        }
        size_t want = cap - len < 1048576 ? cap - len : 1048576;
        size_t n = fread(buf + len, 1, want, f);
        len += n;
        cli_progress_update(&bar, len);
        if (n == 0)
            break;
    }
    cli_progress_finish(&bar);
    int err = ferror(f);
    fclose(f);
    if (!buf || err) {
        free(buf);
        return cli_io_error(c, "无法读取文件", "cannot read file", path);
    }
    *data = buf;
    *size = len;
    return 0;
}

int cli_write_file(const cli *c, const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    size_t n = strlen(text);
    bool ok = f && fwrite(text, 1, n, f) == n;
    if (f && fclose(f) != 0)
        ok = false;
    return ok ? 0 : cli_io_error(c, "无法写入文件", "cannot write file", path);
}
