#!/bin/sh
# Build the library and the `auctreg` tool, then run the end-to-end demo on an
# embedded SQLite file (./auctreg.db by default; pass another path as $1).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
sh "$root/scripts/deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja >/dev/null
cmake --build "$root/build" -j "$(nproc)" --target auctreg_tool >/dev/null
exec "$root/build/auctreg" demo --db "${1:-./auctreg.db}"
