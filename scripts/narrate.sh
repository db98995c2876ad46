#!/usr/bin/env bash
# Makes a page's narration from text with espeak-ng and sox, small enough to ship in a pack.
#   scripts/narrate.sh ja "読み上げる文章" lessons/packs/PACK/audio/page-ja.ogg
#   scripts/narrate.sh en "Text to read"   lessons/packs/PACK/audio/page-en.ogg
# Needs: apt-get install espeak-ng sox libsox-fmt-base
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
tmp=$(mktemp --suffix=.wav)
trap 'rm -f "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
espeak-ng -v "$voice" -s "$speed" -w "$tmp" "$text"
# Mono, 16 kHz, lowest Vorbis quality: speech stays clear at about 3 KB per second.
sox "$tmp" -r 16000 -c 1 -C -1 "$out"
