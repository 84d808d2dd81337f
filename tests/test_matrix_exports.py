"""Matrix exports on the real seeds: XLSX read back with openpyxl, HTML self-contained and escaped."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from policylens.core.coverage import template_coverage
from policylens.core.families import Families, corrected
from policylens.core.parameters import parameter_table
from policylens.core.reuse import document_reuse
from policylens.exchange.reports.matrix_html import html_page, write_html
from policylens.exchange.reports.matrix_table import BAND_COLOURS, coverage_table, parameter_matrix, reuse_table
from policylens.exchange.reports.matrix_xlsx import write_xlsx

from test_families import CITY

KEYS = sorted(CITY.values())
NAMES = {key: city for city, key in CITY.items()}
EVIL = '<script>alert("x")</script> & "quoted" \'single\''


@pytest.fixture(scope="module")
def docs(seed_docs):
    return {doc.key: doc for doc in seed_docs.values()}


@pytest.fixture(scope="module")
def coverage(docs):
    families = Families.build(docs[key] for key in KEYS)
    groups = corrected(families.groups(), [], families.index)
    matrix = template_coverage(families.index, groups, CITY["三门峡"], KEYS, lambda k: docs[k].clauses)
    return coverage_table(matrix, NAMES, "覆盖矩阵（模板：三门峡）")


def sheet_rows(path, name):
    return [list(row) for row in load_workbook(path)[name].iter_rows(values_only=True)]


def test_coverage_xlsx(tmp_path, coverage):
    path = tmp_path / "coverage.xlsx"
    write_xlsx(coverage, path)
    book = load_workbook(path)
    matrix = book["Matrix"]
    assert [c.value for c in matrix[1]] == ["条款", "昭通", "丹东", "西宁", "始兴"]
    row = next(r for r in matrix.iter_rows(min_row=2) if r[0].value.startswith("三/(五) "))
    assert row[0].value == "三/(五) 建立进城落户农民“三权”维护和自愿有偿退出机制"
    assert [c.value for c in row[1:]] == ["四/(四)/14/(5)  0.26\n市委农办", "三/(九)  0.72\n市农委",
                                          "三/(十一)  0.67", "三/(三)  0.72\n县农业局"]
    fills = [c.fill.fgColor.rgb[-6:].lower() for c in row[1:]]
    assert fills == [BAND_COLOURS[b][1:] for b in ("changed", "adopted", "changed", "adopted")]
    dropped = next(r for r in matrix.iter_rows(min_row=2) if r[0].value.startswith("三/(十) "))[1]
    assert (dropped.value, dropped.fill.fgColor.rgb[-6:].lower()) == ("—", BAND_COLOURS["dropped"][1:])
    assert matrix.freeze_panes == "B2"
    records = sheet_rows(path, "Records")
    assert records[0][:6] == ["row", "reference_document", "reference_clause", "reference_title", "document", "place"]
    dandong = next(r for r in records if r[2] == "三/(五)" and r[5] == "丹东")
    assert dandong[6:] == ["三/(九)", "建立进城落户农民“三权”维护和自愿有偿退出机制", 0.7236, "adopted", "市农委",
                          None]  # family_name: only rows of the all-families mode have one
    legend = sheet_rows(path, "Legend")
    assert [r[0] for r in legend] == ["adopted", "changed", "dropped"]


def test_parameter_xlsx_values_with_their_spans(tmp_path, docs):
    table = parameter_matrix(parameter_table([docs[k] for k in KEYS]), NAMES, "参数表")
    path = tmp_path / "parameters.xlsx"
    write_xlsx(table, path)
    matrix = sheet_rows(path, "Matrix")
    assert matrix[0][:4] == ["文件", "居住年限", "社保缴纳年限", "就业年限"]
    dandong = next(r for r in matrix if r[0] == "丹东")
    assert dandong[1:3] == ["满2年以上", "1年以上（取消）"]
    records = sheet_rows(path, "Records")
    residence = next(r for r in records if r[1] == "丹东" and r[2] == "residence_years")
    assert residence == [CITY["丹东"], "丹东", "residence_years", "居住年限", "满2年以上", 2, "年", "满以上", None,
                         "no", "二/(四)", 950, 955]
    abolished = next(r for r in records if r[1] == "丹东" and r[2] == "tax_years")
    assert (abolished[4], abolished[9], abolished[11]) == ("1年以上", "yes", 1182)


def test_reuse_xlsx_and_html(tmp_path, docs):
    names = [NAMES[k] for k in KEYS]
    table = reuse_table(document_reuse([docs[k] for k in KEYS]), names, "文本复用矩阵")
    write_xlsx(table, tmp_path / "reuse.xlsx")
    matrix = sheet_rows(tmp_path / "reuse.xlsx", "Matrix")
    assert matrix[0] == ["文件", "三门峡", "昭通", "丹东", "西宁", "始兴"]
    dandong = next(r for r in matrix if r[0] == "丹东")
    assert dandong[4] == "0.2993" and dandong[3] == "—"  # as the heatmap shows it
    cell = load_workbook(tmp_path / "reuse.xlsx")["Matrix"].cell(4, 5)
    assert cell.fill.fgColor.rgb[-6:].lower() == BAND_COLOURS["rewritten"][1:]
    records = sheet_rows(tmp_path / "reuse.xlsx", "Records")
    assert [CITY["丹东"], "丹东", CITY["西宁"], "西宁", 0.2993, "rewritten"] in records
    write_html(table, tmp_path / "reuse.html")
    page = (tmp_path / "reuse.html").read_text("utf-8")
    assert '<td class="b-rewritten" title="丹东 → 西宁: 29.9%, 重写（&lt; 0.3）">0.2993</td>' in page


def test_html_is_self_contained(tmp_path, coverage):
    write_html(coverage, tmp_path / "coverage.html")
    page = (tmp_path / "coverage.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert not re.search(r"<script|<link|src=|href=|@import|url\(", page)
    assert "<th>三/(五) 建立进城落户农民“三权”维护和自愿有偿退出机制</th>" in page
    assert '<td class="b-adopted" title="建立进城落户农民“三权”维护和自愿有偿退出机制 — 采纳（相似度 ≥ 0.7）">' \
           "三/(九)  0.72\n市农委</td>" in page


def test_html_escapes_document_and_user_text(docs):
    # A document whose title, place and clause titles are markup: shown as text, never run.
    evil = {key: replace(doc, meta=replace(doc.meta, title=EVIL, place=EVIL)) for key, doc in docs.items()}
    table = parameter_matrix(parameter_table([evil[k] for k in KEYS]), {k: EVIL for k in KEYS}, EVIL)
    page = html_page(table)
    assert "<script" not in page and 'alert("x")' not in page
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#x27;single&#x27;"
    assert f"<title>{escaped}</title>" in page and f"<th>{escaped}</th>" in page


def test_xlsx_keeps_formula_like_text_as_text(tmp_path, coverage):
    table = replace(coverage, row_labels=['=HYPERLINK("http://x","y")', *coverage.row_labels[1:]])
    write_xlsx(table, tmp_path / "evil.xlsx")
    cell = load_workbook(tmp_path / "evil.xlsx")["Matrix"]["A2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://x","y")', "s")


def test_a_failed_write_leaves_the_old_file(tmp_path, coverage):
    path = tmp_path / "coverage.html"
    path.write_text("old", "utf-8")
    broken = replace(coverage, cells=None)  # the page cannot be made
    with pytest.raises(TypeError):
        write_html(broken, path)
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["coverage.html"]
