#!/usr/bin/env python3
"""Combines QueryBench's JSON with query_speed.py's table into one table with ratios.

usage: report.py NEWSGRAPH.json PEERS.txt ROWS_DIR [EXPECTED.json]
                 [--diff NEWSGRAPH_DIFF.json PEERS_DIFF.json ROWS_DIFF_DIR]
The --diff part reports the differential query set (peer_speed.py's JSON), checking that
NewsGraph's row counts and digests equal pyoxigraph's.
"""
import hashlib
import json
import os
import re
import sys


def digest(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = sorted(text.split("\n")) if text else []
    return len(lines), hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def peers(path):
    """{engine: {"load": s, query: warm s or None}} from query_speed.py's output."""
    out, engines = {}, []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"(\w+): load ([\d.]+) s", line)
        if m:
            out[m.group(1)] = {"load": float(m.group(2))}
            engines.append(m.group(1))
        if line.startswith("| q"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            name = cells[0]
            for i, e in enumerate(engines):
                warm = cells[3 + 2 * i] if 3 + 2 * i < len(cells) else "-"
                cold = cells[2 + 2 * i] if 2 + 2 * i < len(cells) else "-"
                try:
                    out[e][name] = float(warm)
                except ValueError:
                    out[e][name] = cold  # killed / error text
    return out


def differential(ng_path, peers_path, rows_dir):
    ng = json.load(open(ng_path, encoding="utf-8"))
    peer = json.load(open(peers_path, encoding="utf-8"))
    engines = list(peer)
    print()
    print(f"Differential query set on a NewsGraph-shaped graph: {ng['triples']:,} triples; NewsGraph load "
          f"{ng['load']:.2f} s; " + "; ".join(f"{e} load {peer[e]['load']:.2f} s" for e in engines))
    print()
    head = "| query | rows | same as oxigraph | NewsGraph s | " + " | ".join(f"{e} s | NG/{e}" for e in engines) + " |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    ok = True
    for name, q in ng["queries"].items():
        n, d = digest(os.path.join(rows_dir, name + ".rows"))
        ox = peer.get("oxigraph", {}).get("queries", {}).get(name, {})
        same = "-"
        if "sha256_16" in ox:
            good = (n, d) == (ox["rows"], ox["sha256_16"])
            same = "yes" if good else f"NO ({ox['rows']} rows)"
            ok &= good
        cells = []
        for e in engines:
            r = peer[e]["queries"].get(name, {})
            if "warm" in r:
                cells += [f"{r['warm']:.4f}", f"{q['warm'] / r['warm']:.2f}" if r["warm"] > 0 else "-"]
            elif "timeout" in r:
                cells += [f">{r['timeout']:.0f} (killed)", "-"]
            else:
                cells += ["error" if "error" in r else "-", "-"]
        print(f"| {name} | {q['rows']} | {same} | {q['warm']:.4f} | " + " | ".join(cells) + " |")
    return ok


def main():
    diff = None
    if "--diff" in sys.argv:
        i = sys.argv.index("--diff")
        diff = sys.argv[i + 1:i + 4]
        del sys.argv[i:i + 4]
    ng = json.load(open(sys.argv[1], encoding="utf-8"))
    peer = peers(sys.argv[2])
    rows_dir = sys.argv[3]
    expected = {}
    if len(sys.argv) > 4 and os.path.exists(sys.argv[4]):
        expected = json.load(open(sys.argv[4], encoding="utf-8"))["queries"]
    engines = list(peer)
    print(f"NewsGraph: {ng['triples']:,} triples, {ng['terms']:,} terms; load {ng['load']:.2f} s "
          f"(parse {ng['parse']:.2f} s + index {ng['index']:.2f} s); "
          f"memory {ng['bytes_per_triple']:.0f} bytes/triple (resident, index + dictionary)")
    for e in engines:
        print(f"{e}: load {peer[e]['load']:.2f} s  (NewsGraph/{e} = {ng['load'] / peer[e]['load']:.2f})")
    print()
    head = "| query | rows | check | NewsGraph s | " + " | ".join(f"{e} s | NG/{e}" for e in engines) + " |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    ok = True
    for name, q in ng["queries"].items():
        n, d = digest(os.path.join(rows_dir, name + ".rows"))
        check = "-"
        if name in expected:
            good = (n, d) == (expected[name]["rows"], expected[name]["sha256_16"])
            check = "ok" if good else f"MISMATCH {n} {d}"
            ok &= good
        cells = []
        for e in engines:
            t = peer[e].get(name)
            if isinstance(t, float):
                cells += [f"{t:.4f}", f"{q['warm'] / t:.2f}" if t > 0 else "-"]
            else:
                cells += [str(t), "-"]
        print(f"| {name} | {q['rows']} | {check} | {q['warm']:.4f} | " + " | ".join(cells) + " |")
    print()
    if diff:
        ok &= differential(*diff)
    print()
    print("median of warm runs (query parse + plan + evaluate); NG/x < 1 means NewsGraph is faster")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
