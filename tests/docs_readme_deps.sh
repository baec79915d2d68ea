#!/bin/sh
# The README's dependency table names every package of scripts/debian-packages.txt.
set -eu
cd "$1"
rc=0
for p in $(sed -e 's/#.*//' scripts/debian-packages.txt | tr -s ' \t' '\n' | grep -v '^$'); do
  sed -n '/^## Dependencies/,/^## /p' README.md | grep -q -- "$p" || { echo "README does not list $p"; rc=1; }
done
[ $rc -eq 0 ] && echo "README lists every Debian package the build needs"
exit $rc
