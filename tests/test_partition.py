"""Clauses partition the clean text exactly, and every clean character maps back to the raw
character it came from: on the real seeds and on random documents made of the seeds' lines."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylens.core import outline
from policylens.core.clean import clean
from policylens.core.document import analyze_bytes
from policylens.core.errors import DecodeError

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEED_LINES = sorted({line for path in sorted(SEED_DIR.glob("*.txt"))
                     for line in path.read_text("utf-8").split("\n")})
# Numbering as the seeds write it, to swap onto numbered lines.
_NUMBERED = re.compile(r"^([ \u3000]*)([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|"
                       r"\d{1,3}[.、．]|[（(]\d{1,3}[)）])")
_MARKERS = ["一、", "二、", "三、", "十一、", "（一）", "（三）", "(四)", "(十二)", "1.", "2、", "12.",
            "（1）", "(7)", "——", "•"]


def assert_partition(text, clauses):
    assert clauses, "a document always has at least one clause"
    assert clauses[0].start == 0
    assert clauses[-1].end == len(text)
    for a, b in zip(clauses, clauses[1:]):
        assert a.end == b.start, (a.id, a.end, b.id, b.start)
    for c in clauses:
        assert c.start <= c.end
    assert "".join(text[c.start:c.end] for c in clauses) == text


def assert_offsets(raw, cleaned):
    text = cleaned.text
    for i, ch in enumerate(text):
        if ch != "\n":
            r = cleaned.offsets.to_raw(i)
            assert 0 <= r < len(raw) and raw[r] == ch, (i, ch, r, raw[r:r + 1])


# -- the real seeds ----------------------------------------------------------------------------

def test_seed_clauses_partition_the_clean_text(seed_path, seed_docs):
    doc = seed_docs[seed_path.name]
    assert len(doc.clauses) > 10
    assert_partition(doc.text, doc.clauses)


def test_seed_clean_text_maps_back_to_raw(seed_path, seed_docs):
    doc = seed_docs[seed_path.name]
    assert_offsets(doc.source.text, doc.clean)


def test_seed_clause_ids_are_unique(seed_path, seed_docs):
    ids = [c.id for c in seed_docs[seed_path.name].clauses]
    assert len(ids) == len(set(ids))


# -- random documents from the seeds' lines -----------------------------------------------------

@st.composite
def seed_line_documents(draw):
    lines = draw(st.lists(st.sampled_from(SEED_LINES), min_size=0, max_size=60))
    if draw(st.integers(0, 3)) == 0:  # occasionally: numbering shuffled onto other numbers
        renumbered = []
        for line in lines:
            match = _NUMBERED.match(line)
            if match and draw(st.booleans()):
                line = match.group(1) + draw(st.sampled_from(_MARKERS)) + line[match.end():]
            renumbered.append(line)
        lines = renumbered
    if draw(st.integers(0, 4)) == 0:  # and occasionally out of order
        lines = draw(st.permutations(lines))
    return "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed_line_documents())
def test_random_seed_line_documents_partition_exactly(raw):
    cleaned = clean(raw)
    assert_partition(cleaned.text, outline.parse(cleaned.text))
    assert_offsets(raw, cleaned)
    for piece in cleaned.removed:
        assert raw[piece.start:piece.end] == piece.text

    data = raw.encode("utf-8")
    if not data.strip():  # nothing but (ASCII) white space is refused, not read as an empty document
        with pytest.raises(DecodeError, match="white space|empty"):
            analyze_bytes(data, "mixture.txt")
    else:
        doc = analyze_bytes(data, "mixture.txt")
        assert doc.text == cleaned.text
        assert_partition(doc.text, doc.clauses)
        ids = [c.id for c in doc.clauses]
        assert len(ids) == len(set(ids))


# -- numbering styles the seeds do not use ------------------------------------------------------

def test_circled_number_items_partition(seed):
    """The outline promises ① … ⑳ as level-4 numbering; items numbered so must parse."""
    lines = seed("002").read_text("utf-8").split("\n")
    heading = next(l for l in lines if l.strip().startswith("一、"))
    body = [l.strip() for l in lines if l.strip().startswith("统筹设计")][0]
    raw = "\n".join([lines[0], heading, "①" + body, "②" + body, "③" + body])
    cleaned = clean(raw)
    clauses = outline.parse(cleaned.text)
    assert_partition(cleaned.text, clauses)
    assert [(c.level, c.number) for c in clauses if c.kind == "heading"] == \
        [(1, 1), (4, 1), (4, 2), (4, 3)]
