"""Hand-checked outlines of real documents from the development corpus.

Each tests/expected_corpus/<file>.outline.json lists every clause of tests/data/corpus/<file>
in order, with its id, kind and title (the preamble's and closing's titles are the metadata's
business and are not listed). They were read against the documents: regulations with
chapters and articles, notices that wrap a regulation or carry a further document, annexes
(one a task table flattened to one cell a line), plans numbered 一、/(一)/1./(1)/①.
"""
import json
from pathlib import Path

import pytest

from policylens.core.document import analyze_file

ROOT = Path(__file__).resolve().parent
EXPECTED = sorted((ROOT / "expected_corpus").glob("*.outline.json"))
FRAME = ("preamble", "closing")


def _load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def _outline(path: Path) -> list[dict]:
    doc = analyze_file(ROOT / "data" / "corpus" / path)
    return [{"id": c.id, "kind": c.kind, "title": None if c.kind in FRAME else c.title}
            for c in doc.clauses]


def _headings(clauses: list[dict]) -> set[tuple[str, str]]:
    return {(c["id"], c["title"]) for c in clauses if c["kind"] not in FRAME}


def test_there_are_enough_hand_checked_files():
    assert len(EXPECTED) >= 15
    kinds = {c["id"].split("/")[0][:1] for e in EXPECTED for c in _load(e)["clauses"]}
    assert {"第", "附", "文"} <= kinds  # regulations, annexes, a further document


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split("_")[0])
def test_outline_is_exact(path):
    expected = _load(path)
    assert _outline(expected["file"]) == expected["clauses"]


def test_heading_f1_over_the_set(capsys):
    hits = got_n = want_n = 0
    for path in EXPECTED:
        expected = _load(path)
        got, want = _headings(_outline(expected["file"])), _headings(expected["clauses"])
        hits, got_n, want_n = hits + len(got & want), got_n + len(got), want_n + len(want)
    precision, recall = hits / got_n, hits / want_n
    f1 = 2 * precision * recall / (precision + recall)
    with capsys.disabled():
        print(f"\nheadings over {len(EXPECTED)} corpus files: precision {precision:.3f}, "
              f"recall {recall:.3f}, F1 {f1:.3f} ({want_n} expected)")
    assert f1 >= 0.98
