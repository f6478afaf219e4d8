#!/usr/bin/env bash
# Runs the whole-program benchmarks with wippy-lua and the reference interpreters side by side.
#
# Usage: benches/run.sh [WIPPY_BINARY] [BENCHMARK...]
#   WIPPY_BINARY  default: target/release/wippy-lua (this script builds nothing)
#   BENCHMARK     names without .lua (default: every benches/*.lua)
# Environment:
#   RUNS=3        runs per interpreter; the best (minimum) wall time is reported
#   TIMEOUT=300   seconds before a single run is killed
#
# Interpreters run alternately (lua5.4, wippy, lua5.3, luajit, then again) to spread machine noise.
# lua5.3 and luajit columns appear only when installed. Every output is compared with lua5.4's; a
# wippy run that fails or prints something else shows FAIL and is left out of the geometric mean.
# Ratios are wippy time / lua5.4 time (lower is better).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
wippy=${1:-$root/target/release/wippy-lua}
shift $(( $# > 0 ? 1 : 0 ))
runs=${RUNS:-3}
limit=${TIMEOUT:-300}

command -v lua5.4 >/dev/null || { echo "run.sh: lua5.4 is required (apt-get install lua5.4)" >&2; exit 1; }
[ -x "$wippy" ] || echo "run.sh: warning: $wippy is not executable; its column will show FAIL" >&2
extra=()
for lua in lua5.3 luajit; do command -v "$lua" >/dev/null && extra+=("$lua"); done

if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for f in "$here"/*.lua; do names+=("$(basename "$f" .lua)"); done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_once INTERP FILE OUT -> prints elapsed seconds, or FAIL
run_once() {
  local start end
  start=$(date +%s%N)
  if (cd "$here" && timeout "$limit" "$1" "$2" >"$3" 2>"$3.err"); then
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f\n", ns / 1e9 }'
  else
    echo FAIL
  fi
}

# best OLD NEW -> the smaller time; FAIL is sticky
best() {
  if [ "$1" = FAIL ] || [ "$2" = FAIL ]; then echo FAIL
  elif [ -z "$1" ]; then echo "$2"
  else awk -v a="$1" -v b="$2" 'BEGIN { print (b < a ? b : a) }'; fi
}

# ratio TIME -> TIME / $base, or FAIL
ratio() {
  if [ "$1" = FAIL ] || [ "$base" = FAIL ]; then echo FAIL
  else awk -v a="$1" -v b="$base" 'BEGIN { printf "%.2f\n", a / b }'; fi
}

header=$(printf '%-16s %9s %9s %7s' benchmark lua5.4 wippy ratio)
for lua in "${extra[@]}"; do header+=$(printf ' %9s %7s' "$lua" ratio); done
echo "$header"
cols=(wippy "${extra[@]}")
logsum=(); count=()
for i in "${!cols[@]}"; do logsum[$i]=0; count[$i]=0; done
rows=0
for name in "${names[@]}"; do
  file="$name.lua"
  if [ ! -f "$here/$file" ]; then echo "run.sh: no benchmark $file" >&2; continue; fi
  declare -A t=()
  interps=(lua5.4 "$wippy" "${extra[@]}")
  for ((r = 1; r <= runs; r++)); do
    for i in "${!interps[@]}"; do
      out="$tmp/$name.$i.out"
      time=$(run_once "${interps[$i]}" "$file" "$out")
      if [ "$time" != FAIL ] && [ "$i" -ne 0 ] && ! cmp -s "$out" "$tmp/$name.0.out"; then time=FAIL; fi
      t[$i]=$(best "${t[$i]:-}" "$time")
    done
  done
  base=${t[0]}
  rows=$((rows + 1))
  line=$(printf '%-16s %9s' "$name" "$base")
  for i in "${!cols[@]}"; do
    v=${t[$((i + 1))]}
    rv=$(ratio "$v")
    line+=$(printf ' %9s %7s' "$v" "$rv")
    if [ "$rv" != FAIL ]; then
      logsum[$i]=$(awk -v s="${logsum[$i]}" -v r="$rv" 'BEGIN { print s + log(r > 0 ? r : 0.001) }')
      count[$i]=$((count[$i] + 1))
    fi
  done
  echo "$line"
  unset t
done
for i in "${!cols[@]}"; do
  if [ "${count[$i]}" -gt 0 ]; then
    awk -v s="${logsum[$i]}" -v n="${count[$i]}" -v total="$rows" -v who="${cols[$i]}" \
      'BEGIN { printf "geometric mean %s/lua5.4: %.2f (over %d of %d benchmarks)\n", who, exp(s / n), n, total }'
  else
    echo "geometric mean ${cols[$i]}/lua5.4: n/a (no successful runs)"
  fi
done
