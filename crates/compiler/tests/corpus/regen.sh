#!/bin/sh
# Regenerates the expected listings (or, for programs that do not compile, the error message)
# with the reference compiler: luac5.3 -l -l -p.
cd "$(dirname "$0")" || exit 1
for f in *.lua; do
  luac5.3 -l -l -p "$f" > "$f.luac" 2>&1
done
