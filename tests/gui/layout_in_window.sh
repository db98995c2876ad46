#!/bin/sh
# Replays a learner script through the real window at one setting (text size, theme, language,
# window size) under Xvfb, saving a screenshot of every screen it passes, and fails when the
# window reports a layout problem (a widget over another, or cut off at the side) or a
# character the font cannot show.
# usage: layout_in_window.sh MAMORI MAMORI_TOOL SCRIPT PERCENT THEME LANGUAGE WIDTH HEIGHT [SCREENSHOT_DIR]
set -eu
app=$1 tool=$2 script=$3 percent=$4 theme=$5 language=$6 width=$7 height=$8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shots=${9:-$work/screenshots}
"$tool" key create "$work/key" > /dev/null
cat > "$work/settings.xml" <<SETTINGS
<?xml version="1.0" encoding="UTF-8"?>
<settings language="$language" text-percent="$percent" theme="$theme">
  <window x="0" y="0" width="$width" height="$height"/>
</settings>
SETTINGS

# Leak checks stay off for the window: Mesa and the X libraries keep memory on purpose.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SDL_AUDIODRIVER=dummy XDG_CACHE_HOME="$work/cache" MAMORI_CHECK_LAYOUT=1 \
  sh "$(dirname "$0")/../support/in_xvfb.sh" 1280x1024x24 \
  "$app" --data-dir "$work/data" --key-file "$work/key" --settings "$work/settings.xml" --user layout-learner \
         --now 2026-04-01T09:00:00Z --script "$script" --screenshot-dir "$shots" 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
cat "$work/stderr" >&2
if grep -q "has no glyph\|mamori: layout:" "$work/stderr"; then
  echo "the window at $percent % text, $theme theme, $language, ${width}x$height drew something wrongly (see above)" >&2
  exit 1
fi
echo "$(ls "$shots" | wc -l) screenshots at $percent % text, $theme theme, $language, ${width}x$height; no layout problem"
