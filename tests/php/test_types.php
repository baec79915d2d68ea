<?php
// PHP converts bad scalars silently ("abc" -> 0, 1.5 -> 1, null -> 0): the
// extension refuses wrong argument types with TypeError instead, and changes nothing.
function expect_type_error(callable $f, string $what) {
    try {
        $f();
    } catch (TypeError $e) {
        return $e->getMessage();
    }
    throw new Exception("no TypeError for $what");
}

$app = new AuctregApplication();
foreach (['2024', '12abc', 2024.0, 1.5, null, true, [2024]] as $bad) {
    $m = expect_type_error(fn() => $app->set_int(AUCTREG_APP_YEAR, $bad), var_export($bad, true));
    assert(str_contains($m, 'must be of type int'), $m);
}
assert($app->get_int(AUCTREG_APP_YEAR) === 0);
$m = expect_type_error(fn() => $app->set_int('1', 2024), 'field as string');
assert(str_contains($m, 'AuctregApplication::set_int()'), $m);
foreach ([3200278, 1.5, true, []] as $bad) {
    expect_type_error(fn() => $app->set_text(AUCTREG_APP_MGMT_NO, $bad), var_export($bad, true));
}
expect_type_error(fn() => $app->practice_get('0'), 'index as string');
expect_type_error(fn() => $app->document_add('consent', 'a.pdf', 12), 'content as int');
expect_type_error(fn() => $app->set_person('王蓓'), 'person as string');
expect_type_error(fn() => auctreg_enum_code('0', 1), 'enum as string');

// Out of range for the C type: ValueError, not a silent wrap-around.
try { $app->practice_get(-1); assert(false); } catch (ValueError $e) {}
try { auctreg_enum_code(AUCTREG_ENUM_APP_TYPE, PHP_INT_MAX); assert(false); } catch (ValueError $e) {}
// Embedded NUL would be truncated by C: refused.
try { (new AuctregPerson())->set(AUCTREG_PERSON_NAME, "王\0蓓"); assert(false); } catch (ValueError $e) {}
// null is a valid string argument (clears a field); the right types work.
$app->set_text(AUCTREG_APP_MGMT_NO, '3200278');
$app->set_text(AUCTREG_APP_MGMT_NO, null);
assert($app->get_text(AUCTREG_APP_MGMT_NO) === '');
$app->set_int(AUCTREG_APP_YEAR, 2024);
assert($app->get_int(AUCTREG_APP_YEAR) === 2024);
echo "strict argument types: ok\n";
