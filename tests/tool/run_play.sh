#!/bin/sh
# Runs one learner script through `mamori-tool play` in a fresh data folder, then checks
# that the progress file it wrote verifies. usage: run_play.sh MAMORI_TOOL SCRIPT
set -eu
tool=$1 script=$2
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$tool" key create "$data/organisation.key"
"$tool" play --data-dir "$data" --key-file "$data/organisation.key" --user script-learner "$script"
"$tool" progress verify --key-file "$data/organisation.key" "$data/progress/script-learner.xml"
