<?php
// Error mapping: every C status code throws its own class extending
// AuctregException, with getCode(), reason, messages and problems.
$codes = [
    AUCTREG_ERROR => 'AuctregInternalException', AUCTREG_EINVAL => 'AuctregInvalidException',
    AUCTREG_ENOTFOUND => 'AuctregNotFoundException', AUCTREG_EDENIED => 'AuctregDeniedException',
    AUCTREG_ESTATE => 'AuctregStateException', AUCTREG_ECONFLICT => 'AuctregConflictException',
    AUCTREG_EDUPLICATE => 'AuctregDuplicateException', AUCTREG_EPAYMENT => 'AuctregPaymentException',
    AUCTREG_EBUSY => 'AuctregBusyException', AUCTREG_ESTORAGE => 'AuctregStorageException',
    AUCTREG_EXML => 'AuctregXmlException', AUCTREG_ENOMEM => 'AuctregNoMemoryException',
    AUCTREG_EVERSION => 'AuctregVersionException',
];
// Every code of the C enum is in the table above (the enum is contiguous down to STATUS_MIN).
assert(count($codes) === -AUCTREG_EVERSION);
foreach ($codes as $code => $class) {
    assert(class_exists($class), $class);
    assert(is_subclass_of($class, 'AuctregException'));
    assert(is_subclass_of($class, 'Exception'));
    try {
        auctreg__raise_status($code, 'test.reason', '测试消息', 'a.b', 'x.y');
        assert(false, "no exception for $code");
    } catch (AuctregException $e) {
        assert(get_class($e) === $class, get_class($e) . " for $code");
        assert($e->getCode() === $code);
        assert($e->getReason() === 'test.reason' && $e->reason === 'test.reason');
        assert($e->getMessage() === '测试消息');
        $p = $e->getProblems();
        assert(count($p) === 1 && $p[0]['field'] === 'a.b' && $p[0]['reason'] === 'x.y');
    }
}

// A real validation failure: reason, both languages, the field problem; nothing changed.
$app = new AuctregApplication();
try {
    $app->set_int(AUCTREG_APP_YEAR, 5);
    assert(false);
} catch (AuctregInvalidException $e) {
    assert($e->getCode() === AUCTREG_EINVAL);
    assert($e->getReason() === 'field.range');
    $m = $e->getMessages();
    assert($m['zh'] !== '' && $m['en'] !== '' && $m['zh'] !== $m['en']);
    $p = $e->getProblems();
    assert(count($p) === 1 && $p[0]['field'] === 'year' && $p[0]['reason'] === 'field.range');
    assert(isset($p[0]['messages']['en']));
}
assert($app->get_int(AUCTREG_APP_YEAR) === 0);

// Not found.
try {
    auctreg_person_field_from_name('no_such_field');
    assert(false);
} catch (AuctregNotFoundException $e) {
    assert($e->getReason() === 'field.unknown');
}

// Language of messages.
auctreg_error_set_language(AUCTREG_LANG_EN);
try { auctreg_person_field_from_name('nope'); } catch (AuctregException $e) {
    assert($e->getMessage() === $e->getMessages()['en']);
}
auctreg_error_set_language(AUCTREG_LANG_ZH);
assert(auctreg_status_name(AUCTREG_ECONFLICT) === 'AUCTREG_ECONFLICT');
echo "error mapping: ", count($codes), " codes\n";
