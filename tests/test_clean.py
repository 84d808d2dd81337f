"""Exact repairs on the real seeds: pinyin removed, real brackets kept, damage marked, noise set
aside with its reason and exact raw text, metadata read from the noise."""
from __future__ import annotations

import re

import pytest

from policylens.core.clean import clean

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹńňḿ"
# '(' then pinyin letters with at least one tone mark: a pinyin gloss.
_PINYIN_GLOSS = re.compile(rf"\([a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*\s?\)")


@pytest.fixture(scope="module")
def docs(seed_docs):
    return {name[:3]: doc for name, doc in seed_docs.items()}


def removed(doc, reason=None):
    return [r for r in doc.clean.removed if reason is None or r.reason == reason]


# -- pinyin (seed 003, 西宁) --------------------------------------------------------------------

def test_xining_raw_really_has_pinyin(docs):
    raw = docs["003"].source.text
    assert "(hù)" in raw and "(guān)" in raw and "會(huì )" in raw
    assert len(_PINYIN_GLOSS.findall(raw)) > 500


def test_xining_clean_text_has_no_pinyin_left(docs):
    text = docs["003"].text
    assert _PINYIN_GLOSS.findall(text) == []
    for gloss in ("(hù)", "(guān)", "(huì )", "(huì)", "(fā)", "(dòng)", "(shí)", "(chuàng )"):
        assert gloss not in text, gloss
    # Toned letters survive only inside the four marked damaged spans.
    damaged = docs["003"].clean.damaged
    for m in re.finditer(rf"[{_TONED}]", text):
        assert any(a <= m.start() < b for a, b in damaged), text[m.start() - 5:m.end() + 5]


def test_xining_pinyin_removed_pieces_are_exact(docs):
    doc = docs["003"]
    pieces = removed(doc, "pinyin")
    # Every gloss in the raw is removed as pinyin, except those inside a line set aside whole
    # (the QR-code line 掃描二維碼 關(guān)注我們).
    whole_lines = [(r.start, r.end) for r in removed(doc) if r.reason != "pinyin"]
    glosses = [m.start() for m in _PINYIN_GLOSS.finditer(doc.source.text)
               if not any(a <= m.start() < b for a, b in whole_lines)]
    assert [p.start for p in pieces] == glosses
    for piece in pieces:
        assert _PINYIN_GLOSS.fullmatch(piece.text), piece.text
        assert re.match(r"[\u3400-\u9fff]", doc.source.text[piece.start - 1]), piece


def test_hui_with_pinyin_becomes_hui(docs):
    doc = docs["003"]
    raw, text, offsets = doc.source.text, doc.text, doc.clean.offsets
    hui_raw = [m.start() for m in re.finditer(re.escape("會(huì )"), raw)]
    assert len(hui_raw) >= 10
    raw_to_clean = {offsets.to_raw(i): i for i in range(len(text)) if text[i] != "\n"}
    for r in hui_raw:
        i = raw_to_clean[r]
        assert text[i] == "會"
        assert text[i + 1] != "(", text[i - 3:i + 6]
    assert "社會主義" in text  # 社會(huì )主義 in the raw
    assert "會(" not in text


def test_real_brackets_survive(docs):
    assert "(PPP)" in docs["002"].text
    assert "(PPP)" in docs["003"].text
    assert "合作(PPP)模式" in docs["003"].text
    assert "(含租賃)" in docs["001"].text
    assert docs["003"].text.count("(含租賃)") == docs["003"].source.text.count("(含租賃)") == 3
    assert "就(創)業" in docs["003"].text  # 就(創(chuàng ))業: only the gloss goes
    for r in docs["003"].clean.removed:
        assert "PPP" not in r.text and "含租賃" not in r.text


# -- damaged spans -----------------------------------------------------------------------------

def test_xining_damaged_spans_are_exact(docs):
    doc = docs["003"]
    assert [doc.text[a:b] for a, b in doc.clean.damaged] == ["?jì)?yōu)", "?chē)?", "??刂?", "?;踞t"]


def test_zhaotong_has_five_damaged_question_mark_spans(docs):
    doc = docs["001"]
    assert [doc.text[a:b] for a, b in doc.clean.damaged] == ["??"] * 5
    # Marked, never deleted: the raw holds the same five '??' runs.
    assert doc.source.text.count("??") == 5


@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_clean_seeds_have_no_damage(docs, prefix):
    assert docs[prefix].clean.damaged == []


def test_damaged_spans_are_attached_to_their_clauses(docs):
    for prefix in ("001", "003"):
        doc = docs[prefix]
        attached = sorted(span for c in doc.clauses for span in c.damaged)
        assert attached == sorted(doc.clean.damaged)


# -- removed noise -----------------------------------------------------------------------------

def test_sanmenxia_breadcrumb_and_metadata(docs):
    doc = docs["000"]
    assert [r.reason for r in removed(doc)] == ["breadcrumb", "metadata"]
    crumb, meta = removed(doc)
    assert crumb.text.startswith("当前位置:首页 > 政府信息公开")
    assert crumb.text.endswith("> 正文")
    assert meta.text.startswith("发布时间:2020-01-20 11:16")
    assert meta.text.endswith("文章来源:三门峡市政府办公室")
    assert doc.clean.metadata == {"published": "2020-01-20", "source": "三门峡市政府办公室"}
    assert doc.meta.dates.get("published") == "2020-01-20"
    assert doc.to_json()["source"] == "三门峡市政府办公室"
    assert "当前位置" not in doc.text and "发布时间" not in doc.text and "文章来源" not in doc.text


def test_xining_qr_code_line(docs):
    doc = docs["003"]
    assert [r.text for r in removed(doc, "qr-code")] == ["掃描二維碼 關(guān)注我們"]
    assert {r.reason for r in removed(doc)} == {"pinyin", "qr-code"}
    assert "二維碼" not in doc.text


def test_shixing_encoded_page_numbers_and_image(docs):
    doc = docs["004"]
    assert [r.reason for r in removed(doc)] == ["encoded-data", "page-number", "page-number", "image"]
    encoded = removed(doc, "encoded-data")[0]
    assert len(encoded.text) > 1000
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", encoded.text)
    assert [r.text for r in removed(doc, "page-number")] == ["空－６—", "—７—空"]
    assert [r.text for r in removed(doc, "image")] == ["[image: image3.png]g"]
    assert not re.search(r"[A-Za-z0-9+/=]{20,}", doc.text)
    assert "[image" not in doc.text and "空－６—" not in doc.text and "—７—空" not in doc.text


def test_zhaotong_and_dandong_have_nothing_removed(docs):
    assert removed(docs["001"]) == []
    assert removed(docs["002"]) == []


def test_every_removed_piece_is_exactly_its_raw_text(seed_path, seed_docs):
    doc = seed_docs[seed_path.name]
    raw = doc.source.text
    previous_end = 0
    for piece in doc.clean.removed:
        assert raw[piece.start:piece.end] == piece.text, piece
        assert piece.start >= previous_end, "removed pieces are in order and do not overlap"
        previous_end = piece.end
        assert piece.text and piece.text == piece.text.strip()


def test_clean_is_deterministic_and_loses_nothing(seed_path, seed_docs):
    """Clean text + removed pieces + whitespace account for every raw character."""
    doc = seed_docs[seed_path.name]
    raw = doc.source.text
    again = clean(raw)
    assert again.text == doc.text
    covered = bytearray(len(raw))
    for piece in doc.clean.removed:
        covered[piece.start:piece.end] = b"\x01" * (piece.end - piece.start)
    for i, ch in enumerate(doc.text):
        if ch != "\n":
            covered[doc.clean.offsets.to_raw(i)] = 1
    lost = [raw[i] for i in range(len(raw)) if not covered[i] and not raw[i].isspace()]
    assert lost == []
