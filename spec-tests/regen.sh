#!/usr/bin/env bash
# Regenerates the expected outputs of the spec tests by running the reference PUC-Rio lua5.3.
#
# Usage: spec-tests/regen.sh [PATH-SUBSTRING]
#   With an argument, only programs whose path (relative to spec-tests/) contains it are regenerated.
#
# Each spec-tests/<area>/<name>.lua is run as `lua5.3 <name>.lua` from inside its own directory with a fixed
# environment (the same one the Rust harness uses). Written next to it:
#   <name>.stdout                   always
#   <name>.stderr, <name>.status    only when the exit status is non-zero or stderr is non-empty
# spec-tests/types/ belongs to the type checker and is skipped. Lua files under a directory named `lib`
# are modules loaded by tests, not tests themselves. Never edit the outputs by hand.
set -euo pipefail
cd "$(dirname "$0")"
LUA=${LUA53:-lua5.3}
command -v "$LUA" >/dev/null || { echo "regen.sh: $LUA not found (apt-get install lua5.3)" >&2; exit 1; }
filter=${1:-}
count=0
while IFS= read -r -d '' file; do
  rel=${file#./}
  case "$rel" in types/*|*/lib/*) continue ;; esac
  [[ -n "$filter" && "$rel" != *"$filter"* ]] && continue
  dir=$(dirname "$rel")
  name=$(basename "$rel" .lua)
  status=0
  (cd "$dir" && env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC HOME=/nonexistent \
      timeout 60 "$LUA" "$name.lua" </dev/null >"$name.stdout" 2>"$name.stderr") || status=$?
  if [[ $status -ne 0 || -s "$dir/$name.stderr" ]]; then
    echo "$status" >"$dir/$name.status"
  else
    rm -f "$dir/$name.stderr" "$dir/$name.status"
  fi
  count=$((count + 1))
done < <(find . -name '*.lua' -print0 | sort -z)
echo "regenerated $count programs"
