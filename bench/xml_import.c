/*
 * Benchmark: import of N auctioneers (default 100,000) from a <registry> XML
 * file into an empty file-backed registry, with auctreg_xml_import_file().
 *
 * Workload (written down in docs/xml.md and bench/README.md): 1,000
 * enterprises in 31 provinces; N auctioneers, each with a name, personal
 * data (name, gender, ID type, a valid resident ID number, birth date, phone),
 * two imported registration years and one membership year in three; one
 * year's rules. The document is generated first (not timed); the import runs
 * in a child process so that its peak resident memory (ru_maxrss) is measured
 * alone. Then the registry is exported to a file (timed) as a cross-check.
 *
 *   build/bench/bench_xml_import [auctioneers] [--dir DIR] [--max-rss-mib M]
 * --dir keeps the files in DIR; --max-rss-mib makes the run fail (exit 3)
 * when the import's peak resident memory exceeds M MiB (used by ctest).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "auctreg.h"

static const char uscc_chars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* A valid Unified Social Credit Code for enterprise k. */
static void make_uscc(int k, char out[19])
{
    char tmp[48];
    snprintf(tmp, sizeof tmp, "91%02d0100MA%07d", 11 + k % 31, k % 10000000);
    memcpy(out, tmp, 17);
    int sum = 0, w = 1;
    for (int i = 0; i < 17; i++) {
        sum += (int)(strchr(uscc_chars, out[i]) - uscc_chars) * w;
        w = w * 3 % 31;
    }
    out[17] = uscc_chars[(31 - sum % 31) % 31];
    out[18] = '\0';
}

/* A valid resident ID number (area 110101, a birth date, a sequence) for auctioneer i. */
static void make_id(int i, char out[19], char birth[11], int *female)
{
    int y = 1950 + i % 50, m = 1 + i % 12, d = 1 + i % 28, seq = i % 1000;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "110101%04d%02d%02d%03d", y, m, d, seq);
    memcpy(out, tmp, 17);
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    memcpy(birth, tmp, 11);
    *female = seq % 2 == 0;
    static const int wt[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int k = 0; k < 17; k++)
        sum += (out[k] - '0') * wt[k];
    out[17] = "10X98765432"[sum % 11];
    out[18] = '\0';
}

static int generate(const char *path, int n)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<registry xmlns=\"urn:auctreg:1\" version=\"1\">\n"
          "  <enterprises>\n", f);
    char uscc[19];
    for (int k = 0; k < 1000; k++) {
        make_uscc(k, uscc);
        fprintf(f, "    <enterprise uscc=\"%s\" province=\"%d\"><name>示例拍卖有限公司%d</name></enterprise>\n",
                uscc, 11 + k % 31, k);
    }
    fputs("  </enterprises>\n  <auctioneers>\n", f);
    static const char *const given[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"};
    for (int i = 0; i < n; i++) {
        char id[19], birth[11];
        int female;
        make_id(i, id, birth, &female);
        make_uscc(i % 1000, uscc);
        fprintf(f,
                "    <auctioneer mgmt_no=\"%07d\" enterprise=\"%s\">\n"
                "      <name>王%s%s</name>\n"
                "      <person><name>王%s%s</name><gender>%d</gender><id_type>resident_id</id_type>"
                "<id_number>%s</id_number><birth_date>%s</birth_date><phone>139%08d</phone></person>\n"
                "      <registration year=\"2023\"/>\n      <registration year=\"2024\"/>\n",
                1000000 + i, uscc, given[i % 10], given[(i / 10) % 10], given[i % 10], given[(i / 10) % 10],
                female ? 2 : 1, id, birth, i);
        if (i % 3 == 0)
            fputs("      <membership year=\"2025\"/>\n", f);
        fputs("    </auctioneer>\n", f);
    }
    fputs("  </auctioneers>\n  <rules year=\"2026\">\n    <membership_fee_fen>100000</membership_fee_fen>\n"
          "    <ce_min_tenths>450</ce_min_tenths>\n  </rules>\n</registry>\n", f);
    return fclose(f);
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "%s: %s (%s: %s)\n", what, auctreg_status_name(auctreg_error_code()), auctreg_error_reason(),
            auctreg_error_message_lang(AUCTREG_LANG_EN));
    exit(1);
}

int main(int argc, char **argv)
{
    int n = 100000;
    double max_rss = 0;
    const char *keep = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            keep = argv[++i];
        else if (strcmp(argv[i], "--max-rss-mib") == 0 && i + 1 < argc)
            max_rss = atof(argv[++i]);
        else
            n = atoi(argv[i]);
    }
    char dir[256];
    if (keep) {
        snprintf(dir, sizeof dir, "%s", keep);
        mkdir(dir, 0700);
    } else {
        snprintf(dir, sizeof dir, "/tmp/auctreg-bench-XXXXXX");
        if (!mkdtemp(dir))
            return 1;
    }
    char xml[300], db[300], out[300];
    snprintf(xml, sizeof xml, "%s/auctioneers.xml", dir);
    snprintf(db, sizeof db, "%s/registry.db", dir);
    snprintf(out, sizeof out, "%s/export.xml", dir);
    remove(db);
    if (n <= 0 || generate(xml, n) != 0) {
        fprintf(stderr, "cannot write %s\n", xml);
        return 1;
    }
    struct stat st;
    stat(xml, &st);
    printf("document: %d auctioneers, 1000 enterprises, %.1f MiB\n", n, (double)st.st_size / 1048576.0);

    /* The import, alone in a child process. */
    double t0 = seconds();
    pid_t pid = fork();
    if (pid == 0) {
        auctreg_registry *r = NULL;
        size_t records = 0;
        if (auctreg_registry_open(&r, db, NULL))
            die("open");
        if (auctreg_xml_import_file(r, AUCTREG_ROLE_ADMIN, "bench", xml, &records))
            die("import");
        auctreg_registry_close(r);
        _exit(records == (size_t)n + 1001 ? 0 : 2);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "the import failed (status %d)\n", status);
        return 1;
    }
    double t_import = seconds() - t0;
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    printf("import:  %.2f s (%.0f auctioneers/s), peak RSS %.1f MiB\n", t_import, n / t_import,
           (double)ru.ru_maxrss / 1024.0);

    /* Cross-check: everything is there, exported as a stream. */
    auctreg_registry *r = NULL;
    if (auctreg_registry_open(&r, db, NULL))
        die("open");
    int practising = 0;
    char last[16];
    snprintf(last, sizeof last, "%07d", 1000000 + n - 1);
    if (auctreg_registry_is_practising(r, last, 2024, &practising) || !practising)
        die("check");
    auctreg_xml_export_options o;
    auctreg_xml_export_options_init(&o, AUCTREG_XML_EXPORT_OPTIONS_VERSION);
    o.what = AUCTREG_XML_EXPORT_MASTER;
    t0 = seconds();
    if (auctreg_xml_export_file(r, AUCTREG_ROLE_ADMIN, "bench", &o, out))
        die("export");
    double t_export = seconds() - t0;
    stat(out, &st);
    printf("export:  %.2f s (master data, %.1f MiB)\n", t_export, (double)st.st_size / 1048576.0);
    auctreg_registry_close(r);
    if (!keep) {
        remove(xml);
        remove(out);
        remove(db);
        char side[320];
        snprintf(side, sizeof side, "%s-wal", db);
        remove(side);
        snprintf(side, sizeof side, "%s-shm", db);
        remove(side);
        rmdir(dir);
    }
    if (max_rss > 0 && (double)ru.ru_maxrss / 1024.0 > max_rss) {
        fprintf(stderr, "peak RSS %.1f MiB exceeds %.1f MiB\n", (double)ru.ru_maxrss / 1024.0, max_rss);
        return 3;
    }
    return 0;
}
