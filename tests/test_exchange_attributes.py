"""Document attributes in every annotation export: columns of CSV and XLSX, a line of the
Markdown report, REFI-QDA variables in the QDPX (valid against the schema) read back on import."""
import csv
import io
import shutil
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

import xmlschema
from openpyxl import load_workbook

from policylens.core.attributes import Definition
from policylens.exchange import export_annotations, import_file
from policylens.store.annotations import AnnotationStore
from policylens.store.corpus import CorpusStore
from policylens.store.user_attributes import UserAttributes
from policylens.store.user_collections import UserCollections
from test_exchange_roundtrip import DANDONG, SANMENXIA, ZHAOTONG, fill_project

SCHEMA = Path(__file__).parent / "data" / "refi-qda" / "Project.xsd"
NS = "{urn:QDA-XML:project:1.0}"


def _annotated(data: Path, seed_paths) -> CorpusStore:
    corpus = fill_project(data, seed_paths)
    attributes = UserAttributes(data)
    attributes.define(Definition("人口", "number"))
    attributes.set(DANDONG, "人口", "2,190,000")
    attributes.set(DANDONG, "place", "丹东市振兴区")  # a correction travels with the passages
    attributes.save()
    collections = UserCollections(data)
    collections.add_to_set("东北", [DANDONG, "003_75f870b2b59b37d0"])  # 西宁 has no annotations: not shipped
    collections.save()
    return corpus


def _export(data: Path, corpus, fmt: str, out: Path):
    with AnnotationStore(data) as store:
        return export_annotations(store.project, corpus, fmt, out)


def test_csv_and_xlsx_carry_the_attributes_after_the_columns_there_were(tmp_path, seed_paths):
    corpus = _annotated(tmp_path / "data", seed_paths)
    _export(tmp_path / "data", corpus, "csv", tmp_path / "a.csv")
    _export(tmp_path / "data", corpus, "xlsx", tmp_path / "a.xlsx")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text("utf-8-sig"))))
    got = {(r["document"], r["place"], r["province"], r["level"], r["year"], r["doc_type"], r["人口"]) for r in rows}
    assert got == {(DANDONG, "丹东市振兴区", "辽宁", "市", "", "方案", "2190000"),
                   (ZHAOTONG, "昭通", "云南", "市", "2017", "方案", ""),
                   (SANMENXIA, "三门峡", "河南", "市", "2019", "方案", "")}
    sheet = load_workbook(tmp_path / "a.xlsx")["Annotations"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["id", "document", "file"] and header[-9:] == [
        "place", "province", "level", "year", "date", "issuer", "doc_number", "doc_type", "人口"]


def test_the_markdown_report_gives_each_document_its_attributes(tmp_path, seed_paths):
    corpus = _annotated(tmp_path / "data", seed_paths)
    _export(tmp_path / "data", corpus, "md", tmp_path / "a.md")
    text = (tmp_path / "a.md").read_text("utf-8")
    assert "place: 丹东市振兴区 · province: 辽宁 · level: 市 · document type: 方案 · 人口: 2190000" in text
    assert "year: 2019 · date: 2019\\-11-28" in text  # escaped as Markdown, shown as typed


def _valid_qdpx(data: Path, seed_paths, out: Path):
    """(corpus, project.qde's root) of the annotated seeds' QDPX, valid against the schema."""
    corpus = _annotated(data, seed_paths)
    _export(data, corpus, "qdpx", out)
    qde = zipfile.ZipFile(out).read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(SCHEMA).validate(qde)
    return corpus, ET.fromstring(qde)


def test_qdpx_variables_are_valid_typed_and_read_back(tmp_path, seed_paths):
    data = tmp_path / "data"
    corpus, root = _valid_qdpx(data, seed_paths, tmp_path / "a.qdpx")
    types = {v.get("name"): v.get("typeOfVariable") for v in root.iter(f"{NS}Variable")}
    assert types == {"place": "Text", "province": "Text", "level": "Text", "year": "Integer", "date": "Date",
                     "issuer": "Text", "doc_number": "Text", "doc_type": "Text", "人口": "Integer"}
    sources = {s.get("name"): s.get("guid") for s in root.findall(f"{NS}Sources/{NS}TextSource")}
    assert len(sources) == 3
    (one_set,) = root.findall(f"{NS}Sets/{NS}Set")
    assert one_set.get("name") == "东北"
    assert [m.get("targetGUID") for m in one_set] == [sources[DANDONG + ".txt"]]
    # Another researcher's data folder with the same documents and none of the attributes:
    other = tmp_path / "other"
    shutil.copytree(data / "corpus", other / "corpus")
    other_corpus = CorpusStore(other)
    with AnnotationStore(other) as store:
        report = import_file(tmp_path / "a.qdpx", store, other_corpus)
    attributes = UserAttributes(other)
    assert attributes.definitions["人口"].kind == "number"
    assert attributes.values == {DANDONG: {"人口": "2190000", "place": "丹东市振兴区"}}  # only what differs
    assert report.attributes == 2 and "2 attribute values" in report.line()
    assert UserCollections(other).sets == {"东北": [DANDONG]} and report.set_members == 1
    with AnnotationStore(other) as store:  # importing it again changes nothing
        again = import_file(tmp_path / "a.qdpx", store, other_corpus)
    assert (again.attributes, again.set_members) == (0, 0)


def test_qdpx_has_a_case_per_document_with_its_values_and_source_read_back(tmp_path, seed_paths):
    data = tmp_path / "data"
    corpus, root = _valid_qdpx(data, seed_paths, tmp_path / "a.qdpx")
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{NS}Variable")}
    sources = {s.get("guid"): s for s in root.findall(f"{NS}Sources/{NS}TextSource")}
    cases = root.findall(f"{NS}Cases/{NS}Case")
    assert len(cases) == 3 and len({c.get("guid") for c in cases}) == 3
    by_file = {}
    for case in cases:
        (ref,) = case.findall(f"{NS}SourceRef")
        source = sources[ref.get("targetGUID")]
        assert case.get("name") == source.findtext(f"{NS}Description")  # the titles differ: the title alone
        values = {variables[v.find(f"{NS}VariableRef").get("targetGUID")]: v[1].text
                  for v in case.findall(f"{NS}VariableValue")}
        by_file[source.get("name")] = values
    assert by_file[DANDONG + ".txt"] == {"place": "丹东市振兴区", "province": "辽宁", "level": "市",
                                         "doc_type": "方案", "人口": "2190000"}
    assert by_file[SANMENXIA + ".txt"]["year"] == "2019" and by_file[SANMENXIA + ".txt"]["place"] == "三门峡"
    _export(data, corpus, "qdpx", tmp_path / "b.qdpx")  # the same GUIDs every time
    again = ET.fromstring(zipfile.ZipFile(tmp_path / "b.qdpx").read("project.qde"))
    assert [c.get("guid") for c in again.iter(f"{NS}Case")] == [c.get("guid") for c in cases]
    # Only the cases carry the values: they are still read back onto their documents.
    for source in sources.values():
        for value in source.findall(f"{NS}VariableValue"):
            source.remove(value)
    with zipfile.ZipFile(tmp_path / "cases.qdpx", "w") as out, zipfile.ZipFile(tmp_path / "a.qdpx") as old:
        for member in old.namelist():
            out.writestr(member, ET.tostring(root, encoding="utf-8") if member == "project.qde" else old.read(member))
    other = tmp_path / "other"
    shutil.copytree(data / "corpus", other / "corpus")
    with AnnotationStore(other) as store:
        report = import_file(tmp_path / "cases.qdpx", store, CorpusStore(other))
    assert UserAttributes(other).values == {DANDONG: {"人口": "2190000", "place": "丹东市振兴区"}}
    assert report.attributes == 2 and not [p for p in report.problems if "case" in p]


def test_cases_of_another_program_on_several_sources_or_none(tmp_path, seed_paths):
    from qda_projects import Src, gid, qdpx
    data = tmp_path / "data"
    corpus = CorpusStore(data)
    corpus.import_files(seed_paths[:3])
    texts = {k: corpus.open_document(k).text for k in (SANMENXIA, ZHAOTONG, DANDONG)}
    variables = ('<Variables><Variable guid="%s" name="区域" typeOfVariable="Text"/>'
                 '<Variable guid="%s" name="批次" typeOfVariable="Integer"/></Variables>' % (gid("区域"), gid("批次")))

    def value(name, tag, text):
        return f'<VariableValue><VariableRef targetGUID="{gid(name)}"/><{tag}>{text}</{tag}></VariableValue>'
    cases = ("<Cases>"
             f'<Case guid="{gid("中西部")}" name="中西部">{value("区域", "TextValue", "中西部")}'
             f'{value("批次", "IntegerValue", "2")}<SourceRef targetGUID="{gid("三门峡.txt")}"/>'
             f'<SourceRef targetGUID="{gid("昭通.txt")}"/></Case>'
             f'<Case guid="{gid("东北")}" name="东北">{value("区域", "TextValue", "东北")}'
             f'<SelectionRef targetGUID="{gid("丹东.txt:0")}"/></Case>'  # only through a selection
             f'<Case guid="{gid("空")}" name="空">{value("区域", "TextValue", "无")}</Case>'  # refers to nothing
             f'<Case guid="{gid("另")}" name="另">{value("区域", "TextValue", "中部")}'  # disagrees: first wins
             f'<SourceRef targetGUID="{gid("三门峡.txt")}"/></Case>'
             "</Cases>")
    from qda_projects import Sel
    path = qdpx(tmp_path / "nvivo.qdpx",
                [Src("三门峡.txt", texts[SANMENXIA], []), Src("昭通.txt", texts[ZHAOTONG], []),
                 Src("丹东.txt", texts[DANDONG], [Sel(0, 4)])],
                "NVivo 14", before_sources=variables + cases)
    xmlschema.XMLSchema(SCHEMA).validate(zipfile.ZipFile(path).read("project.qde").decode("utf-8"))
    with AnnotationStore(data) as store:
        report = import_file(path, store, corpus)
    attributes = UserAttributes(data)
    assert attributes.definitions["批次"].kind == "number"
    assert attributes.values == {SANMENXIA: {"区域": "中西部", "批次": "2"}, ZHAOTONG: {"区域": "中西部", "批次": "2"},
                                 DANDONG: {"区域": "东北"}}
    assert any("case '空' left out" in p for p in report.problems)
    assert any("case '另'" in p and "中西部" in p for p in report.problems)


def test_every_export_header_is_one_column_and_the_attributes_csv_reads_back(tmp_path, seed_paths):
    data = tmp_path / "data"
    corpus = _annotated(data, seed_paths)
    _export(data, corpus, "csv", tmp_path / "a.csv")
    _export(data, corpus, "xlsx", tmp_path / "a.xlsx")
    header = next(csv.reader(io.StringIO((tmp_path / "a.csv").read_text("utf-8-sig"))))
    assert len(header) == len(set(header)) and header[-1] == "人口"
    for sheet in load_workbook(tmp_path / "a.xlsx"):
        names = [c.value for c in sheet[1]]
        assert len(names) == len(set(names)), sheet.title
    records = corpus.documents()
    exported = UserAttributes(data).to_csv(records)
    assert len(set(next(csv.reader(io.StringIO(exported.lstrip("\ufeff")))))) == 2 + 11
    other = tmp_path / "other"  # the same documents, none of the attributes
    shutil.copytree(data / "corpus", other / "corpus")
    attributes = UserAttributes(other)
    attributes.define(Definition("人口", "number"))
    assert attributes.read_csv(exported, records) == (2, [])
    assert attributes.values == {DANDONG: {"人口": "2190000", "place": "丹东市振兴区"}}


def test_an_older_attribute_named_like_a_column_is_marked_as_ones_own_and_reads_back(tmp_path, seed_paths):
    """Names like these were refused only later: an attributes file that holds them exports
    each header once and reads its own export back."""
    data = tmp_path / "data"
    corpus = _annotated(data, seed_paths)
    attributes = UserAttributes(data)
    for name in ("note", "file", "Province"):  # define() refuses them now: as an older version wrote them
        attributes.definitions[name] = Definition(name, "text")
    attributes.set(DANDONG, "note", "待核")
    attributes.set(DANDONG, "file", "纸本")
    attributes.save()
    _export(data, corpus, "csv", tmp_path / "a.csv")
    header = next(csv.reader(io.StringIO((tmp_path / "a.csv").read_text("utf-8-sig"))))
    assert header[-4:] == ["人口", "note (own)", "file (own)", "Province (own)"] and len(header) == len(set(header))
    assert header.count("note") == 1
    _export(data, corpus, "md", tmp_path / "a.md")
    assert "note (own): 待核" in (tmp_path / "a.md").read_text("utf-8")
    records = corpus.documents()
    exported = UserAttributes(data).to_csv(records)
    head = next(csv.reader(io.StringIO(exported.lstrip("\ufeff"))))
    assert head[:2] == ["key", "file"] and head[-3:] == ["note (own)", "file (own)", "Province (own)"]
    other = tmp_path / "other"
    shutil.copytree(data / "corpus", other / "corpus")
    again = UserAttributes(other)
    again.definitions.update({name: Definition(name, "text") for name in ("人口", "note", "file", "Province")})
    assert again.read_csv(exported, records) == (4, [])  # matched by key, not by the attribute named file
    assert again.values == {DANDONG: {"人口": "2190000", "place": "丹东市振兴区", "note": "待核", "file": "纸本"}}


def test_a_variable_of_another_program_named_like_an_export_column_is_left_out_and_said(tmp_path, seed_paths):
    data = tmp_path / "data"
    _valid_qdpx(data, seed_paths, tmp_path / "a.qdpx")
    with zipfile.ZipFile(tmp_path / "a.qdpx") as source, zipfile.ZipFile(tmp_path / "b.qdpx", "w") as renamed:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "project.qde":
                content = content.replace('name="人口"'.encode(), 'name="地区"'.encode())
            renamed.writestr(item, content)
    other = tmp_path / "other"
    shutil.copytree(data / "corpus", other / "corpus")
    with AnnotationStore(other) as store:
        report = import_file(tmp_path / "b.qdpx", store, CorpusStore(other))
    assert "variable left out: '地区' is already a column of the exports (place); give the attribute another name" \
        in report.problems
    assert UserAttributes(other).values == {DANDONG: {"place": "丹东市振兴区"}} and not UserAttributes(other).definitions
