#!/bin/sh
# The 'season' benchmark (bench/README.md): build what it needs, then run, one
# after another in the same run and the same temp dir, the plain-SQLite floor,
# the two peers (Python transitions, PHP Symfony Workflow) and the three
# libauctreg variants (C, Python binding, PHP binding); print all six result
# lines, the peak RSS of the C variant and the ratios against the targets.
# Each library variant runs right after (or, in even rounds, right before) the program
# it is compared with.
#
#   bench/run.sh [N]          N auctioneers (default 20000)
#   REPEAT=3 bench/run.sh     run the six REPEAT times (interleaved) and take
#                             each label's median ops/s for the ratios
#   BUILD_DIR=...             build directory (default build-bench, Release)
#   TMPDIR=...                where the databases go (default /tmp)
#
# Exit status: 0 when every run passes its verification and every target is met,
# 1 when a verification fails, 3 when a target is missed.
set -eu
N=${1:-20000}
REPEAT=${REPEAT:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build-bench}
SEASON=$HERE/season

# ---- the peers' Debian packages (not needed by the library's build or tests) ----
PEER_PKGS="python3-transitions php-cli php-sqlite3 php-symfony-workflow php-symfony-event-dispatcher
           libsqlite3-dev gcc time"
missing=""
for p in $PEER_PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "# installing Debian packages:$missing" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
"$ROOT/scripts/deps.sh"

# ---- build: Release library, bindings and the C variant; the floor as its README says ----
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
# Only the targets needed here (the library comes with bench_season).
cmake --build "$BUILD" --target bench_season auctreg_python auctreg_python_pkg auctreg_php >/dev/null
TMP=$(mktemp -d "${TMPDIR:-/tmp}/season.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
gcc -O2 -Wall -o "$TMP/sqlite_season" "$SEASON/limit/sqlite_season.c" -lsqlite3

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -srm), $(nproc) CPU ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1))," \
     "sqlite $(/usr/bin/python3 -c 'import sqlite3; print(sqlite3.sqlite_version)')," \
     "python $(/usr/bin/python3 -c 'import platform, transitions; print(platform.python_version(), "transitions", transitions.__version__)')," \
     "php $(php -r 'echo PHP_VERSION;') symfony/workflow $(dpkg-query -W -f='${Version}' php-symfony-workflow 2>/dev/null || echo '?')," \
     "libauctreg $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?'), N=$N, tmp=$TMP"

status=0
LINES=$TMP/lines
: >"$LINES"
run() {
    label=$1; shift
    if out=$("$@" 2>"$TMP/err"); then :; else
        echo "$label FAILED (exit $?): $(tail -5 "$TMP/err")"; status=1
    fi
    printf '%-15s %s\n' "$label" "$out"
    printf '%s %s\n' "$label" "$out" >>"$LINES"
}
PHP_EXT="-n -d extension=$BUILD/php/auctreg.so"
floor()   { run c_sqlite_floor "$TMP/sqlite_season" "$N" "$TMP/c.db" "$SEASON/schema.sql"; }
py_peer() { run py_transitions /usr/bin/python3 "$SEASON/peers/py_transitions_season.py" "$N" "$TMP/py.db" "$SEASON/schema.sql"; }
php_peer() { run php_symfony php "$SEASON/peers/php_symfony_season.php" "$N" "$TMP/php.db" "$SEASON/schema.sql"; }
lib_c()   { run auctreg_c /usr/bin/time -o "$TMP/rss.$r" -f %M "$BUILD/bench/bench_season" "$N" "$TMP/auctreg_c.db"; }
lib_py()  { run auctreg_py env PYTHONPATH="$BUILD/python" /usr/bin/python3 "$HERE/season.py" "$N" "$TMP/auctreg_py.db"; }
# shellcheck disable=SC2086
lib_php() { run auctreg_php php $PHP_EXT "$HERE/season.php" "$N" "$TMP/auctreg_php.db"; }
# Each comparison runs back to back (load on a shared machine drifts); odd rounds run the
# reference first, even rounds the library first.
r=1
while [ "$r" -le "$REPEAT" ]; do
    if [ $((r % 2)) -eq 1 ]; then
        floor; lib_c; py_peer; lib_py; php_peer; lib_php
    else
        lib_c; floor; lib_py; py_peer; lib_php; php_peer
    fi
    rm -f "$TMP"/*.db "$TMP"/*.db-wal "$TMP"/*.db-shm
    r=$((r + 1))
done
RSS_KIB=$(sort -n "$TMP"/rss.* | tail -1)

# ---- ratios (median ops/s per label when REPEAT > 1) ----
awk -v rss="$RSS_KIB" -v repeat="$REPEAT" '
    { for (k = 2; k <= NF; k++) if ($k ~ /^ops_per_s=/) { split($k, kv, "="); v[$1, ++n[$1]] = kv[2] + 0 } }
    function median(l,   i, j, t, a, c) {
        c = n[l]; for (i = 1; i <= c; i++) a[i] = v[l, i]
        for (i = 2; i <= c; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
        return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
    }
    function target(name, got, want, unit) {
        printf "%-34s %8.2f%s (target %s%s) %s\n", name, got, unit, want < 0 ? "< " : ">= ", (want < 0 ? -want : want) unit,
               (want < 0 ? got < -want : got >= want) ? "met" : "MISSED"
        if (!(want < 0 ? got < -want : got >= want)) missed = 1
    }
    END {
        if (repeat > 1) print "# medians of " repeat " runs"
        if (!n["c_sqlite_floor"] || !n["auctreg_c"] || !n["py_transitions"] || !n["auctreg_py"] ||
            !n["php_symfony"] || !n["auctreg_php"]) { print "# a run failed: no ratios"; exit 1 }
        target("auctreg_c / c_sqlite_floor", median("auctreg_c") / median("c_sqlite_floor"), 0.9, "x")
        target("auctreg_py / py_transitions", median("auctreg_py") / median("py_transitions"), 1.5, "x")
        target("auctreg_php / php_symfony", median("auctreg_php") / median("php_symfony"), 1.1, "x")
        target("auctreg_c peak RSS", rss / 1024, -32, " MiB")
        exit missed ? 3 : 0
    }' "$LINES" || { rc=$?; [ "$status" -ne 0 ] || status=$rc; }
exit $status
