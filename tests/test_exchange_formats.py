"""Markdown, CSV, XLSX and W3C exports of a project made on the real seeds.

What a user typed must come out as text: escaped in Markdown (HTML, emphasis, code spans,
table pipes) and never a formula in a spreadsheet.
"""
import csv
import io
import json
import re

import pytest
from openpyxl import load_workbook

from test_exchange_roundtrip import DANDONG, NASTY, SANMENXIA, ZHAOTONG, export, fill_project


@pytest.fixture(scope="module")
def exported(tmp_path_factory, seed_paths):
    folder = tmp_path_factory.mktemp("exports")
    corpus = fill_project(folder / "data", seed_paths)
    for fmt in ("md", "csv", "xlsx", "w3c"):
        export(folder / "data", corpus, fmt, folder / f"out.{fmt}")
    return folder


def test_markdown_groups_by_document_and_clause_with_titles(exported):
    md = (exported / "out.md").read_text(encoding="utf-8")
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings == [
        "# PolicyLens annotations", "## Codes", "## Project memos",
        "## 三门峡市人民政府办公室关于印发推动非户籍人口在城市落户实施方案的通知", "### 二/(二) 全面放开市域城镇落户限制",
        "## 昭通市人民政府關于進一步推進戶籍制度改革的工作方案", "### 四/(二)/2 全面放開建制鎮和小城市落戶限制",
        "## 丹东市推动非户籍人口在城市落户实施方案", "### Memos", "### 二/(四) 全面放开放宽重点群体落户限制",
        "### 三/(十四) 推进居住证制度覆盖全部未落户城镇常住人口",
    ]


def test_markdown_escapes_everything_a_user_typed(exported):
    md = (exported / "out.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "<b>" not in md
    row = next(line for line in md.splitlines() if "(市公安局牵头)" in line and "script" in line)
    # A Markdown note keeps its emphasis and code; its HTML and its pipes are still made harmless.
    assert row == ("| (市公安局牵头) | &lt;script&gt;alert('x')&lt;/script&gt; &amp; *bold* "
                   "`code` a\\|b<br>第二行 | 落户条件/租赁住所, 责任部门/公安 | #ff8800 |")
    cells = re.split(r"(?<!\\)\|", row)[1:-1]  # a Markdown table splits on unescaped pipes only
    assert len(cells) == 4
    assert "| 责任部门/说明码 | #123456 | 0 | 一个 &lt;描述&gt; &amp; 说明 |" in md
    assert "**丹东 \\| 总结**" in md and "丹东的落户条件最宽 &amp; &lt;b&gt;不&lt;/b&gt;" in md
    assert "全项目备忘\n\\- 第二条" in md  # a line that would start a list stays text


def test_csv_is_utf8_with_bom_and_one_row_per_annotation(exported):
    raw = (exported / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["document"], r["clause"], r["start"], r["end"], r["quote"]) for r in rows][:3] == [
        (SANMENXIA, "二/(二)", "814", "826", "全面放开市域城镇落户限制"),
        (ZHAOTONG, "四/(二)/2", "1908", "1923", "全面放開建制鎮和小城市落戶限制"),
        (DANDONG, "二/(四)", "1112", "1120", "(市公安局牵头)"),
    ]
    first_dandong = rows[2]
    assert first_dandong["note"] == NASTY and first_dandong["codes"] == "落户条件/租赁住所; 责任部门/公安"
    assert first_dandong["file"] == "002_0b082def2c4c3406.txt" and first_dandong["note_format"] == "markdown"


def test_xlsx_has_three_sheets_and_text_stays_text(exported, tmp_path, seed_paths):
    book = load_workbook(exported / "out.xlsx")
    assert book.sheetnames == ["Annotations", "Codes", "Memos"]
    sheet = book["Annotations"]
    header = [c.value for c in sheet[1]]
    row = {h: c.value for h, c in zip(header, sheet[4])}
    assert (row["quote"], row["note"], row["start"], row["clause_title"]) == (
        "(市公安局牵头)", NASTY, 1112, "全面放开放宽重点群体落户限制")
    codes = [[c.value for c in r] for r in book["Codes"].iter_rows(min_row=2)]
    assert ["责任部门/公安", "公安", "#4dabf7", None, 2] in codes
    assert [r[0].value for r in book["Memos"].iter_rows(min_row=2)] != []


def test_a_note_that_looks_like_a_formula_is_text_in_xlsx_and_defused_in_csv(tmp_path, seed_paths):
    from policylens.core.annotation_commands import EditAnnotation
    from policylens.store.annotations import AnnotationStore

    corpus = fill_project(tmp_path / "data", seed_paths)
    with AnnotationStore(tmp_path / "data") as store:
        first = sorted(store.project.annotations.values(), key=lambda a: a.document)[0]
        store.do(EditAnnotation(first.id, note="=HYPERLINK(\"x\")"))
    export(tmp_path / "data", corpus, "xlsx", tmp_path / "o.xlsx")
    export(tmp_path / "data", corpus, "csv", tmp_path / "o.csv")
    cell = load_workbook(tmp_path / "o.xlsx")["Annotations"]["J2"]
    assert (cell.value, cell.data_type) == ("=HYPERLINK(\"x\")", "s")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "o.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0]["note"] == "'=HYPERLINK(\"x\")"


def test_w3c_annotations_follow_the_web_annotation_model(exported):
    data = json.loads((exported / "out.w3c").read_text(encoding="utf-8"))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert (data["type"], data["total"], data["first"]["type"]) == ("AnnotationCollection", 4, "AnnotationPage")
    item = data["first"]["items"][2]
    assert item["type"] == "Annotation" and item["id"].startswith("urn:uuid:")
    assert item["body"] == [
        {"type": "TextualBody", "value": NASTY, "format": "text/markdown", "purpose": "commenting"},
        {"type": "TextualBody", "value": "落户条件/租赁住所", "purpose": "tagging"},
        {"type": "TextualBody", "value": "责任部门/公安", "purpose": "tagging"}]
    target = item["target"]
    assert target["source"] == f"urn:sha256:{target['pl:contentHash']}" and len(target["pl:contentHash"]) == 64
    assert target["pl:file"] == "002_0b082def2c4c3406.txt"
    quote, position = target["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "(市公安局牵头)"
    assert quote["prefix"].endswith("居住证在市区的亲属或居住地社区集体户落户。") and len(quote["prefix"]) == 32
    assert position == {"type": "TextPositionSelector", "start": 1112, "end": 1120}
    untagged = data["first"]["items"][0]
    assert untagged["motivation"] == "tagging" and len(untagged["body"]) == 1


def test_xlsx_header_is_bold_and_frozen_columns_have_their_widths(exported):
    sheet = load_workbook(exported / "out.xlsx")["Annotations"]
    assert all(c.font.b for c in sheet[1]) and not any(c.font.b for c in sheet[2])
    assert sheet.freeze_panes == "A2"
    assert (sheet.column_dimensions["I"].width, sheet.column_dimensions["A"].width) == (60, 14)  # quote, id
    assert sheet["K2"].value in ("plain", "markdown") and sheet["G2"].data_type == "n"


def test_a_text_longer_than_a_cell_holds_is_cut_with_a_marker_and_reported(tmp_path, seed_paths):
    from dataclasses import replace
    from policylens.exchange import export_annotations
    from policylens.store.annotations import AnnotationStore

    corpus = fill_project(tmp_path / "data", seed_paths)
    long_note = "落户" * 20000 + "𠮷"  # 40,001 characters, 40,002 UTF-16 code units
    with AnnotationStore(tmp_path / "data") as store:
        project = store.project
        first = min(project.annotations.values(), key=lambda a: (a.document, a.anchor.start))
        project.apply({("annotations", first.id): replace(first, note=long_note + "\x0b")})  # in memory only
        report = export_annotations(project, corpus, "xlsx", tmp_path / "o.xlsx")
    cell = load_workbook(tmp_path / "o.xlsx")["Annotations"]["J2"]
    assert len(cell.value) == 32767 and cell.value.startswith("落户落户")
    assert cell.value.endswith(" …[cut: 32,693 of 40,003 characters; the whole text is in the json export]")
    assert report.problems == ["Annotations J2 (note): 1 character (U+000B) replaced by \ufffd (XML cannot hold them)",
                               "Annotations J2 (note): 40,003 characters, cut to the first 32,693 (a cell holds 32,767)"]


def test_a_lone_surrogate_in_a_note_never_breaks_an_export(tmp_path, seed_paths):
    """Half an emoji (as JavaScript may leave it): JSON keeps it as an escape, the others say what they replaced."""
    from dataclasses import replace
    from policylens.exchange import FORMATS, export_annotations
    from policylens.store.annotations import AnnotationStore

    corpus = fill_project(tmp_path / "data", seed_paths)
    with AnnotationStore(tmp_path / "data") as store:
        project = store.project
        first = min(project.annotations.values(), key=lambda a: (a.document, a.anchor.start))
        project.apply({("annotations", first.id): replace(first, note="半个\ud83d表情")})  # in memory only
        reports = {fmt: export_annotations(project, corpus, fmt, tmp_path / f"o.{fmt}") for fmt in FORMATS}
    for fmt in ("json", "w3c"):
        data = json.loads((tmp_path / f"o.{fmt}").read_text(encoding="utf-8"))
        notes = [a["note"] for a in data["annotations"]] if fmt == "json" else \
            [b["value"] for i in data["first"]["items"] for b in i.get("body", []) if b["purpose"] == "commenting"]
        assert "半个\ud83d表情" in notes and not any("U+D83D" in p for p in reports[fmt].problems)
    assert reports["csv"].problems[0] == "the table: 1 character (U+D83D) replaced by \ufffd (UTF-8 cannot hold them)"
    assert reports["md"].problems == ["the report: 1 character (U+D83D) replaced by \ufffd (UTF-8 cannot hold them)"]
    assert "半个\ufffd表情" in (tmp_path / "o.md").read_text(encoding="utf-8")
    assert any("U+D83D" in p for p in reports["xlsx"].problems) and any("U+D83D" in p for p in reports["qdpx"].problems)
