#!/bin/sh
# Install the build tree into a temporary prefix, then load the installed Python
# package and PHP extension from there, with no LD_LIBRARY_PATH: the modules must
# find the installed libauctreg through their $ORIGIN-relative RUNPATH.
# Usage: install.sh BUILD_DIR WORK_DIR PYTHON PHP PY_REL_DIR PHP_EXT_REL_DIR PHP_INI_REL_DIR
set -eu
build=$1 work=$2 python=$3 php=$4 pyrel=$5 phprel=$6 inirel=$7
rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >"$work/install.log"
unset LD_LIBRARY_PATH PYTHONPATH || true

pkg="$prefix/$pyrel/auctreg"
for f in __init__.py __init__.pyi py.typed core.py _meta.py; do
  [ -f "$pkg/$f" ] || { echo "missing $pkg/$f"; exit 1; }
done
so=$(ls "$pkg"/_core.*.so)
readelf -d "$so" | grep -q 'R.*PATH.*\$ORIGIN' || { echo "no \$ORIGIN RUNPATH in $so"; exit 1; }
# Import from the prefix only (-I: isolated, no user site, no PYTHONPATH; cwd elsewhere).
cd "$work"
"$python" -I -c "
import sys; sys.path.insert(0, '$prefix/$pyrel')
import auctreg
assert auctreg.__file__.startswith('$prefix'), auctreg.__file__
assert auctreg.version() == auctreg.core.version()
libs = {l.split()[-1] for l in open('/proc/self/maps') if 'libauctreg.so' in l}
assert libs and all(l.startswith('$prefix') for l in libs), libs
p = auctreg.Person(); p['name'] = '王蓓'; assert p['name'] == '王蓓'
try:
    auctreg.Application().set_int(auctreg.AppField.YEAR, 5)
    raise SystemExit('no exception')
except auctreg.InvalidError as e:
    assert e.reason == 'field.range', e.reason
print('python: installed auctreg', auctreg.version(), 'loads from', auctreg.__file__)
"

ext="$prefix/$phprel/auctreg.so"
[ -f "$ext" ] || { echo "missing $ext"; exit 1; }
readelf -d "$ext" | grep -q 'R.*PATH.*\$ORIGIN' || { echo "no \$ORIGIN RUNPATH in $ext"; exit 1; }
"$php" -n -d extension="$ext" -r '
if (!extension_loaded("auctreg")) { fwrite(STDERR, "not loaded\n"); exit(1); }
$p = new AuctregPerson(); $p->set(AUCTREG_PERSON_NAME, "王蓓");
if ($p->get(AUCTREG_PERSON_NAME) !== "王蓓") exit(1);
echo "php: installed auctreg ", phpversion("auctreg"), " loads\n";'
# The conf.d snippet loads it too (PHP_INI_SCAN_DIR = our conf.d only, no php.ini).
ini="$prefix/$inirel/20-auctreg.ini"
[ -f "$ini" ] || { echo "missing $ini"; exit 1; }
PHP_INI_SCAN_DIR="$prefix/$inirel" "$php" -c /dev/null -r '
exit(extension_loaded("auctreg") ? 0 : 1);' || { echo "the ini snippet does not load the extension"; exit 1; }
echo "php: the conf.d snippet $ini loads the extension"
