#!/usr/bin/env python3
"""Load time and per-query latency of pyoxigraph and rdflib on any N-Triples file and any set
of .rq files (query_speed.py's engines and timing, imported from ../shared/bench at run time).

usage: peer_speed.py GRAPH.nt QUERY_DIR [--engines oxigraph,rdflib] [--repeat 5] [--timeout 60]
Prints JSON: {engine: {"load": s, "queries": {name: {"warm": s, "cold": s, "rows": n,
"sha256_16": h} | {"timeout": s} | {"error": text}}}}
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "bench"))
import query_speed as qs  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("nt")
    ap.add_argument("qdir")
    ap.add_argument("--engines", default="oxigraph,rdflib")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    queries = [(q, open(os.path.join(a.qdir, q), encoding="utf-8").read())
               for q in sorted(os.listdir(a.qdir)) if q.endswith(".rq")]
    out = {}
    for eng in a.engines.split(","):
        t0 = time.perf_counter()
        if eng == "oxigraph":
            import pyoxigraph as ox
            obj = ox.Store()
            obj.bulk_load(path=a.nt, format=ox.RdfFormat.N_TRIPLES)
            fn = qs.ox_rows
        elif eng == "rdflib":
            import rdflib
            obj = rdflib.Graph()
            obj.parse(a.nt, format="nt")
            fn = qs.rdflib_rows
        else:
            raise SystemExit(f"unknown engine {eng}")
        load = time.perf_counter() - t0
        res = qs.timed_queries(fn, obj, queries, a.repeat, a.timeout)
        entry = {"load": load, "queries": {}}
        for name, r in res.items():
            e = {k: r[k] for k in ("warm", "cold", "timeout", "error") if k in r}
            if "result" in r:
                e["rows"], e["sha256_16"] = r["result"][0], r["result"][1]
            entry["queries"][name] = e
        out[eng] = entry
        del obj
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
