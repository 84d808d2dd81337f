"""Reading the real development corpus: how much of it is readable, why the rest is not, how fast.

    python tests/benchmarks/bench_corpus_read.py [--corpus ../shared/corpus] [--json]

Reads every file of the corpus (its README.md and MANIFEST.tsv aside) with core.formats and
cleans it with core.clean, as an import does before the outline. Files that are not documents
(Mac resource forks, pages saved in place of a file, image-only and empty frame pages, empty
Word files) are refused by design: they count as correct when refused with their reason. Also
times the reading of a 20-page text PDF of the corpus (target ≤ 0.5 s).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from policylens.core.clean import clean  # noqa: E402
from policylens.core.errors import SourceError  # noqa: E402
from policylens.core.formats import read_source  # noqa: E402
from policylens.core.import_report import reason_of  # noqa: E402

TARGET_READABLE = 0.98
TARGET_PDF_S = 0.5
# Refusals that are right: these files hold no document.
NOT_DOCUMENTS = ("is a Mac resource fork", "is a web page saved in place of", "is an image-only page",
                 "is an empty frame page", "the Word document is empty", "is an image")


def read_corpus(corpus: Path) -> dict:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name not in ("README.md", "MANIFEST.tsv"))
    formats: Counter = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    slowest: list[tuple[float, str]] = []
    started = time.perf_counter()
    for path in files:
        t = time.perf_counter()
        try:
            source = read_source(path)
            clean(source.text)
            formats[source.format] += 1
        except SourceError as exc:
            failures[reason_of(exc.message)].append(str(path.relative_to(corpus)))
        except Exception as exc:  # a crash is a failure with its own reason, never hidden
            failures[f"crash: {type(exc).__name__}"].append(str(path.relative_to(corpus)))
        slowest.append((time.perf_counter() - t, path.name))
    elapsed = time.perf_counter() - started
    junk = sum(len(v) for k, v in failures.items() if k.startswith(NOT_DOCUMENTS))
    read = sum(formats.values())
    documents = len(files) - junk
    return {
        "files": len(files), "read": read, "refused_not_documents": junk, "documents": documents,
        "readable": read / documents if documents else 0.0, "seconds": round(elapsed, 2),
        "formats": dict(formats.most_common()),
        "failures": {k: {"count": len(v), "files": v} for k, v in sorted(failures.items(), key=lambda kv: -len(kv[1]))},
        "slowest": [[round(s, 3), n] for s, n in sorted(slowest, reverse=True)[:5]],
    }


def time_pdf(corpus: Path, pages: int = 20) -> dict | None:
    """Median time to read and clean the corpus PDF whose page count is nearest to pages."""
    import pypdfium2 as pdfium

    best = None
    for path in sorted(corpus.rglob("*.pdf")):
        try:
            count = len(pdfium.PdfDocument(str(path)))
        except pdfium.PdfiumError:
            continue
        if best is None or abs(count - pages) < abs(best[0] - pages):
            best = (count, path)
    if best is None:
        return None
    times = []
    for _ in range(5):
        t = time.perf_counter()
        clean(read_source(best[1]).text)
        times.append(time.perf_counter() - t)
    return {"file": best[1].name, "pages": best[0], "seconds": round(sorted(times)[2], 3)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent.parent / "shared" / "corpus")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-ocr", action="store_true", help="leave scanned PDFs unread even with Tesseract")
    args = parser.parse_args(argv)
    if args.no_ocr:
        from policylens.core import read_ocr

        read_ocr.available = lambda: False
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    result = read_corpus(args.corpus)
    result["pdf"] = time_pdf(args.corpus)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"{result['read']} of {result['files']} files read in {result['seconds']} s; "
              f"{result['refused_not_documents']} refused as not documents; readable "
              f"{result['readable']:.1%} of {result['documents']} documents (target {TARGET_READABLE:.0%})")
        print("formats: " + ", ".join(f"{k} {v}" for k, v in result["formats"].items()))
        for reason, info in result["failures"].items():
            print(f"  {info['count']:4d}  {reason}")
        pdf = result["pdf"]
        if pdf:
            print(f"{pdf['pages']}-page PDF ({pdf['file']}): {pdf['seconds']} s (target ≤ {TARGET_PDF_S} s)")
        print("slowest: " + ", ".join(f"{n} {s} s" for s, n in result["slowest"]))
    ok = result["readable"] >= TARGET_READABLE and (not result["pdf"] or result["pdf"]["seconds"] <= TARGET_PDF_S)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
