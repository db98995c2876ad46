#!/bin/sh
# Checks the Debian package that build_package.sh made, as an administrator would before rolling
# it out: its fields and dependencies, that it holds what Mamori needs and nothing of the build
# machine, that the programs run from wherever it is unpacked, and that lintian finds no error.
# Prints the package's size, its dependencies and lintian's output (the issue's figures).
# usage: check_package.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 source=$2
deb=$(ls "$build"/mamori_*.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package: error: $*" >&2; exit 1; }
for tool in dpkg-deb lintian man; do
  command -v "$tool" > /dev/null || fail "$tool is missing (Debian packages dpkg, lintian, man-db)"
done

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = mamori ] || fail "Package is '$(field Package)'"
[ "$(field Section)" = education ] || fail "Section is '$(field Section)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
# shlibdeps must have found the libraries (not only the hand-written font), each with a version.
for needed in fonts-ipafont-gothic libglfw3 libsdl2-mixer-2.0-0 libtinyxml2-9 libsqlite3-0 libpq5 libssl3 libicu72 libcairo2 libfontconfig1 libc6; do
  echo "$depends" | grep -q "\(^\|, \)$needed\( \|,\|$\)" || fail "Depends lacks $needed: $depends"
done
echo "$depends" | grep -q -- "-dev" && fail "Depends names a -dev package: $depends"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | sort > "$work/contents"
for file in /usr/bin/mamori /usr/bin/mamori-tool \
            /usr/share/mamori/packs/telework/pack.xml /usr/share/mamori/packs/departing/pack.xml \
            /usr/share/mamori/packs/targeted-attacks/pack.xml /usr/share/mamori/packs/basics/pack.xml \
            /usr/share/mamori/packs/tour/pack.xml /usr/share/mamori/assets/lang/ja.xml /usr/share/mamori/assets/lang/en.xml \
            /usr/share/mamori/schema/lessonpack.xsd \
            /usr/share/applications/io.github.mamori.Mamori.desktop /usr/share/metainfo/io.github.mamori.Mamori.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.mamori.Mamori.svg \
            /usr/share/icons/hicolor/48x48/apps/io.github.mamori.Mamori.png \
            /usr/share/man/man1/mamori.1.gz /usr/share/man/man1/mamori-tool.1.gz \
            /usr/share/doc/mamori/copyright /usr/share/doc/mamori/changelog.Debian.gz \
            /usr/share/doc/mamori/lesson-pack-guide.md /etc/mamori/mamori.conf; do
  grep -qx "$file" "$work/contents" || fail "$file is not in the package"
done
[ "$(ls "$source"/assets/sounds | grep -vc README.md)" -eq "$(grep -c '^/usr/share/mamori/assets/sounds/.' "$work/contents")" ] ||
  fail "not every sound is in the package"
# Only what runs: no README screenshots, no headers or static libraries, nothing outside the FHS places.
grep -E '/screenshots|\.a$|\.hpp$|^/usr/local|^/usr/include' "$work/contents" && fail "the package holds build leftovers (above)"
grep -vE '^/$|^/usr(/bin|/share/(mamori|applications|metainfo|icons|man|doc))?(/|$)|^/etc(/mamori)?(/|$)' "$work/contents" &&
  fail "the package installs outside its places (above)"
[ "$(dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - ./conffiles)" = /etc/mamori/mamori.conf ] || fail "/etc/mamori/mamori.conf is not a conffile"

# Unpacked anywhere, the programs find their data beside them and no path of the build machine.
dpkg-deb -x "$deb" "$work/root"
for program in "$work/root/usr/bin/mamori" "$work/root/usr/bin/mamori-tool"; do
  if grep -q -a -F "$source" "$program"; then fail "$program holds the source folder's path $source"; fi
done
"$work/root/usr/bin/mamori-tool" --version | grep -q "^mamori-tool [0-9]" || fail "mamori-tool --version"
"$work/root/usr/bin/mamori" --version | grep -q "^mamori [0-9]" || fail "mamori --version"
"$work/root/usr/bin/mamori-tool" validate "$work"/root/usr/share/mamori/packs/*/ > "$work/validate.txt" ||
  { cat "$work/validate.txt" >&2; fail "the packaged packs do not validate"; }
"$work/root/usr/bin/mamori-tool" key create "$work/key" > /dev/null
HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" "$work/root/usr/bin/mamori-tool" play --data-dir "$work/data" \
  --key-file "$work/key" --user packaged-learner --now 2026-04-01T09:00:00Z "$source/tests/scripts/basics.play" > "$work/play.txt" ||
  { cat "$work/play.txt" >&2; fail "the packaged mamori-tool cannot play a script on its own packs"; }
for page in mamori mamori-tool; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$work/root/usr/share/man/man1/$page.1.gz" 2>&1 > /dev/null)
  [ -z "$warnings" ] || fail "man page $page: $warnings"
done

# lintian: no error allowed; warnings and the rest are printed for the closing note.
lintian --fail-on error --display-level ">=info" --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 ||
  { cat "$work/lintian.txt" >&2; fail "lintian found errors"; }
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes, installed size $(field Installed-Size) KiB"
echo "depends: $depends"
echo "lintian: $(wc -l < "$work/lintian.txt") tags"
cat "$work/lintian.txt"
