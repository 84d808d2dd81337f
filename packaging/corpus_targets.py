"""The corpus targets of the document core, measured in one pass over a real corpus.

    python packaging/corpus_targets.py [--corpus ../shared/corpus] [--workers 2] [--show 10]

Analyses every file (as an import does, in a pool of processes) and prints, each with its target:
  - readable: documents read whole, of the files that are documents (a file refused as no
    document, such as a Mac resource fork, counts as right; tests/benchmarks/bench_corpus_read.py);
  - titles clean: no chrome, no run into the body, no 文号 alone (bench_corpus_metadata's rules);
  - places right: where the corpus files a document under a city's folder (…/广东-6城/惠州/…), its
    place must be that city, a division inside it, the city's province or 全国 (a national or
    provincial text the city collected); no place or another city is wrong. Places elsewhere are
    only checked to be gazetteer names;
  - regulations complete: of the documents with three or more articles (第…条 at a line's start),
    the share whose every article is a clause (bench_corpus_outline's rule).
The rules here do not use the extractor's own, so the figures check it rather than echo it.
"""
from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT / "tests" / "benchmarks")]

from bench_corpus_metadata import title_problem  # noqa: E402
from bench_corpus_outline import check as check_articles  # noqa: E402
from bench_corpus_read import NOT_DOCUMENTS  # noqa: E402
from policylens.core.document import analyze_file  # noqa: E402
from policylens.core.errors import SourceError  # noqa: E402
from policylens.core.gazetteer import gazetteer  # noqa: E402
from policylens.core.import_report import reason_of  # noqa: E402

TARGETS = {"readable": 0.98, "titles clean": 0.95, "places right": 0.95, "regulations complete": 0.95}
# Folder names of the corpus that are no Chinese place name, and the province of its 省级 folders.
FOLDER_PLACES = {"GZ": "广州", "Shenzhen": "深圳", "Hangzhou": "杭州"}
PROVINCE_FOLDER = ("省-", "省级-")
CITY_FOLDERS = "0-各城市政策-原始文件"


def expected_city(relative: Path) -> str | None:
    """The city (or province, for a 省级 folder) the corpus files a document under, if any."""
    parts = relative.parts
    if CITY_FOLDERS not in parts or len(parts) < parts.index(CITY_FOLDERS) + 4:
        return None
    region, city = parts[parts.index(CITY_FOLDERS) + 1: parts.index(CITY_FOLDERS) + 3]
    if city.startswith(PROVINCE_FOLDER):
        return {"广东-6城": "广东"}.get(region)
    return FOLDER_PLACES.get(city, city)


def place_right(meta, city: str | None) -> bool | None:
    """Whether the place fits the city folder; None where the corpus names no city."""
    if city is None:
        return None
    if meta.place == "全国":
        return True
    division = gazetteer().by_code.get(meta.place_code)
    if division is None:
        return False
    chain = [division, *gazetteer().ancestors(division)]
    if any(city in (d.short, d.name) for d in chain):
        return True  # the city itself or a district of it
    return len(chain) == 1 and any(city in (d.short, d.name) for d in _divisions_named(city)
                                   if gazetteer().province(d) == division)


def _divisions_named(name: str):
    return [d for d in gazetteer().by_code.values() if name in (d.short, d.name)]


def measure(path: Path, corpus: Path) -> dict:
    relative = path.relative_to(corpus)
    try:
        doc = analyze_file(path)
    except SourceError as exc:
        reason = reason_of(exc.message)
        return {"path": str(relative), "status": "no document" if reason.startswith(NOT_DOCUMENTS) else "failed",
                "reason": reason}
    except Exception as exc:  # a crash is a failure with its own reason, never hidden
        return {"path": str(relative), "status": "failed", "reason": f"crash: {type(exc).__name__}"}
    articles = check_articles(path)
    return {"path": str(relative), "status": "read", "title": doc.meta.title,
            "title_problem": title_problem(doc.meta.title), "place": doc.meta.place,
            "place_right": place_right(doc.meta, expected_city(relative)),
            "regulation": articles is not None, "complete": articles is not None and not articles[1]}


def summarize(rows: list[dict]) -> dict[str, tuple[int, int]]:
    documents = [r for r in rows if r["status"] != "no document"]
    read = [r for r in rows if r["status"] == "read"]
    placed = [r for r in read if r["place_right"] is not None]
    regulations = [r for r in read if r["regulation"]]
    return {"readable": (len(read), len(documents)),
            "titles clean": (sum(not r["title_problem"] for r in read), len(read)),
            "places right": (sum(r["place_right"] for r in placed), len(placed)),
            "regulations complete": (sum(r["complete"] for r in regulations), len(regulations))}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--show", type=int, default=10, help="failures to list per measure")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.name not in ("README.md", "MANIFEST.tsv"))
    started = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        rows = list(pool.map(measure, files, [args.corpus] * len(files), chunksize=8))
    print(f"{len(files)} files analysed in {time.perf_counter() - started:.1f} s with {args.workers} processes")
    print("| measure | right | of | share | target |\n|---|---:|---:|---:|---:|")
    met = True
    for name, (right, total) in summarize(rows).items():
        share = right / total if total else 0.0
        met = met and share >= TARGETS[name]
        print(f"| {name} | {right} | {total} | {share:.1%} | ≥ {TARGETS[name]:.0%} |")
    _show(rows, args.show)
    return 0 if met else 1


def _show(rows: list[dict], show: int) -> None:
    read = [r for r in rows if r["status"] == "read"]
    lists = {"unreadable": [(r["path"], r["reason"]) for r in rows if r["status"] == "failed"],
             "titles not clean": [(r["path"], f"{r['title_problem']}: {r['title'][:40]}") for r in read
                                  if r["title_problem"]],
             "places wrong": [(r["path"], r["place"] or "(none)") for r in read if r["place_right"] is False],
             "regulations incomplete": [(r["path"], "") for r in read if r["regulation"] and not r["complete"]]}
    for name, items in lists.items():
        if items:
            print(f"\n{name} ({len(items)}):")
            for path, why in items[:show]:
                print(f"  {path}  {why}")


if __name__ == "__main__":
    sys.exit(main())
