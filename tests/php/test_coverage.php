<?php
// Every public C function (AUCTREG_API in include/) is exposed by the PHP
// extension, or listed in bindings/wrap-policy.txt as deliberately not wrapped.
$src = getenv('AUCTREG_SOURCE_DIR');
$meta = json_decode(file_get_contents(getenv('AUCTREG_BINDINGS_MANIFEST')), true);
assert(is_array($meta));

$public = [];
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$src/include"));
foreach ($it as $f) {
    if (substr($f, -2) !== '.h') continue;
    $t = preg_replace('#/\*.*?\*/#s', '', file_get_contents($f));
    $t = preg_replace('/#\s*define[^\n]*/', '', $t);
    preg_match_all('/AUCTREG_API\b[^;{]*?\b(auctreg_\w+)\s*\(/s', $t, $m);
    foreach ($m[1] as $n) $public[$n] = basename($f);
}
assert(isset($public['auctreg_application_new']));

$skip = [];
foreach (file("$src/bindings/wrap-policy.txt") as $line) {
    if (trim($line) === '' || ltrim($line)[0] === '#') continue;
    $p = preg_split('/\s+/', trim($line), 3);
    if ($p[1] === 'skip') $skip[$p[0]] = $p[2];
}

$missing = [];
foreach ($public as $name => $h) {
    if (isset($skip[$name])) {
        assert(!function_exists($name), "$name is listed as not wrapped but exists");
        continue;
    }
    $e = $meta['manifest'][$name] ?? null;
    $ok = false;
    if ($e !== null) {
        $cls = isset($e['cls']) ? 'Auctreg' . $meta['classes'][$e['cls']] : null;
        switch ($e['kind']) {
            case 'function': $ok = function_exists($e['php']); break;
            case 'ctor': $ok = class_exists($cls) && method_exists($cls, '__construct'); break;
            case 'dtor': $ok = class_exists($cls); break;   // freed when the object is released
            case 'method': case 'static': $ok = method_exists($cls, $e['method']); break;
        }
    }
    if (!$ok) $missing[] = "$name ($h)";
}
if ($missing) {
    fwrite(STDERR, "not wrapped in PHP and not in wrap-policy.txt:\n  " . implode("\n  ", $missing) . "\n");
    exit(1);
}
echo count($public), " public functions: ", count($public) - count($skip), " wrapped, ", count($skip), " deliberately not\n";
