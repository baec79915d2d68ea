#!/bin/sh
# The man page renders without a warning, and documents every command the tool has.
#   manpage.sh AUCTREG_BINARY MAN_PAGE
set -u
tool=$1 page=$2
fail=0
warn=$(LC_ALL=C.UTF-8 groff -man -t -K utf8 -Tutf8 -ww -z "$page" 2>&1)
if [ -n "$warn" ]; then echo "groff warnings:"; echo "$warn"; fail=1; fi
cmds=$("$tool" --lang en --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$cmds" ] || { echo "could not read the command list"; exit 1; }
for c in $cmds; do
  grep -Eq "^\.BR? $c( |\$)" "$page" || { echo "command not documented in $page: $c"; fail=1; }
done
# The exit status table agrees with the tool's.
"$tool" --lang en --json statuses | python3 -c '
import json, re, sys
rows = json.load(sys.stdin)
page = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for r in rows:
    if r["status"] and not re.search(r"^%d\t%s\t" % (r["exit"], r["status"]), page, re.M):
        print("exit status %d %s not in the man page table" % (r["exit"], r["status"])); bad = 1
sys.exit(bad)' "$page" || fail=1
exit $fail
