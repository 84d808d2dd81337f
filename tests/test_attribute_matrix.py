"""The code × attribute matrix on the annotated seeds: codes by province, by year."""
import csv
import io
import json

from openpyxl import load_workbook

from policylens.core.attribute_matrix import cell_segments, code_attribute_matrix
from policylens.store.annotations import AnnotationStore
from policylens.store.user_attributes import UserAttributes
from test_cli import run
from test_exchange_roundtrip import DANDONG, SANMENXIA, ZHAOTONG, fill_project


def test_segments_and_documents_by_province(tmp_path, seed_paths):
    corpus = fill_project(tmp_path, seed_paths)
    table = UserAttributes(tmp_path).table(corpus.documents())
    with AnnotationStore(tmp_path) as store:
        segments = code_attribute_matrix(store.project, table, "province")
        documents = code_attribute_matrix(store.project, table, "province", "documents", subcodes=True)
    assert segments.values == ["云南", "广东", "河南", "辽宁", "青海"]
    rows = {path: counts for path, *counts, _total in segments.table()[1]}
    assert rows["责任部门/公安"] == [0, 0, 0, 2, 0]  # two passages in 丹东
    assert rows["落户条件"] == [1, 0, 0, 0, 0]  # its sub-codes are not counted without subcodes
    assert rows["documents"] == [1, 1, 1, 1, 1]
    with_subcodes = {path: counts for path, *counts, _total in documents.table()[1]}
    assert with_subcodes["落户条件"] == [1, 0, 1, 1, 0]  # 昭通 itself, 三门峡 and 丹东 through sub-codes
    assert with_subcodes["责任部门"] == [0, 0, 0, 1, 0]  # two segments, one document


def test_a_cells_segments_are_the_passages_it_counts(tmp_path, seed_paths):
    corpus = fill_project(tmp_path, seed_paths)
    table = UserAttributes(tmp_path).table(corpus.documents())
    with AnnotationStore(tmp_path) as store:
        project = store.project
        code = project.code_by_path("落户条件").id
        police = project.code_by_path("责任部门/公安").id
        assert [s.quote for s in cell_segments(project, table, "province", code, "云南")] == ["全面放開建制鎮和小城市落戶限制"]
        assert cell_segments(project, table, "province", code, "河南") == []  # only a sub-code there
        found = cell_segments(project, table, "province", code, "河南", subcodes=True)
        assert [(s.doc_key, s.quote, s.codes) for s in found] == [
            (SANMENXIA, "全面放开市域城镇落户限制", ("落户条件/租赁住所/细则",))]
        total = cell_segments(project, table, "province", code, None, subcodes=True)
        assert [s.doc_key for s in total] == [SANMENXIA, ZHAOTONG, DANDONG]  # document order
        dandong = cell_segments(project, table, "province", police, "辽宁")
        assert [s.quote for s in dandong] == ["(市公安局牵头)"] * 2 and dandong[0].start < dandong[1].start
        assert dandong[0].attributes["province"] == "辽宁"
        without_dandong = {k: v for k, v in table.items() if k != DANDONG}  # out of scope: not listed
        assert cell_segments(project, without_dandong, "province", police, None) == []
        for unit in ("segments", "documents"):  # every cell lists what it counts
            for subcodes in (False, True):
                for attribute in ("province", "year"):
                    matrix = code_attribute_matrix(project, table, attribute, unit, subcodes)
                    for code_id, _path in matrix.codes:
                        for value in matrix.values:
                            listed = cell_segments(project, table, attribute, code_id, value, subcodes)
                            units = {s.annotation if unit == "segments" else s.doc_key for s in listed}
                            assert len(units) == matrix.count(code_id, value)
                            assert len({s.annotation for s in listed}) == len(listed)
                        total = cell_segments(project, table, attribute, code_id, None, subcodes)
                        if unit == "segments":
                            assert len(total) == matrix.row_total(code_id)


def test_years_in_numeric_order_with_no_year_last(tmp_path, seed_paths):
    corpus = fill_project(tmp_path, seed_paths)
    table = UserAttributes(tmp_path).table(corpus.documents())
    with AnnotationStore(tmp_path) as store:
        matrix = code_attribute_matrix(store.project, table, "year")
    assert matrix.values == ["2017", "2018", "2019", ""]
    assert matrix.table()[0] == ["code", "2017", "2018", "2019", "(none)", "total"]


def test_the_matrix_command_prints_writes_and_scopes(tmp_path, seed_paths):
    fill_project(tmp_path, seed_paths)
    proc = run("matrix", "--by", "province", "--json", "--where", "year>=2017", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["values"] == ["云南", "广东", "河南", "青海"] and data["documents"] == [1, 1, 1, 1]
    counts = {c["path"]: c["counts"] for c in data["codes"]}
    assert counts["落户条件"] == [1, 0, 0, 0] and counts["落户条件/租赁住所/细则"] == [0, 0, 1, 0]
    out = tmp_path / "m.xlsx"
    assert run("matrix", "--by", "year", "--documents", "--out", str(out), data_dir=tmp_path).returncode == 0
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == ["code", "2017", "2018", "2019", "(none)", "total"]
    out = tmp_path / "m.csv"
    assert run("matrix", "--by", "doc_type", "--out", str(out), data_dir=tmp_path).returncode == 0
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0] == ["code", "方案", "total"] and rows[-1] == ["documents", "5", "5"]
    bad = run("matrix", "--by", "provnce", data_dir=tmp_path)
    assert bad.returncode == 2 and "no attribute 'provnce'" in bad.stderr
