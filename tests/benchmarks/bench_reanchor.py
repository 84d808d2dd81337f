"""Re-anchoring benchmark: do annotations land on their passage after the document changes?

    python tests/benchmarks/bench_reanchor.py [--spans 300] [--seed 0] [--long-chars 100000]

(1) 300 random spans of the five seeds (short phrases, sentences, whole clauses). For each,
    a changed version of its seed: 1-6 random edits that do not touch the span (insertions,
    deletions, replacements; inserted text is often taken from the same document, so it makes
    lookalikes), and for half of them the whole text swapped to the other script. The changed
    text is written as a file and analysed again (new clean text, re-parsed outline), and the
    anchor is placed in it. Each span's true new place is known from the edits, so every
    placement is counted as right, orphaned (needs review) or wrong. Done twice: from the
    anchor alone (quote, context, offsets), and with the annotated version at hand, as when
    the corpus store still holds it (a diff of the two versions guides the search).
(2) Speed on a long text: a document of about 100,000 characters built from synthetic
    documents; anchors placed after an edit elsewhere (exact quote) and after one character
    of the quote changed (fuzzy). Median and worst time per anchor, from the anchor alone.
    The synthetic documents are cut from the same five seeds, so this text repeats passages
    many times over, word for word or with only a place name or a clause number changed.
    Outcomes are listed too: a placement on a copy with the same quote and the same 32
    characters either side is counted apart ("on a verbatim copy"); one on a near copy
    counts as wrong. From the anchor alone such copies cannot be told apart; with the old
    version at hand (the corpus store keeps it) they can, and that row is printed as well.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from policylens.core.anchoring import Reanchorer, make_anchor
from policylens.core.document import Document, analyze_bytes, analyze_file
from policylens.core.script import fold, to_simplified, to_traditional

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parents[1] / "seeds").glob("*.txt"))
TARGET_RIGHT = 0.99


def random_span(doc: Document, rng: random.Random) -> tuple[int, int]:
    text = doc.text
    kind = rng.random()
    if kind < 0.1:  # a whole clause, as annotated from the outline
        clause = rng.choice([c for c in doc.clauses if c.end - c.start > 1])
        return clause.start, clause.end
    length = rng.randint(2, 30) if kind < 0.75 else rng.randint(30, 160)
    while True:
        start = rng.randrange(0, len(text) - length)
        if text[start:start + length].strip():
            return start, start + length


def edit_elsewhere(doc: Document, span: tuple[int, int], rng: random.Random) -> tuple[str, int]:
    """(changed text, how far the span moved): random edits that leave the span itself alone."""
    text, (start, end) = doc.text, span
    edits = []  # (at, removed length, inserted text), none overlapping the span or each other
    count = rng.randint(1, 6)
    while len(edits) < count:
        at, cut = rng.randrange(0, len(text)), rng.choice((0, 0, rng.randint(1, 60)))
        if not (at + cut <= start or at >= end) or any(not (at + cut < a or at > a + c) for a, c, _ in edits):
            continue
        insert = "" if (cut and rng.random() < 0.5) else _new_text(text, rng)
        edits.append((at, cut, insert))
    shift = 0
    for at, cut, insert in sorted(edits, reverse=True):  # from the end, so offsets stay valid
        text = text[:at] + insert + text[at + cut:]
        if at + cut <= start:
            shift += len(insert) - cut
    return text, shift


def _new_text(text: str, rng: random.Random) -> str:
    if rng.random() < 0.6:  # a piece of the same document: a lookalike of something
        at = rng.randrange(0, len(text) - 60)
        return text[at:at + rng.randint(1, 60)]
    if rng.random() < 0.5:
        return "\n新增段落：本条款根据上级文件要求作相应调整，由有关部门负责解释。\n"
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 20)))


def swap_script(text: str, script: str) -> str:
    return to_traditional(text) if script == "simplified" else to_simplified(text)


def run_spans(n: int, seed: int) -> dict[str, tuple[Counter, list[str], list[float]]]:
    """For the anchor alone and with the old version: (counts, notes on misses, seconds each)."""
    rng = random.Random(seed)
    docs = [analyze_file(p) for p in SEEDS]
    modes = {"anchor alone": False, "with the old version": True}
    results = {mode: (Counter(), [], []) for mode in modes}
    for i in range(n):
        doc = docs[i % len(docs)]
        span = random_span(doc, rng)
        anchor = make_anchor(doc, *span)
        new, shift, swapped = changed_version(doc, span, rng, SEEDS[i % len(docs)].name, results)
        truth = (span[0] + shift, span[1] + shift)
        for mode, with_old in modes.items():
            outcome, notes, times = results[mode]
            versions = (lambda h, doc=doc: doc if h == doc.content_hash else None) if with_old else None
            t0 = time.perf_counter()
            placement = Reanchorer(new, versions).place(anchor)
            times.append(time.perf_counter() - t0)
            outcome[f"status {placement.status}"] += 1
            outcome["script swapped"] += swapped
            verdict = _verdict(placement, truth, anchor)
            outcome[verdict] += 1
            if verdict != "right":
                notes.append(f"{verdict}: {doc.key} {anchor.clause} {anchor.exact[:30]!r} "
                             f"score {placement.score:.2f}")
    return results


def changed_version(doc: Document, span: tuple[int, int], rng: random.Random, name: str,
                    results) -> tuple[Document, int, bool]:
    """(changed document, shift of the span, script swapped?), re-analysed from its text."""
    while True:
        changed, shift = edit_elsewhere(doc, span, rng)
        swapped = rng.random() < 0.5
        if swapped:
            changed = swap_script(changed, doc.script)
        new = analyze_bytes(changed.encode("utf-8"), name)
        if new.text == changed:  # the cleaner left the edited text as it was: truth is known
            return new, shift, swapped
        for outcome, _, _ in results.values():
            outcome["edits redrawn"] += 1


def long_document(chars: int) -> Document:
    sys.path.insert(0, str(HERE))
    import synth_corpus
    parts, size, i = [], 0, 0
    while size < chars:
        text = analyze_bytes(synth_corpus.make_text(0, i)[0].encode("utf-8"), "part.txt").text
        parts.append(text)
        size, i = size + len(text) + 1, i + 1
    return analyze_bytes("\n".join(parts).encode("utf-8"), "long.txt")


def run_long(chars: int, n: int, seed: int) -> tuple[int, dict[str, list]]:
    """(text length, {"exact"/"fuzzy" timings, "outcomes" and "outcomes with the old version"})."""
    rng = random.Random(seed)
    doc = long_document(chars)
    results: dict[str, list] = {"exact": [], "fuzzy": [], "outcomes": [], "outcomes with the old version": []}
    versions = lambda h: doc if h == doc.content_hash else None  # noqa: E731
    for _ in range(n):
        start, end = span = random_span(doc, rng)
        anchor = make_anchor(doc, *span)
        changed, shift = edit_elsewhere(doc, span, rng)
        truth = (start + shift, end + shift)
        # Then one character of the quote changed: the exact quote is gone, only fuzzy matching finds it.
        inner = truth[0] + (end - start) // 2
        for kind, text in (("exact", changed), ("fuzzy", changed[:inner] + "改" + changed[inner + 1:])):
            new = analyze_bytes(text.encode("utf-8"), "long.txt")
            if new.text != text:
                break
            placer = Reanchorer(new)
            t0 = time.perf_counter()
            placement = placer.place(anchor)
            results[kind].append(time.perf_counter() - t0)
            results["outcomes"].append(_verdict(placement, truth, anchor))
            placement = Reanchorer(new, versions).place(anchor)
            results["outcomes with the old version"].append(_verdict(placement, truth, anchor))
    return len(doc.text), results


def _verdict(placement, truth: tuple[int, int], old) -> str:
    if placement.status == "orphaned":
        return "orphaned"
    if (placement.anchor.start, placement.anchor.end) == truth:
        return "right"
    got = placement.anchor
    same = [fold(x) for x in (got.prefix, got.exact, got.suffix)] == [fold(x) for x in (old.prefix, old.exact, old.suffix)]
    return "on a verbatim copy" if same else "wrong"


def run(config) -> list:
    """The runner's entry (benchkit): accuracy and time per anchor; fewer spans with --quick."""
    from benchkit import Row
    spans, chars, anchors = (30, 20_000, 10) if config.quick else (300, 100_000, 60)
    rows = []
    for mode, (outcome, _notes, times) in run_spans(spans, 0).items():
        rows.append(Row(f"(1) {spans} spans re-anchored after edits, {mode}: right",
                        [100 * outcome["right"] / spans], "%", f">= {TARGET_RIGHT * 100:.0f}"))
        rows.append(Row(f"(1) same, {mode}: placed wrong", [outcome["wrong"]], "", "= 0"))
        rows.append(Row(f"(1) same, {mode}: time per anchor", [t * 1e3 for t in times], "ms"))
    length, long = run_long(chars, anchors, 0)
    for kind in ("exact", "fuzzy"):
        rows.append(Row(f"(2) {kind} quote in a text of {length:,} characters: time per anchor",
                        [t * 1e3 for t in long[kind]], "ms"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spans", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--long-chars", type=int, default=100_000)
    parser.add_argument("--long-anchors", type=int, default=60)
    args = parser.parse_args(argv)

    ok = True
    for mode, (outcome, notes, times) in run_spans(args.spans, args.seed).items():
        right = outcome["right"] / args.spans
        met = right >= TARGET_RIGHT and not outcome["wrong"]
        ok = ok and met
        print(f"(1) {args.spans} spans on the seeds, {mode} ({outcome['script swapped']} with the script swapped):")
        print(f"    right {outcome['right']} ({right:.1%}), orphaned {outcome['orphaned']}, wrong {outcome['wrong']}"
              f"  [target >= {TARGET_RIGHT:.0%} right, 0 wrong: {'met' if met else 'MISSED'}]")
        print("    by status: " + ", ".join(f"{k[7:]} {v}" for k, v in sorted(outcome.items()) if k.startswith("status")))
        print(f"    edits drawn again because the cleaner changed them: {outcome['edits redrawn']}")
        print(f"    time per anchor: median {statistics.median(times) * 1e3:.2f} ms, max {max(times) * 1e3:.1f} ms")
        for note in notes:
            print("    " + note)

    length, long = run_long(args.long_chars, args.long_anchors, args.seed)
    print(f"(2) text of {length:,} characters, {len(long['exact'])} anchors:")
    for kind in ("exact", "fuzzy"):
        ms = [t * 1e3 for t in long[kind]]
        print(f"    {kind:5} quote: median {statistics.median(ms):.2f} ms, max {max(ms):.1f} ms per anchor")
    for key in ("outcomes", "outcomes with the old version"):
        print(f"    {key}: {dict(Counter(long[key]))}")
    return 0 if ok else 1



if __name__ == "__main__":
    sys.exit(main())
