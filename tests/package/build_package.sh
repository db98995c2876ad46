#!/bin/sh
# Builds the Debian package as the README says: a Release build with the prefix /usr, then
# CPack. The build tree is kept between runs, so that a second run builds only what changed.
# usage: build_package.sh SOURCE_DIR BUILD_DIR
set -eu
source=$1 build=$2
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$source" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DMAMORI_BUILD_TESTS=OFF \
      -DMAMORI_WERROR=ON > "$build.configure.log" 2>&1 || { cat "$build.configure.log" >&2; exit 1; }
cmake --build "$build" -j "$jobs" > "$build.build.log" 2>&1 || { tail -50 "$build.build.log" >&2; exit 1; }
rm -f "$build"/mamori_*.deb
(cd "$build" && cpack -G DEB) > "$build.cpack.log" 2>&1 || { cat "$build.cpack.log" >&2; exit 1; }
ls "$build"/mamori_*.deb
