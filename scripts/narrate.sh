#!/usr/bin/env bash
# Makes a page's narration from text with espeak-ng and sox, small enough to ship in a pack.
#   scripts/narrate.sh ja "読み上げる文章" lessons/packs/PACK/audio/page-ja.ogg
#   scripts/narrate.sh en "Text to read"   lessons/packs/PACK/audio/page-en.ogg
# Needs: apt-get install espeak-ng sox libsox-fmt-base (and kakasi for Japanese with kanji)
# espeak-ng's Japanese voice reads kana only: it says "Chinese letter" for each kanji. So
# Japanese text is turned into hiragana with kakasi first; write the particle は as わ, へ as え.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 ja|en TEXT OUT.ogg" >&2
  exit 2
fi
lang=$1 text=$2 out=$3
case "$lang" in
  ja) voice=ja; speed=150 ;;
  en) voice=en-gb; speed=160 ;;
  *) echo "$0: language must be ja or en" >&2; exit 2 ;;
esac
if [ "$lang" = ja ] && printf '%s' "$text" | LC_ALL=C.UTF-8 grep -qP '[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}]'; then
  if command -v kakasi >/dev/null; then
    text=$(printf '%s' "$text" | kakasi -i utf8 -o utf8 -JH)
  else
    echo "$0: the text has kanji, which espeak-ng cannot read: install kakasi or write it in kana" >&2
    exit 1
  fi
fi
tmp=$(mktemp --suffix=.wav)
trap 'rm -f "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
espeak-ng -v "$voice" -s "$speed" -w "$tmp" "$text"
# Mono, 16 kHz, lowest Vorbis quality: speech stays clear at about 3 KB per second.
sox "$tmp" -r 16000 -c 1 -C -1 "$out"
