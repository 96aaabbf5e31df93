#!/usr/bin/env bash
# Benchmarks/instructions.sh — instructions executed by docstruct against pdftotext (issue #16).
#
#   Benchmarks/instructions.sh            (a few minutes; needs valgrind and poppler-utils)
#
# Counts instructions with callgrind, which the load of other processes does not move (unlike
# wall-clock time), on
#   - the three long documents: un/un-mandates/A_80_605.pdf and the two largest PDFs of
#     un/escwa by page count (E/ESCWA/30/18/Report in Arabic and in French);
#   - 20 bulk documents (the first 20 of bulk/ by name), docstruct in one run
#     (`convert --jobs 1`: a supervisor and its worker process, both counted), pdftotext once
#     per file (that is how it works), summed.
# convert runs with --timeout 100000: under valgrind, on a loaded machine, a long document's
# worker can pass the default 120 s and be killed, and its instructions would go uncounted.
# and prints, for each, docstruct's instructions, pdftotext -bbox-layout's and their ratio.
#
# Options: --corpus DIR (default ../shared/corpus). BIN=path overrides the docstruct binary
# (default .build/release/docstruct; build it first with `swift build -c release`).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo/../shared/corpus"
while (($#)); do
    case $1 in
        --corpus) corpus=$2; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "instructions.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
BIN=${BIN:-$repo/.build/release/docstruct}
[[ -x $BIN ]] || { echo "instructions.sh: no docstruct binary at $BIN (swift build -c release)" >&2; exit 2; }
for tool in valgrind pdftotext; do
    command -v $tool >/dev/null || { echo "instructions.sh: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/docstruct-instr.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Instructions executed by one command and every process it starts (callgrind's "Collected"
# totals summed): convert runs each document in a worker process of its own.
count() {
    local log="$work/log.$RANDOM"
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null --log-file="$log.%p" "$@" >/dev/null 2>&1
    cat "$log".* | awk '/Collected :/ {sum += $NF} END {printf "%.0f\n", sum}'
}

row() {  # label, docstruct instructions, pdftotext instructions
    awk -v l="$1" -v d="$2" -v p="$3" 'BEGIN { printf "%-34s %16.0f %16.0f %7.3f\n", l, d, p, d / p }'
}

printf "%-34s %16s %16s %7s\n" "document" "docstruct Ir" "pdftotext Ir" "ratio"
long=("$corpus/un/un-mandates/A_80_605.pdf")
while read -r _ file; do long+=("$file"); done < <(
    for f in "$corpus"/un/escwa/*.pdf; do
        echo "$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}') $f"
    done | sort -k1,1nr -k2 | head -2)
for file in "${long[@]}"; do
    d=$(count "$BIN" convert "$file" --output "$work/out" --jobs 1 --timeout 100000)
    p=$(count pdftotext -bbox-layout "$file" "$work/out.html")
    row "$(basename "$file")" "$d" "$p"
done

mapfile -t bulk < <(find "$corpus/bulk" -maxdepth 1 -name '*.pdf' | LC_ALL=C sort | head -20)
d=$(count "$BIN" convert "${bulk[@]}" --output "$work/bulk" --jobs 1 --timeout 100000)
p=0
for file in "${bulk[@]}"; do
    p=$((p + $(count pdftotext -bbox-layout "$file" "$work/out.html")))
done
row "20 bulk documents" "$d" "$p"
