<?php
// The PHP snippet of docs/guide.md ("Embedding from PHP"), kept working by ctest.
// An application in memory, a CE record, and an error thrown as its own exception class
// with the library's stable reason. Run with php -d extension=build/php/auctreg.so.
$app = new AuctregApplication();
$app->set_int(AUCTREG_APP_YEAR, 2026);
$app->ce_add('拍卖法律法规网络课程', 300);      // 30.0 hours, in tenths
if ($app->ce_total_tenths() !== 300) { fwrite(STDERR, "wrong CE total\n"); exit(1); }
try {
    $app->set_int(AUCTREG_APP_PAY_STATUS, 42);
    fwrite(STDERR, "an invalid payment status was accepted\n");
    exit(1);
} catch (AuctregInvalidException $e) {          // extends AuctregException
    echo $e->getReason(), "\n";                 // field.range
    if ($e->getReason() !== 'field.range') exit(1);
}
if ($app->get_int(AUCTREG_APP_PAY_STATUS) !== AUCTREG_PAY_UNPAID) exit(1);   // unchanged
