#!/usr/bin/python3
"""'season' workload on libauctreg through its Python binding (bench/season/README.md).

Usage: PYTHONPATH=<build>/python season.py N DB_PATH
The same plan, requests and transactions as bench/season.c and the peers: every
request is one Registry call, i.e. one transaction with the library's
authorisation, validation, workflow guards and audit. Prints the result line;
exit 1 when the verification (through the public read API) does not match.
"""
import os
import sys
import time

import auctreg
from auctreg import (AppField, AppState, AppType, AuditCol, EnterpriseStatus, FeeChoice, Level, OrderCol,
                     OrderStatus, PayChannel, PayStatus, PersonField, Registry, Role, Rules)

YEAR = 2027
TODAY = '2026-11-28'            # registrations are for next year: 2027
MEMBERSHIP_FEN = 100000
FEES = {AppType.RENEWAL: 1000, AppType.REREGISTRATION: 1000, AppType.FIRST: 2000}
SUBJECTS = ('real_estate', 'equipment', 'motor_vehicle', 'equity', 'consumer_goods',
            'art', 'agricultural', 'mixed', 'other')
CE_ITEMS = ('拍卖法律法规更新', '拍卖实务与职业道德', '行业新业态专题')
CE_FULL, CE_SHORT = (160, 150, 150), (140, 130, 130)
CE_FIX_ITEM, CE_FIX_TENTHS = '行业新业态专题（补正）', 170
AGREE, REJECT_OPINION = '同意', '继续教育记录需补正'
# The 31 provincial-level divisions of GB/T 2260; the plan's province p (1..31) is PROVINCES[p - 1].
PROVINCES = (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
             42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65)
USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
SAMPLE_PERSON = {   # the manual's sample person (R6: a first registration needs it)
    PersonField.NAME: '王蓓', PersonField.GENDER: '2', PersonField.ID_TYPE: 'resident_id',
    PersonField.ID_NUMBER: '410103198007250027', PersonField.ID_VALID_UNTIL: '2030-07-25',
    PersonField.BIRTH_DATE: '1980-07-25', PersonField.WORK_START_DATE: '2005-03-01',
    PersonField.POLITICAL_STATUS: '13', PersonField.ETHNICITY: '01', PersonField.NATIONALITY: 'CHN',
    PersonField.EDUCATION: '21', PersonField.POSTAL_CODE: '450000', PersonField.PHONE: '13800138000',
    PersonField.EMAIL: 'wangbei@example.com', PersonField.RESIDENCE_CITY: '410100',
    PersonField.RESIDENCE_COUNTY: '410103', PersonField.ADDRESS: '河南省郑州市二七区大学路 1 号',
}
GUARD_REASONS = {'ce.hours.insufficient', 'enterprise.preparing.consent_missing'}


# ---- deterministic workload plan (identical in every implementation) ----
def h32(x):
    x &= 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    return (x >> 16) ^ x


def pct(i, salt):
    return h32(i * 8 + salt) % 100


class Plan:
    def __init__(self, n):
        self.n, self.e = n, n // 20

    def ent(self, i): return i % self.e
    def preparing(self, e): return e % 100 < 3
    def province(self, e): return PROVINCES[e % 31]
    def app_type(self, i):
        p = pct(i, 1)
        return AppType.RENEWAL if p < 70 else AppType.REREGISTRATION if p < 90 else AppType.FIRST
    def short_ce(self, i): return pct(i, 1) < 2
    def consent(self, i): return self.preparing(self.ent(i)) and pct(i, 3) < 50
    def refused(self, i): return self.short_ce(i) or (self.preparing(self.ent(i)) and not self.consent(i))
    def member(self, i): return pct(i, 4) < 30
    def dup_payment(self, i): return pct(i, 5) < 10
    def reject(self, i): return pct(i, 6) < 5
    def amount(self, i): return MEMBERSHIP_FEN if self.member(i) else FEES[self.app_type(i)]

    # identities: 7-digit management numbers, USCCs with their GB 32100 check character
    @staticmethod
    def mgmt_no(i): return '%07d' % (i + 1)

    def uscc(self, e):
        body = '91%02d0000MA%07d' % (self.province(e), e + 1)
        s = sum(USCC_ALPHABET.index(c) * pow(3, k, 31) for k, c in enumerate(body))
        return body + USCC_ALPHABET[(31 - s % 31) % 31]


def person(i):
    p = auctreg.Person()
    for f, v in SAMPLE_PERSON.items():
        p.set(f, v)
    p.set(PersonField.MGMT_NO, Plan.mgmt_no(i))
    return p


def content(plan, i, fixed=False):
    """The form the applicant posts: practice and CE records, the consent document."""
    a = auctreg.Application()
    a.practice_add(5 + i % 20, SUBJECTS[i % 9], (100 + i % 900) * 10000)
    a.practice_add(1 + i % 7, SUBJECTS[(i + 4) % 9], (20 + i % 300) * 10000)
    hours = CE_SHORT if plan.short_ce(i) else CE_FULL
    for k in range(3):
        if fixed and k == 2:
            a.ce_add(CE_FIX_ITEM, CE_FIX_TENTHS)
        else:
            a.ce_add(CE_ITEMS[k], hours[k])
    if plan.consent(i):
        sha = ''.join('%08x' % h32(i * 8 + k) for k in range(8))
        a.document_add_meta('consent', 'consent-PM%06d.pdf' % (i + 1), 'application/pdf', 102400 + i % 1000, sha)
    return a


# ---- setup (untimed): master data, past registrations, the year's rules ----
def setup(reg, plan):
    rules = Rules(YEAR)
    for t, fen in FEES.items():
        rules.set_fee(t, fen)
    rules.set_membership_fee(MEMBERSHIP_FEN)
    for p in PROVINCES:                 # the plan reviews at three levels everywhere
        rules.set_chain(p, 7)           # AUCTREG_CHAIN_FULL
    reg.set_rules(Role.ADMIN, 'admin', rules)
    for e in range(plan.e):
        reg.put_enterprise(Role.ADMIN, 'admin', plan.uscc(e), '拍卖企业%d' % (e + 1), plan.province(e),
                           EnterpriseStatus.PREPARING if plan.preparing(e) else EnterpriseStatus.ACTIVE, None)
    for i in range(plan.n):
        t, no = plan.app_type(i), plan.mgmt_no(i)
        reg.put_auctioneer(Role.ADMIN, 'admin', no, '拍卖师%d' % (i + 1), plan.uscc(plan.ent(i)),
                           person(i) if t == AppType.FIRST else None)
        if t != AppType.FIRST:          # R1: renewal = practising this year; re-registration = earlier only
            reg.import_registration_year(Role.ADMIN, 'admin', no, YEAR - 1 if t == AppType.RENEWAL else YEAR - 3)


# ---- the season (timed) ----
class Season:
    def __init__(self, reg, plan):
        self.reg, self.plan, self.ops = reg, plan, 0
        self.ids, self.ver, self.refs = [0] * plan.n, [0] * plan.n, {}

    def create_draft(self, i):
        c = content(self.plan, i)
        self.ops += 1
        self.ids[i] = self.reg.create_application(Role.APPLICANT, Plan.mgmt_no(i), c)
        self.ver[i] = 1

    def submit(self, i):
        """True = submitted; False = refused by a submission guard (R3, R4), nothing changed."""
        self.ops += 1
        try:
            self.ver[i] = self.reg.submit(Role.APPLICANT, Plan.mgmt_no(i), self.ids[i], self.ver[i])
            return True
        except auctreg.InvalidError as e:
            if not e.problems or any(p.reason not in GUARD_REASONS for p in e.problems):
                raise
            return False

    def choose_fee(self, i):
        """The portal's payment page: the fee choice and its payment order, one request."""
        self.ops += 1
        choice = FeeChoice.MEMBERSHIP if self.plan.member(i) else FeeChoice.REGISTRATION
        ref, amount, self.ver[i] = self.reg.choose_fee_and_order(
            Role.APPLICANT, Plan.mgmt_no(i), self.ids[i], self.ver[i], choice,
            '王蓓', 'payer@example.com', '13800138000', PayChannel.WECHAT, None)
        if amount != self.plan.amount(i):
            raise RuntimeError('amount due differs from the plan for %d' % i)
        self.refs[i] = ref

    def confirm(self, i):
        """Gateway callback, idempotent by transaction id; returns True for a repeated delivery."""
        self.ops += 1
        already, _receipt = self.reg.confirm_payment(Role.SYSTEM, 'gateway', self.refs[i],
                                                     'PAY%d-%08d' % (YEAR, self.ids[i]), self.plan.amount(i))
        if not already:
            self.ver[i] += 1
        return bool(already)

    def decide(self, i, level, approve=True):
        plan = self.plan
        if level == Level.ENTERPRISE:
            role, actor = Role.ENTERPRISE, plan.uscc(plan.ent(i))
        elif level == Level.PROVINCE:
            role, actor = Role.PROVINCE, '%02d' % plan.province(plan.ent(i))
        else:
            role, actor = Role.NATIONAL, '0'
        self.ops += 1
        if approve:
            self.ver[i] = self.reg.approve(role, actor, self.ids[i], self.ver[i], level, AGREE)
        else:
            self.ver[i] = self.reg.reject(role, actor, self.ids[i], self.ver[i], level, REJECT_OPINION)

    def edit_ce(self, i):
        c = content(self.plan, i, fixed=True)
        c.set_int(AppField.ID, self.ids[i])
        c.set_int(AppField.VERSION, self.ver[i])
        if self.plan.app_type(i) == AppType.FIRST:
            c.set_person(person(i))
        self.ops += 1
        self.ver[i] = self.reg.save_application(Role.APPLICANT, Plan.mgmt_no(i), c)

    def resubmit(self, i):
        self.ops += 1
        self.ver[i] = self.reg.resubmit(Role.APPLICANT, Plan.mgmt_no(i), self.ids[i], self.ver[i])

    def run(self):
        plan, n = self.plan, self.plan.n
        for i in range(n):
            self.create_draft(i)
        acc = [i for i in range(n) if self.submit(i)]
        for i in acc:
            self.choose_fee(i)
        for i in acc:
            if self.confirm(i):
                raise RuntimeError('payment treated as a duplicate for %d' % i)
        for i in acc:
            if plan.dup_payment(i) and not self.confirm(i):
                raise RuntimeError('duplicate payment applied for %d' % i)
        for i in acc:
            self.decide(i, Level.ENTERPRISE)
        rej = [i for i in acc if plan.reject(i)]
        for i in acc:
            self.decide(i, Level.PROVINCE, approve=not plan.reject(i))
        for i in rej:
            self.edit_ce(i)
        for i in rej:
            self.resubmit(i)
        for i in rej:
            self.decide(i, Level.ENTERPRISE)
        for i in rej:
            self.decide(i, Level.PROVINCE)
        for i in acc:
            self.decide(i, Level.NATIONAL)


# ---- verification (untimed), through the public read API ----
def verify(reg, plan, season):
    n = plan.n
    acc = [i for i in range(n) if not plan.refused(i)]
    r, a = n - len(acc), len(acc)
    j = sum(plan.reject(i) for i in acc)
    d = sum(plan.dup_payment(i) for i in acc)
    m = sum(plan.member(i) for i in acc)

    def count_state(s):
        with reg.queue(Role.NATIONAL, '0', YEAR, 0, s, 0, 1) as rows:
            return rows.total()

    prep = [reg.get_enterprise(plan.uscc(e))[2] == EnterpriseStatus.PREPARING for e in range(plan.e)]
    audit_rows = payments = versions = members = paid = bad_order = leaks = 0
    for i in range(n):
        with reg.get_application(Role.NATIONAL, '0', season.ids[i]) as app:
            state, choice = app.get_int(AppField.STATE), app.get_int(AppField.FEE_CHOICE)
            pay, typ = app.get_int(AppField.PAY_STATUS), app.get_int(AppField.TYPE)
            versions += app.get_int(AppField.VERSION)
            members += (choice == FeeChoice.MEMBERSHIP and pay == PayStatus.MEMBER_EXEMPT
                        and app.get_int(AppField.FEE_DUE_FEN) == MEMBERSHIP_FEN)
            paid += choice == FeeChoice.REGISTRATION and pay == PayStatus.PAID
            if state != AppState.DRAFT and ((typ != AppType.FIRST and app.ce_total_tenths() < 450) or
                                            (prep[plan.ent(i)] and app.document_find('consent') < 0)):
                leaks += 1
            at = [app.review(level)[2] for level in (Level.ENTERPRISE, Level.PROVINCE, Level.NATIONAL)]
        with reg.audit(Role.NATIONAL, '0', season.ids[i], 0, 1000) as rows:
            audit_rows += rows.total()
            if state == AppState.APPROVED:
                last = {}
                for k in range(rows.count()):
                    last[rows.get_int(k, AuditCol.TO)] = rows.get_int(k, AuditCol.ID)
                p, q, z = (last.get(s, 0) for s in (AppState.PROVINCE_REVIEW, AppState.NATIONAL_REVIEW,
                                                    AppState.APPROVED))
                if not (all(at) and at[0] <= at[1] <= at[2] and 0 < p < q < z):
                    bad_order += 1
        with reg.list_payment_orders(Role.NATIONAL, '0', season.ids[i], 0, 1000) as rows:
            payments += sum(rows.get_int(k, OrderCol.STATUS) == OrderStatus.PAID for k in range(rows.count()))
    others = sum(count_state(s) for s in AppState if s not in (AppState.NONE, AppState.DRAFT, AppState.APPROVED))
    checks = [
        ('states other than approved/draft', others, 0),
        ('final state approved', count_state(AppState.APPROVED), a),
        ('final state draft', count_state(AppState.DRAFT), r),
        ('ops', season.ops, 2 * n + 5 * a + d + 4 * j),
        ('audit rows', audit_rows, n + 6 * a + 3 * j),
        ('payments', payments, a),
        ('sum(version)', versions, r + 7 * (a - j) + 11 * j),
        ('membership', members, m),
        ('registration paid', paid, a - m),
        ('level order violations', bad_order, 0),
        ('guard leaks', leaks, 0),
    ]
    ok = True
    for name, got, want in checks:
        if got != want:
            print('VERIFY FAILED %s: got %r want %r' % (name, got, want), file=sys.stderr)
            ok = False
    return ok


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    path = sys.argv[2] if len(sys.argv) > 2 else 'season_auctreg_py.db'
    if not 20 <= n <= 9999999:
        sys.exit('N must be 20..9999999')
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    plan = Plan(n)
    with Registry(path) as reg:
        reg.set_today(TODAY)
        setup(reg, plan)
        season = Season(reg, plan)
        t0 = time.perf_counter()
        season.run()
        dt = time.perf_counter() - t0
        ok = verify(reg, plan, season)
    print('season N=%d ops=%d seconds=%.3f ops_per_s=%.0f' % (n, season.ops, dt, season.ops / dt))
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
