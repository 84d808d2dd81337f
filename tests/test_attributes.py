"""Document attributes on the seeds: extracted, defined, corrected; corrections survive re-import."""
import json

import pytest

from policylens.core.attributes import Definition, InvalidAttribute, doc_type, province_of
from test_cli import SEEDS, run


@pytest.mark.parametrize("title, expected", [
    ("三门峡市人民政府办公室关于印发推动非户籍人口在城市落户实施方案的通知", ("方案", "通知")),
    ("昭通市人民政府關于進一步推進戶籍制度改革的工作方案", ("方案", "")),
    ("始兴县人民政府办公室关于印发始兴县推动非户籍人口在城镇落户实施方案（试行）的通知", ("方案", "通知")),
    ("国务院关于进一步推进户籍制度改革的意见", ("意见", "")),
    ("广东省流动人口服务管理条例（2020年修订）", ("条例", "")),
    ("关于转发《省公安厅关于户口迁移的若干规定》的通知", ("规定", "通知")),
    ("深圳市人民政府关于加强社区建设的决定", ("决定", "")),
    # pages about another document are interpretations, not the document they name
    ("解读《中山市住房保障管理暂行办法》", ("解读", "")),
    ("《教育部关于进一步推进高中阶段学校考试招生制度改革的指导意见》答记者问", ("解读", "")),
    ("关于《广东省流动人口服务管理条例（修订草案）》的说明", ("解读", "")),
    ("《北京市积分落户管理办法（试行）》政策解读（2016年）", ("解读", "")),
    ("图解：西宁市推动非户籍人口在城镇落户实施方案", ("解读", "")),
    ("北京市实施《居住证暂行条例》办法", ("办法", "")),  # an 办法 that names the 条例 it carries out
    ("关于转发《省公安厅关于户口迁移的若干规定》的通知（附解读）", ("规定", "通知")),
])
def test_document_type_is_read_from_the_end_of_the_title(title, expected):
    assert doc_type(title) == expected


def test_province_by_name_and_level():
    assert [province_of(place=p, level=lv) for p, lv in [("三门峡", "市"), ("始兴", "县"), ("全国", "国家")]] == [
        "河南", "广东", ""]


def test_defined_attributes_check_their_values():
    assert Definition("人口", "number").check("1,200") == "1200"
    assert Definition("试点年", "date").check("2016/05") == "2016-05"
    with pytest.raises(InvalidAttribute, match="not one of 是, 否"):
        Definition("试点", "choice", ("是", "否")).check("也许")
    with pytest.raises(InvalidAttribute, match="needs its list"):
        Definition("试点", "choice")


def _attributes(folder):
    proc = run("attributes", "list", "--json", data_dir=folder)
    assert proc.returncode == 0, proc.stderr
    return {d["key"][:3]: d for d in json.loads(proc.stdout)["documents"]}


def test_extracted_attributes_of_the_seeds(tmp_path):
    assert run("import", *map(str, SEEDS), data_dir=tmp_path).returncode == 0
    rows = _attributes(tmp_path)
    assert [(r["place"], r["province"], r["level"], r["year"], r["doc_type"]) for r in rows.values()] == [
        ("三门峡", "河南", "市", "2019", "方案"), ("昭通", "云南", "市", "2017", "方案"),
        ("丹东", "辽宁", "市", "", "方案"), ("西宁", "青海", "市", "2017", "方案"),
        ("始兴", "广东", "县", "2018", "方案")]


def test_a_corrected_place_survives_a_new_version_and_reanalysis(tmp_path):
    data = tmp_path / "data"
    assert run("import", *map(str, SEEDS), data_dir=data).returncode == 0
    dandong = next(p for p in SEEDS if p.name.startswith("002"))
    assert run("attributes", "set", dandong.stem, "place", "丹东市振兴区", data_dir=data).returncode == 0
    assert run("attributes", "set", dandong.stem, "date", "2016-12-30", data_dir=data).returncode == 0
    changed = tmp_path / dandong.name  # the same file name with one more line: a new version
    changed.write_bytes(dandong.read_bytes() + "\n本方案自印发之日起施行。\n".encode("utf-8"))
    proc = run("import", str(changed), "--ambiguous", "version", data_dir=data)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert run("reanalyze", data_dir=data).returncode == 0
    row = _attributes(data)["002"]
    assert (row["place"], row["province"], row["date"], row["year"]) == ("丹东市振兴区", "辽宁", "2016-12-30", "2016")


def test_exported_attributes_round_trip(tmp_path):
    data = tmp_path / "data"
    assert run("import", *map(str, SEEDS), data_dir=data).returncode == 0
    assert run("attributes", "define", "试点", "--kind", "choice", "--choices", "是,否", data_dir=data).returncode == 0
    out = tmp_path / "attributes.csv"
    assert run("attributes", "export", str(out), data_dir=data).returncode == 0
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0] == "key,file,title,place,province,level,year,date,issuer,doc_number,doc_type,wrapper_type,试点"
    edited = [lines[0]] + [line + ("是" if i == 4 else "否") for i, line in enumerate(lines[1:])]
    edited[1] = edited[1].replace(",三门峡,", ",三门峡市,")  # a correction typed in the spreadsheet
    out.write_text("\n".join(edited) + "\n", "utf-8")
    proc = run("attributes", "import", str(out), data_dir=data)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.strip().endswith("6 values set from " + str(out))
    rows = _attributes(data)
    assert [rows[k]["试点"] for k in sorted(rows)] == ["否", "否", "否", "否", "是"]
    assert rows["000"]["place"] == "三门峡市"
    again = tmp_path / "again.csv"
    run("attributes", "export", str(again), data_dir=data)
    assert run("attributes", "import", str(again), data_dir=data).stdout.strip().startswith("0 values set")


def test_a_bad_value_is_a_one_line_error_and_changes_nothing(tmp_path):
    data = tmp_path / "data"
    assert run("import", *map(str, SEEDS[:1]), data_dir=data).returncode == 0
    run("attributes", "define", "人口", "--kind", "number", data_dir=data)
    proc = run("attributes", "set", SEEDS[0].stem, "人口", "很多", data_dir=data)
    assert (proc.returncode, proc.stderr.strip()) == (2, "policylens: attribute '人口': '很多' is not a number")
    assert _attributes(data)["000"]["人口"] == ""


def test_a_change_and_its_undo_apply_over_what_another_writer_saved(tmp_path):
    from policylens.store.user_attributes import UserAttributes

    stale, other = UserAttributes(tmp_path), UserAttributes(tmp_path)  # two windows, both opened on an empty file
    other.update(lambda a: a.set("002", "issuer", "丹东市人民政府"))
    _, delta = stale.update(lambda a: a.set("000", "place", "三门峡市区"))
    assert delta.values == {("000", "place"): ("", "三门峡市区")}
    assert UserAttributes(tmp_path).values == {"000": {"place": "三门峡市区"}, "002": {"issuer": "丹东市人民政府"}}
    other.update(lambda a: a.set("000", "level", "区"))  # the same document, another attribute
    stale.apply(delta, 0)  # undo
    assert UserAttributes(tmp_path).values == {"000": {"level": "区"}, "002": {"issuer": "丹东市人民政府"}}
    stale.apply(delta, 1)  # redo
    assert UserAttributes(tmp_path).values["000"] == {"level": "区", "place": "三门峡市区"}
    with pytest.raises(InvalidAttribute):  # a change that fails writes nothing and keeps the file's state
        stale.update(lambda a: [a.set("004", "place", "始兴"), a.set("004", "人口", "1")])
    assert "004" not in UserAttributes(tmp_path).values and "004" not in stale.values


@pytest.mark.parametrize("name, column", [
    ("标题", "title"), ("Title", "title"), ("地区", "place"), ("地區", "place"), ("PLACE", "place"),
    ("年份", "year"), (" Document number ", "doc_number"), ("文种", "doc_type"),
    ("file", "file"), ("key", "key"), ("note", "note"), ("quote", "quote")])
def test_an_attribute_named_like_an_export_column_is_refused_saying_which(tmp_path, name, column):
    from policylens.store.user_attributes import UserAttributes

    attributes = UserAttributes(tmp_path)
    with pytest.raises(InvalidAttribute) as refused:
        attributes.define(Definition(name, "text"))
    assert refused.value.code == "attribute.reserved" and refused.value.params["column"] == column
    assert str(refused.value) == f"'{name.strip()}' is already a column of the exports ({column}); give the attribute another name"
    attributes.define(Definition("标题党", "text"))  # a name that only contains one is fine
    assert list(attributes.definitions) == ["标题党"]


def test_the_names_refused_are_the_names_the_window_and_its_translation_give():
    import re
    from pathlib import Path

    from policylens.app.common.attribute_names import NAMES
    from policylens.core.attributes import EXTRACTED, SHOWN_NAMES
    from policylens.exchange.reports.rows import ANNOTATION_COLUMNS
    from policylens.core.attributes import EXPORT_COLUMNS

    assert {k: zh for k, (zh, _en) in SHOWN_NAMES.items()} == NAMES and set(SHOWN_NAMES) == set(EXTRACTED)
    ts = (Path(__file__).parents[1] / "resources" / "i18n" / "policylens_en.ts").read_text("utf-8")
    context = ts[ts.index("<name>AttributeNames</name>"):]
    context = context[:context.index("</context>")]
    english = dict(re.findall(r"<source>(.*?)</source>\s*<translation[^>]*>(.*?)</translation>", context))
    assert {zh: en for zh, en in SHOWN_NAMES.values()} == english
    assert set(ANNOTATION_COLUMNS) - {"title", "file"} <= set(EXPORT_COLUMNS)


def test_defining_such_a_name_on_the_command_line_fails_and_says_why(tmp_path):
    proc = run("attributes", "define", "地区", data_dir=tmp_path)
    assert proc.returncode != 0
    assert "'地区' is already a column of the exports (place); give the attribute another name" in proc.stderr
    assert not (tmp_path / "user" / "attributes.json").exists()


def test_attributes_round_trip_through_xlsx_and_a_csv_saved_in_gb18030(tmp_path):
    from openpyxl import load_workbook

    data = tmp_path / "data"
    assert run("import", *map(str, SEEDS), data_dir=data).returncode == 0
    assert run("attributes", "define", "人口", "--kind", "number", data_dir=data).returncode == 0
    out = tmp_path / "attributes.xlsx"
    proc = run("attributes", "export", str(out), data_dir=data)
    assert proc.returncode == 0 and proc.stdout.strip() == f"5 documents written to {out}"
    book = load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("人口") + 1).value = 2274000.0  # a number cell, as a spreadsheet keeps it
    sheet.cell(6, header.index("year") + 1).value = 2019  # 始兴: a corrected year
    book.save(out)
    proc = run("attributes", "import", str(out), data_dir=data)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.strip() == f"2 values set from {out}"
    rows = _attributes(data)
    assert (rows["000"]["人口"], rows["004"]["year"]) == ("2274000", "2019")
    # The CSV export edited and saved by a spreadsheet program on a Chinese system: GB18030.
    csv_out = tmp_path / "attributes.csv"
    assert run("attributes", "export", str(csv_out), data_dir=data).returncode == 0
    text = csv_out.read_text("utf-8-sig").replace(",2274000", ",2300000")
    csv_out.write_bytes(text.encode("gb18030"))
    proc = run("attributes", "import", str(csv_out), data_dir=data)
    assert proc.returncode == 0 and proc.stdout.strip() == f"1 values set from {csv_out}"
    assert _attributes(data)["000"]["人口"] == "2300000"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 half a workbook")
    proc = run("attributes", "import", str(broken), data_dir=data)
    assert proc.returncode == 2 and proc.stderr.startswith(f"policylens: {broken} is not an XLSX workbook (")
    assert _attributes(data)["000"]["人口"] == "2300000"  # nothing changed
