#!/bin/bash
# Proves the Slurm path of docs/scaling.md on one machine (issue 12, item 16): installs Debian's
# slurm-wlm and munge when missing, starts a private one-node cluster (its own munge key and
# socket, its own slurm.conf, ports 16817/16818, everything under one scratch folder), runs an
# array job of 4 shards of `docstruct ingest` over ../shared/corpus/bulk into ONE output folder,
# and checks that every PDF was converted exactly once and that `docstruct report` over the four
# ledgers adds up. The daemons it started are stopped at the end. Needs root (munged, slurmd).
#
#   Scripts/slurm-shards.sh [DOCSTRUCT_BINARY]     (default .build/release/docstruct)
#
# Not run by CI (it starts daemons and takes about a minute); run it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-.build/release/docstruct}")
SOURCE=$(realpath ../shared/corpus/bulk)
[[ -x $BIN ]] || { echo "slurm-shards: no docstruct binary at $BIN" >&2; exit 2; }
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge
fi
work=$(mktemp -d /tmp/docstruct-slurm.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    local status=$?
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if [[ $status == 0 ]]; then rm -rf "$work"; else echo "slurm-shards: logs kept in $work" >&2; fi
}
trap cleanup EXIT
node=$(hostname -s)

# munge: a private key and socket.
mkdir -p "$work/munge"
dd if=/dev/urandom of="$work/munge/key" bs=1024 count=1 status=none
chmod 400 "$work/munge/key"
munged --force --key-file="$work/munge/key" --socket="$work/munge/socket" \
    --pid-file="$work/munge/pid" --log-file="$work/munge/log" --seed-file="$work/munge/seed"
pids+=("$(cat "$work/munge/pid")")

# Slurm: one node, one partition, no cgroups (works inside a container).
mkdir -p "$work/state" "$work/spool" "$work/log"
cat > "$work/slurm.conf" <<CONF
ClusterName=docstruct
SlurmctldHost=$node
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
AuthInfo=socket=$work/munge/socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=docs Nodes=$node Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
CONF
export SLURM_CONF=$work/slurm.conf
slurmctld -i
slurmd
for _ in $(seq 1 30); do [[ -s $work/slurmctld.pid && -s $work/slurmd.pid ]] && break; sleep 1; done
pids+=("$(cat "$work/slurmctld.pid")" "$(cat "$work/slurmd.pid")")
for _ in $(seq 1 30); do sinfo -h -o %t | grep -q idle && break; sleep 1; done
sinfo

# The array job of docs/scaling.md: 4 shards, one output folder, one ledger per shard.
out=$work/out
cat > "$work/job.sh" <<JOB
#!/bin/sh
#SBATCH --job-name=docstruct-ingest
#SBATCH --array=0-3
#SBATCH --cpus-per-task=1
#SBATCH --output=$work/log/shard-%a.log
"$BIN" ingest "$SOURCE" --output "$out" --shard "\${SLURM_ARRAY_TASK_ID}/4" \
    --ledger "$out/ledgers/shard-\${SLURM_ARRAY_TASK_ID}.sqlite" --jobs 1 --timeout 300
s=\$?; [ \$s -le 1 ] && exit 0 || exit \$s
JOB
job=$(sbatch --parsable "$work/job.sh")
echo "submitted array job $job"
for _ in $(seq 1 600); do [[ -z $(squeue -h -j "$job") ]] && break; sleep 1; done
[[ -z $(squeue -h -j "$job") ]] || { echo "slurm-shards: job $job did not finish in 10 minutes" >&2; exit 1; }
cat "$work"/log/shard-*.log

# Every PDF once: one output per PDF, one ledger row per PDF across the four ledgers.
n_pdf=$(find "$SOURCE" -name '*.pdf' | wc -l)
n_json=$(find "$out" -name '*.json' -not -path '*/.*' | wc -l)
rows=0; converted=0
for l in "$out"/ledgers/shard-*.sqlite; do
    rows=$((rows + $(sqlite3 "$l" "SELECT count(*) FROM files")))
    converted=$((converted + $(sqlite3 "$l" "SELECT count(*) FROM files WHERE status='converted'")))
done
dupes=$(for l in "$out"/ledgers/shard-*.sqlite; do sqlite3 "$l" "SELECT path FROM files"; done | sort | uniq -d | wc -l)
report=$("$BIN" report "$out" --format json $(for l in "$out"/ledgers/shard-*.sqlite; do echo --ledger "$l"; done))
by_status=$(printf '%s' "$report" | python3 -c 'import json,sys; r=json.load(sys.stdin)["runSummary"]; print(sum(r["byStatus"].values()), r["byStatus"].get("converted", 0), r["runs"])')
echo "PDFs $n_pdf, outputs $n_json, ledger rows $rows (converted $converted), paths in two ledgers $dupes; report: rows, converted, runs = $by_status"
[[ $rows == "$n_pdf" && $dupes == 0 && $converted == "$n_json" ]] || { echo "slurm-shards: FAILED" >&2; exit 1; }
[[ $by_status == "$rows $converted 4" ]] || { echo "slurm-shards: report does not add up" >&2; exit 1; }
echo "slurm-shards: ok"
