#!/usr/bin/env bash
# Query benchmark (not a test): NewsGraph's TripleIndex against pyoxigraph and rdflib on the
# generated news-like graph, measured in the same run.
#
#   Benchmarks/query/run.sh            # 1M triples, 5 warm runs per query
#   TRIPLES=20000 DIFF_SCALE=5 ENGINES=oxigraph Benchmarks/query/run.sh
#
# Part 1: the five queries of ../shared/bench/queries on gen_graph.py's graph: load time,
# memory per triple, per-query median latency with ratios to the peers; row counts and
# digests checked against ../shared/bench/queries/expected_seed1_N.json.
# Part 2: the differential test's queries on a NewsGraph-shaped graph made by the test's
# generator at DIFF_SCALE (50: about 100k triples); NewsGraph's answers checked against
# pyoxigraph's.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$REPO/../shared}"
TRIPLES="${TRIPLES:-1000000}"
SEED="${SEED:-1}"
REPEAT="${REPEAT:-5}"
ENGINES="${ENGINES:-oxigraph,rdflib}"
TIMEOUT="${TIMEOUT:-120}"
DIFF_SCALE="${DIFF_SCALE:-50}"
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

DIFF="$OUT/differential"
"$HERE/.build/release/QueryBench" --write-shape "$DIFF_SCALE" "$DIFF"
"$HERE/.build/release/QueryBench" "$DIFF/graph.nt" "$DIFF"/queries/*.rq --out "$DIFF/rows" --repeat "$REPEAT" > "$DIFF/newsgraph.json"
SHARED="$SHARED" python3 "$HERE/peer_speed.py" "$DIFF/graph.nt" "$DIFF/queries" --engines "$ENGINES" --repeat "$REPEAT" \
    --timeout "$TIMEOUT" > "$DIFF/peers.json"

python3 "$HERE/report.py" "$OUT/newsgraph.json" "$OUT/peers.txt" "$OUT/rows" \
    "$SHARED/bench/queries/expected_seed${SEED}_${TRIPLES}.json" \
    --diff "$DIFF/newsgraph.json" "$DIFF/peers.json" "$DIFF/rows"
