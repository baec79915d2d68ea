#!/bin/sh
# docs/guide.md embeds the workflow diagram that the library draws from its own transition
# table (`auctreg workflow --format mermaid`) between two markers. This test fails when the
# embedded copy differs from what the library prints; --update rewrites it.
#   guide-diagram.sh AUCTREG_BINARY GUIDE [--update]
set -eu
tool=$1 guide=$2 mode=${3:-check}
begin='<!-- workflow-diagram:begin -->'
end='<!-- workflow-diagram:end -->'
tmp=${TMPDIR:-/tmp}/auctreg-guide.$$
trap 'rm -f "$tmp".*' EXIT
{ echo '```mermaid'; "$tool" workflow --format mermaid; echo '```'; } >"$tmp.want"
grep -qF -- "$begin" "$guide" && grep -qF -- "$end" "$guide" || { echo "markers missing in $guide"; exit 1; }
awk -v b="$begin" -v e="$end" 'index($0,e){on=0} on{print} index($0,b){on=1}' "$guide" >"$tmp.have"
if [ "$mode" = "--update" ]; then
  awk -v b="$begin" -v e="$end" -v f="$tmp.want" '
    index($0,b){print; while ((getline l < f) > 0) print l; skip=1; next}
    index($0,e){skip=0}
    !skip{print}' "$guide" >"$tmp.new"
  cat "$tmp.new" >"$guide"
  echo "updated the diagram in $guide"
  exit 0
fi
if ! diff -u "$tmp.have" "$tmp.want"; then
  echo "the diagram in $guide is stale: run sh $0 $tool $guide --update"
  exit 1
fi
echo "the diagram in $guide matches the engine's table"
