/*
 * 'season' workload on libauctreg (public API only): bench/season/README.md.
 *
 * Usage: bench_season N DB_PATH
 * One registration season of N auctioneers, the same plan, requests and
 * transactions as the peers and the SQLite floor (bench/season/), expressed
 * through the registry's API: every request is one registry call, which is one
 * transaction with the library's authorisation, validation, workflow and audit
 * switched on. The library opens the database in WAL mode with
 * synchronous=NORMAL and foreign keys on (src/store/store.c), as the floor does.
 *
 * Prints `season N=<n> ops=<ops> seconds=<s> ops_per_s=<r>`; exit 1 when the
 * verification (through the public read API) does not match the plan.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <auctreg.h>

#define YEAR 2027
#define TODAY "2026-11-28" /* registrations are for next year: 2027 */
#define MEMBERSHIP_FEN 100000
#define AGREE "同意"
#define REJECT_OPINION "继续教育记录需补正"
static const char *const SUBJECTS[9] = {"real_estate", "equipment", "motor_vehicle", "equity",
                                        "consumer_goods", "art", "agricultural", "mixed", "other"};
static const char *const CE_ITEMS[3] = {"拍卖法律法规更新", "拍卖实务与职业道德", "行业新业态专题"};
static const int CE_FULL[3] = {160, 150, 150}, CE_SHORT[3] = {140, 130, 130};
#define CE_FIX_ITEM "行业新业态专题（补正）"
#define CE_FIX_TENTHS 170
/* The 31 provincial-level divisions of GB/T 2260; the plan's province p (1..31) is PROVINCES[p - 1]. */
static const int PROVINCES[31] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                  42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};

/* ---- deterministic workload plan (identical in every implementation) ---- */
static int N, E;
static uint32_t h32(uint32_t x)
{
    x = ((x >> 16) ^ x) * 0x45D9F3Bu;
    x = ((x >> 16) ^ x) * 0x45D9F3Bu;
    return (x >> 16) ^ x;
}
static int pct(int i, int salt) { return (int)(h32((uint32_t)i * 8u + (uint32_t)salt) % 100u); }
static int ent(int i) { return i % E; }
static int preparing(int e) { return e % 100 < 3; }
static int province(int e) { return PROVINCES[e % 31]; }
static auctreg_app_type app_type(int i)
{
    int p = pct(i, 1);
    return p < 70 ? AUCTREG_TYPE_RENEWAL : p < 90 ? AUCTREG_TYPE_REREGISTRATION : AUCTREG_TYPE_FIRST;
}
static int short_ce(int i) { return pct(i, 1) < 2; }
static int consent(int i) { return preparing(ent(i)) && pct(i, 3) < 50; }
static int refused(int i) { return short_ce(i) || (preparing(ent(i)) && !consent(i)); }
static int member(int i) { return pct(i, 4) < 30; }
static int dup_payment(int i) { return pct(i, 5) < 10; }
static int reject(int i) { return pct(i, 6) < 5; }

/* ---- identities: valid management numbers and USCCs ---- */
#define NO_MAX 12 /* 7 digits while N <= 9999999 */
static void mgmt_no(int i, char out[NO_MAX]) { snprintf(out, NO_MAX, "%07d", i + 1); }

/* GB 32100-2015: 17 characters + a check character (weights 3^k mod 31). */
static void uscc(int e, char out[19])
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    unsigned sum = 0, w = 1;
    char tmp[32];
    snprintf(tmp, sizeof tmp, "91%02d0000MA%07d", province(e), e + 1);
    memcpy(out, tmp, 17);
    for (int k = 0; k < 17; k++, w = w * 3 % 31)
        sum += (unsigned)(strchr(alphabet, out[k]) - alphabet) * w;
    out[17] = alphabet[(31 - sum % 31) % 31];
    out[18] = 0;
}
static void province_actor(int i, char out[3]) { snprintf(out, 3, "%02d", province(ent(i))); }

/* ---- plumbing ---- */
static auctreg_registry *reg;
static long ops;

static void die(int rc, const char *what, long long id)
{
    fprintf(stderr, "season: %s (%lld): %s [%s] %s\n", what, id, auctreg_status_name(rc), auctreg_error_reason(),
            auctreg_error_message());
    for (size_t k = 0; k < auctreg_error_problem_count(); k++)
        fprintf(stderr, "  %s: %s\n", auctreg_error_problem_field(k), auctreg_error_problem_reason(k));
    exit(2);
}
#define MUST(call, what, id)                                                                                         \
    do {                                                                                                             \
        int rc_ = (call);                                                                                            \
        if (rc_)                                                                                                     \
            die(rc_, what, (long long)(id));                                                                         \
    } while (0)

/* The personal data a first registration needs (R6): the manual's sample person. */
static auctreg_person *sample_person(int i)
{
    static const struct {
        auctreg_person_field f;
        const char *v;
    } vals[] = {
        {AUCTREG_PERSON_NAME, "王蓓"}, {AUCTREG_PERSON_GENDER, "2"}, {AUCTREG_PERSON_ID_TYPE, "resident_id"},
        {AUCTREG_PERSON_ID_NUMBER, "410103198007250027"}, {AUCTREG_PERSON_ID_VALID_UNTIL, "2030-07-25"},
        {AUCTREG_PERSON_BIRTH_DATE, "1980-07-25"}, {AUCTREG_PERSON_WORK_START_DATE, "2005-03-01"},
        {AUCTREG_PERSON_POLITICAL_STATUS, "13"}, {AUCTREG_PERSON_ETHNICITY, "01"},
        {AUCTREG_PERSON_NATIONALITY, "CHN"}, {AUCTREG_PERSON_EDUCATION, "21"},
        {AUCTREG_PERSON_POSTAL_CODE, "450000"}, {AUCTREG_PERSON_PHONE, "13800138000"},
        {AUCTREG_PERSON_EMAIL, "wangbei@example.com"}, {AUCTREG_PERSON_RESIDENCE_CITY, "410100"},
        {AUCTREG_PERSON_RESIDENCE_COUNTY, "410103"}, {AUCTREG_PERSON_ADDRESS, "河南省郑州市二七区大学路 1 号"},
    };
    auctreg_person *p = NULL;
    char no[NO_MAX];
    mgmt_no(i, no);
    MUST(auctreg_person_new(&p), "person", i);
    for (size_t k = 0; k < sizeof vals / sizeof vals[0]; k++)
        MUST(auctreg_person_set(p, vals[k].f, vals[k].v), "person", i);
    MUST(auctreg_person_set(p, AUCTREG_PERSON_MGMT_NO, no), "person", i);
    return p;
}

/* The form the applicant posts: practice and CE records, the consent document; `fixed` = CE corrected. */
static auctreg_application *content(int i, int fixed)
{
    const int *hours = short_ce(i) ? CE_SHORT : CE_FULL;
    auctreg_application *a = NULL;
    MUST(auctreg_application_new(&a), "content", i);
    MUST(auctreg_application_practice_add(a, 5 + i % 20, SUBJECTS[i % 9], (100 + i % 900) * (int64_t)10000),
         "practice", i);
    MUST(auctreg_application_practice_add(a, 1 + i % 7, SUBJECTS[(i + 4) % 9], (20 + i % 300) * (int64_t)10000),
         "practice", i);
    for (int k = 0; k < 3; k++)
        MUST(auctreg_application_ce_add(a, fixed && k == 2 ? CE_FIX_ITEM : CE_ITEMS[k],
                                        fixed && k == 2 ? CE_FIX_TENTHS : hours[k]),
             "ce", i);
    if (consent(i)) {
        char file[40], sha[65];
        snprintf(file, sizeof file, "consent-PM%06d.pdf", i + 1);
        for (int k = 0; k < 8; k++)
            snprintf(sha + 8 * k, 9, "%08" PRIx32, h32((uint32_t)(i * 8 + k)));
        MUST(auctreg_application_document_add_meta(a, "consent", file, "application/pdf", 102400 + i % 1000, sha),
             "document", i);
    }
    return a;
}

/* ---- setup (untimed): master data, past registrations, the year's rules ---- */
static void setup(void)
{
    char id[19], no[NO_MAX], name[64];
    auctreg_rules *rules = NULL;
    MUST(auctreg_rules_new(&rules, YEAR), "rules", YEAR);
    MUST(auctreg_rules_set_fee(rules, AUCTREG_TYPE_RENEWAL, 1000), "rules", YEAR);
    MUST(auctreg_rules_set_fee(rules, AUCTREG_TYPE_REREGISTRATION, 1000), "rules", YEAR);
    MUST(auctreg_rules_set_fee(rules, AUCTREG_TYPE_FIRST, 2000), "rules", YEAR);
    MUST(auctreg_rules_set_membership_fee(rules, MEMBERSHIP_FEN), "rules", YEAR);
    for (int p = 0; p < 31; p++) /* the plan reviews at three levels everywhere */
        MUST(auctreg_rules_set_chain(rules, PROVINCES[p], AUCTREG_CHAIN_FULL), "rules", PROVINCES[p]);
    MUST(auctreg_registry_set_rules(reg, AUCTREG_ROLE_ADMIN, "admin", rules), "set_rules", YEAR);
    auctreg_rules_free(rules);
    for (int e = 0; e < E; e++) {
        uscc(e, id);
        snprintf(name, sizeof name, "拍卖企业%d", e + 1);
        MUST(auctreg_registry_put_enterprise(reg, AUCTREG_ROLE_ADMIN, "admin", id, name, province(e),
                                             preparing(e) ? AUCTREG_ENTERPRISE_PREPARING : AUCTREG_ENTERPRISE_ACTIVE,
                                             NULL),
             "put_enterprise", e);
    }
    for (int i = 0; i < N; i++) {
        auctreg_app_type t = app_type(i);
        auctreg_person *p = t == AUCTREG_TYPE_FIRST ? sample_person(i) : NULL;
        mgmt_no(i, no);
        uscc(ent(i), id);
        snprintf(name, sizeof name, "拍卖师%d", i + 1);
        MUST(auctreg_registry_put_auctioneer(reg, AUCTREG_ROLE_ADMIN, "admin", no, name, id, p), "put_auctioneer", i);
        auctreg_person_free(p);
        /* R1: practising this year -> renewal; registered earlier only -> re-registration; never -> first */
        if (t != AUCTREG_TYPE_FIRST)
            MUST(auctreg_registry_import_registration_year(reg, AUCTREG_ROLE_ADMIN, "admin", no,
                                                           t == AUCTREG_TYPE_RENEWAL ? YEAR - 1 : YEAR - 3),
                 "import_registration_year", i);
    }
}

/* ---- the season (timed) ---- */
static int64_t *ids, *ver;
static char (*refs)[32]; /* the payment order of each application, as the gateway redelivers it */

static void create_draft(int i)
{
    char no[NO_MAX];
    auctreg_application *c = content(i, 0);
    mgmt_no(i, no);
    ops++;
    MUST(auctreg_registry_create_application(reg, AUCTREG_ROLE_APPLICANT, no, c, &ids[i]), "create", i);
    auctreg_application_free(c);
    ver[i] = 1;
}

/* 1 = submitted; 0 = refused by a submission guard (R3 CE minimum, R4 consent), nothing changed */
static int submit(int i)
{
    char no[NO_MAX];
    mgmt_no(i, no);
    ops++;
    int rc = auctreg_registry_submit(reg, AUCTREG_ROLE_APPLICANT, no, ids[i], ver[i], &ver[i]);
    if (rc == 0)
        return 1;
    if (rc != AUCTREG_EINVAL || auctreg_error_problem_count() == 0)
        die(rc, "submit", i);
    for (size_t k = 0; k < auctreg_error_problem_count(); k++) {
        const char *why = auctreg_error_problem_reason(k);
        if (strcmp(why, "ce.hours.insufficient") != 0 && strcmp(why, "enterprise.preparing.consent_missing") != 0)
            die(rc, "submit refused for an unplanned reason", i);
    }
    return 0;
}

static int64_t plan_amount(int i)
{
    return member(i) ? MEMBERSHIP_FEN : app_type(i) == AUCTREG_TYPE_FIRST ? 2000 : 1000;
}

/* The portal's payment page: the fee choice and its payment order, one request. */
static void choose_fee(int i)
{
    char no[NO_MAX], *ref = NULL;
    int64_t amount = 0;
    mgmt_no(i, no);
    ops++;
    MUST(auctreg_registry_choose_fee_and_order(reg, AUCTREG_ROLE_APPLICANT, no, ids[i], ver[i],
                                               member(i) ? AUCTREG_FEE_MEMBERSHIP : AUCTREG_FEE_REGISTRATION, "王蓓",
                                               "payer@example.com", "13800138000", AUCTREG_CHANNEL_WECHAT, NULL,
                                               &ref, &amount, &ver[i]),
         "choose_fee_and_order", i);
    if (!ref || amount != plan_amount(i))
        die(0, "amount due differs from the plan", i);
    snprintf(refs[i], sizeof refs[i], "%s", ref);
    auctreg_free(ref);
}
static void txn_id(int i, char out[32]) { snprintf(out, 32, "PAY%d-%08lld", YEAR, (long long)ids[i]); }

/* returns `already` (1 for a repeated delivery, which changes nothing) */
static int confirm(int i, const char *ref, int64_t amount)
{
    char txn[32];
    int already = 0;
    txn_id(i, txn);
    ops++;
    MUST(auctreg_registry_confirm_payment(reg, AUCTREG_ROLE_SYSTEM, "gateway", ref, txn, amount, &already, NULL),
         "confirm_payment", i);
    if (!already)
        ver[i]++;
    return already;
}

static void decide(int i, auctreg_level level, int approve)
{
    char no[24];
    auctreg_role role = level == AUCTREG_LEVEL_ENTERPRISE ? AUCTREG_ROLE_ENTERPRISE
                        : level == AUCTREG_LEVEL_PROVINCE ? AUCTREG_ROLE_PROVINCE
                                                          : AUCTREG_ROLE_NATIONAL;
    if (level == AUCTREG_LEVEL_ENTERPRISE)
        uscc(ent(i), no);
    else if (level == AUCTREG_LEVEL_PROVINCE)
        province_actor(i, no);
    else
        strcpy(no, "0");
    ops++;
    MUST(approve ? auctreg_registry_approve(reg, role, no, ids[i], ver[i], level, AGREE, &ver[i])
                 : auctreg_registry_reject(reg, role, no, ids[i], ver[i], level, REJECT_OPINION, &ver[i]),
         approve ? "approve" : "reject", i);
}

static void edit_ce(int i)
{
    char no[NO_MAX];
    auctreg_application *c = content(i, 1);
    auctreg_person *p = app_type(i) == AUCTREG_TYPE_FIRST ? sample_person(i) : NULL;
    mgmt_no(i, no);
    MUST(auctreg_application_set_int(c, AUCTREG_APP_ID, ids[i]), "edit", i);
    MUST(auctreg_application_set_int(c, AUCTREG_APP_VERSION, ver[i]), "edit", i);
    MUST(auctreg_application_set_person(c, p), "edit", i);
    ops++;
    MUST(auctreg_registry_save_application(reg, AUCTREG_ROLE_APPLICANT, no, c, &ver[i]), "save_application", i);
    auctreg_person_free(p);
    auctreg_application_free(c);
}

static void resubmit(int i)
{
    char no[NO_MAX];
    mgmt_no(i, no);
    ops++;
    MUST(auctreg_registry_resubmit(reg, AUCTREG_ROLE_APPLICANT, no, ids[i], ver[i], &ver[i]), "resubmit", i);
}

static void season(void)
{
    int *acc = malloc(sizeof *acc * (size_t)N), *rej = malloc(sizeof *rej * (size_t)N), na = 0, nr = 0;
    if (!acc || !rej)
        exit(2);
    for (int i = 0; i < N; i++)
        create_draft(i);
    for (int i = 0; i < N; i++)
        if (submit(i))
            acc[na++] = i;
    for (int k = 0; k < na; k++)
        choose_fee(acc[k]);
    for (int k = 0; k < na; k++)
        if (confirm(acc[k], refs[acc[k]], plan_amount(acc[k])))
            die(0, "payment treated as a duplicate", acc[k]);
    for (int k = 0; k < na; k++)
        if (dup_payment(acc[k]) && !confirm(acc[k], refs[acc[k]], plan_amount(acc[k])))
            die(0, "duplicate payment applied", acc[k]);
    for (int k = 0; k < na; k++)
        decide(acc[k], AUCTREG_LEVEL_ENTERPRISE, 1);
    for (int k = 0; k < na; k++) {
        if (reject(acc[k])) {
            decide(acc[k], AUCTREG_LEVEL_PROVINCE, 0);
            rej[nr++] = acc[k];
        } else {
            decide(acc[k], AUCTREG_LEVEL_PROVINCE, 1);
        }
    }
    for (int k = 0; k < nr; k++)
        edit_ce(rej[k]);
    for (int k = 0; k < nr; k++)
        resubmit(rej[k]);
    for (int k = 0; k < nr; k++)
        decide(rej[k], AUCTREG_LEVEL_ENTERPRISE, 1);
    for (int k = 0; k < nr; k++)
        decide(rej[k], AUCTREG_LEVEL_PROVINCE, 1);
    for (int k = 0; k < na; k++)
        decide(acc[k], AUCTREG_LEVEL_NATIONAL, 1);
    free(acc);
    free(rej);
}

/* ---- verification (untimed), through the public read API ---- */
static int check(const char *name, int64_t got, int64_t want)
{
    if (got == want)
        return 1;
    fprintf(stderr, "VERIFY FAILED %s: got %lld want %lld\n", name, (long long)got, (long long)want);
    return 0;
}

static int64_t count_state(int state)
{
    auctreg_rows *rows = NULL;
    MUST(auctreg_registry_queue(reg, AUCTREG_ROLE_NATIONAL, "0", YEAR, 0, state, 0, 1, &rows), "queue", state);
    int64_t n = auctreg_rows_total(rows);
    auctreg_rows_free(rows);
    return n;
}

static int verify(void)
{
    int64_t a = 0, j = 0, d = 0, m = 0, r, other = 0, audit_rows = 0, payments = 0, versions = 0, members = 0,
            paid = 0, bad_order = 0, leaks = 0;
    int ok = 1;
    for (int i = 0; i < N; i++)
        if (!refused(i)) {
            a++;
            j += reject(i);
            d += dup_payment(i);
            m += member(i);
        }
    r = N - a;
    for (int s = AUCTREG_STATE_DRAFT; s <= AUCTREG_STATE_WITHDRAWN; s++)
        if (s != AUCTREG_STATE_DRAFT && s != AUCTREG_STATE_APPROVED)
            other += count_state(s);
    ok &= check("states other than approved/draft", other, 0);
    ok &= check("final state approved", count_state(AUCTREG_STATE_APPROVED), a);
    ok &= check("final state draft", count_state(AUCTREG_STATE_DRAFT), r);
    ok &= check("ops", ops, 2 * (int64_t)N + 5 * a + d + 4 * j);
    char *prep = calloc((size_t)E, 1);
    char id[19];
    if (!prep)
        exit(2);
    for (int e = 0; e < E; e++) {
        int status = 0;
        uscc(e, id);
        MUST(auctreg_registry_get_enterprise(reg, id, NULL, NULL, &status), "get_enterprise", e);
        prep[e] = status == AUCTREG_ENTERPRISE_PREPARING;
    }
    for (int i = 0; i < N; i++) {
        auctreg_application *app = NULL;
        auctreg_rows *rows = NULL;
        MUST(auctreg_registry_get_application(reg, AUCTREG_ROLE_NATIONAL, "0", ids[i], &app), "get_application", i);
        int64_t state = auctreg_application_get_int(app, AUCTREG_APP_STATE);
        int64_t choice = auctreg_application_get_int(app, AUCTREG_APP_FEE_CHOICE);
        int64_t pay = auctreg_application_get_int(app, AUCTREG_APP_PAY_STATUS);
        int64_t type = auctreg_application_get_int(app, AUCTREG_APP_TYPE);
        versions += auctreg_application_get_int(app, AUCTREG_APP_VERSION);
        members += choice == AUCTREG_FEE_MEMBERSHIP && pay == AUCTREG_PAY_MEMBER_EXEMPT &&
                   auctreg_application_get_int(app, AUCTREG_APP_FEE_DUE_FEN) == MEMBERSHIP_FEN;
        paid += choice == AUCTREG_FEE_REGISTRATION && pay == AUCTREG_PAY_PAID;
        if (state != AUCTREG_STATE_DRAFT &&
            ((type != AUCTREG_TYPE_FIRST && auctreg_application_ce_total_tenths(app) < 450) ||
             (prep[ent(i)] && auctreg_application_document_find(app, "consent") < 0)))
            leaks++;
        MUST(auctreg_registry_audit(reg, AUCTREG_ROLE_NATIONAL, "0", ids[i], 0, AUCTREG_PAGE_MAX, &rows), "audit", i);
        audit_rows += auctreg_rows_total(rows);
        if (state == AUCTREG_STATE_APPROVED) {
            int64_t at[3] = {0, 0, 0}, last[3] = {0, 0, 0};
            for (int l = 0; l < 3; l++)
                auctreg_application_review(app, (auctreg_level)l, NULL, NULL, &at[l]);
            for (size_t k = 0; k < auctreg_rows_count(rows); k++) {
                int64_t to = auctreg_rows_get_int(rows, k, AUCTREG_AUDIT_TO);
                int64_t aid = auctreg_rows_get_int(rows, k, AUCTREG_AUDIT_ID);
                if (to == AUCTREG_STATE_PROVINCE_REVIEW)
                    last[0] = aid;
                else if (to == AUCTREG_STATE_NATIONAL_REVIEW)
                    last[1] = aid;
                else if (to == AUCTREG_STATE_APPROVED)
                    last[2] = aid;
            }
            if (!(at[0] && at[1] && at[2] && at[0] <= at[1] && at[1] <= at[2] && last[0] && last[0] < last[1] &&
                  last[1] < last[2]))
                bad_order++;
        }
        auctreg_rows_free(rows);
        MUST(auctreg_registry_list_payment_orders(reg, AUCTREG_ROLE_NATIONAL, "0", ids[i], 0, AUCTREG_PAGE_MAX,
                                                  &rows),
             "list_payment_orders", i);
        for (size_t k = 0; k < auctreg_rows_count(rows); k++)
            payments += auctreg_rows_get_int(rows, k, AUCTREG_ORDER_STATUS) == AUCTREG_ORDER_PAID;
        auctreg_rows_free(rows);
        auctreg_application_free(app);
    }
    free(prep);
    ok &= check("audit rows", audit_rows, N + 6 * a + 3 * j);
    ok &= check("payments", payments, a);
    ok &= check("sum(version)", versions, r + 7 * (a - j) + 11 * j);
    ok &= check("membership", members, m);
    ok &= check("registration paid", paid, a - m);
    ok &= check("level order violations", bad_order, 0);
    ok &= check("guard leaks", leaks, 0);
    return ok;
}

int main(int argc, char **argv)
{
    const char *path = argc > 2 ? argv[2] : "season_auctreg.db";
    char buf[1024];
    struct timespec t0, t1;
    N = argc > 1 ? atoi(argv[1]) : 20000;
    if (N < 20 || N > 9999999) {
        fprintf(stderr, "N must be 20..9999999\n");
        return 2;
    }
    E = N / 20;
    for (const char *const *sfx = (const char *const[]){"", "-wal", "-shm", NULL}; *sfx; sfx++) {
        snprintf(buf, sizeof buf, "%s%s", path, *sfx);
        remove(buf);
    }
    ids = calloc((size_t)N, sizeof *ids);
    ver = calloc((size_t)N, sizeof *ver);
    refs = calloc((size_t)N, sizeof *refs);
    if (!ids || !ver || !refs)
        return 2;
    MUST(auctreg_registry_open(&reg, path, NULL), "open", 0);
    MUST(auctreg_registry_set_today(reg, TODAY), "set_today", 0);
    setup();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    season();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double dt = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    int ok = verify();
    printf("season N=%d ops=%ld seconds=%.3f ops_per_s=%.0f\n", N, ops, dt, (double)ops / dt);
    auctreg_registry_close(reg);
    free(ids);
    free(ver);
    free(refs);
    return ok ? 0 : 1;
}
