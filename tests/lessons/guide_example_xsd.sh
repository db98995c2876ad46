#!/bin/sh
# Validates the first XML example of lessons/README.md against the schema.
# usage: guide_example_xsd.sh SOURCE_DIR XMLLINT
set -eu
awk '/^```xml$/ { inside = 1; count++; next } /^```$/ { inside = 0 } inside && count == 1' "$1/lessons/README.md" |
  "$2" --noout --schema "$1/lessons/schema/lessonpack.xsd" -
