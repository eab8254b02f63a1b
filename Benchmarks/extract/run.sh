#!/usr/bin/env bash
# Extraction throughput of `newsgraph extract` against jieba.posseg (HMM off, its fastest
# tagging mode) on the same corpus, measured in the same run. Not a test.
#
#   bash Benchmarks/extract/run.sh [MB]      (default 20)
#
# The corpus is built at run time from real text: the development page in ../shared/eval/seed
# (when present) and the example corpus in Tests/Fixtures/corpus, paragraphs shuffled and
# repeated until it holds MB megabytes, split into 100 files. Needs pip jieba (installed here
# if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
MB=${1:-20}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -c "import jieba" 2>/dev/null || python3 -m pip install -q jieba

swift build -c release --product newsgraph >&2
BIN="$(swift build -c release --show-bin-path)/newsgraph"

python3 - "$MB" "$WORK/corpus" <<'PY'
import glob, os, random, sys
mb, out = float(sys.argv[1]), sys.argv[2]
sources = sorted(glob.glob("../shared/eval/seed/*.txt")) + sorted(glob.glob("Tests/Fixtures/corpus/*.txt"))
paragraphs = [p for path in sources for p in open(path, encoding="utf-8").read().split("\n\n") if p.strip()]
rnd = random.Random(1)
os.makedirs(out)
target, size, files, current, current_size = int(mb * 1e6), 0, 100, [], 0
per_file = target // files
n = 0
while size < target:
    rnd.shuffle(paragraphs)
    for p in paragraphs:
        current.append(p)
        size += len(p.encode()) + 2
        current_size += len(p.encode()) + 2
        if current_size >= per_file:
            open(os.path.join(out, f"doc-{n:04d}.txt"), "w", encoding="utf-8").write("\n\n".join(current) + "\n")
            n, current, current_size = n + 1, [], 0
if current:
    open(os.path.join(out, f"doc-{n:04d}.txt"), "w", encoding="utf-8").write("\n\n".join(current) + "\n")
print(f"corpus: {size/1e6:.1f} MB in {n + 1} files from {len(sources)} source documents", file=sys.stderr)
PY
BYTES=$(cat "$WORK"/corpus/*.txt | wc -c)

START=$(date +%s.%N)
"$BIN" extract "$WORK/corpus" --format jsonl > "$WORK/out.jsonl"
END=$(date +%s.%N)
NG=$(python3 -c "print($BYTES / 1e6 / ($END - $START))")

JB=$(python3 - "$WORK/corpus" <<'PY'
import glob, sys, time
import jieba, jieba.posseg
jieba.setLogLevel(60)
jieba.initialize()
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(sys.argv[1] + "/*.txt"))]
size = sum(len(t.encode()) for t in texts)
start = time.perf_counter()
for t in texts:
    for _ in jieba.posseg.cut(t, HMM=False):
        pass
print(size / 1e6 / (time.perf_counter() - start))
PY
)
printf 'corpus                      %8.1f MB\n' "$(python3 -c "print($BYTES/1e6)")"
printf 'newsgraph extract (1 core)  %8.2f MB/s\n' "$NG"
printf 'jieba.posseg HMM=False      %8.2f MB/s\n' "$JB"
printf 'ratio                       %8.1f x\n' "$(python3 -c "print($NG / $JB)")"
