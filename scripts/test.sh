#!/bin/sh
# Build everything (library, tool, bindings, tests) and run every test with ctest.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   ASan + UBSan build in build-sanitize/
#   scripts/test.sh --valgrind   the C tests (label "c") under valgrind memcheck in build-valgrind/
#   scripts/test.sh --fuzz       clang + libFuzzer: a short run of every fuzz target (label "fuzz")
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
sh "$root/scripts/deps.sh"
dir="$root/build" extra="" select=""
case "${1:-}" in
  --sanitize) dir="$root/build-sanitize" extra="-DAUCTREG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug" ;;
  --valgrind) dir="$root/build-valgrind" select="-L c"
              extra="-DAUCTREG_VALGRIND=ON -DAUCTREG_BINDINGS=OFF -DCMAKE_BUILD_TYPE=Debug" ;;
  --fuzz)     dir="$root/build-fuzz" select="-L fuzz"
              extra="-DAUCTREG_FUZZ=ON -DAUCTREG_BINDINGS=OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang" ;;
  "") ;;
  *) echo "usage: $0 [--sanitize|--valgrind|--fuzz]" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
cmake -S "$root" -B "$dir" -G Ninja $extra >/dev/null
cmake --build "$dir" -j "$(nproc)"
cd "$dir"
# shellcheck disable=SC2086
ctest --output-on-failure -j "$(nproc)" $select
