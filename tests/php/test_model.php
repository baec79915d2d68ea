<?php
// Person and Application from PHP: native strings, ints and arrays; copies.
$p = new AuctregPerson();
$data = ['name' => '王蓓', 'gender' => '2', 'id_number' => '410103198007250027',
         'birth_date' => '1980-07-25', 'mgmt_no' => '3200278'];
foreach ($data as $k => $v) $p->set(auctreg_person_field_from_name($k), $v);
foreach ($data as $k => $v) assert($p->get(auctreg_person_field_from_name($k)) === $v);
assert(auctreg_person_field_name(AUCTREG_PERSON_ID_NUMBER) === 'id_number');

$app = new AuctregApplication();
assert($app->person() === null);
$app->set_person($p);
$q = $app->person();                      // a copy owned by PHP
assert($q instanceof AuctregPerson && $q->get(AUCTREG_PERSON_NAME) === '王蓓');
unset($app);
assert($q->get(AUCTREG_PERSON_NAME) === '王蓓');

$app = new AuctregApplication();
$app->practice_add(12, '房地产', 3500000);
$app->practice_add(3, '艺术品', 0);
assert($app->practice_count() === 2);
assert($app->practice_get(1) === [3, '艺术品', 0]);
$app->ce_add('拍卖法规培训', 455);
assert($app->ce_get(0) === ['拍卖法规培训', 455]);
assert($app->ce_total_tenths() === 455);

$pdf = "%PDF-1.7\n\x00\x01binary";
$app->document_add('consent', '/tmp/同意说明.pdf', $pdf);
[$kind, $name, $type, $size, $sha] = $app->document_get(0);
assert($kind === 'consent' && $name === '同意说明.pdf' && $type === 'application/pdf');
assert($size === strlen($pdf) && $sha === hash('sha256', $pdf));
assert($app->document_content(0) === $pdf);
assert($app->document_find('none') === -1);

$app->set_review(AUCTREG_LEVEL_ENTERPRISE, AUCTREG_REVIEW_REJECTED, '劳动合同已过期', 17);
assert($app->review(AUCTREG_LEVEL_ENTERPRISE) === [AUCTREG_REVIEW_REJECTED, '劳动合同已过期', 17]);
$copy = $app->dup();
$copy->set_int(AUCTREG_APP_YEAR, 2030);
assert($app->get_int(AUCTREG_APP_YEAR) === 0);

assert(auctreg_enum_label(AUCTREG_ENUM_APP_TYPE, AUCTREG_TYPE_FIRST, AUCTREG_LANG_ZH) === '拍卖师首次注册');
assert(auctreg_enum_from_code(AUCTREG_ENUM_PAY_STATUS, 'MEMBER_EXEMPT') === AUCTREG_PAY_MEMBER_EXEMPT);
assert(auctreg_version() === phpversion('auctreg'));
assert(auctreg_version_number() === AUCTREG_VERSION_MAJOR * 10000 + AUCTREG_VERSION_MINOR * 100 + AUCTREG_VERSION_PATCH);
echo "model: ok\n";

// Regression: a new object returned through an out-parameter must never reuse a stale
// zval (SWIG_SetPointerZval fills an existing object), e.g. right after a TypeError.
for ($i = 0; $i < 50; $i++) {
    try { $app->set_int(AUCTREG_APP_YEAR, 'x'); } catch (TypeError $e) {}
    try { auctreg_person_field_from_name('nope'); } catch (AuctregNotFoundException $e) {}
    $d = $app->dup();
    assert($d instanceof AuctregApplication, get_class($d));
    $x = auctreg_xml_application_read(auctreg_xml_application_write($d, 0));
    assert($x instanceof AuctregApplication, get_class($x));
}
echo "out-parameter objects: ok\n";
