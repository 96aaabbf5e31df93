#!/usr/bin/env bash
# Exports every output of ../shared/corpus/un and ../shared/corpus/bulk to Akoma Ntoso and
# validates each file against the OASIS schema with xmllint (Debian libxml2-utils).
# Usage: Scripts/export-akn.sh [OUT_DIR]   (default /tmp/docstruct-akn; uses .build/release/docstruct)
# Prints one line per invalid file and the counts; exit status 1 when any file is invalid.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/docstruct-akn}"
bin=.build/release/docstruct
schema=../shared/schemas/akn/akomantoso30.xsd
[ -x "$bin" ] || { echo "$bin is missing: run swift build -c release" >&2; exit 2; }
[ -f "$schema" ] || { echo "$schema is missing: the shared folder must sit beside the repository" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "xmllint is missing: apt-get install libxml2-utils" >&2; exit 2; }
status=0
for folder in un bulk; do
    rm -rf "$out/$folder"
    # Scans without a text layer fail to convert (named on stderr); their absence is not an AKN failure.
    "$bin" convert "../shared/corpus/$folder" --output "$out/$folder" --format akn --jobs 2 >/dev/null 2>"$out.$folder.log" || true
    total=0; valid=0
    while IFS= read -r -d '' xml; do
        total=$((total + 1))
        if message=$(xmllint --noout --schema "$schema" "$xml" 2>&1); then
            valid=$((valid + 1))
        else
            echo "invalid: $xml: $(echo "$message" | head -3 | tr '\n' ' ')"
            status=1
        fi
    done < <(find "$out/$folder" -name '*.xml' -print0 | sort -z)
    jsons=$(find "$out/$folder" -name '*.json' | wc -l)
    echo "$folder: documents converted $jsons, AKN files $total, valid $valid, invalid $((total - valid))"
done
exit $status
