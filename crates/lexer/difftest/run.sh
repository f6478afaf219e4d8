#!/bin/sh
# Differential test of the lexer against PUC Lua 5.3: random literal-heavy chunks, values and
# error messages compared. Usage: crates/lexer/difftest/run.sh [SEED] [COUNT]
set -e
dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
python3 "$dir/gen.py" "${1:-1}" "${2:-20000}" > "$tmp/cases.bin"
lua5.3 "$dir/puc.lua" < "$tmp/cases.bin" > "$tmp/puc.txt"
cargo run -q -p wippy-lexer --example lexdump < "$tmp/cases.bin" > "$tmp/ours.txt"
if cmp -s "$tmp/puc.txt" "$tmp/ours.txt"; then
    echo "lexer difftest: $(wc -l < "$tmp/puc.txt") cases agree"
    rm -r "$tmp"
else
    echo "lexer difftest: outputs differ, see $tmp (cases.bin, puc.txt, ours.txt)"
    exit 1
fi
