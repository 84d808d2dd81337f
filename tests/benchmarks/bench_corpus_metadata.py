"""Metadata on the development corpus: clean titles and real places.

    python tests/benchmarks/bench_corpus_metadata.py [--corpus ../shared/corpus] [--sample 40]

Reads every file today's readers open (.html, .htm, .docx, .txt) and checks, by rules that do
not use the extractor's own:
  - a title is clean when it is not empty, holds no page chrome (RSS, 繁体/简体, breadcrumbs,
    portal table labels, counters), does not run into the body (no 。, no 第一章/第一条, at
    most 100 characters) and is not a 文号 standing alone;
  - a place is real when it is a division of the gazetteer (full or short name) or 全国.
Prints the shares, the failures, and a random sample of titles to read by hand.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from policylens.core.document import analyze_file  # noqa: E402
from policylens.core.gazetteer import gazetteer  # noqa: E402
from policylens.core.errors import SourceError  # noqa: E402

READ = (".html", ".htm", ".docx", ".txt")
CHROME = re.compile(r"RSS|繁体|简体|English|设为首页|加入收藏|[|｜>›»]|当前位置|您的位置|首页|索引号|索取号|"
                    r"发布机构|发布时间|发布日期|生成日期|点击|浏览|字号|来源[:：]|打印|关闭|【[^】]*】|\t")
RUN_ON = re.compile(r"。|第[一二三四五六七八九十\d]+[章条]|[:：]$")
NUMBER_ALONE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[(（【［]\d{4}[〕\])）】］]第?\d+号(文件)?$")


def title_problem(title: str) -> str:
    if not title.strip():
        return "empty"
    if CHROME.search(title):
        return "chrome"
    if RUN_ON.search(title) or len(title) > 100:
        return "run-on"
    if NUMBER_ALONE.match(title.strip()):
        return "number alone"
    return ""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent.parent / "shared" / "corpus"))
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.suffix.lower() in READ and p.is_file())
    g = gazetteer()
    rows, failed, started = [], 0, time.perf_counter()
    for path in files:
        try:
            meta = analyze_file(path).meta
        except SourceError:
            failed += 1
            continue
        rows.append((path, meta))
    elapsed = time.perf_counter() - started
    problems = [(p, m.title, title_problem(m.title)) for p, m in rows]
    clean = [x for x in problems if not x[2]]
    placed = [(p, m) for p, m in rows if m.place]
    real = [(p, m) for p, m in placed if m.place == "全国" or g.is_place(m.place)]
    n = len(rows)
    print(f"{len(files)} files, {n} read, {failed} refused, {elapsed:.1f} s")
    print(f"titles clean: {len(clean)}/{n} = {len(clean) / n:.1%}")
    for kind in ("empty", "chrome", "run-on", "number alone"):
        print(f"  {kind}: {sum(1 for x in problems if x[2] == kind)}")
    print(f"places given: {len(placed)}/{n} = {len(placed) / n:.1%}; "
          f"real gazetteer names: {len(real)}/{len(placed)} = {len(real) / max(len(placed), 1):.1%}")
    print("\n# title problems")
    for path, title, kind in problems:
        if kind:
            print(f"{kind}\t{path.relative_to(args.corpus)}\t{title[:80]}")
    print("\n# no place")
    for path, meta in rows:
        if not meta.place:
            print(f"{path.relative_to(args.corpus)}\t{meta.title[:60]}\t{meta.issuer}")
    print(f"\n# a random sample of {args.sample} to read by hand")
    for path, meta in random.Random(args.seed).sample(rows, min(args.sample, n)):
        print(f"{path.name[:40]}\t{meta.title}\t{meta.place}{meta.level}\t{meta.issuer}\t{meta.doc_number}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
