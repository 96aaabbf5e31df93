#!/bin/sh
# The long mutated-PDF run of `docstruct convert` (issue 12, item 2): COUNT seeded, reproducible
# mutants of the smallest 60 PDFs of ../shared/corpus/bulk (the same series as
# Scripts/mutate-ingest.sh) are converted in one `convert` batch, each in a worker process. It
# passes when the batch ends with its summary, every mutant is converted or named in the run
# record with a code, no failure is a trap in our own Swift code, and no temporary file is left.
#
#   Scripts/mutate-convert.sh [COUNT] [SEED]        (defaults: 2000 mutants, seed 20261129)
#
# Environment: SCRATCH (build folder, default .build), JOBS (default 2), TIMEOUT
# (seconds per document, default 20). CI runs the same test with 40 mutants.
set -eu
cd "$(dirname "$0")/.."
COUNT=${1:-2000}
SEED=${2:-20261129}
REPORT=$(mktemp)
DOCSTRUCT_MUTANTS=$COUNT DOCSTRUCT_MUTANT_SEED=$SEED DOCSTRUCT_MUTANT_JOBS=${JOBS:-2} \
DOCSTRUCT_MUTANT_TIMEOUT=${TIMEOUT:-20} DOCSTRUCT_MUTANT_REPORT=$REPORT \
    swift test --scratch-path "${SCRATCH:-.build}" --filter IngestTests.MutationTests/testMutatedPDFsThroughConvertAreAllAccountedFor
cat "$REPORT"
rm -f "$REPORT"
