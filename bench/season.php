<?php
// 'season' workload on libauctreg through its PHP binding (bench/season/README.md).
//
// Usage: php -n -d extension=<build>/php/auctreg.so season.php N DB_PATH
// The same plan, requests and transactions as bench/season.c and the peers: every
// request is one AuctregRegistry call, i.e. one transaction with the library's
// authorisation, validation, workflow guards and audit. Prints the result line;
// exit 1 when the verification (through the public read API) does not match.
declare(strict_types=1);

const YEAR = 2027;
const TODAY = '2026-11-28';          // registrations are for next year: 2027
const MEMBERSHIP_FEN = 100000;
const FEES = [AUCTREG_TYPE_RENEWAL => 1000, AUCTREG_TYPE_REREGISTRATION => 1000, AUCTREG_TYPE_FIRST => 2000];
const SUBJECTS = ['real_estate', 'equipment', 'motor_vehicle', 'equity', 'consumer_goods',
                  'art', 'agricultural', 'mixed', 'other'];
const CE_ITEMS = ['拍卖法律法规更新', '拍卖实务与职业道德', '行业新业态专题'];
const CE_FULL = [160, 150, 150];
const CE_SHORT = [140, 130, 130];
const CE_FIX_ITEM = '行业新业态专题（补正）';
const CE_FIX_TENTHS = 170;
const AGREE = '同意';
const REJECT_OPINION = '继续教育记录需补正';
// The 31 provincial-level divisions of GB/T 2260; the plan's province p (1..31) is PROVINCES[p - 1].
const PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                   42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const SAMPLE_PERSON = [   // the manual's sample person (R6: a first registration needs it)
    AUCTREG_PERSON_NAME => '王蓓', AUCTREG_PERSON_GENDER => '2', AUCTREG_PERSON_ID_TYPE => 'resident_id',
    AUCTREG_PERSON_ID_NUMBER => '410103198007250027', AUCTREG_PERSON_ID_VALID_UNTIL => '2030-07-25',
    AUCTREG_PERSON_BIRTH_DATE => '1980-07-25', AUCTREG_PERSON_WORK_START_DATE => '2005-03-01',
    AUCTREG_PERSON_POLITICAL_STATUS => '13', AUCTREG_PERSON_ETHNICITY => '01', AUCTREG_PERSON_NATIONALITY => 'CHN',
    AUCTREG_PERSON_EDUCATION => '21', AUCTREG_PERSON_POSTAL_CODE => '450000', AUCTREG_PERSON_PHONE => '13800138000',
    AUCTREG_PERSON_EMAIL => 'wangbei@example.com', AUCTREG_PERSON_RESIDENCE_CITY => '410100',
    AUCTREG_PERSON_RESIDENCE_COUNTY => '410103', AUCTREG_PERSON_ADDRESS => '河南省郑州市二七区大学路 1 号',
];
const GUARD_REASONS = ['ce.hours.insufficient', 'enterprise.preparing.consent_missing'];

// ---- deterministic workload plan (identical in every implementation) ----
function h32(int $x): int
{
    $x &= 0xFFFFFFFF;
    $x = ((($x >> 16) ^ $x) * 0x45D9F3B) & 0xFFFFFFFF;
    $x = ((($x >> 16) ^ $x) * 0x45D9F3B) & 0xFFFFFFFF;
    return ($x >> 16) ^ $x;
}

function pct(int $i, int $salt): int { return h32($i * 8 + $salt) % 100; }

final class Plan
{
    public int $e;
    public function __construct(public int $n) { $this->e = intdiv($n, 20); }
    public function ent(int $i): int { return $i % $this->e; }
    public function preparing(int $e): bool { return $e % 100 < 3; }
    public function province(int $e): int { return PROVINCES[$e % 31]; }
    public function appType(int $i): int
    {
        $p = pct($i, 1);
        return $p < 70 ? AUCTREG_TYPE_RENEWAL : ($p < 90 ? AUCTREG_TYPE_REREGISTRATION : AUCTREG_TYPE_FIRST);
    }
    public function shortCe(int $i): bool { return pct($i, 1) < 2; }
    public function consent(int $i): bool { return $this->preparing($this->ent($i)) && pct($i, 3) < 50; }
    public function refused(int $i): bool
    {
        return $this->shortCe($i) || ($this->preparing($this->ent($i)) && !$this->consent($i));
    }
    public function member(int $i): bool { return pct($i, 4) < 30; }
    public function dupPayment(int $i): bool { return pct($i, 5) < 10; }
    public function reject(int $i): bool { return pct($i, 6) < 5; }
    public function amount(int $i): int { return $this->member($i) ? MEMBERSHIP_FEN : FEES[$this->appType($i)]; }

    // identities: 7-digit management numbers, USCCs with their GB 32100 check character
    public static function mgmtNo(int $i): string { return sprintf('%07d', $i + 1); }
    public function uscc(int $e): string
    {
        $body = sprintf('91%02d0000MA%07d', $this->province($e), $e + 1);
        $sum = 0;
        for ($k = 0, $w = 1; $k < 17; $k++, $w = $w * 3 % 31) {
            $sum += strpos(USCC_ALPHABET, $body[$k]) * $w;
        }
        return $body . USCC_ALPHABET[(31 - $sum % 31) % 31];
    }
}

function person(int $i): AuctregPerson
{
    $p = new AuctregPerson();
    foreach (SAMPLE_PERSON as $f => $v) {
        $p->set($f, $v);
    }
    $p->set(AUCTREG_PERSON_MGMT_NO, Plan::mgmtNo($i));
    return $p;
}

/** The form the applicant posts: practice and CE records, the consent document. */
function content(Plan $p, int $i, bool $fixed = false): AuctregApplication
{
    $a = new AuctregApplication();
    $a->practice_add(5 + $i % 20, SUBJECTS[$i % 9], (100 + $i % 900) * 10000);
    $a->practice_add(1 + $i % 7, SUBJECTS[($i + 4) % 9], (20 + $i % 300) * 10000);
    $hours = $p->shortCe($i) ? CE_SHORT : CE_FULL;
    for ($k = 0; $k < 3; $k++) {
        if ($fixed && $k === 2) {
            $a->ce_add(CE_FIX_ITEM, CE_FIX_TENTHS);
        } else {
            $a->ce_add(CE_ITEMS[$k], $hours[$k]);
        }
    }
    if ($p->consent($i)) {
        $sha = '';
        for ($k = 0; $k < 8; $k++) {
            $sha .= sprintf('%08x', h32($i * 8 + $k));
        }
        $a->document_add_meta('consent', sprintf('consent-PM%06d.pdf', $i + 1), 'application/pdf',
            102400 + $i % 1000, $sha);
    }
    return $a;
}

// ---- setup (untimed): master data, past registrations, the year's rules ----
function setup(AuctregRegistry $reg, Plan $p): void
{
    $rules = new AuctregRules(YEAR);
    foreach (FEES as $t => $fen) {
        $rules->set_fee($t, $fen);
    }
    $rules->set_membership_fee(MEMBERSHIP_FEN);
    foreach (PROVINCES as $prov) {      // the plan reviews at three levels everywhere
        $rules->set_chain($prov, AUCTREG_CHAIN_FULL);
    }
    $reg->set_rules(AUCTREG_ROLE_ADMIN, 'admin', $rules);
    for ($e = 0; $e < $p->e; $e++) {
        $reg->put_enterprise(AUCTREG_ROLE_ADMIN, 'admin', $p->uscc($e), '拍卖企业' . ($e + 1), $p->province($e),
            $p->preparing($e) ? AUCTREG_ENTERPRISE_PREPARING : AUCTREG_ENTERPRISE_ACTIVE, null);
    }
    for ($i = 0; $i < $p->n; $i++) {
        $t = $p->appType($i);
        $no = Plan::mgmtNo($i);
        $reg->put_auctioneer(AUCTREG_ROLE_ADMIN, 'admin', $no, '拍卖师' . ($i + 1), $p->uscc($p->ent($i)),
            $t === AUCTREG_TYPE_FIRST ? person($i) : null);
        if ($t !== AUCTREG_TYPE_FIRST) {  // R1: renewal = practising this year; re-registration = earlier only
            $reg->import_registration_year(AUCTREG_ROLE_ADMIN, 'admin', $no,
                $t === AUCTREG_TYPE_RENEWAL ? YEAR - 1 : YEAR - 3);
        }
    }
}

// ---- the season (timed) ----
final class Season
{
    public int $ops = 0;
    public array $ids = [];
    public array $ver = [];
    private array $refs = [];

    public function __construct(private AuctregRegistry $reg, private Plan $p) {}

    public function createDraft(int $i): void
    {
        $c = content($this->p, $i);
        $this->ops++;
        $this->ids[$i] = $this->reg->create_application(AUCTREG_ROLE_APPLICANT, Plan::mgmtNo($i), $c);
        $this->ver[$i] = 1;
    }

    /** true = submitted; false = refused by a submission guard (R3, R4), nothing changed. */
    public function submit(int $i): bool
    {
        $this->ops++;
        try {
            $this->ver[$i] = $this->reg->submit(AUCTREG_ROLE_APPLICANT, Plan::mgmtNo($i), $this->ids[$i],
                $this->ver[$i]);
            return true;
        } catch (AuctregInvalidException $e) {
            $problems = $e->getProblems();
            foreach ($problems as $pr) {
                if (!in_array($pr['reason'], GUARD_REASONS, true)) {
                    throw $e;
                }
            }
            if (!$problems) {
                throw $e;
            }
            return false;
        }
    }

    /** The portal's payment page: the fee choice and its payment order, one request. */
    public function chooseFee(int $i): void
    {
        $this->ops++;
        [$ref, $amount, $this->ver[$i]] = $this->reg->choose_fee_and_order(AUCTREG_ROLE_APPLICANT, Plan::mgmtNo($i),
            $this->ids[$i], $this->ver[$i], $this->p->member($i) ? AUCTREG_FEE_MEMBERSHIP : AUCTREG_FEE_REGISTRATION,
            '王蓓', 'payer@example.com', '13800138000', AUCTREG_CHANNEL_WECHAT, null);
        if ($amount !== $this->p->amount($i)) {
            throw new RuntimeException("amount due differs from the plan for $i");
        }
        $this->refs[$i] = $ref;
    }

    /** Gateway callback, idempotent by transaction id; true for a repeated delivery. */
    public function confirm(int $i): bool
    {
        $this->ops++;
        [$already] = $this->reg->confirm_payment(AUCTREG_ROLE_SYSTEM, 'gateway', $this->refs[$i],
            sprintf('PAY%d-%08d', YEAR, $this->ids[$i]), $this->p->amount($i));
        if (!$already) {
            $this->ver[$i]++;
        }
        return (bool) $already;
    }

    public function decide(int $i, int $level, bool $approve = true): void
    {
        $p = $this->p;
        [$role, $actor] = match ($level) {
            AUCTREG_LEVEL_ENTERPRISE => [AUCTREG_ROLE_ENTERPRISE, $p->uscc($p->ent($i))],
            AUCTREG_LEVEL_PROVINCE => [AUCTREG_ROLE_PROVINCE, sprintf('%02d', $p->province($p->ent($i)))],
            default => [AUCTREG_ROLE_NATIONAL, '0'],
        };
        $this->ops++;
        $this->ver[$i] = $approve
            ? $this->reg->approve($role, $actor, $this->ids[$i], $this->ver[$i], $level, AGREE)
            : $this->reg->reject($role, $actor, $this->ids[$i], $this->ver[$i], $level, REJECT_OPINION);
    }

    public function editCe(int $i): void
    {
        $c = content($this->p, $i, true);
        $c->set_int(AUCTREG_APP_ID, $this->ids[$i]);
        $c->set_int(AUCTREG_APP_VERSION, $this->ver[$i]);
        if ($this->p->appType($i) === AUCTREG_TYPE_FIRST) {
            $c->set_person(person($i));
        }
        $this->ops++;
        $this->ver[$i] = $this->reg->save_application(AUCTREG_ROLE_APPLICANT, Plan::mgmtNo($i), $c);
    }

    public function resubmit(int $i): void
    {
        $this->ops++;
        $this->ver[$i] = $this->reg->resubmit(AUCTREG_ROLE_APPLICANT, Plan::mgmtNo($i), $this->ids[$i],
            $this->ver[$i]);
    }

    public function run(): void
    {
        $p = $this->p;
        $acc = $rej = [];
        for ($i = 0; $i < $p->n; $i++) {
            $this->createDraft($i);
        }
        for ($i = 0; $i < $p->n; $i++) {
            if ($this->submit($i)) {
                $acc[] = $i;
            }
        }
        foreach ($acc as $i) {
            $this->chooseFee($i);
        }
        foreach ($acc as $i) {
            if ($this->confirm($i)) {
                throw new RuntimeException("payment treated as a duplicate for $i");
            }
        }
        foreach ($acc as $i) {
            if ($p->dupPayment($i) && !$this->confirm($i)) {
                throw new RuntimeException("duplicate payment applied for $i");
            }
        }
        foreach ($acc as $i) {
            $this->decide($i, AUCTREG_LEVEL_ENTERPRISE);
        }
        foreach ($acc as $i) {
            $this->decide($i, AUCTREG_LEVEL_PROVINCE, !$p->reject($i));
            if ($p->reject($i)) {
                $rej[] = $i;
            }
        }
        foreach ($rej as $i) {
            $this->editCe($i);
        }
        foreach ($rej as $i) {
            $this->resubmit($i);
        }
        foreach ($rej as $i) {
            $this->decide($i, AUCTREG_LEVEL_ENTERPRISE);
        }
        foreach ($rej as $i) {
            $this->decide($i, AUCTREG_LEVEL_PROVINCE);
        }
        foreach ($acc as $i) {
            $this->decide($i, AUCTREG_LEVEL_NATIONAL);
        }
    }
}

// ---- verification (untimed), through the public read API ----
function verify(AuctregRegistry $reg, Plan $p, Season $s): bool
{
    $n = $p->n;
    $a = $j = $d = $m = 0;
    for ($i = 0; $i < $n; $i++) {
        if (!$p->refused($i)) {
            $a++;
            $j += (int) $p->reject($i);
            $d += (int) $p->dupPayment($i);
            $m += (int) $p->member($i);
        }
    }
    $r = $n - $a;
    $countState = fn (int $st): int => $reg->queue(AUCTREG_ROLE_NATIONAL, '0', YEAR, 0, $st, 0, 1)->total();
    $prep = [];
    for ($e = 0; $e < $p->e; $e++) {
        $prep[$e] = $reg->get_enterprise($p->uscc($e))[2] === AUCTREG_ENTERPRISE_PREPARING;
    }
    $auditRows = $payments = $versions = $members = $paid = $badOrder = $leaks = 0;
    for ($i = 0; $i < $n; $i++) {
        $app = $reg->get_application(AUCTREG_ROLE_NATIONAL, '0', $s->ids[$i]);
        $state = $app->get_int(AUCTREG_APP_STATE);
        $choice = $app->get_int(AUCTREG_APP_FEE_CHOICE);
        $pay = $app->get_int(AUCTREG_APP_PAY_STATUS);
        $versions += $app->get_int(AUCTREG_APP_VERSION);
        $members += (int) ($choice === AUCTREG_FEE_MEMBERSHIP && $pay === AUCTREG_PAY_MEMBER_EXEMPT
            && $app->get_int(AUCTREG_APP_FEE_DUE_FEN) === MEMBERSHIP_FEN);
        $paid += (int) ($choice === AUCTREG_FEE_REGISTRATION && $pay === AUCTREG_PAY_PAID);
        if ($state !== AUCTREG_STATE_DRAFT && (($app->get_int(AUCTREG_APP_TYPE) !== AUCTREG_TYPE_FIRST
                && $app->ce_total_tenths() < 450) || ($prep[$p->ent($i)] && $app->document_find('consent') < 0))) {
            $leaks++;
        }
        $rows = $reg->audit(AUCTREG_ROLE_NATIONAL, '0', $s->ids[$i], 0, 1000);
        $auditRows += $rows->total();
        if ($state === AUCTREG_STATE_APPROVED) {
            $at = [];
            foreach ([AUCTREG_LEVEL_ENTERPRISE, AUCTREG_LEVEL_PROVINCE, AUCTREG_LEVEL_NATIONAL] as $l) {
                $at[] = $app->review($l)[2];
            }
            $last = [];
            for ($k = 0; $k < $rows->count(); $k++) {
                $last[$rows->get_int($k, AUCTREG_AUDIT_TO)] = $rows->get_int($k, AUCTREG_AUDIT_ID);
            }
            $x = $last[AUCTREG_STATE_PROVINCE_REVIEW] ?? 0;
            $y = $last[AUCTREG_STATE_NATIONAL_REVIEW] ?? 0;
            $z = $last[AUCTREG_STATE_APPROVED] ?? 0;
            if (!($at[0] && $at[1] && $at[2] && $at[0] <= $at[1] && $at[1] <= $at[2] && 0 < $x && $x < $y && $y < $z)) {
                $badOrder++;
            }
        }
        $rows = $reg->list_payment_orders(AUCTREG_ROLE_NATIONAL, '0', $s->ids[$i], 0, 1000);
        for ($k = 0; $k < $rows->count(); $k++) {
            $payments += (int) ($rows->get_int($k, AUCTREG_ORDER_STATUS) === AUCTREG_ORDER_PAID);
        }
    }
    $others = 0;
    for ($st = AUCTREG_STATE_DRAFT; $st <= AUCTREG_STATE_WITHDRAWN; $st++) {
        if ($st !== AUCTREG_STATE_DRAFT && $st !== AUCTREG_STATE_APPROVED) {
            $others += $countState($st);
        }
    }
    $checks = [
        ['states other than approved/draft', $others, 0],
        ['final state approved', $countState(AUCTREG_STATE_APPROVED), $a],
        ['final state draft', $countState(AUCTREG_STATE_DRAFT), $r],
        ['ops', $s->ops, 2 * $n + 5 * $a + $d + 4 * $j],
        ['audit rows', $auditRows, $n + 6 * $a + 3 * $j],
        ['payments', $payments, $a],
        ['sum(version)', $versions, $r + 7 * ($a - $j) + 11 * $j],
        ['membership', $members, $m],
        ['registration paid', $paid, $a - $m],
        ['level order violations', $badOrder, 0],
        ['guard leaks', $leaks, 0],
    ];
    $ok = true;
    foreach ($checks as [$name, $got, $want]) {
        if ($got !== $want) {
            fprintf(STDERR, "VERIFY FAILED %s: got %s want %s\n", $name, json_encode($got), json_encode($want));
            $ok = false;
        }
    }
    return $ok;
}

function main(array $argv): int
{
    $n = (int) ($argv[1] ?? 20000);
    $path = $argv[2] ?? 'season_auctreg_php.db';
    if ($n < 20 || $n > 9999999) {
        fwrite(STDERR, "N must be 20..9999999\n");
        return 2;
    }
    foreach (['', '-wal', '-shm'] as $suffix) {
        @unlink($path . $suffix);
    }
    $plan = new Plan($n);
    $reg = new AuctregRegistry($path, null);
    $reg->set_today(TODAY);
    setup($reg, $plan);
    $season = new Season($reg, $plan);
    $t0 = hrtime(true);
    $season->run();
    $dt = (hrtime(true) - $t0) / 1e9;
    $ok = verify($reg, $plan, $season);
    printf("season N=%d ops=%d seconds=%.3f ops_per_s=%.0f\n", $n, $season->ops, $dt, $season->ops / $dt);
    return $ok ? 0 : 1;
}

exit(main($argv));
