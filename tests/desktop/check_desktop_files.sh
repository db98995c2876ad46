#!/bin/sh
# Checks Mamori's desktop integration files: the menu entry, the AppStream metainfo and the icons.
#
#   sh check_desktop_files.sh SOURCE_DIR [DESKTOP_DIR]
#
# DESKTOP_DIR defaults to SOURCE_DIR/packaging/desktop; give another to check a copy (the breakage
# test does). Prints one "FAIL: ..." line per problem and exits 1 if there was any; a missing tool
# is a failure too, naming the Debian package that provides it.
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: sh $0 SOURCE_DIR [DESKTOP_DIR]" >&2
    exit 2
fi
dir=${2:-$1/packaging/desktop}
app_id=io.github.mamori.Mamori
sizes="16 24 32 48 64 128 256"
desktop=$dir/$app_id.desktop
metainfo=$dir/$app_id.metainfo.xml
svg=$dir/icons/$app_id.svg

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# Every tool is needed: a check that cannot run is a failure, never a skip.
missing=0
need() { # TOOL PACKAGE
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: '$1' is not installed; install the Debian package $2 (apt-get install $2)"
        missing=1
    fi
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need identify imagemagick
need xmllint libxml2-utils
[ "$missing" -eq 0 ] || exit 1

for file in "$desktop" "$metainfo" "$svg"; do
    [ -f "$file" ] || fail "$file is missing"
done
[ "$failures" -eq 0 ] || { echo "$failures problem(s) found"; exit 1; }

# The value of KEY in the [Desktop Entry] group (empty if absent).
desktop_key() {
    awk -v key="$1" '
        /^\[/ { group = $0; next }
        group == "[Desktop Entry]" {
            eq = index($0, "=")
            if (eq == 0) next
            k = substr($0, 1, eq - 1); sub(/[ \t]+$/, "", k)
            if (k == key) { v = substr($0, eq + 1); sub(/^[ \t]+/, "", v); print v; exit }
        }' "$desktop"
}
# The string value of an XPath expression in FILE.
xpath() { xmllint --xpath "$2" "$1" 2>/dev/null; }

# 1. The desktop file: desktop-file-validate prints nothing at all, not even a hint.
out=$(desktop-file-validate "$desktop" 2>&1); status=$?
if [ "$status" -ne 0 ] || [ -n "$out" ]; then
    fail "desktop-file-validate $desktop (exit $status):"
    printf '%s\n' "$out" | sed 's/^/    /'
fi
for key in Name Name[ja] GenericName GenericName[ja] Comment Comment[ja] Keywords Keywords[ja]; do
    [ -n "$(desktop_key "$key")" ] || fail "$desktop has no $key"
done
[ "$(desktop_key Type)" = Application ] || fail "$desktop: Type is not Application"
[ "$(desktop_key Icon)" = "$app_id" ] || fail "$desktop: Icon is '$(desktop_key Icon)', not '$app_id'"
exec_line=$(desktop_key Exec)
binary=${exec_line%% *}
[ -n "$binary" ] || fail "$desktop has no Exec"

# 2. The metainfo: appstreamcli validates it, and it names the same application.
out=$(appstreamcli validate --no-net "$metainfo" 2>&1); status=$?
if [ "$status" -ne 0 ]; then
    fail "appstreamcli validate --no-net $metainfo (exit $status):"
    printf '%s\n' "$out" | sed 's/^/    /'
fi
if xmllint --noout "$metainfo" 2>/dev/null; then
    [ "$(xpath "$metainfo" 'string(/component/id)')" = "$app_id" ] ||
        fail "$metainfo: <id> is '$(xpath "$metainfo" 'string(/component/id)')', not '$app_id'"
    launchable=$(xpath "$metainfo" 'string(/component/launchable[@type="desktop-id"])')
    [ "$launchable" = "$app_id.desktop" ] ||
        fail "$metainfo: the desktop-id launchable is '$launchable', not '$app_id.desktop'"
    [ "$(xpath "$metainfo" 'string(/component/@type)')" = desktop-application ] ||
        fail "$metainfo: the component's type is not desktop-application"
    for element in name summary; do
        [ -n "$(xpath "$metainfo" "normalize-space(/component/${element}[@xml:lang='ja'])")" ] ||
            fail "$metainfo has no Japanese <$element xml:lang=\"ja\">"
    done
    [ "$(xpath "$metainfo" "count(/component/description/p[@xml:lang='ja'])")" -gt 0 ] ||
        fail "$metainfo: the description has no Japanese paragraph"
    if [ -n "$binary" ] &&
        [ "$(xpath "$metainfo" "count(/component/provides/binary[.='$binary'])")" != 1 ]; then
        fail "$metainfo does not provide the binary '$binary' that the desktop file runs"
    fi
else
    fail "$metainfo is not well-formed XML"
fi

# 3. The scalable icon: well-formed SVG, drawn without text so no font is needed.
if xmllint --noout "$svg" 2>/dev/null; then
    [ "$(xpath "$svg" 'local-name(/*)')" = svg ] || fail "$svg: the root element is not <svg>"
    texts=$(xpath "$svg" "count(//*[local-name()='text' or local-name()='tspan' or local-name()='textPath'])")
    [ "$texts" = 0 ] || fail "$svg has $texts text element(s); draw the shapes as paths"
else
    fail "$svg is not well-formed XML:"
    xmllint --noout "$svg" 2>&1 | sed 's/^/    /'
fi

# 4. The PNGs: one per size, each as large as its folder says, named after the application.
for size in $sizes; do
    [ -f "$dir/icons/hicolor/${size}x$size/apps/$app_id.png" ] ||
        fail "the ${size}x$size icon $dir/icons/hicolor/${size}x$size/apps/$app_id.png is missing"
done
for png in "$dir"/icons/hicolor/*/apps/*.png; do
    [ -f "$png" ] || continue
    [ "$(basename "$png")" = "$app_id.png" ] || fail "$png is not named $app_id.png"
    folder=$(basename "$(dirname "$(dirname "$png")")")
    # png: makes ImageMagick read it as a PNG, whatever is really inside.
    actual=$(identify -format '%w %h' "png:$png" 2>/dev/null) || { fail "$png is not a PNG image"; continue; }
    [ "${folder%x*}x${folder%x*}" = "$folder" ] || { fail "$png is in '$folder', which is not a square NxN folder"; continue; }
    [ "$actual" = "${folder%x*} ${folder%x*}" ] || fail "$png is $actual pixels, not $folder as its folder says"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s) found"
    exit 1
fi
echo "desktop integration files: all checks passed"
