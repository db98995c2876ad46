#!/bin/sh
# Proves check_desktop_files.sh fails when something is really wrong: each case breaks one thing in
# a copy of packaging/desktop and expects the check to exit 1 with a message naming the problem.
#
#   sh check_catches_breakage.sh SOURCE_DIR
set -u

if [ $# -ne 1 ]; then
    echo "usage: sh $0 SOURCE_DIR" >&2
    exit 2
fi
src=$1
here=$(cd "$(dirname "$0")" && pwd)
check=$here/check_desktop_files.sh
id=io.github.mamori.Mamori
work=$(mktemp -d "${TMPDIR:-/tmp}/mamori-desktop-check.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

failures=0
cases=0

# expect NAME MESSAGE MUTATION...: copy the files, run MUTATION in the copy, expect exit 1 and MESSAGE.
expect() {
    name=$1 message=$2
    shift 2
    cases=$((cases + 1))
    copy=$work/$cases
    cp -R "$src/packaging/desktop" "$copy"
    (cd "$copy" && eval "$*") || { echo "FAIL: $name: could not break the copy"; failures=$((failures + 1)); return; }
    out=$(sh "$check" "$src" "$copy" 2>&1); status=$?
    if [ "$status" -ne 1 ]; then
        echo "FAIL: $name: the check exited $status, not 1"
        printf '%s\n' "$out" | sed 's/^/    /'
        failures=$((failures + 1))
    elif ! printf '%s\n' "$out" | grep -qF -- "$message"; then
        echo "FAIL: $name: the check failed without saying '$message':"
        printf '%s\n' "$out" | sed 's/^/    /'
        failures=$((failures + 1))
    else
        echo "ok: $name"
    fi
}

# The untouched copy passes, so a failure below comes from the breakage.
cp -R "$src/packaging/desktop" "$work/pristine"
if ! out=$(sh "$check" "$src" "$work/pristine" 2>&1); then
    echo "FAIL: the untouched files do not pass:"
    printf '%s\n' "$out" | sed 's/^/    /'
    exit 1
fi

d=$id.desktop m=$id.metainfo.xml s=icons/$id.svg
expect "no Name[ja]" "has no Name[ja]" "sed -i '/^Name\[ja\]=/d' $d"
expect "no Comment[ja]" "has no Comment[ja]" "sed -i '/^Comment\[ja\]=/d' $d"
expect "another icon name" "Icon is 'mamori'" "sed -i 's/^Icon=.*/Icon=mamori/' $d"
expect "a category needing a main one" "desktop-file-validate" "sed -i 's/^Categories=.*/Categories=Education;Security;/' $d"
expect "a line that is not a key" "desktop-file-validate" "echo 'not a key' >> $d"
expect "a desktop file named otherwise" "is missing" "mv $d mamori.desktop"
expect "an unknown binary" "does not provide the binary 'mamori-gui'" "sed -i 's/^Exec=.*/Exec=mamori-gui/' $d"
expect "another launchable" "launchable is 'mamori.desktop'" "sed -i 's#<launchable type=\"desktop-id\">[^<]*<#<launchable type=\"desktop-id\">mamori.desktop<#' $m"
expect "another component id" "<id> is 'io.github.mamori.mamori'" "sed -i 's#<id>[^<]*</id>#<id>io.github.mamori.mamori</id>#' $m"
expect "no metadata licence" "appstreamcli validate" "sed -i '/<metadata_license>/d' $m"
expect "no Japanese summary" "no Japanese <summary" "sed -i '/<summary xml:lang=\"ja\">/d' $m"
expect "malformed metainfo" "not well-formed" "sed -i 's#</component>##' $m"
expect "text in the icon" "text element" "sed -i 's#</svg>#<text x=\"0\" y=\"10\">M</text></svg>#' $s"
expect "malformed icon" "not well-formed" "sed -i 's#</svg>##' $s"
expect "a PNG of the wrong size" "is 16 16 pixels, not 24x24" "cp icons/hicolor/16x16/apps/$id.png icons/hicolor/24x24/apps/$id.png"
expect "a missing PNG" "the 64x64 icon" "rm icons/hicolor/64x64/apps/$id.png"
expect "a PNG named otherwise" "is not named $id.png" "cp icons/hicolor/48x48/apps/$id.png icons/hicolor/48x48/apps/mamori.png"
expect "an SVG saved as a PNG" "not a PNG" "cp $s icons/hicolor/128x128/apps/$id.png"

# A missing tool fails and names its Debian package: run with a PATH holding every tool but identify.
cases=$((cases + 1))
bin=$work/bin
mkdir "$bin"
for tool in sh awk sed basename dirname desktop-file-validate appstreamcli xmllint; do
    ln -s "$(command -v "$tool")" "$bin/$tool"
done
out=$(PATH=$bin sh "$check" "$src" "$work/pristine" 2>&1); status=$?
if [ "$status" -eq 1 ] && printf '%s\n' "$out" | grep -qF "imagemagick"; then
    echo "ok: a missing tool names its package"
else
    echo "FAIL: without identify the check exited $status and said:"
    printf '%s\n' "$out" | sed 's/^/    /'
    failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures of $cases breakages were not caught as expected"
    exit 1
fi
echo "all $cases breakages caught"
