#!/bin/sh
# Run a command and check its exit status, stdout and stderr.
#   expect.sh [-o TEXT]... [-e TEXT]... [-n TEXT]... [-j] STATUS -- COMMAND [ARG]...
#   -o TEXT  stdout must contain TEXT (fixed string)
#   -e TEXT  stderr must contain TEXT
#   -n TEXT  stdout must NOT contain TEXT
#   -E       stderr must be empty
#   -j       stdout (stderr when STATUS is not 0) must be one JSON document (python3)
set -u
outs="" errs="" nots="" json=0 empty_err=0
nl='
'
while [ $# -gt 0 ]; do
  case "$1" in
    -o) outs="$outs$2$nl"; shift 2 ;;
    -e) errs="$errs$2$nl"; shift 2 ;;
    -n) nots="$nots$2$nl"; shift 2 ;;
    -j) json=1; shift ;;
    -E) empty_err=1; shift ;;
    *) break ;;
  esac
done
want=$1; shift
[ "$1" = "--" ] && shift
tmp=${TMPDIR:-/tmp}/auctreg-expect.$$
"$@" >"$tmp.out" 2>"$tmp.err"
got=$?
fail=0
show() { echo "--- command: $*"; echo "--- stdout:"; cat "$tmp.out"; echo "--- stderr:"; cat "$tmp.err"; }
if [ "$got" != "$want" ]; then echo "exit status $got, expected $want"; fail=1; fi
IFS="$nl"
for t in $outs; do grep -qF -- "$t" "$tmp.out" || { echo "stdout lacks: $t"; fail=1; }; done
for t in $errs; do grep -qF -- "$t" "$tmp.err" || { echo "stderr lacks: $t"; fail=1; }; done
for t in $nots; do grep -qF -- "$t" "$tmp.out" && { echo "stdout has unexpected: $t"; fail=1; }; done
unset IFS
if [ $empty_err = 1 ] && [ -s "$tmp.err" ]; then echo "stderr not empty"; fail=1; fi
if [ $json = 1 ] && command -v python3 >/dev/null 2>&1; then
  # the JSON document is the result on success, the error object on stderr otherwise
  doc="$tmp.out"; [ "$want" != 0 ] && doc="$tmp.err"
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$doc" || { echo "$doc is not JSON"; fail=1; }
fi
[ $fail = 1 ] && show "$@"
rm -f "$tmp.out" "$tmp.err"
exit $fail
