#!/bin/sh
# Installs packaging/desktop alone (a throwaway project that adds only that folder) into a
# temporary DESTDIR with the prefix /usr, and checks the files land exactly where desktops and
# software centres look: the menu entry, the metainfo, the scalable icon and one PNG per size
# kept in the repository, and nothing else.
#
#   sh check_install_layout.sh SOURCE_DIR [CMAKE_COMMAND]
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: sh $0 SOURCE_DIR [CMAKE_COMMAND]" >&2
    exit 2
fi
src=$(cd "$1" && pwd)
cmake=${2:-cmake}
id=io.github.mamori.Mamori
command -v "$cmake" >/dev/null 2>&1 || { echo "FAIL: '$cmake' is not installed; install the Debian package cmake"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/mamori-desktop-install.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

mkdir "$work/project"
cat > "$work/project/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.16)
project(mamori_desktop_layout NONE)
add_subdirectory("$src/packaging/desktop" desktop)
CMAKE
if ! out=$("$cmake" -Wno-dev -S "$work/project" -B "$work/build" -DCMAKE_INSTALL_PREFIX=/usr 2>&1) ||
    ! out=$(DESTDIR="$work/root" "$cmake" --install "$work/build" 2>&1); then
    echo "FAIL: packaging/desktop does not configure and install:"
    printf '%s\n' "$out" | sed 's/^/    /'
    exit 1
fi

{
    echo "usr/share/applications/$id.desktop"
    echo "usr/share/metainfo/$id.metainfo.xml"
    echo "usr/share/icons/hicolor/scalable/apps/$id.svg"
    for png in "$src"/packaging/desktop/icons/hicolor/*/apps/"$id".png; do
        [ -f "$png" ] || continue
        size=$(basename "$(dirname "$(dirname "$png")")")
        echo "usr/share/icons/hicolor/$size/apps/$id.png"
    done
} | LC_ALL=C sort > "$work/expected"
(cd "$work/root" && find . -type f | sed 's#^\./##' | LC_ALL=C sort) > "$work/installed"

if ! diff -u "$work/expected" "$work/installed" > "$work/diff"; then
    echo "FAIL: the installed files differ from those expected (- expected, + installed):"
    sed 's/^/    /' "$work/diff"
    exit 1
fi
# Each installed file is the repository's file of the same name and size, not another one.
source_of() {
    case $1 in
        usr/share/applications/* | usr/share/metainfo/*) basename "$1" ;;
        usr/share/icons/hicolor/scalable/apps/*) echo "icons/$(basename "$1")" ;;
        usr/share/icons/hicolor/*) echo "icons/hicolor/${1#usr/share/icons/hicolor/}" ;;
    esac
}
while read -r file; do
    cmp -s "$work/root/$file" "$src/packaging/desktop/$(source_of "$file")" ||
        { echo "FAIL: the installed $file is not packaging/desktop/$(source_of "$file")"; exit 1; }
done < "$work/installed"
echo "desktop integration install layout: $(wc -l < "$work/installed") files where expected"
