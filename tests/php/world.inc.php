<?php
// The stories' registry (the C tests' fixtures, tests/check/fixtures.h), from PHP.
const REN = '3200101', REREG = '3200102', WANG = '3200278', MEMB = '3200104';
const PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

function uscc(string $first17): string {          // GB 32100-2015 check character (test data only)
    $cs = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    $sum = 0;
    for ($i = 0; $i < 17; $i++) $sum += strpos($cs, $first17[$i]) * ((3 ** $i) % 31);
    return $first17 . $cs[(31 - $sum % 31) % 31];
}
define('JS', uscc('91320100MA1XXXXX0'));
define('HN', uscc('91410100MA3CCCCC0'));

function wang_bei(): AuctregPerson {
    $p = new AuctregPerson();
    $f = ['name' => '王蓓', 'gender' => '2', 'id_type' => 'resident_id', 'id_number' => '410103198007250027',
        'id_valid_until' => '2035-07-25', 'mgmt_no' => '3200278', 'birth_date' => '1980-07-25',
        'work_start_date' => '2005-03-01', 'political_status' => '13', 'ethnicity' => '01',
        'nationality' => 'CHN', 'education' => '21', 'postal_code' => '450000', 'phone' => '13800138000',
        'email' => 'wangbei@example.com', 'residence_city' => '410100', 'residence_county' => '410103',
        'address' => '河南省郑州市二七区大学路1号'];
    foreach ($f as $k => $v) $p->set(auctreg_person_field_from_name($k), $v);
    return $p;
}

function open_world(): AuctregRegistry {
    $r = new AuctregRegistry(':memory:', null);
    $r->set_today('2025-11-20');
    $r->put_enterprise(AUCTREG_ROLE_ADMIN, 'admin', JS, '南京拍卖行有限公司', 32, AUCTREG_ENTERPRISE_ACTIVE, '2010-05-01');
    $r->put_enterprise(AUCTREG_ROLE_ADMIN, 'admin', HN, '郑州拍卖有限公司', 41, AUCTREG_ENTERPRISE_ACTIVE, null);
    $r->put_auctioneer(AUCTREG_ROLE_ADMIN, 'admin', REN, '李明', JS, null);
    $r->put_auctioneer(AUCTREG_ROLE_ADMIN, 'admin', REREG, '张华', JS, null);
    $r->put_auctioneer(AUCTREG_ROLE_ADMIN, 'admin', WANG, '王蓓', HN, wang_bei());
    $r->put_auctioneer(AUCTREG_ROLE_ADMIN, 'admin', MEMB, '孙会', JS, null);
    foreach ([[REN, 2024], [REN, 2025], [REREG, 2023], [MEMB, 2025]] as [$m, $y])
        $r->import_registration_year(AUCTREG_ROLE_ADMIN, 'admin', $m, $y);
    $r->add_membership_year(AUCTREG_ROLE_ADMIN, 'admin', MEMB, 2026);
    return $r;
}

function app(AuctregRegistry $r, int $id): AuctregApplication {
    return $r->get_application(AUCTREG_ROLE_NATIONAL, 'cn', $id);
}
function ver(AuctregRegistry $r, int $id): int { return app($r, $id)->get_int(AUCTREG_APP_VERSION); }
function field(AuctregRegistry $r, int $id, int $f): int { return app($r, $id)->get_int($f); }

function create(AuctregRegistry $r, string $mgmt, int $ce_tenths): int {
    $c = new AuctregApplication();
    if ($ce_tenths) {
        $c->ce_add('拍卖法律法规更新', intdiv($ce_tenths, 2));
        $c->ce_add('拍卖实务与职业道德', $ce_tenths - intdiv($ce_tenths, 2));
    }
    $c->practice_add(12, 'real_estate', 3500000);
    $c->practice_add(3, 'art', 800000);
    return $r->create_application(AUCTREG_ROLE_APPLICANT, $mgmt, $c);
}

function pay(AuctregRegistry $r, int $id, string $mgmt, string $txn): array {
    [$ref, $amount] = $r->create_payment_order(AUCTREG_ROLE_APPLICANT, $mgmt, $id, ver($r, $id), '李付',
        'payer@example.com', '13912345678', AUCTREG_CHANNEL_BANK, 'ICBC');
    [$already, $receipt] = $r->confirm_payment(AUCTREG_ROLE_SYSTEM, 'gateway', $ref, $txn, $amount);
    return [$ref, $amount, $already, $receipt];
}

function approve_all(AuctregRegistry $r, int $id, string $ent, string $prov): void {
    $r->approve(AUCTREG_ROLE_ENTERPRISE, $ent, $id, ver($r, $id), AUCTREG_LEVEL_ENTERPRISE, '同意');
    $r->approve(AUCTREG_ROLE_PROVINCE, $prov, $id, ver($r, $id), AUCTREG_LEVEL_PROVINCE, '同意');
    $r->approve(AUCTREG_ROLE_NATIONAL, 'cn', $id, ver($r, $id), AUCTREG_LEVEL_NATIONAL, '核准');
}
