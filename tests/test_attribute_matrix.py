"""The code × attribute matrix on the annotated seeds: codes by province, by year."""
import csv
import io
import json

from openpyxl import load_workbook

from policylens.core.attribute_matrix import code_attribute_matrix
from policylens.store.annotations import AnnotationStore
from policylens.store.user_attributes import UserAttributes
from test_cli import run
from test_exchange_roundtrip import fill_project


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
