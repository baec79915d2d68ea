#!/bin/sh
# Build everything (library, tool, bindings, tests) and run every test with ctest.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   ASan + UBSan build in build-sanitize/
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
sh "$root/scripts/deps.sh"
dir="$root/build" extra=""
if [ "${1:-}" = "--sanitize" ]; then
  dir="$root/build-sanitize" extra="-DAUCTREG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"
fi
# shellcheck disable=SC2086
cmake -S "$root" -B "$dir" -G Ninja $extra >/dev/null
cmake --build "$dir" -j "$(nproc)"
cd "$dir"
ctest --output-on-failure -j "$(nproc)"
