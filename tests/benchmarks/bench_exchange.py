"""Exchange formats benchmark: exporting 10,000 annotations in every format, importing the
formats that can be read back.

    python tests/benchmarks/bench_exchange.py [--annotations 10000] [--repeat 3]
                                              [--corpus DATA_DIR] [--workdir DIR]

Set-up: a project of --annotations annotations on real spans of real documents (notes with
Markdown and characters that need escaping, 50 codes two levels deep, one to three codes each)
and a memo per annotated document plus one on the project. With --corpus (a data folder that
holds a corpus store, such as the synthetic 3,000 documents bench_corpus.py imports) the
annotations are spread over 200 of its documents; without it, over the five seeds.

Measured, --repeat times each (medians, and the file size, printed as a Markdown table):
  export: md, csv, xlsx, w3c, qdpx, json -- the whole project written to one file, documents
          read from the corpus store as an export does;
  import: json, w3c, qdpx (the formats read back) -- the file read, each annotation placed
          against its stored document, the whole import applied and journalled as one change,
          into an empty annotation store.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parents[1] / "seeds").glob("*.txt"))
IMPORTED = ("json", "w3c", "qdpx")
SUFFIX = {"md": "md", "csv": "csv", "xlsx": "xlsx", "w3c": "jsonld", "qdpx": "qdpx", "json": "json"}


def build_project(corpus, count: int, seed: int):
    """A project of count annotations over up to 200 of the corpus's documents."""
    from policylens.core.anchoring import make_anchor
    from policylens.core.annotations import Annotation, Memo, Project
    from policylens.core.code_commands import code_ids_for_paths

    rng = random.Random(seed)
    keys = [r["key"] for r in corpus.documents()]
    docs = [corpus.open_document(k) for k in rng.sample(keys, min(len(keys), 200))]
    project = Project()
    code_ids, adds = code_ids_for_paths(project, [f"主题{i}/子题{j}" for i in range(10) for j in range(5)])
    for command in adds:
        command.do(project)
    puts = {}
    for n in range(count):
        doc = docs[n % len(docs)]
        start = rng.randrange(0, len(doc.text) - 60)
        anchor = make_anchor(doc, start, start + rng.randint(2, 60))
        note = f"笔记 {n}：**要点** <见原文> | 第{n % 7}项" if n % 3 else ""
        codes = tuple(rng.sample(code_ids, rng.randint(1, 3)))
        puts[("annotations", f"a{n:05d}")] = Annotation(
            f"a{n:05d}", anchor, note, "markdown" if n % 2 else "plain", "#ffe066", codes,
            created="2025-01-01T00:00:00+00:00", modified="2025-01-01T00:00:00+00:00")
    for doc in docs:
        puts[("memos", f"m-{doc.key}")] = Memo(f"m-{doc.key}", f"{doc.meta.place}：落户条件比较。", "文件备忘", doc.key)
    puts[("memos", "m-project")] = Memo("m-project", "各地租赁落户的差别。", "项目备忘")
    project.apply(puts)
    return project


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(args) -> list[tuple[str, str, list[float], str]]:
    """Rows of (format, direction, samples in seconds, note)."""
    from policylens.exchange import FORMATS, export_annotations, import_file
    from policylens.store.annotations import AnnotationStore
    from policylens.store.corpus import CorpusStore

    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench-exchange-"))
    corpus_dir = Path(args.corpus) if args.corpus else work / "seeds-corpus"
    if not args.corpus:
        CorpusStore(corpus_dir).import_files(SEEDS)
    corpus = CorpusStore(corpus_dir)
    project = build_project(corpus, args.annotations, seed=1)
    rows = []
    for fmt in FORMATS:
        out = work / f"export.{SUFFIX[fmt]}"
        samples = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            export_annotations(project, corpus, fmt, out)
            samples.append(time.perf_counter() - t0)
        rows.append((fmt, "export", samples, f"{out.stat().st_size / 1e6:.1f} MB"))
    for fmt in IMPORTED:
        samples, line = [], ""
        for n in range(args.repeat):
            data_dir = work / f"import-{fmt}-{n}"
            t0 = time.perf_counter()
            with AnnotationStore(data_dir) as store:
                report = import_file(work / f"export.{SUFFIX[fmt]}", store, corpus)
                samples.append(time.perf_counter() - t0)
            line = f"{report.annotations} annotations, {report.needs_review} to review"
            shutil.rmtree(data_dir)
        rows.append((fmt, "import", samples, line))
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def run(config):
    """The runner's entry (tests/benchmarks/run_all.py): 10,000 annotations over the large store,
    or 2,000 over the seeds in a quick run."""
    from benchkit import Row

    args = argparse.Namespace(annotations=2000 if config.quick else 10000, repeat=min(config.repeat, 3),
                              corpus=None if config.quick else str(config.store), workdir=None)
    return [Row(f"{direction} {args.annotations:,} annotations as {fmt}", [t * 1000 for t in samples],
                note=note) for fmt, direction, samples, note in measure(args)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", help="a data folder holding a corpus store (default: the five seeds)")
    parser.add_argument("--workdir", help="keep the exported files here")
    args = parser.parse_args(argv)
    rows = measure(args)
    print(f"{args.annotations} annotations, {args.repeat} repetitions, corpus: {args.corpus or 'the five seeds'}\n")
    print("| format | direction | median | min | |")
    print("|---|---|---:|---:|---|")
    for fmt, direction, samples, note in rows:
        print(f"| {fmt} | {direction} | {median_ms(samples):,.0f} ms | {min(samples) * 1000:,.0f} ms | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
