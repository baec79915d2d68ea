<?php
// The manual's stories from PHP (the same stories as the C and Python tests):
// a renewal with a rejection and a resubmission, the member exemption and 王蓓's
// first registration. Every rule is the C library's.
require __DIR__ . '/world.inc.php';

function expect(string $class, callable $f): AuctregException {
    try { $f(); } catch (AuctregException $e) {
        assert($e instanceof $class, get_class($e) . ' instead of ' . $class . ': ' . $e->getMessage());
        return $e;
    }
    throw new Exception("no $class");
}

// ---- renewal, rejected by the province, edited and resubmitted
$r = open_world();
$id = create($r, REN, 460);
assert(field($r, $id, AUCTREG_APP_TYPE) === AUCTREG_TYPE_RENEWAL);          // R1
assert(field($r, $id, AUCTREG_APP_YEAR) === 2026);
$r->submit(AUCTREG_ROLE_APPLICANT, REN, $id, 1);
$r->choose_fee(AUCTREG_ROLE_APPLICANT, REN, $id, 2, AUCTREG_FEE_REGISTRATION);
assert(field($r, $id, AUCTREG_APP_FEE_DUE_FEN) === 1000);
[$ref, $amount, $already, $receipt] = pay($r, $id, REN, 'TXN-1');
assert($amount === 1000 && $already === 0 && str_starts_with($receipt, 'RC2026-'));
$r->approve(AUCTREG_ROLE_ENTERPRISE, JS, $id, ver($r, $id), AUCTREG_LEVEL_ENTERPRISE, '同意');
$e = expect('AuctregStateException', fn() => $r->reject(AUCTREG_ROLE_PROVINCE, '32', $id, ver($r, $id), AUCTREG_LEVEL_PROVINCE, ''));
assert(in_array('review.opinion.required', array_column($e->getProblems(), 'reason')));
$r->reject(AUCTREG_ROLE_PROVINCE, '32', $id, ver($r, $id), AUCTREG_LEVEL_PROVINCE, '劳动合同已过期，请补充');
$a = $r->get_application(AUCTREG_ROLE_APPLICANT, REN, $id);
assert($a->get_int(AUCTREG_APP_STATE) === AUCTREG_STATE_REJECTED);
assert($a->review(AUCTREG_LEVEL_PROVINCE)[1] === '劳动合同已过期，请补充');
$a->document_add('labour_contract', '合同.pdf', PDF);
$v = $r->save_application(AUCTREG_ROLE_APPLICANT, REN, $a);
$e = expect('AuctregConflictException', fn() => $r->resubmit(AUCTREG_ROLE_APPLICANT, REN, $id, $v - 1));
assert($e->getReason() === 'application.version.stale' && $e->getCode() === AUCTREG_ECONFLICT);
$r->resubmit(AUCTREG_ROLE_APPLICANT, REN, $id, $v);
assert(field($r, $id, AUCTREG_APP_STATE) === AUCTREG_STATE_ENTERPRISE_REVIEW);  // R10
assert(field($r, $id, AUCTREG_APP_PAY_STATUS) === AUCTREG_PAY_PAID);            // payment kept
approve_all($r, $id, JS, '32');
assert(field($r, $id, AUCTREG_APP_STATE) === AUCTREG_STATE_APPROVED);
assert($r->is_practising(REN, 2026) === 1);                                     // R12
$h = $r->history(AUCTREG_ROLE_APPLICANT, REN, REN, 0, 10);
assert($h->total() === 1 && $h->page() === 1 && $h->pages() === 1);
$row = $h->to_array()[0];
assert($row['year'] === 2026 && $row['pay_status'] === AUCTREG_PAY_PAID);
assert($row['operations'] === (AUCTREG_OP_VIEW | AUCTREG_OP_PRINT));
$opinions = array_column($r->opinions(AUCTREG_ROLE_APPLICANT, REN, $id)->to_array(), 'opinion');
assert(in_array('劳动合同已过期，请补充', $opinions));

// ---- member exemption: joining the branch waives the registration fee; a member pays nothing
$id = create($r, REREG, 460);
$r->submit(AUCTREG_ROLE_APPLICANT, REREG, $id, 1);
$r->choose_fee(AUCTREG_ROLE_APPLICANT, REREG, $id, 2, AUCTREG_FEE_MEMBERSHIP);
assert(field($r, $id, AUCTREG_APP_FEE_DUE_FEN) === 100000);
assert(field($r, $id, AUCTREG_APP_PAY_STATUS) === AUCTREG_PAY_UNPAID);        // 未付款 until paid
pay($r, $id, REREG, 'WX-0001');
assert($r->is_member(REREG, 2026) === 1);
assert(field($r, $id, AUCTREG_APP_PAY_STATUS) === AUCTREG_PAY_MEMBER_EXEMPT); // 会员免缴
$m = create($r, MEMB, 460);
$r->submit(AUCTREG_ROLE_APPLICANT, MEMB, $m, 1);
$r->choose_fee(AUCTREG_ROLE_APPLICANT, MEMB, $m, 2, AUCTREG_FEE_ALREADY_MEMBER);
assert(field($r, $m, AUCTREG_APP_FEE_DUE_FEN) === 0);
assert(field($r, $m, AUCTREG_APP_STATE) === AUCTREG_STATE_ENTERPRISE_REVIEW);

// ---- 王蓓's first registration
$id = create($r, WANG, 0);
$a = $r->get_application(AUCTREG_ROLE_APPLICANT, WANG, $id);
assert($a->get_int(AUCTREG_APP_TYPE) === AUCTREG_TYPE_FIRST);
$p = $a->person();
assert($p->get(AUCTREG_PERSON_ID_NUMBER) === '410103198007250027' && $p->get(AUCTREG_PERSON_GENDER) === '2');
assert($p->get(AUCTREG_PERSON_BIRTH_DATE) === '1980-07-25' && $p->get(AUCTREG_PERSON_MGMT_NO) === '3200278');
$r->submit(AUCTREG_ROLE_APPLICANT, WANG, $id, 1);
$r->choose_fee(AUCTREG_ROLE_APPLICANT, WANG, $id, 2, AUCTREG_FEE_REGISTRATION);
assert(field($r, $id, AUCTREG_APP_FEE_DUE_FEN) === 2000);
$e = expect('AuctregInvalidException', fn() => $r->create_payment_order(AUCTREG_ROLE_APPLICANT, WANG, $id, 3, '',
    'not-mail', '123', AUCTREG_CHANNEL_ALIPAY, null));
assert(count($e->getProblems()) >= 3);
[$ref, $amount] = $r->create_payment_order(AUCTREG_ROLE_APPLICANT, WANG, $id, 3, '王蓓', 'wangbei@example.com',
    '13800138000', AUCTREG_CHANNEL_ALIPAY, null);
$e = expect('AuctregPaymentException', fn() => $r->confirm_payment(AUCTREG_ROLE_ADMIN, 'admin', $ref, 'ALI-1', $amount - 1));
assert($e->getReason() === 'payment.amount.mismatch');
[$already, $receipt] = $r->confirm_payment(AUCTREG_ROLE_ADMIN, 'admin', $ref, 'ALI-2025112000001', $amount);
assert($r->confirm_payment(AUCTREG_ROLE_ADMIN, 'admin', $ref, 'ALI-2025112000001', $amount) === [1, $receipt]);
expect('AuctregDeniedException', fn() => $r->approve(AUCTREG_ROLE_ENTERPRISE, JS, $id, 4, AUCTREG_LEVEL_ENTERPRISE, null));
approve_all($r, $id, HN, '41');
assert(field($r, $id, AUCTREG_APP_STATE) === AUCTREG_STATE_APPROVED);
assert($r->list_receipts(AUCTREG_ROLE_APPLICANT, WANG, WANG, 0, 10)->to_array()[0]['receipt_no'] === $receipt);
$r->set_today('2026-11-20');
$next = create($r, WANG, 460);
assert(field($r, $next, AUCTREG_APP_TYPE) === AUCTREG_TYPE_RENEWAL && field($r, $next, AUCTREG_APP_YEAR) === 2027);
expect('AuctregDuplicateException', fn() => create($r, WANG, 460));
$years = array_column($r->history(AUCTREG_ROLE_APPLICANT, WANG, WANG, 0, 10)->to_array(), 'year');
assert($years === [2027, 2026]);

// ---- blockers say why, without changing anything
$id = create($r, REREG, 440);
expect('AuctregNotFoundException', fn() => $r->get_application(AUCTREG_ROLE_NATIONAL, 'cn', 999));
$b = $r->blockers(AUCTREG_ROLE_APPLICANT, REREG, $id, AUCTREG_ACTION_SUBMIT, AUCTREG_FEE_NONE, null)->to_array();
assert(in_array('ce.hours.insufficient', array_column($b, 'reason')));
assert($b[0]['messages']['en'] !== '');
$e = expect('AuctregInvalidException', fn() => $r->submit(AUCTREG_ROLE_APPLICANT, REREG, $id, 1));
assert(in_array('ce.hours.insufficient', array_column($e->getProblems(), 'reason')));
assert(ver($r, $id) === 1);                                                      // nothing changed
$mask = $r->available(AUCTREG_ROLE_APPLICANT, REREG, $id);
assert(($mask & (1 << AUCTREG_ACTION_EDIT)) !== 0 && ($mask & (1 << AUCTREG_ACTION_SUBMIT)) === 0);
assert(str_contains(auctreg_workflow_dot(), 'digraph'));

[$name, $ent, $stored] = $r->get_auctioneer(AUCTREG_ROLE_APPLICANT, WANG, WANG);
assert($name === '王蓓' && $ent === HN && $stored->get(AUCTREG_PERSON_ID_NUMBER) === '410103198007250027');
assert($r->get_enterprise(HN) === ['郑州拍卖有限公司', 41, AUCTREG_ENTERPRISE_ACTIVE]);
echo "stories: ok\n";
