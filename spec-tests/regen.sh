#!/usr/bin/env bash
# Regenerates the expected outputs of the spec tests by running the reference PUC-Rio lua5.3.
#
# Usage: spec-tests/regen.sh [--check] [PATH-SUBSTRING]
#   PATH-SUBSTRING  only programs whose path (relative to spec-tests/) contains it
#   --check         write nothing; list the programs whose committed expectations differ from what
#                   lua5.3 produces now (exit status 1 if any)
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
check=false
if [[ ${1:-} == --check ]]; then check=true; shift; fi
filter=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

count=0; differ=0
while IFS= read -r -d '' file; do
  rel=${file#./}
  case "$rel" in types/*|*/lib/*) continue ;; esac
  [[ -n "$filter" && "$rel" != *"$filter"* ]] && continue
  dir=$(dirname "$rel")
  name=$(basename "$rel" .lua)
  status=0
  (cd "$dir" && env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC HOME=/nonexistent \
      timeout 60 "$LUA" "$name.lua" </dev/null >"$tmp/out" 2>"$tmp/stderr") || status=$?
  if [[ $status -ne 0 || -s "$tmp/stderr" ]]; then echo "$status" >"$tmp/status"; else rm -f "$tmp/stderr" "$tmp/status"; fi
  if $check; then
    same=true
    cmp -s "$tmp/out" "$dir/$name.stdout" || same=false
    for ext in stderr status; do
      if [[ -e "$tmp/$ext" || -e "$dir/$name.$ext" ]]; then cmp -s "$tmp/$ext" "$dir/$name.$ext" 2>/dev/null || same=false; fi
    done
    $same || { echo "differs: $rel"; differ=$((differ + 1)); }
  else
    mv "$tmp/out" "$dir/$name.stdout"
    for ext in stderr status; do
      if [[ -e "$tmp/$ext" ]]; then mv "$tmp/$ext" "$dir/$name.$ext"; else rm -f "$dir/$name.$ext"; fi
    done
  fi
  count=$((count + 1))
done < <(find . -name '*.lua' -print0 | sort -z)
if $check; then
  echo "checked $count programs, $differ differ"
  [[ $differ -eq 0 ]]
else
  echo "regenerated $count programs"
fi
