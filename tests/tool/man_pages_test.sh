#!/bin/sh
# The man pages written at build time render with no warning (as lintian checks them), are
# compressed reproducibly, and say everything the programs say: every command of the tool's
# overview, every option of each help, every setting config show prints.
# usage: man_pages_test.sh MAN_DIR MAMORI MAMORI_TOOL
set -u
man_dir=$1 mamori=$2 tool=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if ! command -v man >/dev/null || ! command -v groff >/dev/null; then
    echo "FAIL: man (Debian package man-db) or groff (groff-base) is not installed"
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for page in mamori mamori-tool; do
    source="$man_dir/$page.1"
    [ -s "$source" ] && [ -s "$source.gz" ] || { fail "$page.1 or $page.1.gz is missing"; continue; }
    # What lintian runs (manpage-has-errors-from-man): it must print nothing.
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$source.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man --warnings on $page.1.gz:
$warnings"
    warnings=$(groff -man -Tutf8 -K utf8 -ww -z "$source" 2>&1)
    [ -z "$warnings" ] || fail "groff -ww on $page.1:
$warnings"
    # The compressed page is this page, with no name and no time stamp in its header.
    gzip -dc "$source.gz" | cmp -s - "$source" || fail "$page.1.gz is not $page.1 compressed"
    header=$(od -An -tx1 -N8 "$source.gz" | tr -d ' \n')
    [ "$header" = "1f8b080000000000" ] || fail "$page.1.gz has a name or time stamp (header $header): not gzip -n"
    # lintian's hyphen-used-as-minus-sign: an option written with a plain hyphen.
    # Every hyphen of the text is written \- (help2man does the same), so a plain one is a slip;
    # requests (.ti -4n) are not text.
    plain=$(grep -n -E -e '(^|[^\\])-' "$source" | grep -v -E -e '^[0-9]+:\.')
    [ -z "$plain" ] || fail "$page.1 has a plain hyphen where a minus sign belongs:
$(echo "$plain" | head -5)"
    # The source with troff's escapes undone, to look words up in.
    sed -e 's/\\-/-/g' -e 's/\\f[BIR]//g' -e 's/\\e/\\/g' -e 's/\\&//g' "$source" >"$work/$page.txt"
done

# appears PAGE WORD...: each WORD is in PAGE as a word of its own.
appears() {
    page=$1
    shift
    for word in "$@"; do
        grep -q -E -e "(^|[^A-Za-z0-9_-])$word([^A-Za-z0-9_-]|\$)" "$work/$page.txt" || fail "$page.1 does not mention $word"
    done
}

# Every option `mamori --help` names.
options=$("$mamori" --help | grep -o -E -e '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || fail "mamori --help names no option"
appears mamori $options

# Every command of the overview has its section, and every option its help names is in it.
commands=$("$tool" help | sed -n '/^commands:$/,$p' | grep -E '^  [a-z]' | awk '{ print $1 }')
[ "$(echo "$commands" | wc -l)" -ge 10 ] || fail "the overview lists too few commands: $commands"
for command in $commands; do
    grep -q -x -F ".SS \"$command\"" "$work/mamori-tool.txt" || fail "mamori-tool.1 has no section for $command"
    appears mamori-tool $("$tool" help "$command" | grep -o -E -e '--[a-z][a-z-]*' | sort -u)
done

# Every setting there is, as a tagged paragraph of SETTINGS in both pages.
settings=$("$tool" config show 2>/dev/null | awk 'NR > 2 { print $1 }')
[ "$(echo "$settings" | wc -l)" -ge 10 ] || fail "config show prints too few settings: $settings"
for page in mamori mamori-tool; do
    for setting in $settings; do
        awk -v name="$setting" 'previous == ".TP" && $0 == name { found = 1 } { previous = $0 } END { exit !found }' \
            "$work/$page.txt" || fail "$page.1 does not describe the setting $setting"
    done
done

[ "$failures" -eq 0 ] && echo "man pages: fine"
[ "$failures" -eq 0 ]
