"""Each seed's full outline, agencies with roles, and metadata, as read from the documents.

The expected files in tests/expected/ list every clause (id, kind, level, number, title) and
every agency occurrence (role, name as written, canonical identity) in document order.
"""
import json
from pathlib import Path

import pytest

from policylens.core.document import analyze_file

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = sorted((ROOT / "tests" / "expected").glob("*.json"))


def _load(path):
    return json.loads(path.read_text("utf-8"))


@pytest.fixture(scope="module", params=EXPECTED, ids=lambda p: p.stem)
def case(request):
    expected = _load(request.param)
    return expected, analyze_file(ROOT / "seeds" / expected["file"])


def test_every_seed_has_an_expected_file():
    assert len(EXPECTED) == 5
    assert {e.stem for e in EXPECTED} == {p.stem for p in (ROOT / "seeds").glob("*.txt")}


def test_outline(case):
    expected, doc = case
    got = [{"id": c.id, "kind": c.kind, "level": c.level, "number": c.number, "title": c.title}
           for c in doc.clauses]
    want = [{k: c[k] for k in ("id", "kind", "level", "number", "title")} for c in expected["clauses"]]
    assert got == want


def test_agencies_and_roles(case):
    expected, doc = case
    got = {c.id: [[a.role, a.name, a.canonical] for a in c.agencies] for c in doc.clauses}
    want = {c["id"]: c["agencies"] for c in expected["clauses"]}
    assert got == want


def test_metadata(case):
    expected, doc = case
    meta = doc.meta.to_json()
    assert {k: meta[k] for k in expected["meta"]} == expected["meta"]
    assert doc.script == expected["script"]
    assert [[c["title"], c["number"]] for c in meta["citations"]] == expected["citations"]
    assert [[t.indicator, t.value, t.unit, t.qualifier, t.year] for t in doc.meta.targets] == expected["targets"]


def test_agency_spans_point_at_the_names(case):
    _, doc = case
    for clause in doc.clauses:
        for ref in clause.agencies:
            assert doc.text[ref.start:ref.end] == ref.name
            assert clause.start <= ref.start < ref.end <= clause.end


def test_titles_point_at_the_text(case):
    _, doc = case
    for clause in doc.clauses:
        # A preamble's title may wrap over lines (昭通, 始兴): its span covers them all.
        assert doc.text[clause.title_start:clause.title_end].replace("\n", "") == clause.title
