#!/bin/sh
# The long mutated-PDF run of `docstruct ingest` (issue #4): COUNT seeded, reproducible mutants
# of the smallest 60 PDFs of ../shared/corpus/bulk (byte flips, truncations, splices of two
# files, zeroed and repeated ranges) are ingested with worker processes. It passes when the
# supervisor never crashes, every mutant has a ledger row (converted, or failed with a reason),
# every document ends within the timeout, and no temporary file is left.
#
#   Scripts/mutate-ingest.sh [COUNT] [SEED]        (defaults: 2000 mutants, seed 20261129)
#
# Environment: SCRATCH (build folder, default .build-ingest), JOBS (default 2), TIMEOUT
# (seconds per document, default 20). CI runs the same test with 40 mutants.
set -eu
cd "$(dirname "$0")/.."
COUNT=${1:-2000}
SEED=${2:-20261129}
REPORT=$(mktemp)
DOCSTRUCT_MUTANTS=$COUNT DOCSTRUCT_MUTANT_SEED=$SEED DOCSTRUCT_MUTANT_JOBS=${JOBS:-2} \
DOCSTRUCT_MUTANT_TIMEOUT=${TIMEOUT:-20} DOCSTRUCT_MUTANT_REPORT=$REPORT \
    swift test --scratch-path "${SCRATCH:-.build-ingest}" --filter IngestTests.MutationTests
cat "$REPORT"
rm -f "$REPORT"
