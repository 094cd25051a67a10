#!/usr/bin/env bash
# npm run test:cluster — parse-article on a real Slurm: installs Slurm, munge and GNU parallel
# from Debian's packages when they are missing (needs root), starts a one-node cluster (munged,
# slurmctld, slurmd) in a temporary folder, runs job arrays over a generated archive and checks
# that they give exactly what one machine gives (and so do docs/cluster.md's GNU parallel
# commands), then stops the daemons and removes the folder.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/test/cluster"
COPIES=${CLUSTER_COPIES:-3000}
TASKS=4
started=$SECONDS

say() { printf 'cluster: %s\n' "$*"; }

# --- Slurm and munge ------------------------------------------------------------------------
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null ||
  ! command -v sbatch >/dev/null || ! command -v munged >/dev/null ||
  ! command -v parallel >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    say 'Slurm and munge are not installed, and installing them needs root'
    exit 1
  fi
  say 'installing slurmctld, slurmd, slurm-client, munge and parallel'
  apt-get update -qq </dev/null >/dev/null
  apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge parallel \
    </dev/null >/dev/null
fi
[ -f "$ROOT/dist/cli/cli.js" ] || (cd "$ROOT" && npm run build >/dev/null)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/parse-article-cluster.XXXXXX")
chmod 700 "$WORK"
pids=()
# Stops the jobs and the daemons and removes the folder; with a status other than 0, shows the
# end of each log first.
stop_cluster() {
  local status=$1
  # Jobs first, so that no task is left running once its slurmd is gone.
  if [ -n "${SLURM_CONF:-}" ] && [ -f "$SLURM_CONF" ]; then
    scancel --quiet --user="$(id -un)" 2>/dev/null || true
    for _ in $(seq 50); do
      [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
      sleep 0.2
    done
  fi
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$status" != 0 ] && [ -d "$WORK/log" ]; then
    for log in "$WORK"/log/*.log; do
      echo "--- $log (last lines)"
      tail -n 20 "$log"
    done
  fi
  say "daemons stopped after $((SECONDS - started)) s"
  if [ -n "${CLUSTER_KEEP:-}" ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
on_exit() {
  local status=$?
  stop_cluster "$status"
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORK"/{munge,state,spool,log,bin,jobs}
HOST=$(hostname -s)
CPUS=$(nproc)

head -c 1024 /dev/urandom >"$WORK/munge/munge.key"
chmod 400 "$WORK/munge/munge.key"
munged --foreground --force --key-file="$WORK/munge/munge.key" \
  --socket="$WORK/munge/socket" --pid-file="$WORK/munge/munged.pid" \
  --log-file="$WORK/log/munged.log" --seed-file="$WORK/munge/seed" >"$WORK/log/munged.out" 2>&1 &
pids+=($!)

export SLURM_CONF="$WORK/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=parse-article-test
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=${CLUSTER_CTLD_PORT:-46817}
SlurmdPort=${CLUSTER_SLURMD_PORT:-46818}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$WORK/munge/socket
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmdParameters=config_overrides
ReturnToService=2
KillWait=5
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS State=UNKNOWN
PartitionName=test Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

for _ in $(seq 50); do [ -S "$WORK/munge/socket" ] && break; sleep 0.1; done
slurmctld -D -i >"$WORK/log/slurmctld.out" 2>&1 &
pids+=($!)
# slurmd registers with the controller when it starts; started too early, it retries only later.
for _ in $(seq 100); do scontrol ping >/dev/null 2>&1 && break; sleep 0.2; done
slurmd -D -N "$HOST" >"$WORK/log/slurmd.out" 2>&1 &
pids+=($!)

state=''
for _ in $(seq 120); do
  state=$(sinfo -h -N -o %T 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 0.5
done
if [ "$state" != idle ]; then
  say "the node did not become idle (state: ${state:-none})"
  exit 1
fi
say "one-node cluster up ($HOST, $CPUS CPUs) after $((SECONDS - started)) s"
[ -n "${CLUSTER_STOP_HERE:-}" ] && exit 0

# --- the archive and the single-machine run -------------------------------------------------
ln -s "$ROOT/bin/parse-article.js" "$WORK/bin/parse-article"
export PATH="$WORK/bin:$PATH"
ARCHIVE="$WORK/archive"
node "$HERE/make-archive.mjs" "$ARCHIVE" "$COPIES" "$WORK/broken.txt"
parse-article "$ARCHIVE" -f ndjson -q --errors "$WORK/single-failed.ndjson" \
  >"$WORK/single.ndjson" 2>/dev/null || [ $? = 1 ]

passed=0
failed=0
check() {
  if node "$HERE/check.mjs" "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
expect() {
  local what=$1
  shift
  if "$@"; then
    echo "ok: $what"
    passed=$((passed + 1))
  else
    echo "not ok: $what"
    failed=$((failed + 1))
  fi
}
array() {
  sbatch --chdir="$WORK" --output="$WORK/log/%x-%A_%a.log" "$@"
}

# --- NDJSON parts: merged, they are the single run --------------------------------------------
array --array=1-$TASKS --wait "$HERE/parse-archive.sbatch" ndjson "$ARCHIVE" "$WORK/parts" >/dev/null
check same-records "$WORK/single.ndjson" "$WORK"/parts/part-*.ndjson
check failures-once "$WORK/broken.txt" "$WORK"/parts/failed-*.ndjson
check failures-once "$WORK/broken.txt" "$WORK/single-failed.ndjson"

# --- one shared output folder -----------------------------------------------------------------
array --array=1-$TASKS --wait "$HERE/parse-archive.sbatch" dir "$ARCHIVE" "$WORK/shared" >/dev/null
check out-dir "$WORK/shared/out" "$ARCHIVE" "$WORK/single.ndjson"
check failures-once "$WORK/broken.txt" "$WORK"/shared/failed-*.ndjson

# --- a task killed mid-run, then the array resubmitted ----------------------------------------
# One task at a time (%1), so that the first task's outputs are the only ones growing.
job=$(array --parsable --array=1-$TASKS%1 "$HERE/parse-archive.sbatch" dir "$ARCHIVE" "$WORK/resume")
job=${job%%;*}
killed_at=''
for _ in $(seq 1200); do
  done_now=0
  [ -d "$WORK/resume/out" ] && done_now=$(find "$WORK/resume/out" -name '*.json' | wc -l)
  if [ "$done_now" -ge 50 ]; then
    scancel --signal=KILL --full "${job}_1"
    killed_at=$done_now
    break
  fi
  sleep 0.05
done
for _ in $(seq 600); do
  [ -z "$(squeue -h -j "$job" -o %i 2>/dev/null)" ] && break
  sleep 0.2
done
missing=$(parse-article --verify-out "$WORK/resume/out" "$ARCHIVE" -q | wc -l) || true
broken=$(wc -l <"$WORK/broken.txt")
expect "task 1 killed after ${killed_at:-no} outputs, with $((missing - broken)) good inputs left" \
  test -n "$killed_at" -a "$missing" -gt "$broken"
check snapshot "$WORK/resume/out" "$WORK/before-resume.json"
# The killed task alone again: an array of one, so its shard is given.
PARSE_ARTICLE_SHARD=1/$TASKS array --array=1 --wait "$HERE/parse-archive.sbatch" dir "$ARCHIVE" \
  "$WORK/resume" >/dev/null
check unchanged "$WORK/resume/out" "$WORK/before-resume.json"
check out-dir "$WORK/resume/out" "$ARCHIVE" "$WORK/single.ndjson"
check failures-once "$WORK/broken.txt" "$WORK"/resume/failed-*.ndjson
parse-article --verify-out "$WORK/resume/out" "$ARCHIVE" -q >"$WORK/verify.txt" && status=0 || status=$?
expect '--verify-out lists only the broken inputs, exit 1' \
  test "$status" = 1 -a "$(sort "$WORK/verify.txt")" = "$(sort "$WORK/broken.txt")"

# --- GNU parallel as docs/cluster.md shows it, this machine its one login (":") ----------------
mkdir -p "$WORK/gnu/failed"
parallel --will-cite --sshlogin : --jobs 2 --joblog "$WORK/gnu/shards.log" \
  "parse-article $ARCHIVE --shard {}/$TASKS -o $WORK/gnu/out --skip-existing -q --errors $WORK/gnu/failed/{}.ndjson" \
  ::: $(seq $TASKS) 2>/dev/null || true
check out-dir "$WORK/gnu/out" "$ARCHIVE" "$WORK/single.ndjson"
check failures-once "$WORK/broken.txt" "$WORK"/gnu/failed/*.ndjson
parallel --will-cite --sshlogin : "parse-article $ARCHIVE --shard {}/$TASKS -f ndjson -q" \
  ::: $(seq $TASKS) >"$WORK/gnu/all.ndjson" 2>/dev/null || true
check same-records "$WORK/single.ndjson" "$WORK/gnu/all.ndjson"

trap - EXIT
stop_cluster "$failed"
say "$COPIES copies, $TASKS tasks, $((SECONDS - started)) s in all"
echo "cluster: $passed passed, $failed failed"
[ "$failed" = 0 ]
