#!/usr/bin/env bash
# The README's two commands: install what is missing, build, then run the app or the tests.
#   scripts/bootstrap.sh run [MAMORI ARGS...]   build a release and start Mamori on the bundled lessons
#   scripts/bootstrap.sh test                   build with sanitizers and run every test
# Installs Debian packages with apt-get (directly as root, through sudo otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
shift || true

build_packages=(cmake g++ pkg-config libimgui-dev libstb-dev libglfw3-dev libgl-dev libsdl2-mixer-dev
  libtinyxml2-dev doctest-dev libfreetype-dev libfontconfig-dev libssl-dev libicu-dev libsqlite3-dev libcsv-dev fonts-ipafont-gothic
  libxlsxwriter-dev nlohmann-json3-dev libpq-dev libcairo2-dev libqrencode-dev libinotifytools0-dev libxml2-dev
  libgl1-mesa-dri)
# The package tests build the .deb (dpkg-dev for dpkg-shlibdeps), lint it and check its desktop files.
test_packages=(xvfb xauth xdotool libxml2-utils imagemagick libreoffice-calc-nogui postgresql poppler-utils zbar-tools
  dpkg-dev lintian desktop-file-utils appstream man-db)

case "$mode" in
  run) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
case "$mode" in
  run)
    cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DMAMORI_BUILD_TESTS=OFF
    cmake --build build/release -j "$jobs"
    exec build/release/app/mamori "$@"
    ;;
  test)
    cmake -S . -B build/test -DCMAKE_BUILD_TYPE=Debug -DMAMORI_SANITIZE=ON -DMAMORI_WERROR=ON
    cmake --build build/test -j "$jobs"
    ctest --test-dir build/test --output-on-failure -j "$jobs"
    ;;
esac
