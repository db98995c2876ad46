#!/bin/sh
# Installs the Debian package system-wide as an administrator's tools would (dpkg -i), uses the
# installed programs as their users would, then removes it (dpkg -r) and checks that learners'
# data is untouched. System-wide changes belong on CI's throwaway machine only: elsewhere this
# says so and skips (exit 77), unless MAMORI_TEST_INSTALL=1 asks for it.
# usage: install_package.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 source=$2
if [ "${CI:-}" != true ] && [ "${MAMORI_TEST_INSTALL:-}" != 1 ]; then
  echo "skipped: installs system-wide only in CI (CI=true) or with MAMORI_TEST_INSTALL=1"
  exit 77
fi
deb=$(ls "$build"/mamori_*.deb)
work=$(mktemp -d)
fail() { echo "package: error: $*" >&2; exit 1; }
sudo=
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
if dpkg-query -W -f='${Status}' mamori 2>/dev/null | grep -q "install ok installed"; then
  fail "a mamori package is installed already; this test will not replace it"
fi
cleanup() {
  $sudo dpkg --purge mamori > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# A learner's data from before the install, which nothing below may touch.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" XDG_CACHE_HOME="$work/home/cache"
mkdir -p "$HOME"
echo "before the package" > "$work/home/data-marker"
mkdir -p "$XDG_DATA_HOME/mamori/progress" && echo "<not-a-real-file/>" > "$XDG_DATA_HOME/mamori/progress/earlier.xml"

$sudo dpkg -i "$deb" || fail "dpkg -i failed"
[ -x /usr/bin/mamori ] && [ -x /usr/bin/mamori-tool ] || fail "the programs are not in /usr/bin"
/usr/bin/mamori-tool --version
/usr/bin/mamori --version
/usr/bin/mamori-tool validate /usr/share/mamori/packs/*/ || fail "the installed packs do not validate"
man -w mamori-tool | grep -q '^/usr/share/man/man1/mamori-tool.1.gz$' || fail "man cannot find mamori-tool(1)"

# A learner's session in the installed app's window (Xvfb), on the installed packs, fonts found
# through fontconfig; its records must match the installed engine's.
mkdir -p "$XDG_CONFIG_HOME/mamori"
/usr/bin/mamori-tool key create "$XDG_CONFIG_HOME/mamori/organisation.key" > /dev/null
shots=${MAMORI_PACKAGE_SHOTS:-$work/shots}   # MAMORI_PACKAGE_SHOTS=DIR keeps them, to look at
sh "$source/tests/gui/run_in_window.sh" /usr/bin/mamori /usr/bin/mamori-tool "$source/tests/scripts/basics.play" "$shots" ||
  fail "the installed mamori did not run the learner's script"
[ -n "$(ls "$shots")" ] || fail "the installed mamori saved no screenshot"
# The learner's own progress, written by the installed app in its default place.
/usr/bin/mamori-tool play --user installed-learner --now 2026-04-01T09:00:00Z "$source/tests/scripts/basics.play" > /dev/null ||
  fail "the installed mamori-tool cannot play into the default data folder"
[ -f "$XDG_DATA_HOME/mamori/progress/installed-learner.xml" ] || fail "no progress file in \$XDG_DATA_HOME/mamori"
find "$HOME" -type f -exec sha256sum {} + | sort > "$work/data-before-removal"

$sudo dpkg -r mamori || fail "dpkg -r failed"
for gone in /usr/bin/mamori /usr/bin/mamori-tool /usr/share/mamori /usr/share/applications/io.github.mamori.Mamori.desktop; do
  [ ! -e "$gone" ] || fail "$gone is still there after dpkg -r"
done
find "$HOME" -type f -exec sha256sum {} + | sort > "$work/data-after-removal"
diff -u "$work/data-before-removal" "$work/data-after-removal" || fail "removing the package changed learners' data"
grep -q "installed-learner.xml" "$work/data-after-removal" && grep -q "earlier.xml" "$work/data-after-removal" ||
  fail "learners' files are missing after dpkg -r"
# Removing keeps the administrator's settings (a conffile); purging removes them.
[ -f /etc/mamori/mamori.conf ] || fail "dpkg -r removed /etc/mamori/mamori.conf, an administrator's file"
$sudo dpkg --purge mamori > /dev/null || fail "dpkg --purge failed"
[ ! -e /etc/mamori/mamori.conf ] || fail "dpkg --purge left /etc/mamori/mamori.conf"
echo "installed, ran (validate, window, play) and removed; learners' data untouched ($(wc -l < "$work/data-after-removal") files)"
