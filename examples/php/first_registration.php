<?php
// Embedding libauctreg in PHP: 王蓓's first registration, end to end.
//
//   php -d extension=auctreg.so first_registration.php
//   (installed: the conf.d snippet 20-auctreg.ini loads it)
//
// An administrator loads the master data, 王蓓 (management number 3200278)
// creates her application, submits it, pays the registration fee by Alipay;
// the gateway confirms; the three levels approve. Every rule is applied by the
// C library; errors are exceptions (AuctregException and one subclass per
// status code) with getCode(), getReason() and getProblems().
auctreg_error_set_language(AUCTREG_LANG_EN);
echo "libauctreg ", auctreg_version(), "\n";

$cs = '0123456789ABCDEFGHJKLMNPQRTUWXY';                 // GB 32100 check character
$enterprise = '91410100MA3CCCCC0';
$sum = 0;
for ($i = 0; $i < 17; $i++) $sum += strpos($cs, $enterprise[$i]) * ((3 ** $i) % 31);
$enterprise .= $cs[(31 - $sum % 31) % 31];

$wang = new AuctregPerson();
foreach (['name' => '王蓓', 'gender' => '2', 'id_type' => 'resident_id', 'id_number' => '410103198007250027',
    'id_valid_until' => '2035-07-25', 'mgmt_no' => '3200278', 'birth_date' => '1980-07-25',
    'work_start_date' => '2005-03-01', 'political_status' => '13', 'ethnicity' => '01', 'nationality' => 'CHN',
    'education' => '21', 'postal_code' => '450000', 'phone' => '13800138000', 'email' => 'wangbei@example.com',
    'residence_city' => '410100', 'residence_county' => '410103', 'address' => '河南省郑州市二七区大学路1号'] as $k => $v) {
    $wang->set(auctreg_person_field_from_name($k), $v);
}
auctreg_validate_person($wang, ['today' => '2025-11-20']);  // throws AuctregInvalidException with every problem
echo "personal data valid\n";

$reg = new AuctregRegistry(':memory:', null);           // a file path works the same way
$reg->set_today('2025-11-20');
$reg->put_enterprise(AUCTREG_ROLE_ADMIN, 'admin', $enterprise, '郑州拍卖有限公司', 41, AUCTREG_ENTERPRISE_ACTIVE, null);
$reg->put_auctioneer(AUCTREG_ROLE_ADMIN, 'admin', '3200278', '王蓓', $enterprise, $wang);

$id = $reg->create_application(AUCTREG_ROLE_APPLICANT, '3200278', null);
$app = $reg->get_application(AUCTREG_ROLE_APPLICANT, '3200278', $id);
$version = $app->get_int(AUCTREG_APP_VERSION);
echo "application $id: ", auctreg_enum_label(AUCTREG_ENUM_APP_TYPE, $app->get_int(AUCTREG_APP_TYPE), AUCTREG_LANG_ZH),
     " for ", $app->get_int(AUCTREG_APP_YEAR), "\n";

try {
    $reg->submit(AUCTREG_ROLE_APPLICANT, '3200278', $id, '1');   // a string where an int belongs
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
try {
    $reg->submit(AUCTREG_ROLE_APPLICANT, '3200278', $id, $version + 5);
} catch (AuctregConflictException $e) {
    echo "refused: ", $e->getReason(), " (code ", $e->getCode(), ")\n";
}

$reg->submit(AUCTREG_ROLE_APPLICANT, '3200278', $id, $version);
$reg->choose_fee(AUCTREG_ROLE_APPLICANT, '3200278', $id, $version + 1, AUCTREG_FEE_REGISTRATION);
$app = $reg->get_application(AUCTREG_ROLE_APPLICANT, '3200278', $id);
printf("fee due: %.2f yuan\n", $app->get_int(AUCTREG_APP_FEE_DUE_FEN) / 100);
[$ref, $amount] = $reg->create_payment_order(AUCTREG_ROLE_APPLICANT, '3200278', $id,
    $app->get_int(AUCTREG_APP_VERSION), '王蓓', 'wangbei@example.com', '13800138000', AUCTREG_CHANNEL_ALIPAY, null);
[$already, $receipt] = $reg->confirm_payment(AUCTREG_ROLE_SYSTEM, 'gateway', $ref, 'ALI-2025112000001', $amount);
echo "order $ref paid, receipt $receipt\n";

foreach ([[AUCTREG_LEVEL_ENTERPRISE, AUCTREG_ROLE_ENTERPRISE, $enterprise],
          [AUCTREG_LEVEL_PROVINCE, AUCTREG_ROLE_PROVINCE, '41'],
          [AUCTREG_LEVEL_NATIONAL, AUCTREG_ROLE_NATIONAL, 'cn']] as [$level, $role, $actor]) {
    $v = $reg->get_application($role, $actor, $id)->get_int(AUCTREG_APP_VERSION);
    $reg->approve($role, $actor, $id, $v, $level, '同意');
}
$app = $reg->get_application(AUCTREG_ROLE_APPLICANT, '3200278', $id);
assert($app->get_int(AUCTREG_APP_STATE) === AUCTREG_STATE_APPROVED);
echo "approved: ", auctreg_enum_label(AUCTREG_ENUM_APP_STATE, $app->get_int(AUCTREG_APP_STATE), AUCTREG_LANG_EN), "\n";

foreach ($reg->history(AUCTREG_ROLE_APPLICANT, '3200278', '3200278', 0, 10)->to_array() as $row) {
    echo "history: {$row['year']} ", auctreg_enum_code(AUCTREG_ENUM_PAY_STATUS, $row['pay_status']), "\n";
}
