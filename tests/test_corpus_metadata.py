"""Metadata of the real corpus sample (tests/data/corpus) against values read by hand.

tests/expected_corpus/<file>.metadata.json holds, for every sample file the readers open, its
title, place, level, issuer, 文号 and dates as a careful reader finds them in the document. The
test prints the share right per field and holds each field to what was measured.
"""
import json
from pathlib import Path

import pytest

from policylens.core.dates import first_date
from policylens.core.document import analyze_file
from policylens.core.script import fold

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
EXPECTED = sorted((ROOT / "tests" / "expected_corpus").glob("*.metadata.json"))
FIELDS = ("title", "place", "level", "issuer", "doc_number", "dates")
# Measured: right out of 46 (01-42, then 46-59, a batch drawn later and measured before any change:
# title, 文号 and dates 13 of 14 each, place, level and issuer 14 of 14). The two issuers missed are
# named only in prose (…制定了《…》，现印发给你们) or in a table cell (实施机关), not in a signature,
# title or portal field. Missed in 46-59: a title whose (试行) stands on the line below it and a
# 令 number broken across two lines (47), a 公布 date inside a note of three lines (49).
MEASURED = {"title": 45, "place": 46, "level": 46, "issuer": 44, "doc_number": 45, "dates": 45}


@pytest.fixture(scope="module")
def results():
    out = []
    for path in EXPECTED:
        name = path.name[: -len(".metadata.json")]
        meta = analyze_file(CORPUS / name).meta.to_json()
        out.append((name, json.loads(path.read_text("utf-8")), meta))
    return out


def test_every_readable_sample_file_has_expected_metadata():
    # The sample drawn at first (01-42) and the batch drawn later (46-); 43-45 were added for
    # outline checks only.
    number = lambda p: int(p.name.split("_")[0])
    readable = {p.name for p in CORPUS.iterdir() if p.name[:2].isdigit() and (
        number(p) >= 46 or number(p) <= 42 and p.suffix.lower() in (".html", ".htm", ".docx", ".txt"))}
    assert {p.name[: -len(".metadata.json")] for p in EXPECTED} == readable
    assert len(readable) == 46


def test_share_right_per_field(results, capsys):
    right = {f: [name for name, want, got in results if got[f] == want[f]] for f in FIELDS}
    with capsys.disabled():
        print()
        for f in FIELDS:
            print(f"  {f:<10} {len(right[f])}/{len(results)} = {len(right[f]) / len(results):.0%}")
    for f in FIELDS:
        missed = [(name, want[f], got[f]) for name, want, got in results if got[f] != want[f]]
        assert len(right[f]) >= MEASURED[f], missed


def test_no_title_carries_chrome_or_runs_into_the_body(results):
    for name, _, got in results:
        title = got["title"]
        assert "|" not in title and "繁体" not in title and "索引号" not in title, name
        assert "第一章" not in title and "第一条" not in title and "。" not in title, name


def test_spans_point_at_what_was_read(results):
    for name, want, got in results:
        doc = analyze_file(CORPUS / name)
        text = doc.text
        if got["title"]:
            start, end = got["title_span"]
            assert text[start:end].replace("\n", "") == got["title"], name
        if got["doc_number"]:
            start, end = got["doc_number_span"]
            assert text[start:end] == got["doc_number"], name
        # A publication date read from a page line that cleaning set aside has no clean span.
        unspanned = set(got["dates"]) - set(got["date_spans"])
        assert unspanned <= ({"published"} if doc.clean.metadata.get("published") else set()), name
        for key, (start, end) in got["date_spans"].items():
            read = fold(text[start:end])
            # A span holds its date, or the rule it was computed by (自发布之日起施行, 有效期5年).
            assert first_date(read)[0] == got["dates"][key] or "之日" in read or "有效期" in read, (name, key)
