/* Registry handle: options, open/close, clock, transactions, rules storage. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "registry/registry_internal.h"

#define BUSY_DEFAULT_MS 5000
#define BUSY_MAX_MS 3600000

int auctreg_registry_options_init(auctreg_registry_options *opts, unsigned int version)
{
    if (!opts)
        return auctreg__null_arg("auctreg_registry_options_init", "opts");
    int rc = auctreg__options_version(version, AUCTREG_REGISTRY_OPTIONS_VERSION);
    if (rc)
        return rc;
    memset(opts, 0, sizeof *opts);
    opts->version = version;
    opts->busy_timeout_ms = BUSY_DEFAULT_MS;
    opts->utc_offset_minutes = 480;
    return 0;
}

static int64_t wall_clock(void *ctx)
{
    (void)ctx;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts); /* the library's only wall-clock reading */
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int auctreg_registry_open(auctreg_registry **out, const char *path, const auctreg_registry_options *opts)
{
    if (!out || !path)
        return auctreg__null_arg("auctreg_registry_open", !out ? "out" : "path");
    *out = NULL;
    auctreg_registry_options def;
    if (!opts) {
        auctreg_registry_options_init(&def, AUCTREG_REGISTRY_OPTIONS_VERSION);
        opts = &def;
    }
    int vrc = auctreg__options_version(opts->version, AUCTREG_REGISTRY_OPTIONS_VERSION);
    if (vrc)
        return vrc;
    if (opts->busy_timeout_ms < 0 || opts->busy_timeout_ms > BUSY_MAX_MS || opts->utc_offset_minutes < -840 ||
        opts->utc_offset_minutes > 840 || opts->document_max_bytes < 0 || opts->mgmt_no_min_digits < 0 ||
        opts->mgmt_no_max_digits < 0 || opts->mgmt_no_min_digits > 64 || opts->mgmt_no_max_digits > 64)
        return auctreg__fail(AUCTREG_EINVAL, "options.range", "注册库选项超出范围",
                             "a registry option is out of range");
    auctreg_registry *r = auctreg__calloc(1, sizeof *r);
    if (!r)
        return auctreg__oom();
    r->clock = opts->clock ? opts->clock : wall_clock;
    r->clock_ctx = opts->clock_ctx;
    r->utc_offset_min = opts->utc_offset_minutes;
    auctreg_validate_options_init(&r->vopts, AUCTREG_VALIDATE_OPTIONS_VERSION);
    if (opts->mgmt_no_min_digits)
        r->vopts.mgmt_no_min_digits = (unsigned)opts->mgmt_no_min_digits;
    if (opts->mgmt_no_max_digits)
        r->vopts.mgmt_no_max_digits = (unsigned)opts->mgmt_no_max_digits;
    if (opts->document_max_bytes)
        r->vopts.document_max_bytes = opts->document_max_bytes;
    if (r->vopts.mgmt_no_min_digits > r->vopts.mgmt_no_max_digits) {
        auctreg__mfree(r);
        return auctreg__fail(AUCTREG_EINVAL, "options.range", "管理号最少位数大于最多位数",
                             "management number: fewest digits above most digits");
    }
    int rc = auctreg__store_open(&r->st, path, opts->busy_timeout_ms);
    if (rc) {
        auctreg__mfree(r);
        return rc;
    }
    *out = r;
    return 0;
}

void auctreg_registry_close(auctreg_registry *r)
{
    if (!r)
        return;
    auctreg__store_close(&r->st);
    auctreg__mfree(r);
}

int64_t auctreg__registry_now(auctreg_registry *r)
{
    if (r->fixed)
        return r->fixed_base + r->fixed_ticks++;
    return r->clock(r->clock_ctx);
}

void auctreg__registry_today(auctreg_registry *r, int64_t now_us, char out[11])
{
    auctreg__date_from_us(now_us + (int64_t)r->utc_offset_min * 60 * 1000000, out);
}

int auctreg_registry_set_today(auctreg_registry *r, const char *today)
{
    if (!r)
        return auctreg__null_arg("auctreg_registry_set_today", "r");
    if (!today) {
        r->fixed = false;
        return 0;
    }
    int64_t days = auctreg__date_days(today);
    if (days == INT64_MIN)
        return auctreg__fail(AUCTREG_EINVAL, "date.format", "日期格式应为 YYYY-MM-DD：%s",
                             "date must be YYYY-MM-DD: %s", today);
    r->fixed = true;
    r->fixed_base = days * 86400 * INT64_C(1000000) - (int64_t)r->utc_offset_min * 60 * 1000000;
    r->fixed_ticks = 0;
    return 0;
}

const char *auctreg_registry_today(auctreg_registry *r)
{
    if (!r)
        return NULL;
    auctreg__registry_today(r, auctreg__registry_now(r), r->today_buf);
    return r->today_buf;
}

int auctreg_registry_schema_version(auctreg_registry *r)
{
    if (!r)
        return -1;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->st.db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return -1;
    int v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

/* ------------------------------------------------------------------ transactions */

int auctreg__registry_begin(auctreg_registry *r) { return auctreg__store_begin(&r->st, true); }
int auctreg__registry_commit(auctreg_registry *r) { return auctreg__store_commit(&r->st); }
void auctreg__registry_rollback(auctreg_registry *r) { auctreg__store_rollback(&r->st); }
sqlite3 *auctreg__registry_db(auctreg_registry *r) { return r->st.db; }

int auctreg__reg_end(auctreg_registry *r, int rc)
{
    if (rc) {
        auctreg__store_rollback(&r->st);
        return rc;
    }
    return auctreg__store_commit(&r->st);
}

/* ------------------------------------------------------------------ argument helpers */

int auctreg__reg_need_admin(auctreg_role role, const char *what_zh, const char *what_en)
{
    if (role == AUCTREG_ROLE_ADMIN || role == AUCTREG_ROLE_SYSTEM)
        return 0;
    return auctreg__fail(AUCTREG_EDENIED, "registry.role.denied", "只有管理员可以%s%.0s",
                         "%.0sonly an administrator may %s", what_zh, what_en);
}

int auctreg__reg_text_arg(const char *func, const char *name, const char *value, size_t max)
{
    if (!value)
        return auctreg__null_arg(func, name);
    return auctreg__check_text(name, value, max, false);
}

int auctreg__reg_page_args(int64_t offset, int64_t limit)
{
    if (offset < 0 || limit < 1 || limit > AUCTREG_PAGE_MAX)
        return auctreg__fail(AUCTREG_EINVAL, "page.range", "分页参数无效（offset %lld，limit %lld）",
                             "invalid page (offset %lld, limit %lld)", (long long)offset, (long long)limit);
    return 0;
}

int auctreg__reg_year_arg(int year)
{
    if (year < 1900 || year > 9999)
        return auctreg__fail(AUCTREG_EINVAL, "year.range", "年度超出范围：%d", "year out of range: %d", year);
    return 0;
}

/* ------------------------------------------------------------------ rules storage */

/* PRAGMA data_version: a new value means another connection committed in between. */
static int data_version(auctreg_registry *r, int64_t *v)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_DATA_VERSION);
    if (!st)
        return auctreg_error_code();
    int rc = auctreg__store_row(&r->st, st);
    if (rc <= 0)
        return rc ? rc : auctreg__fail(AUCTREG_ESTORAGE, "store.data_version", "无法读取数据库版本",
                                       "cannot read the data version");
    *v = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return 0;
}

static int read_rules(auctreg_registry *r, int year, struct auctreg_rules *out);

/*
 * Every workflow step needs its year's rules: keep the last ones read. The cache is used
 * only by a single-level transaction (inside an outer batch, rules may be uncommitted),
 * dropped by auctreg_registry_set_rules() and by any commit of another connection.
 */
int auctreg__reg_rules(auctreg_registry *r, int year, struct auctreg_rules *out)
{
    if (r->st.depth != 1)
        return read_rules(r, year, out);
    int64_t dv = 0;
    int rc = data_version(r, &dv);
    if (rc)
        return rc;
    if (r->rules_data_version != dv)
        r->rules_cached = 0;
    for (int i = 0; i < r->rules_cached; i++)
        if (r->rules_cache[i].year == year) {
            *out = r->rules_cache[i];
            return 0;
        }
    if ((rc = read_rules(r, year, out)))
        return rc;
    enum { SLOTS = sizeof r->rules_cache / sizeof r->rules_cache[0] };
    int slot = r->rules_cached < SLOTS ? r->rules_cached++ : r->rules_next++ % SLOTS;
    r->rules_cache[slot] = *out;
    r->rules_data_version = dv;
    return 0;
}

static int read_rules(auctreg_registry *r, int year, struct auctreg_rules *out)
{
    auctreg__rules_defaults(out, year);
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_RULES_SEL);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int(st, 1, year);
    int rc = auctreg__store_row(&r->st, st);
    if (rc <= 0)
        return rc; /* 0: none stored, the defaults stand */
    out->fee[AUCTREG_TYPE_RENEWAL] = sqlite3_column_int64(st, 0);
    out->fee[AUCTREG_TYPE_REREGISTRATION] = sqlite3_column_int64(st, 1);
    out->fee[AUCTREG_TYPE_FIRST] = sqlite3_column_int64(st, 2);
    out->membership_fee = sqlite3_column_int64(st, 3);
    out->ce_min_tenths = sqlite3_column_int64(st, 4);
    for (int w = 0; w < AUCTREG_WINDOW_COUNT; w++) {
        const char *o = (const char *)sqlite3_column_text(st, 5 + 2 * w);
        const char *c = (const char *)sqlite3_column_text(st, 6 + 2 * w);
        snprintf(out->opens[w], sizeof out->opens[w], "%s", o ? o : "");
        snprintf(out->closes[w], sizeof out->closes[w], "%s", c ? c : "");
    }
    const void *chain = sqlite3_column_blob(st, 13);
    int n = sqlite3_column_bytes(st, 13);
    memset(out->chain, 0, sizeof out->chain);
    if (chain && n > 0)
        memcpy(out->chain, chain, (size_t)n < sizeof out->chain ? (size_t)n : sizeof out->chain);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return 0;
}

int auctreg_registry_set_rules(auctreg_registry *r, auctreg_role role, const char *actor_id,
                               const auctreg_rules *rules)
{
    if (!r || !rules)
        return auctreg__null_arg("auctreg_registry_set_rules", !r ? "r" : "rules");
    (void)actor_id;
    int rc = auctreg__reg_need_admin(role, "设置年度规则", "set the rules of a year");
    if (rc)
        return rc;
    r->rules_cached = 0;
    if ((rc = auctreg__store_begin(&r->st, true)))
        return rc;
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_RULES_UPSERT);
    if (!st)
        return auctreg__reg_end(r, auctreg_error_code());
    sqlite3_bind_int(st, 1, rules->year);
    sqlite3_bind_int64(st, 2, rules->fee[AUCTREG_TYPE_RENEWAL]);
    sqlite3_bind_int64(st, 3, rules->fee[AUCTREG_TYPE_REREGISTRATION]);
    sqlite3_bind_int64(st, 4, rules->fee[AUCTREG_TYPE_FIRST]);
    sqlite3_bind_int64(st, 5, rules->membership_fee);
    sqlite3_bind_int64(st, 6, rules->ce_min_tenths);
    for (int w = 0; w < AUCTREG_WINDOW_COUNT; w++) {
        sqlite3_bind_text(st, 7 + 2 * w, rules->opens[w], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 8 + 2 * w, rules->closes[w], -1, SQLITE_STATIC);
    }
    sqlite3_bind_blob(st, 15, rules->chain, (int)sizeof rules->chain, SQLITE_STATIC);
    return auctreg__reg_end(r, auctreg__store_exec(&r->st, st));
}

int auctreg_registry_get_rules(auctreg_registry *r, int year, auctreg_rules **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_get_rules", !r ? "r" : "out");
    if (year < 1900 || year > 9999)
        return auctreg__fail(AUCTREG_EINVAL, "rules.year.range", "注册年度超出范围：%d",
                             "registration year out of range: %d", year);
    struct auctreg_rules tmp;
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    rc = auctreg__reg_end(r, auctreg__reg_rules(r, year, &tmp));
    if (rc)
        return rc;
    return auctreg_rules_dup(out, &tmp);
}
