#!/usr/bin/env bash
# Citations over ../shared/corpus/bulk: how many the outputs carry (by kind, with and without a
# symbol) and every symbol-like string the citation rules could not read (report check
# citation.unparsedSymbol), with its document.
# Usage: Scripts/citations-bulk.sh [OUT_DIR]   (default /tmp/docstruct-citations; uses .build/release/docstruct)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/docstruct-citations}"
bin=.build/release/docstruct
[ -x "$bin" ] || { echo "$bin is missing: run swift build -c release" >&2; exit 2; }
[ -d ../shared/corpus/bulk ] || { echo "../shared/corpus/bulk is missing" >&2; exit 2; }
rm -rf "$out"
"$bin" convert ../shared/corpus/bulk --output "$out" --jobs 2 >/dev/null
"$bin" report "$out" --format json > "$out.report.json" || true
python3 - "$out" "$out.report.json" <<'PY'
import collections, glob, json, sys
out, report = sys.argv[1], sys.argv[2]
kinds, resolved, documents = collections.Counter(), collections.Counter(), 0
def walk(elements):
    for e in elements:
        for c in e.get("citations", []):
            kinds[c["kind"]] += 1
            resolved["with symbol" if c["symbol"] else "without symbol"] += 1
        walk(e.get("items", []))
for path in sorted(glob.glob(out + "/**/*.json", recursive=True)):
    doc = json.load(open(path))
    documents += 1
    walk(doc["blocks"]); walk(doc["footnotes"])
total = sum(kinds.values())
print(f"documents {documents}, citations {total}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
      + "; " + ", ".join(f"{k} {v}" for k, v in sorted(resolved.items())))
unparsed = [(d["name"], f["message"]) for d in json.load(open(report))["documents"]
            for f in d["findings"] if f["code"] == "citation.unparsedSymbol"]
print(f"unparsed symbol-like strings {len(unparsed)}")
for name, message in unparsed:
    print(f"  {name}: {message}")
PY
