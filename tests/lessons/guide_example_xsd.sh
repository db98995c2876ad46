#!/bin/sh
# Validates the XML example under "## A complete example" in lessons/README.md against the schema
# (the tutorial before it shows fragments, not whole packs).
# usage: guide_example_xsd.sh SOURCE_DIR XMLLINT
set -eu
awk '/^## A complete example/ { found = 1 }
     found && /^```xml$/ { inside = 1; count++; next }
     /^```$/ { inside = 0 }
     inside && count == 1' "$1/lessons/README.md" |
  "$2" --noout --schema "$1/lessons/schema/lessonpack.xsd" -
