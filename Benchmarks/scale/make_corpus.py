#!/usr/bin/env python3
"""Writes a synthetic news corpus of at least --mb MB for the scale benchmark.

Source text is read at run time from the repository's example corpus (Tests/Fixtures/corpus)
and ../shared/eval/seed (when present); nothing is copied into the repository. Each synthetic
article takes one source document, keeps its title line, shuffles its paragraphs, and swaps
person names for others from the same source set or for generated ones, so articles differ
and the extractor sees many entities, as an archive would. Deterministic for a given --seed.
"""
import argparse, glob, os, random, re

parser = argparse.ArgumentParser()
parser.add_argument("--out", required=True)
parser.add_argument("--mb", type=float, default=200)
parser.add_argument("--repo", required=True)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

sources = sorted(glob.glob(os.path.join(args.repo, "Tests/Fixtures/corpus/*.txt")))
sources += sorted(glob.glob(os.path.join(args.repo, "../shared/eval/seed/*.txt")))
documents = [open(path, encoding="utf-8").read() for path in sources]
if not documents:
    raise SystemExit("no source text found under Tests/Fixtures/corpus")

# Names that occur in the sources (Chinese and English forms), swapped among each other.
chinese = ["李家超", "陳茂波", "孫東", "麥美娟", "甯漢豪", "陳國基", "楊潤雄", "丘應樺", "謝展寰", "林定國"]
english = ["John Lee", "Paul Chan", "Sun Dong", "Alice Mak", "Bernadette Linn", "Eric Chan", "Algernon Yau", "Tse Chin-wan"]
surnames = "陳李黃張梁林劉吳何鄭"
given = "志偉嘉明家俊建華國強子軒浩然文杰詠詩美玲"
pattern_zh = re.compile("|".join(map(re.escape, chinese)))
pattern_en = re.compile("|".join(map(re.escape, english)))

rng = random.Random(args.seed)
target = int(args.mb * 1_000_000)
written = 0
count = 0
while written < target:
    text = documents[count % len(documents)]
    lines = text.split("\n")
    title, body = lines[0], [p for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
    rng.shuffle(body)
    mapping_zh = {name: (rng.choice(chinese) if rng.random() < 0.5 else rng.choice(surnames) + rng.choice(given) + rng.choice(given)) for name in chinese}
    mapping_en = {name: rng.choice(english) for name in english}
    article = title + "\n\n" + "\n\n".join(body) + "\n"
    article = pattern_zh.sub(lambda m: mapping_zh[m.group(0)], article)
    article = pattern_en.sub(lambda m: mapping_en[m.group(0)], article)
    article += "\n（第%d號稿）\n" % count
    folder = os.path.join(args.out, "%04d" % (count // 1000))
    if count % 1000 == 0:
        os.makedirs(folder, exist_ok=True)
    data = article.encode("utf-8")
    with open(os.path.join(folder, "article-%07d.txt" % count), "wb") as f:
        f.write(data)
    written += len(data)
    count += 1
print("%d documents, %d bytes" % (count, written))
