/* A terminal progress bar for long imports and exports (only when stdout is a terminal). */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static int force_mode = -1;

void cli_progress_force(int mode) { force_mode = mode; }

void cli_progress_render(char *buf, size_t n, const char *label, uint64_t done, uint64_t total,
                         int width)
{
    if (done > total)
        done = total;
    unsigned permille = total ? (unsigned)(done * 1000 / total) : 1000;
    int filled = (int)(permille * (unsigned)width / 1000);
    size_t pos = 0;
    int w = snprintf(buf, n, "%s [", label ? label : "");
    pos = w > 0 ? (size_t)w : 0;
    for (int i = 0; i < width && pos + 1 < n; i++)
        buf[pos++] = i < filled ? '#' : (i == filled ? '>' : ' ');
    if (pos < n)
        snprintf(buf + pos, n - pos, "] %3u%% %" PRIu64 "/%" PRIu64, permille / 10, done, total);
    else if (n)
        buf[n - 1] = '\0';
}

void cli_progress_start(cli_progress *p, const cli *c, const char *label, uint64_t total)
{
    memset(p, 0, sizeof *p);
    bool on = force_mode >= 0 ? force_mode == 1 : isatty(fileno(c->out)) == 1;
    if (c->json)
        on = false;
    p->active = on;
    p->f = c->out;
    p->label = label;
    p->total = total;
    p->last_permille = -1;
    if (on && total) /* with the total still unknown (0), the first report draws */
        cli_progress_update(p, 0);
}

void cli_progress_update(cli_progress *p, uint64_t done)
{
    if (!p->active)
        return;
    int permille = p->total ? (int)((done > p->total ? p->total : done) * 1000 / p->total) : 1000;
    if (permille == p->last_permille)
        return; /* redraw only when something visible changes */
    p->last_permille = permille;
    char line[256];
    cli_progress_render(line, sizeof line, p->label, done, p->total, 30);
    fprintf(p->f, "\r%s", line);
    fflush(p->f);
}

int cli_progress_report(void *ctx, uint64_t done, uint64_t total, uint64_t records)
{
    (void)records;
    cli_progress *p = ctx;
    if (!total)
        return 0; /* nothing to scale by (yet): cli_progress_finish() draws the end */
    if (total != p->total)
        p->last_permille = -1; /* a new scale: redraw */
    p->total = total;
    cli_progress_update(p, done);
    return 0;
}

void cli_progress_abort(cli_progress *p)
{
    if (!p->active)
        return;
    if (p->last_permille >= 0) /* something was drawn: end its line as it stands */
        fputc('\n', p->f);
    fflush(p->f);
    p->active = false;
}

void cli_progress_finish(cli_progress *p)
{
    if (!p->active)
        return;
    cli_progress_update(p, p->total);
    fputc('\n', p->f);
    fflush(p->f);
    p->active = false;
}
