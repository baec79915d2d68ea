#!/bin/sh
# Regenerate docs/workflow.dot, docs/workflow.mmd and docs/workflow.svg from the engine's own
# transition table (auctreg_workflow_dot(), auctreg_workflow_mermaid()).
#   scripts/workflow-diagram.sh [BUILD_DIR]     (default build/; build the library first)
# check_workflow fails when docs/workflow.dot differs from the library's output.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/gen.c" <<'C'
#include <stdio.h>
#include <string.h>
#include "auctreg.h"
int main(int argc, char **argv)
{
    char *s = argc > 1 && strcmp(argv[1], "mermaid") == 0 ? auctreg_workflow_mermaid() : auctreg_workflow_dot();
    if (!s)
        return 1;
    fputs(s, stdout);
    auctreg_free(s);
    return 0;
}
C
${CC:-cc} -std=c11 -I"$root/include" "$tmp/gen.c" -L"$build" -lauctreg -Wl,-rpath,"$build" -o "$tmp/gen"
"$tmp/gen" dot >"$root/docs/workflow.dot"
"$tmp/gen" mermaid >"$root/docs/workflow.mmd"
dot -Tsvg "$root/docs/workflow.dot" -o "$root/docs/workflow.svg"
echo "wrote docs/workflow.dot, docs/workflow.mmd, docs/workflow.svg"
