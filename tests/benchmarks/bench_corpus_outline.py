"""Structure on a real corpus: the share of regulations whose every article is a clause.

    python tests/benchmarks/bench_corpus_outline.py [--corpus ../shared/corpus] [--show 20]

Articles are found here independently of the outline: a 第…条 at the start of a line, or after
a wide gap inside a line (pages that run paragraphs together), followed by a space, a bracket
or the article's text. A document with three or more is a regulation; it is complete when
each of its articles starts a clause labelled as an article. As a check on both, it also
counts the regulations whose article clauses do not count 1, 2, 3 … (restarting at 1 in a
further document). Files that cannot be read are
counted apart. Prints the figures and the incomplete regulations with their first missed
article.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from policylens.core.document import analyze_file
from policylens.core.errors import SourceError

ROOT = Path(__file__).resolve().parents[2]
CHAPTER = re.compile(r"^[ \u3000\t]*(第[一二三四五六七八九十]{1,3}[章节])[ \u3000]*[^。\n]{0,30}$", re.M)
ARTICLE = re.compile(r"(?:^|(?<=[ \u3000]{2}))[ \u3000\t]*(第[一二三四五六七八九十百零〇]{1,5}条)(?![之第款项])",
                     re.M)


def articles(text: str) -> list[int]:
    """Offsets of the 第…条 that open an article."""
    return [m.start(1) for m in ARTICLE.finditer(text)]


def check(path: Path):
    doc = analyze_file(path)
    found = articles(doc.text)
    if len(found) < 3:
        return None
    starts = {_marker_at(doc.text, c.start) for c in doc.clauses if c.label.endswith("条")}
    missed = [a for a in found if a not in starts]
    # A chapter line before the first article that comes again later is a table of contents.
    first_article = found[0]
    chapters = [m.start(1) for m in CHAPTER.finditer(doc.text)
                if m.start(1) > first_article or doc.text.find(m.group(0).strip(), m.end()) < 0]
    chapter_starts = {_marker_at(doc.text, c.start) for c in doc.clauses if c.label[-1:] in "章节"}
    numbers = [c.number for c in doc.clauses if c.label.endswith("条")]
    breaks = sum(1 for a, b in zip(numbers, numbers[1:]) if b not in (a + 1, 1))
    orphans = [c for c in doc.clauses if c.kind == "heading" and c.parent is None and not c.label.startswith("第")]
    return len(found), missed, doc, len(chapters), len([a for a in chapters if a not in chapter_starts]), len(orphans), breaks


def _marker_at(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \u3000\t":
        start += 1
    return start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    nearest = next((p for p in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus")
                    if p.is_dir()), ROOT.parent / "shared" / "corpus")
    parser.add_argument("--corpus", default=str(nearest), help="default: ../shared/corpus beside the checkout")
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args(argv)
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.is_file()
                   and p.name not in ("README.md", "MANIFEST.tsv"))
    counts, incomplete, out_of_turn, t0 = Counter(), [], [], time.perf_counter()
    for path in files:
        try:
            result = check(path)
        except (SourceError, OSError, ValueError):
            counts["unreadable"] += 1
            continue
        counts["read"] += 1
        if result is None:
            continue
        total, missed, doc, chapters, missed_chapters, orphans, breaks = result
        counts["out of turn"] += breaks > 0
        if breaks:
            out_of_turn.append(path)
        counts["chapters"] += chapters
        counts["missed chapters"] += missed_chapters
        counts["with top-level items"] += orphans > 0
        counts["regulations"] += 1
        counts["articles"] += total
        counts["missed articles"] += len(missed)
        if missed:
            incomplete.append((path, total, missed, doc))
        else:
            counts["complete"] += 1
    share = counts["complete"] / counts["regulations"] if counts["regulations"] else 0.0
    print(f"files {len(files)}, read {counts['read']}, unreadable {counts['unreadable']}, "
          f"{time.perf_counter() - t0:.1f} s")
    print(f"regulations (3+ articles): {counts['regulations']}; every article a clause: "
          f"{counts['complete']} ({share:.1%})")
    print(f"articles: {counts['articles']}, missed: {counts['missed articles']} "
          f"({counts['missed articles'] / max(counts['articles'], 1):.2%})")
    print(f"chapters and sections: {counts['chapters']}, missed: {counts['missed chapters']}; "
          f"regulations with numbered items outside any article: {counts['with top-level items']}")
    print(f"regulations whose article clauses do not count 1, 2, 3 … (a miss or a false article): "
          f"{counts['out of turn']}")
    for path in out_of_turn[:args.show]:
        print(f"  out of turn: {path.relative_to(args.corpus)}")
    for path, total, missed, doc in incomplete[:args.show]:
        at = missed[0]
        print(f"  {len(missed)}/{total}  {path.relative_to(args.corpus)}  "
              f"{doc.text[at:at + 30]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
