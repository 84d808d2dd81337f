"""Two whole documents aligned clause by clause, on the real seeds: exact pairs, gaps, moves,
order on both sides, script, corrections and the diff command that uses the pairing."""
from __future__ import annotations

import itertools
import json

import pytest

from policylens.cli import main
from policylens.core import worddiff
from policylens.core.align import ClauseRef
from policylens.core.document import analyze_bytes
from policylens.core.document_pairing import pair_documents
from policylens.core.families import Correction
from policylens.core.script import to_simplified
from policylens.store.alignment import CORRECTIONS_FILE


def doc_of(seed_docs, prefix):
    return next(doc for name, doc in seed_docs.items() if name.startswith(prefix))


def ids(doc_a, doc_b, rows):
    return [(doc_a.clauses[r.a].id if r.a is not None else None, doc_b.clauses[r.b].id if r.b is not None else None)
            for r in rows]


def test_sanmenxia_against_dandong(seed_docs):
    # Read from the two documents: 丹东 numbers its sub-clauses on across sections and adds a
    # 总体要求 section (指导思想, 基本原则 with four items) that 三门峡 has not; 三门峡's 市域城镇,
    # 社区集体户口, 财政性建设资金 and 强化政策效果 clauses have no counterpart in 丹东, nor 丹东's
    # 城区落户政策. 加快工作进度 and 强化专项检查 share their text (跟踪监测和监督检查, 总结评估).
    a, b = doc_of(seed_docs, "000"), doc_of(seed_docs, "002")
    pairing = pair_documents(a, b)
    assert ids(a, b, pairing.rows) == [
        ("preamble", "preamble"), (None, "一"), (None, "一/(一)"), (None, "一/(二)"), (None, "一/(二)/•1"),
        (None, "一/(二)/•2"), (None, "一/(二)/•3"), (None, "一/(二)/•4"), ("一", "一/(三)"), ("二", "二"),
        ("二/(一)", "二/(四)"), ("二/(二)", None), ("二/(三)", None), (None, "二/(五)"), ("三", "三"),
        ("三/(一)", "三/(六)"), ("三/(二)", None), ("三/(三)", "三/(七)"), ("三/(四)", "三/(八)"),
        ("三/(五)", "三/(九)"), ("三/(六)", "三/(十)"), ("三/(七)", "三/(十一)"), ("三/(八)", "三/(十二)"),
        ("三/(九)", "三/(十三)"), ("三/(十)", "三/(十四)"), ("四", "四"), ("四/(一)", "四/(十五)"),
        ("四/(二)", "四/(十六)"), ("四/(三)", None), ("四/(四)", "四/(十七)"), (None, "closing")]
    three_rights = next(r for r in pairing.rows if r.a is not None and a.clauses[r.a].id == "三/(五)")
    assert b.clauses[three_rights.b].id == "三/(九)" and three_rights.score == pytest.approx(0.745, abs=1e-3)
    assert pairing.moved == {}


def test_a_moved_clause_is_two_gaps_that_know_each_other(seed_docs):
    # 西宁 puts 融资制度 (三/(十二)) after the "三权" clause (三/(十一)); 三门峡 has it before (三/(四)).
    # The stronger "三权" pair (0.67 against 0.60) keeps its place; 融资 is a gap on both sides.
    a, b = doc_of(seed_docs, "000"), doc_of(seed_docs, "003")
    pairing = pair_documents(a, b)
    rows = ids(a, b, pairing.rows)
    assert ("三/(四)", None) in rows and (None, "三/(十二)") in rows and ("三/(五)", "三/(十一)") in rows
    index_a = next(i for i, c in enumerate(a.clauses) if c.id == "三/(四)")
    index_b = next(j for j, c in enumerate(b.clauses) if c.id == "三/(十二)")
    assert pairing.moved == {("a", index_a): index_b, ("b", index_b): index_a}
    # A title-only heading still finds the heading of one title: 强化政策效果.
    assert ("四/(三)", "四/(二十一)") in rows
    gaps_a, gaps_b = sum(r.b is None for r in pairing.rows), sum(r.a is None for r in pairing.rows)
    assert (len(pairing.pairs()), gaps_a, gaps_b) == (20, 2, 37)


@pytest.fixture(scope="module")
def every_pairing(seed_docs):
    return [(a, b, pair_documents(a, b)) for a, b in itertools.permutations(seed_docs.values(), 2)]


def test_every_clause_once_in_order_on_both_sides(every_pairing):
    for a, b, pairing in every_pairing:
        assert [r.a for r in pairing.rows if r.a is not None] == list(range(len(a.clauses)))
        assert [r.b for r in pairing.rows if r.b is not None] == list(range(len(b.clauses)))
        for pair in pairing.pairs():
            assert (a.clauses[pair.a].kind in ("preamble", "closing")) == (b.clauses[pair.b].kind in ("preamble", "closing"))


def test_pairing_is_symmetric(every_pairing):
    found = {(a.key, b.key): {(r.a, r.b) for r in p.pairs()} for a, b, p in every_pairing}
    for (key_a, key_b), pairs in found.items():
        assert {(y, x) for x, y in found[(key_b, key_a)]} == pairs


def test_traditional_against_its_simplified_copy_differs_in_nothing(seed_docs, seed):
    xining = doc_of(seed_docs, "003")
    copy = analyze_bytes(to_simplified(seed("003").read_text("utf-8")).encode("utf-8"), "xining-simplified.txt")
    assert (xining.script, copy.script) == ("traditional", "simplified")
    pairing = pair_documents(xining, copy)
    assert [(r.a, r.b) for r in pairing.rows] == [(i, i) for i in range(len(xining.clauses))]
    rows = worddiff.diff_documents(xining, copy, pairing.rows)
    assert len(rows) == 57 and not any(row.changed() for row in rows)
    assert all(row.values == [] and row.similarity == 1.0 for row in rows)


def test_one_file_against_itself(seed_docs):
    sanmenxia = doc_of(seed_docs, "000")
    pairing = pair_documents(sanmenxia, sanmenxia)
    assert [(r.a, r.b) for r in pairing.rows] == [(i, i) for i in range(22)]


def correction(action, a, a_clause, b, b_clause):
    return Correction(action, ClauseRef(a.key, a_clause), ClauseRef(b.key, b_clause))


def test_corrections_win_over_the_scores(seed_docs):
    a, b = doc_of(seed_docs, "000"), doc_of(seed_docs, "002")
    # Unlink the "三权" pair: both clauses become gaps, the rest stays.
    rows = ids(a, b, pair_documents(a, b, [correction("unlink", a, "三/(五)", b, "三/(九)")]).rows)
    assert ("三/(五)", None) in rows and (None, "三/(九)") in rows and ("三/(四)", "三/(八)") in rows
    # A link given from B's side, across the order: 三门峡 四/(三) with 丹东 二/(五). The pairs it
    # crosses (二/(五) comes before everything from 三 on in 丹东) give way.
    linked = pair_documents(a, b, [correction("link", b, "二/(五)", a, "四/(三)")])
    rows = ids(a, b, linked.rows)
    assert ("四/(三)", "二/(五)") in rows and ("四/(四)", "四/(十七)") in rows
    assert ("三/(五)", None) in rows and (None, "三/(九)") in rows
    # A link then an unlink of the same two clauses: the later one wins.
    both = [correction("link", a, "二/(二)", b, "二/(五)"), correction("unlink", a, "二/(二)", b, "二/(五)")]
    assert ("二/(二)", None) in ids(a, b, pair_documents(a, b, both).rows)
    # Corrections between other documents change nothing.
    other = doc_of(seed_docs, "003")
    assert pair_documents(a, b, [correction("unlink", a, "三/(五)", other, "三/(十一)")]).rows == pair_documents(a, b).rows


def run_cli(argv, capsys, tmp_path):
    code = main(["--data-dir", str(tmp_path), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_diff_command_follows_the_pairing_and_the_users_corrections(seed, seed_docs, capsys, tmp_path):
    a, b = doc_of(seed_docs, "000"), doc_of(seed_docs, "003")
    code, out, _ = run_cli(["diff", str(seed("000")), str(seed("003"))], capsys, tmp_path)
    assert code == 0
    assert "- 三/(四) 完善城市基础设施项目融资制度  (only in A)  (moved: 三/(十二))" in out
    assert "+ 三/(十二) 完善城鎮基礎設施項目融資制度  (only in B)  (moved: 三/(四))" in out
    (tmp_path / CORRECTIONS_FILE).parent.mkdir(parents=True)
    (tmp_path / CORRECTIONS_FILE).write_text(json.dumps(
        {"schema": 1, "corrections": [correction("link", a, "三/(四)", b, "三/(十二)").to_json()]}), "utf-8")
    code, out, _ = run_cli(["diff", str(seed("000")), str(seed("003")), "--json"], capsys, tmp_path)
    pairs = [(p["a"] and p["a"]["clause"], p["b"] and p["b"]["clause"]) for p in json.loads(out)["pairs"]]
    assert ("三/(四)", "三/(十二)") in pairs and ("三/(五)", None) in pairs
    (tmp_path / CORRECTIONS_FILE).write_text("{not json", "utf-8")
    code, _, err = run_cli(["diff", str(seed("000")), str(seed("003"))], capsys, tmp_path)
    assert code == 2 and "alignment.json is damaged" in err


def test_export_escapes_every_text_and_keeps_formulas_as_text(tmp_path):
    from openpyxl import load_workbook

    from policylens.exchange.reports.document_diff import comparison_html, write_xlsx

    a = analyze_bytes("关于<b>的方案\n一、总体要求\n=SUM(A1) 满2年以上的人员<script>。\n".encode(), "a.txt")
    b = analyze_bytes("关于的方案\n一、总体要求\n满3年以上的人员。\n二、保障措施\n加强领导&协调。\n".encode(), "b.txt")
    rows = worddiff.diff_documents(a, b, pair_documents(a, b).rows)
    page = comparison_html(a, b, rows)
    assert "<script>" not in page and "&lt;script&gt;" in page and "加强领导&amp;协调" in page
    assert "duration：满2年以上" in page and "class='side gap'" in page
    write_xlsx(tmp_path / "out.xlsx", a, b, rows)
    cells = [c for row in load_workbook(tmp_path / "out.xlsx")["Comparison"].iter_rows() for c in row]
    [formula_like] = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=SUM(A1)")]
    assert formula_like.data_type == "s"  # text, never a formula
