#!/bin/sh
# Install the build tree into a temporary prefix, then build and run two small
# consumers against the installed copy: one with pkg-config, one with
# find_package(auctreg). Usage: run.sh BUILD_DIR WORK_DIR CC
set -eu
build=$1 work=$2 cc=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >"$work/install.log"
libdir=$(dirname "$(find "$prefix" -name 'libauctreg.so' | head -n 1)")
pcdir="$libdir/pkgconfig"
[ -f "$pcdir/auctreg.pc" ] || { echo "auctreg.pc not installed"; exit 1; }

# 1. pkg-config (the .pc file is relocatable: prefix comes from its own location)
flags=$(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags --libs auctreg)
case "$flags" in *"$prefix"*) ;; *) echo "pkg-config flags do not point into $prefix: $flags"; exit 1;; esac
# shellcheck disable=SC2086
"$cc" -std=c11 -Wall -Wextra -Werror -o "$work/consumer_pc" "$here/consumer.c" $flags -Wl,-rpath,"$libdir"
"$work/consumer_pc"

# 2. CMake package
cmake -S "$here/cmake-consumer" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_C_COMPILER="$cc" >"$work/cmake-consumer.log"
cmake --build "$work/cmake-build" >>"$work/cmake-consumer.log"
"$work/cmake-build/consumer"
readelf -d "$work/cmake-build/consumer" | grep -q 'NEEDED.*libauctreg.so.[0-9]' \
  || { echo "consumer does not link the SONAME"; exit 1; }
echo "install test passed: pkg-config and find_package consumers run against $prefix"
