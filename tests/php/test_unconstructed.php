<?php
// Handle objects cannot exist without their constructor (no NULL C pointer reaches the
// library): the classes are final (extending one is a compile-time error), and unserialize()
// and reflection without the constructor are refused.
function refused(callable $f, string $what): void {
    try { $f(); } catch (Throwable $e) { echo "$what: refused (", get_class($e), ")\n"; return; }
    throw new AssertionError("$what was not refused");
}
foreach (['AuctregApplication', 'AuctregPerson', 'AuctregRegistry', 'AuctregRules'] as $cls) {
    $rc = new ReflectionClass($cls);
    assert($rc->isFinal(), "$cls is final");
    refused(fn() => $rc->newInstanceWithoutConstructor(), "$cls without constructor");
    refused(fn() => unserialize('O:' . strlen($cls) . ':"' . $cls . '":0:{}'), "unserialize $cls");
}
$app = new AuctregApplication();
refused(fn() => serialize($app), 'serialize');
// the exceptions stay extendable
eval('class MyError extends AuctregInvalidException {}');
assert(is_subclass_of('MyError', 'AuctregException'));
echo "unconstructed handles: OK\n";
