#!/usr/bin/env bash
# Proves that two commits convert a corpus to the same JSON, byte for byte.
#
# usage: Scripts/same-output.sh [--keep] BASE_COMMIT [HEAD_COMMIT] [CORPUS]
#   BASE_COMMIT, HEAD_COMMIT  any git revision (HEAD_COMMIT defaults to HEAD)
#   CORPUS                    folder of PDFs (default ../shared/corpus)
#   --keep                    keep the temporary worktrees and outputs (their paths are printed)
#
# Each commit is checked out in a temporary worktree, built with `swift build -c release`
# (cold, about 4 minutes each) and run as `docstruct convert CORPUS --output DIR --jobs 2`.
# The two output trees are then compared file by file: every *.json must exist on both sides
# and be byte-identical once the one line that holds `producer.pipelineVersion` (the binary's
# build ID, which differs between any two builds) is removed. Files whose names start with "."
# (the run record) are not compared. Exit status 0 when identical, 1 when not, 2 on misuse.
set -euo pipefail

keep=0
if [[ "${1:-}" == "--keep" ]]; then keep=1; shift; fi
if [[ $# -lt 1 || $# -gt 3 || "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi

repo=$(git rev-parse --show-toplevel)
base=$(git -C "$repo" rev-parse --verify "$1^{commit}")
head=$(git -C "$repo" rev-parse --verify "${2:-HEAD}^{commit}")
corpus=$(cd "${3:-$repo/../shared/corpus}" && pwd)
jobs=${JOBS:-2}

work=$(mktemp -d "${TMPDIR:-/tmp}/same-output.XXXXXX")
cleanup() {
    if [[ $keep -eq 0 ]]; then
        for side in base head; do
            [[ -d "$work/$side" ]] && git -C "$repo" worktree remove --force "$work/$side" || true
        done
        rm -rf "$work"
    else
        echo "kept: $work" >&2
    fi
}
trap cleanup EXIT

convert() { # side commit
    local side=$1 commit=$2
    git -C "$repo" worktree add --detach "$work/$side" "$commit" >/dev/null 2>&1
    # The package finds the corpus and schemas as ../shared beside the checkout.
    [[ -e "$work/shared" ]] || ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
    echo "building $side ($commit)…" >&2
    (cd "$work/$side" && swift build -c release >"$work/$side.build.log" 2>&1) || {
        echo "build of $side failed; see $work/$side.build.log" >&2; keep=1; exit 2; }
    echo "converting $corpus with $side…" >&2
    # convert exits non-zero when some document fails; both sides must then fail alike,
    # which the comparison of the output trees shows.
    "$work/$side/.build/release/docstruct" convert "$corpus" --output "$work/$side.out" \
        --jobs "$jobs" >"$work/$side.convert.log" 2>&1 || true
}

convert base "$base"
convert head "$head"

python3 - "$work/base.out" "$work/head.out" <<'PY'
import os, re, sys
a, b = sys.argv[1], sys.argv[2]
version = re.compile(rb'^\s*"pipelineVersion"\s*:\s*"[^"]*",?\n', re.M)
def files(root):
    out = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith('.json') and not f.startswith('.'):
                out.add(os.path.relpath(os.path.join(d, f), root))
    return out
fa, fb = files(a), files(b)
bad = 0
for f in sorted(fa ^ fb):
    print('only in', 'base' if f in fa else 'head', f); bad += 1
for f in sorted(fa & fb):
    x = version.sub(b'', open(os.path.join(a, f), 'rb').read(), count=1)
    y = version.sub(b'', open(os.path.join(b, f), 'rb').read(), count=1)
    if x != y:
        print('differs', f); bad += 1
print(f'{"SAME" if bad == 0 else "DIFFERENT"}: files={len(fa | fb)} differing={bad}')
sys.exit(1 if bad else 0)
PY
