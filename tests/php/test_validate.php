<?php
// Validation and code tables from PHP: options as an array, every problem at
// once, struct results as arrays, strict types.
$wang = ['name' => '王蓓', 'gender' => '2', 'id_type' => 'resident_id',
    'id_number' => '410103198007250027', 'id_valid_until' => '长期', 'mgmt_no' => '3200278',
    'birth_date' => '1980-07-25', 'work_start_date' => '2005-03-01', 'political_status' => '13',
    'ethnicity' => '01', 'nationality' => 'CHN', 'education' => '21', 'postal_code' => '450000',
    'phone' => '13800138000', 'email' => 'wangbei@example.cn', 'residence_city' => '410100',
    'residence_county' => '410103', 'address' => '河南省郑州市二七区大学路 1 号'];
$p = new AuctregPerson();
foreach ($wang as $k => $v) $p->set(auctreg_person_field_from_name($k), $v);
$today = ['today' => '2024-06-01'];
assert(auctreg_validate_person($p, $today) === null);

$p->set(AUCTREG_PERSON_EMAIL, 'not-an-email');
$p->set(AUCTREG_PERSON_POSTAL_CODE, '4500');
try {
    auctreg_validate_person($p, $today);
    assert(false);
} catch (AuctregInvalidException $e) {
    $fields = array_column($e->getProblems(), 'field');
    assert(in_array('email', $fields) && in_array('postal_code', $fields), implode(',', $fields));
}
foreach ([['today' => 20240601], ['today' => '2024-06-01', 'mgmt_no_min_digits' => '7']] as $bad) {
    try { auctreg_validate_person($p, $bad); assert(false); } catch (TypeError $e) {}
}
try { auctreg_validate_person($p, ['tomorrow' => 'x']); assert(false); } catch (ValueError $e) {}
try { auctreg_validate_person($p, '2024-06-01'); assert(false); } catch (TypeError $e) {}

$info = auctreg_validate_id_number('resident_id', '410103198007250027', '2024-06-01');
assert($info === ['number' => '410103198007250027', 'birth_date' => '1980-07-25', 'gender' => '2', 'area' => '410103']);
try {
    auctreg_validate_id_number('resident_id', '410103198007250028', '2024-06-01');
    assert(false);
} catch (AuctregInvalidException $e) {
    assert($e->getProblems()[0]['reason'] === 'id.checksum');
}
assert(auctreg_id_upgrade('410103800725002') === '410103198007250027');
assert(auctreg_validate_mgmt_no('3200278') === null);                  // options left out: defaults
try { auctreg_validate_mgmt_no('32002'); assert(false); } catch (AuctregInvalidException $e) {}
assert(auctreg_validate_mgmt_no('32002', ['mgmt_no_min_digits' => 5, 'mgmt_no_max_digits' => 7]) === null);
$reg = new AuctregRegistry(':memory:');                                 // options left out
assert($reg->schema_version() >= 1);
assert(auctreg_parse_turnover_wan('12.3456') === 123456);
assert(auctreg_parse_hours('44.5') === 445);

assert(auctreg_codes_code(AUCTREG_CODES_SUBJECT_TYPE, 0) === 'real_estate');
assert(auctreg_codes_label(AUCTREG_CODES_ETHNICITY, '36', AUCTREG_LANG_ZH) === '毛南族');
assert(auctreg_codes_is_valid(AUCTREG_CODES_GENDER, '2') === true);
assert(auctreg_codes_is_valid(AUCTREG_CODES_GENDER, '3') === false);
try { auctreg_codes_find(AUCTREG_CODES_BANK, 'NOPE'); assert(false); } catch (AuctregNotFoundException $e) {}
assert(auctreg_division_level_of('410103') === AUCTREG_DIVISION_COUNTY);
assert(auctreg_division_parent('410103') === '410100');
echo "validation and code tables: ok\n";
