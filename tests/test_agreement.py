"""Inter-coder agreement on a hand-built pair: every number below is worked out by hand."""
from fractions import Fraction

import pytest

from policylens.core.agreement import Tally, agreement, coders
from policylens.core.anchoring import make_anchor
from policylens.core.annotations import Annotation, Code, Project
from policylens.core.document import analyze_bytes

TEXT = "关于推进落户的通知\n一、总体要求\n坚持以人为本，推进城镇化。\n二、主要任务\n全面放开城镇落户限制。\n"


@pytest.fixture
def pair():
    doc = analyze_bytes(TEXT.encode("utf-8"), "plan.txt")
    assert len(doc.text) == 50
    assert [(c.id, c.start, c.end) for c in doc.clauses] == [("preamble", 0, 10), ("一", 10, 31), ("二", 31, 50)]
    project = Project()
    project.apply({("codes", "x"): Code("x", "落户"), ("codes", "y"): Code("y", "标题")})

    def code(n, coder, quote, *codes, needs_review=False):
        start = doc.text.index(quote)
        anchor = make_anchor(doc, start, start + len(quote))
        project.apply({("annotations", str(n)): Annotation(str(n), anchor, codes=codes, coder=coder,
                                                           needs_review=needs_review)})

    code(1, "甲", "坚持以人为本，推进城镇化。", "x")  # 17-30
    code(2, "乙", "推进城镇化", "x")  # 24-29
    code(3, "乙", "全面放开城镇落户限制", "x")  # 38-48
    code(4, "甲", "关于推进落户的通知", "y")  # 0-9
    code(5, "乙", "总体要求", "y", needs_review=True)  # no reliable place: left out
    code(6, "丙", "主要任务", "x")  # a third coder, not compared
    return project, {doc.key: doc}


def test_percent_agreement_and_kappa_per_code_and_document(pair):
    project, documents = pair
    report = agreement(project, "甲", "乙", documents)
    assert coders(project) == ["丙", "乙", "甲"]
    cells = {(r.code, r.document): r for r in report.cells}
    # 落户: 甲 codes 13 characters, 乙 15, 5 in common; 50 characters in all.
    x = cells[("落户", "plan")]
    assert x.characters == Tally(both=5, only_a=8, only_b=10, neither=27)
    assert x.characters.percent == pytest.approx(64.0)  # (5 + 27) / 50
    # pe = 13/50 · 15/50 + 37/50 · 35/50 = 0.596; kappa = (0.64 − 0.596) / 0.404 = 11/101
    assert x.characters.kappa == pytest.approx(float(Fraction(11, 101)))
    # Clauses: 甲 touches 一, 乙 touches 一 and 二, nobody the preamble.
    assert x.clauses == Tally(both=1, only_a=0, only_b=1, neither=1)
    assert x.clauses.kappa == pytest.approx(0.4)  # (2/3 − 4/9) / (5/9)
    # 标题: only 甲 (乙's one is left out): agreement no better than chance.
    y = cells[("标题", "plan")]
    assert y.characters == Tally(0, 9, 0, 41) and y.characters.kappa == 0
    assert y.characters.percent == pytest.approx(82.0)
    (doc_row,) = report.by_document
    assert doc_row.characters == Tally(5, 17, 10, 68)
    assert doc_row.characters.kappa == pytest.approx(float(Fraction(17, 152)))  # (0.73 − 0.696) / 0.304
    assert [r.code for r in report.by_code] == ["标题", "落户"]
    assert report.overall.characters == doc_row.characters
    assert report.left_out == 1


def test_disagreements_side_by_side(pair):
    project, documents = pair
    report = agreement(project, "甲", "乙", documents)
    assert [(d.code, d.start, d.end, d.text_a, d.text_b) for d in report.disagreements] == [
        ("标题", 0, 9, "关于推进落户的通知", ""),
        ("落户", 17, 30, "坚持以人为本，推进城镇化。", "推进城镇化"),
        ("落户", 38, 48, "", "全面放开城镇落户限制")]


def test_identical_coding_agrees_fully_and_kappa_is_undefined_without_variation():
    assert Tally(both=10, neither=40).kappa == 1 and Tally(both=10, neither=40).percent == 100
    assert Tally(neither=50).kappa is None and Tally(both=50).kappa is None
    assert Tally().percent is None


def test_two_names_are_needed(pair):
    project, documents = pair
    with pytest.raises(ValueError, match="two different coders"):
        agreement(project, "甲", "甲", documents)
