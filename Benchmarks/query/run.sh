#!/usr/bin/env bash
# Query benchmark (not a test): NewsGraph's TripleIndex against pyoxigraph and rdflib on the
# generated news-like graph, measured in the same run.
#
#   Benchmarks/query/run.sh            # 1M triples, 5 warm runs per query
#   TRIPLES=20000 ENGINES=oxigraph Benchmarks/query/run.sh
#
# Prints load time, memory per triple, per-query median latency with ratios to the peers,
# and checks row counts and digests against ../shared/bench/queries/expected_seed1_N.json.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$REPO/../shared}"
TRIPLES="${TRIPLES:-1000000}"
SEED="${SEED:-1}"
REPEAT="${REPEAT:-5}"
ENGINES="${ENGINES:-oxigraph,rdflib}"
TIMEOUT="${TIMEOUT:-120}"
OUT="${OUT:-/tmp/newsgraph-bench/run-$TRIPLES}"
NT="/tmp/newsgraph-bench/kg_seed${SEED}_${TRIPLES}.nt"
mkdir -p "$OUT" /tmp/newsgraph-bench

python3 -c "import pyoxigraph, rdflib" 2>/dev/null || pip install --quiet pyoxigraph rdflib

if [ ! -f "$NT" ]; then
    python3 "$SHARED/bench/gen_graph.py" --seed "$SEED" --triples "$TRIPLES" -o "$NT"
fi

swift build -c release --package-path "$HERE" 2>&1 | tail -1
"$HERE/.build/release/QueryBench" "$NT" "$SHARED"/bench/queries/*.rq --out "$OUT/rows" --repeat "$REPEAT" > "$OUT/newsgraph.json"

python3 "$SHARED/bench/query_speed.py" --nt "$NT" --engines "$ENGINES" --repeat "$REPEAT" --timeout "$TIMEOUT" \
    > "$OUT/peers.txt" 2>&1 || echo "(peer run exited non-zero: see $OUT/peers.txt)"

python3 "$HERE/report.py" "$OUT/newsgraph.json" "$OUT/peers.txt" "$OUT/rows" \
    "$SHARED/bench/queries/expected_seed${SEED}_${TRIPLES}.json"
