#!/usr/bin/env bash
# Export speed benchmark (not a test): NewsGraph against the peers users would otherwise use,
# measured in the same run on graphs of the same size.
#
#   bash Benchmarks/export/run.sh            # from the repository root (or anywhere)
#
# 1. Builds Benchmarks/export (release) and exports a generated graph of ~1M RDF triples
#    (30k entities with zh-Hant/zh-Hans/en labels and aliases, 55k typed relations with CJK
#    evidence, 5k documents) as N-Triples, RDF/XML and GraphML; then GraphML of a graph with
#    networkx's size (100k nodes, 300k edges). Each export runs in its own process under
#    /usr/bin/time -v. Then GraphML and RDF/XML of a graph shaped like the peers' own
#    (--shape peer, see PeerShapedGraph.swift): 100k nodes / 300k edges, and 25k nodes / 75k
#    edges (about 1M triples in our mapping), so the ratios can be read on both kinds of graph.
# 2. Runs ../shared/bench/export_speed.py 100000 (100k nodes, 300k edges = 1M triples): rdflib
#    and pyoxigraph RDF/XML, networkx write_graphml (and its parse-backs, which are not compared).
# 3. Prints seconds, MB/s, ratios and NewsGraph's memory: the graph's in-memory size (RSS after
#    building it minus RSS before) against the peak RSS added by the export.
# Needs python3 with rdflib, pyoxigraph, networkx, lxml (../shared/tools/install-validators.sh).
# Environment: SHARED (default ../shared beside the repository), PEER_TIMEOUT (default 300 s).
# Wall-clock figures depend on what else the machine runs: run it on a quiet machine; NewsGraph's
# CPU seconds (all threads) are printed too, since they move less with load.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/.." && pwd)/shared}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

echo "== building (release)" >&2
(cd "$HERE" && swift build -c release --product export-bench >&2)
BIN="$(cd "$HERE" && swift build -c release --show-bin-path)/export-bench"

run() { # name nodes edges documents format [shape]
  local name=$1
  /usr/bin/time -v "$BIN" --nodes "$2" --edges "$3" --documents "$4" --format "$5" --shape "${6:-news}" --out "$OUT/$name.out" \
    > "$OUT/$name.line" 2> "$OUT/$name.time"
  local rss; rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.time")
  echo "$(cat "$OUT/$name.line") max_rss_kb=$rss name=$name" >> "$OUT/ours.txt"
  rm -f "$OUT/$name.out"
  echo "   $name: $(cat "$OUT/$name.line")" >&2
}
echo "== NewsGraph" >&2
run ntriples-1M 30000 55000 5000 ntriples
run rdfxml-1M 30000 55000 5000 rdfxml
run graphml-1M 30000 55000 5000 graphml
run graphml-100k 100000 300000 10000 graphml
run graphml-peer-100k 100000 300000 10000 graphml peer
run rdfxml-peer-25k 25000 75000 2500 rdfxml peer

echo "== peers (../shared/bench/export_speed.py 100000)" >&2
python3 "$SHARED/bench/export_speed.py" 100000 --timeout "${PEER_TIMEOUT:-300}" --json "$OUT/peers.jsonl" >&2

python3 - "$OUT/ours.txt" "$OUT/peers.jsonl" <<'PY'
import json, sys
ours = {}
for line in open(sys.argv[1]):
    d = dict(kv.split("=", 1) for kv in line.split())
    ours[d["name"]] = d
peers = {}
for line in open(sys.argv[2]):
    r = json.loads(line)
    if "seconds" in r and r["kind"] not in peers:
        peers[r["kind"]] = r
def mb(b): return int(b) / 1e6
print("\n| what | graph | seconds | CPU s | MB | MB/s | triples/s |")
print("|---|---|---|---|---|---|---|")
for name, d in ours.items():
    s = float(d["seconds"]); t = int(d["triples"])
    graph = f'{d["nodes"]} nodes, {d["edges"]} edges, {d["documents"]} docs' + (f", {t} triples" if t else "") + (" (peer-shaped)" if d.get("shape") == "peer" else "")
    cpu = float(d["cpu_seconds"])
    print(f'| NewsGraph {d["format"]} | {graph} | {s:.2f} | {cpu:.2f} | {mb(d["bytes"]):.0f} | {mb(d["bytes"])/s:.0f} | {t/s/1e6:.2f} M |' if t else
          f'| NewsGraph {d["format"]} | {graph} | {s:.2f} | {cpu:.2f} | {mb(d["bytes"]):.0f} | {mb(d["bytes"])/s:.0f} | |')
labels = {"rdflib_xml": "rdflib serialize xml", "ox_write": "pyoxigraph serialize RDF/XML", "nx_write_lxml": "networkx write_graphml (lxml, default)", "nx_write_xml": "networkx write_graphml_xml"}
for kind, label in labels.items():
    r = peers.get(kind)
    if not r: print(f"| {label} | 100k nodes, 300k edges | (not run) | | | | |"); continue
    t = r.get("triples", 0)
    print(f'| {label} | 100k nodes, 300k edges{", %d triples" % t if t else ""} | {r["seconds"]:.2f} | | {mb(r.get("bytes", 0)):.0f} | {mb(r.get("bytes", 0))/r["seconds"]:.0f} | {"%.2f M" % (t/r["seconds"]/1e6) if t else ""} |')
print("\nRatios (peer seconds / NewsGraph seconds; RDF per triple, since the triple counts differ slightly):")
for name, shape in (("rdfxml-1M", "news-like graph"), ("rdfxml-peer-25k", "PEER-SHAPED graph")):
    rdf = ours[name]; rs = float(rdf["seconds"]) / int(rdf["triples"])
    for kind in ("rdflib_xml", "ox_write"):
        r = peers.get(kind)
        if r and r.get("triples"):
            print(f'  RDF/XML ({shape}, {name}) vs {labels[kind]}: {r["seconds"] / r["triples"] / rs:.1f}x')
for name, shape in (("graphml-100k", "news-like graph"), ("graphml-peer-100k", "PEER-SHAPED graph")):
    g = ours[name]
    for kind in ("nx_write_lxml", "nx_write_xml"):
        r = peers.get(kind)
        if r:
            print(f'  GraphML ({shape}, {name}; same node/edge counts) vs {labels[kind]}: {r["seconds"] / float(g["seconds"]):.1f}x  (NewsGraph writes {mb(g["bytes"]):.0f} MB, networkx {mb(r.get("bytes", 0)):.0f} MB; per MB: {(r["seconds"]/mb(r.get("bytes",1))) / (float(g["seconds"])/mb(g["bytes"])):.1f}x)')
print("\nMemory (kB): graph in memory = rss_graph - rss_before; export adds = export_peak - rss_graph")
for name, d in ours.items():
    graph = int(d["rss_graph_kb"]) - int(d["rss_before_kb"]); peak = int(d["export_peak_kb"])
    extra = peak - int(d["rss_graph_kb"]) if peak > 0 else -1
    print(f'  {name}: graph {graph} kB, export adds {extra} kB ({extra / graph:.0%} of the graph), whole process max RSS {d["max_rss_kb"]} kB')
PY
