#!/usr/bin/env bash
# Benchmarks/run.sh — docstruct against Poppler's own text extraction (issue #6).
#
#   Benchmarks/run.sh                 full benchmark (several minutes; needs hyperfine, qpdf, time, python3)
#   Benchmarks/run.sh --smoke         CI smoke test: both tools over Samples/, outputs validated (seconds)
#
# Options: --corpus DIR (default ../shared/corpus/bulk), --runs N (default 3), --no-build,
#          --keep (keep the temporary folder). BIN=path overrides the docstruct binary.
#
# Full mode, all on the same files and in one go:
#  1. bulk set: `docstruct convert --jobs 1` and `--jobs 2`, and `pdftotext -bbox-layout`
#     one process per file (that is how pdftotext works), run one at a time and two at a time
#     (xargs -P 1 / -P 2). hyperfine --warmup 1 --runs N; min and median reported.
#  2. synthetic documents of 10 and 1,000 pages built from Samples/ with qpdf (in a temp
#     folder, never in the repository): time per page, and peak RSS from /usr/bin/time -v.
#  3. the stage profile (`--timings`) for the bulk set at --jobs 1 and for the 1,000-page file.
#  4. a summary: pages per second, ratios, and each "done when" figure of #6 with PASS/FAIL.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo/../shared/corpus/bulk"
runs=3 smoke=0 build=1 keep=0
while (($#)); do
    case $1 in
        --smoke) smoke=1 ;;
        --corpus) corpus=$2; shift ;;
        --runs) runs=$2; shift ;;
        --no-build) build=0 ;;
        --keep) keep=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

scratch="$repo/.build-bench"
bin_given=${BIN:+1}
BIN=${BIN:-$scratch/release/docstruct}
if ((build)) && [[ -z $bin_given ]]; then
    if ((smoke)) && [[ -x $BIN ]]; then :; else
        (cd "$repo" && swift build -c release --scratch-path "$scratch" >&2)
    fi
fi
[[ -x $BIN ]] || { echo "run.sh: no docstruct binary at $BIN" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "run.sh: pdftotext not found (apt-get install poppler-utils)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/docstruct-bench.XXXXXX")
if ((keep)); then echo "work folder: $work"; else trap 'rm -rf "$work"' EXIT; fi

# ---------------------------------------------------------------------------------------------
if ((smoke)); then
    start=$(date +%s%N)
    mkdir -p "$work/in"
    cp "$repo"/Samples/*.pdf "$work/in/"
    "$BIN" convert "$work/in" --output "$work/ds" --jobs 2 --timings
    n_pdf=$(find "$work/in" -name '*.pdf' | wc -l)
    n_json=$(find "$work/ds" -name '*.json' -not -name '.*' | wc -l)
    [[ $n_pdf == "$n_json" ]] || { echo "smoke: $n_json JSON files for $n_pdf PDFs" >&2; exit 1; }
    "$BIN" validate "$work"/ds/*.json
    find "$work/in" -name '*.pdf' -print0 | xargs -0 -n 1 -P 2 pdftotext -bbox-layout
    for f in "$work"/in/*.pdf; do
        grep -q '<word ' "${f%.pdf}.html" || { echo "smoke: pdftotext wrote no words for $f" >&2; exit 1; }
    done
    if command -v qpdf >/dev/null; then
        "$repo/Benchmarks/make_synthetic.sh" 10 "$work/s10.pdf"
        "$BIN" convert "$work/s10.pdf" --output "$work/ds10"
        "$BIN" validate "$work/ds10/s10.json"
    fi
    echo "smoke: ok ($(( ($(date +%s%N) - start) / 1000000 )) ms)"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
for tool in hyperfine qpdf python3; do
    command -v $tool >/dev/null || { echo "run.sh: $tool not found (apt-get install -y hyperfine qpdf)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time not found (apt-get install -y time)" >&2; exit 2; }
[[ -d $corpus ]] || { echo "run.sh: no corpus at $corpus" >&2; exit 2; }
corpus=$(cd "$corpus" && pwd)

echo "== docstruct benchmark $(date -u +%FT%TZ)"
echo "binary:    $BIN"
echo "corpus:    $corpus"
echo "machine:   $(nproc) cores, $(uname -sr); $(pdftotext -v 2>&1 | head -1)"
echo "load:      $(uptime | sed 's/.*load average/load average/')"

# The same files for both tools: a tree of symbolic links, so that pdftotext writes X.html
# beside each link (in the temp folder) and docstruct reads the very same paths.
cp -rs "$corpus" "$work/in"
find "$work/in" -name '*.pdf' -print0 | sort -z > "$work/files"
n_files=$(tr -cd '\0' < "$work/files" | wc -c)
pages=$(xargs -0 -n 1 qpdf --show-npages < "$work/files" | awk '{ n += $1 } END { print n }')
echo "bulk set:  $n_files documents, $pages pages"

clean="rm -rf '$work/ds1' '$work/ds2'; find '$work/in' -name '*.html' -delete"
pt() { echo "xargs -0 -n 1 -P $1 pdftotext -bbox-layout < '$work/files'"; }
echo
echo "== 1. bulk set (hyperfine --warmup 1 --runs $runs)"
hyperfine --warmup 1 --runs "$runs" --style basic --prepare "$clean" --export-json "$work/bulk.json" \
    -n "pdftotext -P1" "$(pt 1)" \
    -n "docstruct --jobs 1" "'$BIN' convert '$work/in' --output '$work/ds1' --jobs 1" \
    -n "pdftotext -P2" "$(pt 2)" \
    -n "docstruct --jobs 2" "'$BIN' convert '$work/in' --output '$work/ds2' --jobs 2"
echo "load after: $(uptime | sed 's/.*load average/load average/')"

echo
echo "== 2. synthetic documents from Samples/ (10 and 1,000 pages)"
"$repo/Benchmarks/make_synthetic.sh" 10 "$work/s10.pdf"
"$repo/Benchmarks/make_synthetic.sh" 1000 "$work/s1000.pdf"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/synth.json" \
    -n "docstruct 10 pages" "'$BIN' convert '$work/s10.pdf' --output '$work/so10'" \
    -n "docstruct 1000 pages" "'$BIN' convert '$work/s1000.pdf' --output '$work/so1000'" \
    -n "pdftotext 10 pages" "pdftotext -bbox-layout '$work/s10.pdf' '$work/s10.html'" \
    -n "pdftotext 1000 pages" "pdftotext -bbox-layout '$work/s1000.pdf' '$work/s1000.html'"
/usr/bin/time -v "$BIN" convert "$work/s1000.pdf" --output "$work/so1000" 2> "$work/rss-ds.txt" >/dev/null
/usr/bin/time -v pdftotext -bbox-layout "$work/s1000.pdf" "$work/s1000.html" 2> "$work/rss-pt.txt"
rss_ds=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/rss-ds.txt")
rss_pt=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/rss-pt.txt")
echo "peak RSS, 1,000 pages: docstruct $((rss_ds / 1024)) MiB, pdftotext $((rss_pt / 1024)) MiB"

echo
echo "== 3. stage profile (--timings, one run each; seconds summed over jobs)"
echo "bulk set, --jobs 1:"
"$BIN" convert "$work/in" --output "$work/ds1" --jobs 1 --timings | sed 's/^/  /' | tee "$work/timings-bulk.txt"
echo "1,000-page document:"
"$BIN" convert "$work/s1000.pdf" --output "$work/so1000" --timings | sed 's/^/  /' | tee "$work/timings-synth.txt"

echo
echo "== 4. summary (min / median of $runs runs)"
python3 - "$work" "$pages" "$rss_ds" <<'PY'
import json, sys, statistics, re
work, pages, rss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def load(name):
    out = {}
    for r in json.load(open(f"{work}/{name}"))["results"]:
        t = r["times"]; out[r["command"]] = (min(t), statistics.median(t))
        cpu[r["command"]] = r["user"] + r["system"]  # hyperfine's means: CPU seconds, robust to load
    return out
cpu = {}
b, s = load("bulk.json"), load("synth.json")
print(f"{'bulk set':22} {'min s':>7} {'med s':>7} {'pages/s (min)':>14} {'pages/s (med)':>14} {'CPU s (mean)':>13}")
for k, (mn, md) in b.items():
    print(f"{k:22} {mn:7.2f} {md:7.2f} {pages/mn:14.0f} {pages/md:14.0f} {cpu[k]:13.2f}")
def ratio(a, c):  # (min ratio, median ratio)
    return b[a][0] / b[c][0], b[a][1] / b[c][1]
rows = []
r1 = ratio("docstruct --jobs 1", "pdftotext -P1")
r2 = ratio("docstruct --jobs 2", "pdftotext -P2")
sp = (b["docstruct --jobs 1"][0] / b["docstruct --jobs 2"][0], b["docstruct --jobs 1"][1] / b["docstruct --jobs 2"][1])
spt = (b["pdftotext -P1"][0] / b["pdftotext -P2"][0], b["pdftotext -P1"][1] / b["pdftotext -P2"][1])
print(f"\nratio docstruct/pdftotext, one at a time:  {r1[0]:.2f}x (min)  {r1[1]:.2f}x (median)")
print(f"ratio of CPU time (user+sys), one at a time: {cpu['docstruct --jobs 1'] / cpu['pdftotext -P1']:.2f}x   (wall figures are only as good as the load allows)")
print(f"ratio docstruct/pdftotext, two at a time:  {r2[0]:.2f}x (min)  {r2[1]:.2f}x (median)")
print(f"speed-up --jobs 2 over --jobs 1:           {sp[0]:.2f}x (min)  {sp[1]:.2f}x (median)   [pdftotext -P2 over -P1: {spt[0]:.2f}x / {spt[1]:.2f}x]")
pp = {k: (v[0] / int(re.search(r"(\d+) pages", k).group(1)), v[1] / int(re.search(r"(\d+) pages", k).group(1))) for k, v in s.items()}
for k in s: print(f"{k:22} {s[k][0]:7.3f} s min {s[k][1]:7.3f} s med  = {pp[k][0]*1000:6.2f} ms/page (min)")
lin = (pp["docstruct 1000 pages"][0] / pp["docstruct 10 pages"][0], pp["docstruct 1000 pages"][1] / pp["docstruct 10 pages"][1])
print(f"time per page, 1,000 pages / 10 pages:     {lin[0]:.2f}x (min)  {lin[1]:.2f}x (median)")
print(f"peak RSS, 1,000 pages:                     {rss/1024:.0f} MiB")
def verdict(ok): return "PASS" if ok else "FAIL"
print("\n#6 'done when' (median figures):")
print(f"  {verdict(r1[1] <= 1.2)}  --jobs 1 time <= 1.2x pdftotext:     {r1[1]:.2f}x")
print(f"  {verdict(sp[1] >= 1.8)}  --jobs 2 >= 1.8x faster than --jobs 1: {sp[1]:.2f}x")
print(f"  {verdict(rss/1024 <= 150)}  peak RSS (1,000 pages) <= 150 MiB:    {rss/1024:.0f} MiB")
print(f"  {verdict(lin[1] <= 1.1)}  per-page time 1,000 / 10 <= 1.1x:      {lin[1]:.2f}x")
PY
echo "load at end: $(uptime | sed 's/.*load average/load average/')"
