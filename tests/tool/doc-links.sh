#!/bin/sh
# Every relative link of the guide (docs/guide.md) points to a file that exists.
#   doc-links.sh GUIDE
set -u
guide=$1
dir=$(dirname "$guide")
fail=0
for l in $(grep -o '](\([^)#:]*\))' "$guide" | sed 's/^](\(.*\))$/\1/' | sort -u); do
  [ -e "$dir/$l" ] || { echo "broken link in $guide: $l"; fail=1; }
done
[ $fail = 0 ] && echo "every relative link of $guide resolves"
exit $fail
