#!/usr/bin/env bash
# make_synthetic.sh PAGES OUT.pdf
# Builds an OUT.pdf of PAGES pages from the bundled Samples/*.pdf, repeating their 7 pages in
# order (A_C.3_91_L.7 p1-2, A_RES_91_12 p1-3, A_RES_91_87 p1-2, again, ...) and cutting at PAGES.
# Documents of different lengths made this way hold the same mix of pages, so their time per
# page can be compared. Needs qpdf. Never write the result into the repository.
set -euo pipefail
pages=${1:?usage: make_synthetic.sh PAGES OUT.pdf}
out=${2:?usage: make_synthetic.sh PAGES OUT.pdf}
here=$(cd "$(dirname "$0")/.." && pwd)
samples=("$here"/Samples/*.pdf)
per_cycle=0
for s in "${samples[@]}"; do per_cycle=$((per_cycle + $(qpdf --show-npages "$s"))); done
cycles=$(( (pages + per_cycle - 1) / per_cycle ))
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
args=()
for ((i = 0; i < cycles; i++)); do for s in "${samples[@]}"; do args+=("$s"); done; done
# One qpdf call; a file named several times contributes its pages each time.
qpdf --empty --pages "${args[@]}" -- "$tmp/all.pdf"
qpdf --empty --pages "$tmp/all.pdf" "1-$pages" -- "$out"
[[ $(qpdf --show-npages "$out") == "$pages" ]] || { echo "make_synthetic: wrong page count in $out" >&2; exit 1; }
