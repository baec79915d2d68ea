/*
 * Throughput of resident ID number validation through the public API
 * (auctreg_validate_id_number), on one core.
 *
 *   build/bench/bench_idcheck [iterations]
 *
 * Prints validations per second for valid numbers (the allocation-free path
 * the target of >= 10 million/s applies to), for legacy 15-digit
 * numbers, and for invalid numbers (which also record the error detail).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auctreg.h"

#define POOL 4096

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint32_t rng_state = 12345u;
static uint32_t rnd(uint32_t n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) % n;
}

/* Random valid 18-character ID: the check character is whichever one the library accepts. */
static void make_valid(char out[19])
{
    static const int provinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                    42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
    for (;;) {
        snprintf(out, 19, "%02d%02u%02u%04u%02u%02u%03u", provinces[rnd(31)], 1 + rnd(20), 1 + rnd(30),
                 1940 + rnd(65), 1 + rnd(12), 1 + rnd(28), rnd(1000));
        for (const char *c = "0123456789X"; *c; c++) {
            out[17] = *c;
            out[18] = '\0';
            if (auctreg_validate_id_number("resident_id", out, "2024-06-30", NULL) == 0)
                return;
        }
    }
}

static double run(char (*pool)[19], long iters, int expect_ok, long *ok_count)
{
    long ok = 0;
    double t0 = now_s();
    for (long i = 0; i < iters; i++)
        ok += auctreg_validate_id_number("resident_id", pool[i & (POOL - 1)], "2024-06-30", NULL) == 0;
    double t = now_s() - t0;
    *ok_count = ok;
    if ((expect_ok && ok != iters) || (!expect_ok && ok != 0)) {
        fprintf(stderr, "unexpected results: %ld of %ld accepted\n", ok, iters);
        exit(1);
    }
    return (double)iters / t;
}

int main(int argc, char **argv)
{
    long iters = argc > 1 ? atol(argv[1]) : 50000000L;
    static char valid[POOL][19], legacy[POOL][19], invalid[POOL][19];
    for (int i = 0; i < POOL; i++) {
        make_valid(valid[i]);
        /* 15-digit form of a 19xx number: drop the century and the check character */
        do
            make_valid(legacy[i]);
        while (legacy[i][6] != '1' || legacy[i][7] != '9');
        memmove(legacy[i] + 6, legacy[i] + 8, 9);
        legacy[i][15] = '\0';
        memcpy(invalid[i], valid[i], 19);
        invalid[i][rnd(17)] ^= 1; /* one changed digit: wrong check character (or date) */
    }
    long ok;
    double r_valid = run(valid, iters, 1, &ok);
    double r_legacy = run(legacy, iters / 2, 1, &ok);
    double r_invalid = run(invalid, iters / 10, 0, &ok);
    printf("valid 18-character IDs : %6.1f million validations/s\n", r_valid / 1e6);
    printf("legacy 15-digit IDs    : %6.1f million validations/s\n", r_legacy / 1e6);
    printf("invalid IDs (error set): %6.1f million validations/s\n", r_invalid / 1e6);
    return 0;
}
