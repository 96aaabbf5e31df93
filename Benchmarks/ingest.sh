#!/usr/bin/env bash
# Benchmarks/ingest.sh — the cost of a no-change `docstruct ingest` (issue #16: <= 0.4 s over
# 10,000 files).
#
#   Benchmarks/ingest.sh                 temp folder, fill the ledger (~80 s), time the runs, delete
#   Benchmarks/ingest.sh --keep DIR      build the source and ledger in DIR, or reuse them when there
#   Benchmarks/ingest.sh --runs N        timed no-change runs (default 7, after one untimed run)
#
# Options: --folders N and --per-folder N (default 100 x 100 = 10,000 files), --jobs N for the
# filling run (default 2). BIN=path overrides the docstruct binary (default .build/release/docstruct;
# build it first with `swift build -c release`). No network; needs qpdf (for the one-page PDF).
#
# The source is N folders of M hard links to one one-page PDF (page 1 of the first of
# Samples/*.pdf, cut with Benchmarks/make_synthetic.sh), as in the README's table ("first run
# over 10,000 one-page files"). The first `ingest` converts them all (about 80 s on 2 cores) and
# fills the ledger. A binary rebuilt since the ledger was filled has another pipeline version, so
# on a kept folder that first run converts everything again; with the same binary it is one
# more no-change run. Then one untimed no-change run (caches warm), then N timed ones, each
# checked to have converted nothing and skipped every file. Printed: min and median wall time,
# and min and median CPU time (user + sys, the supervisor only: no worker is started).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=7 folders=100 per_folder=100 jobs=2 keep=""
while (($#)); do
    case $1 in
        --keep) keep=$2; shift ;;
        --runs) runs=$2; shift ;;
        --folders) folders=$2; shift ;;
        --per-folder) per_folder=$2; shift ;;
        --jobs) jobs=$2; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "ingest.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

BIN=${BIN:-$repo/.build/release/docstruct}
[[ -x $BIN ]] || { echo "ingest.sh: no docstruct binary at $BIN (swift build -c release)" >&2; exit 2; }
command -v qpdf >/dev/null || { echo "ingest.sh: qpdf not found (apt-get install -y qpdf)" >&2; exit 2; }
((runs >= 1)) || { echo "ingest.sh: --runs must be at least 1" >&2; exit 2; }
total=$((folders * per_folder))

if [[ -n $keep ]]; then
    mkdir -p "$keep"
    work=$(cd "$keep" && pwd)
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/docstruct-ingest.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi
src="$work/src" out="$work/out"

echo "== docstruct ingest benchmark $(date -u +%FT%TZ)"
echo "binary:  $BIN"
echo "folder:  $work ($folders folders x $per_folder files)"
echo "machine: $(nproc) cores, $(uname -sr)"
echo "load:    $(uptime | sed 's/.*load average/load average/')"

# The source: hard links of one one-page PDF. A kept folder with the right count is reused.
have=0
[[ -d $src ]] && have=$(find "$src" -name '*.pdf' | wc -l)
if ((have != total)); then
    rm -rf "$src" "$out"
    mkdir -p "$src/d000"
    "$repo/Benchmarks/make_synthetic.sh" 1 "$work/one.pdf"
    for ((f = 0; f < per_folder; f++)); do ln "$work/one.pdf" "$(printf '%s/d000/f%03d.pdf' "$src" "$f")"; done
    for ((d = 1; d < folders; d++)); do cp -al "$src/d000" "$(printf '%s/d%03d' "$src" "$d")"; done
    echo "source:  made, $(find "$src" -name '*.pdf' | wc -l) files"
else
    echo "source:  reused, $have files"
fi

# One run; prints "wall user sys" in seconds and keeps the summary line in $work/last.txt.
timed_run() {
    local TIMEFORMAT='%3R %3U %3S'
    { time "$BIN" ingest "$src" --output "$out" --jobs "$jobs" > "$work/last.txt"; } 2>&1
}

echo
echo "== filling the ledger (converts whatever this binary has not converted yet)"
start=$(date +%s%N)
"$BIN" ingest "$src" --output "$out" --jobs "$jobs" | tail -1
echo "fill:    $(( ($(date +%s%N) - start) / 1000000 )) ms"

echo
echo "== $runs no-change runs (after one untimed run)"
timed_run > /dev/null
: > "$work/times.txt"
for ((i = 1; i <= runs; i++)); do
    t=$(timed_run | tail -1)
    summary=$(tail -1 "$work/last.txt")
    echo "run $i: $t   $summary"
    [[ $summary == *"converted 0, failed 0, skipped $total, removed 0"* ]] \
        || { echo "ingest.sh: not a no-change run: $summary" >&2; exit 1; }
    echo "$t" >> "$work/times.txt"
done
echo "load:    $(uptime | sed 's/.*load average/load average/')"

echo
awk -v files="$total" '
    { wall[NR] = $1; cpu[NR] = $2 + $3 }
    function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
    function median(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END {
        n = NR; sort(wall, n); sort(cpu, n)
        printf "no-change ingest over %d files, %d runs:\n", files, n
        printf "  wall  min %.3f s  median %.3f s\n", wall[1], median(wall, n)
        printf "  CPU   min %.3f s  median %.3f s  (user + sys)\n", cpu[1], median(cpu, n)
        printf "  %s  median wall <= 0.4 s (issue #16)\n", median(wall, n) <= 0.4 ? "PASS" : "FAIL"
    }' "$work/times.txt"
