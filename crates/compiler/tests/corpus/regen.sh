#!/bin/sh
# Regenerates the expected listings with the reference compiler: luac5.3 -l -l -p.
cd "$(dirname "$0")" || exit 1
for f in *.lua; do
  luac5.3 -l -l -p "$f" > "$f.luac" || exit 1
done
