#!/usr/bin/env bash
# Scale benchmark (not a test, not in CI): synthetic corpus of perturbed real text, release
# builds with --jobs 1 and --jobs 2, peak memory, store size per document, and push throughput
# into a Virtuoso started here on 127.0.0.1 (random free ports, temp dir, stopped at the end).
#
# usage: Benchmarks/scale/run.sh [--mb 200] [--work DIR] [--no-push] [--batch-triples 50000]
# needs: python3, /usr/bin/time (GNU), virtuoso-opensource (for the push figure), curl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
MB=200; WORK=/tmp/newsgraph-scale; PUSH=1; BATCH=50000
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) MB=$2; shift 2;; --work) WORK=$2; shift 2;; --no-push) PUSH=0; shift;;
    --batch-triples) BATCH=$2; shift 2;; *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
corpus="$WORK/corpus-${MB}mb"
echo "load when starting: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  python3 "$here/make_corpus.py" --out "$corpus" --mb "$MB" --repo "$repo"
  touch "$corpus/.done"
fi
docs=$(find "$corpus" -name '*.txt' | wc -l)
bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $docs documents, $bytes bytes"

(cd "$repo" && swift build -c release --product newsgraph 2>&1 | tail -1)
ng="$repo/.build/release/newsgraph"

declare -A SECONDS_FOR RSS_FOR
for jobs in 1 2; do
  db="$WORK/jobs$jobs.sqlite"; rm -f "$db" "$db-wal" "$db-shm"
  /usr/bin/time -v -o "$WORK/time-$jobs.txt" "$ng" build "$corpus" --db "$db" --jobs "$jobs" > "$WORK/build-$jobs.log" 2>&1
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/time-$jobs.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time-$jobs.txt")
  SECONDS_FOR[$jobs]=$secs; RSS_FOR[$jobs]=$rss
  size=$(stat -c %s "$db")
  printf 'build --jobs %d: %.1f s, %.2f MB/s, peak RSS %.0f MB, store %.1f MB (%.0f bytes/document)\n' \
    "$jobs" "$secs" "$(echo "$bytes/1000000/$secs" | bc -l)" "$(echo "$rss/1024" | bc -l)" \
    "$(echo "$size/1000000" | bc -l)" "$(echo "$size/$docs" | bc -l)"
done
printf 'speed-up --jobs 2 / --jobs 1: %.2fx\n' "$(echo "${SECONDS_FOR[1]}/${SECONDS_FOR[2]}" | bc -l)"

"$ng" export --db "$WORK/jobs1.sqlite" --format ntriples --out "$WORK/one.nt" >/dev/null
"$ng" export --db "$WORK/jobs2.sqlite" --format ntriples --out "$WORK/two.nt" >/dev/null
if cmp -s "$WORK/one.nt" "$WORK/two.nt"; then echo "exports of --jobs 1 and --jobs 2: identical ($(wc -l < "$WORK/one.nt") triples)"; else echo "exports of --jobs 1 and --jobs 2 DIFFER"; fi
triples=$(wc -l < "$WORK/one.nt")
t0=$(date +%s.%N)
"$ng" export --db "$WORK/jobs1.sqlite" --format ntriples --split-mb 64 --out "$WORK/bulk" > /dev/null
echo "split export: $(ls "$WORK/bulk" | wc -l) files in $(echo "$(date +%s.%N)-$t0" | bc) s"

[ "$PUSH" = 1 ] || exit 0
if ! command -v virtuoso-t >/dev/null; then echo "push: skipped (virtuoso-opensource is not installed)"; exit 0; fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SQLPORT=$(free_port); HTTPPORT=$(free_port)
VDIR=$(mktemp -d /tmp/newsgraph-scale-virt.XXXXXX)
cat > "$VDIR/virtuoso.ini" <<INI
[Database]
DatabaseFile = $VDIR/virtuoso.db
ErrorLogFile = $VDIR/virtuoso.log
LockFile = $VDIR/virtuoso.lck
TransactionFile = $VDIR/virtuoso.trx
xa_persistent_file = $VDIR/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $VDIR/virtuoso-temp.db
TransactionFile = $VDIR/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$SQLPORT
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., $VDIR, $WORK
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
MaxQueryMem = 1G
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:$HTTPPORT
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 5
ServerThreads = 5
Charset = UTF-8
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 600
[Plugins]
LoadPath = /usr/lib/x86_64-linux-gnu/virtuoso-opensource-7/hosting
INI
(cd "$VDIR" && virtuoso-t +configfile "$VDIR/virtuoso.ini" +foreground > "$VDIR/stdout.log" 2>&1) &
vpid=$!
stop_virtuoso() {
  isql-vt "127.0.0.1:$SQLPORT" dba dba -K >/dev/null 2>&1 || true
  for _ in $(seq 1 40); do kill -0 "$vpid" 2>/dev/null || break; sleep 0.5; done
  kill "$vpid" 2>/dev/null || true
  rm -rf "$VDIR"
}
trap stop_virtuoso EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$HTTPPORT/sparql?query=ASK%7B%7D" >/dev/null 2>&1 && break; sleep 0.5; done
GRAPH=https://newsgraph.example/graph/scale
export NG_VIRTUOSO_PASSWORD=dba   # a fresh database's dba password; never passed as an argument
"$ng" push --db "$WORK/jobs1.sqlite" --endpoint "http://127.0.0.1:$HTTPPORT/sparql-graph-crud-auth" --graph "$GRAPH" \
  --user dba --password-env NG_VIRTUOSO_PASSWORD --replace --batch-triples "$BATCH" | tee "$WORK/push.txt"
n=$(curl -sf -G --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$GRAPH> { ?s ?p ?o } }" -H 'Accept: text/csv' \
  "http://127.0.0.1:$HTTPPORT/sparql" | tail -1)
echo "Virtuoso counts $n triples in <$GRAPH>; NewsGraph exported $triples"
echo "load when done: $(cut -d' ' -f1-3 /proc/loadavg)"
