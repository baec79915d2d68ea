#!/bin/sh
# Every reason code the library can report (a string literal "area.thing[.problem]" in
# src/, plus the window reasons built at run time) is mentioned in some page of docs/.
set -eu
root=$1
cd "$root"
missing=0
reasons=$( (grep -rhoE '"[a-z_]+(\.[a-z0-9_]+)+"' src/ | tr -d '"' | grep -vE '\.(h|c|xsd|xsl)$';
            for l in applicant enterprise province national; do
              echo "window.$l.not_open"; echo "window.$l.closed"; done) | sort -u)
for r in $reasons; do
  if ! grep -rqF -- "$r" docs/*.md; then
    echo "reason code not documented in docs/: $r"
    missing=$((missing + 1))
  fi
done
n=$(echo "$reasons" | wc -l)
[ "$missing" -eq 0 ] || { echo "$missing of $n reason codes undocumented"; exit 1; }
echo "all $n reason codes are documented"
