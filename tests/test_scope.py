"""The document scope on the seeds: attribute conditions and sets give the documents that
the corpus list, the command line's --where and the exports are about."""
import csv
import io
import json

import pytest

from policylens.core.scope import Scope, ScopeError, SetCondition, parse_condition, project_within, scope_from
from policylens.store.corpus import CorpusStore
from policylens.store.user_attributes import UserAttributes
from test_cli import SEEDS, run
from test_exchange_roundtrip import DANDONG, SANMENXIA, ZHAOTONG, fill_project

SHIXING, XINING = "004_cfcbd90ad6d31fda", "003_75f870b2b59b37d0"


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    data = tmp_path_factory.mktemp("scope")
    corpus = CorpusStore(data)
    corpus.import_files(SEEDS)
    return UserAttributes(data).table(corpus.documents())


def keys(table, *wheres):
    return sorted(k[:3] for k in scope_from(wheres, next(iter(table.values()))).keys(table))


def test_conditions_on_extracted_attributes_of_the_seeds(table):
    assert keys(table, "province=广东") == ["004"]
    assert keys(table, "province=廣東|云南") == ["001", "004"]  # any script, any of several
    assert keys(table, "year=2017..2018") == ["001", "003", "004"]
    assert keys(table, "year>=2018") == ["000", "004"]  # 丹东 has no year: neither before nor after
    assert keys(table, "year=") == ["002"]
    assert keys(table, "doc_type=方案", "wrapper_type!=通知") == ["001", "002"]
    assert keys(table, "title~戶籍制度") == ["001"]
    assert keys(table) == ["000", "001", "002", "003", "004"]


def test_numbers_compare_as_numbers_and_bad_conditions_say_why():
    assert parse_condition("人口>=900").test("k", {"人口": "1200"})  # as text "1200" < "900"
    assert not parse_condition("人口<1000").test("k", {"人口": "1200"})
    with pytest.raises(ScopeError, match="is not a condition"):
        parse_condition("province")
    with pytest.raises(ScopeError, match="no attribute 'provnce'"):
        parse_condition("provnce=广东", ["province", "year"])
    with pytest.raises(ScopeError, match="a range is written"):
        parse_condition("year>=2016..2018")


def test_a_set_combines_with_attribute_conditions(table):
    sets = {"试点": {SHIXING, XINING, DANDONG}}
    scope = scope_from(["set=试点", "year>=2017"], next(iter(table.values())), sets.__getitem__)
    assert scope.keys(table) == {SHIXING, XINING}
    assert isinstance(scope.conditions[0], SetCondition) and scope.text() == "set=试点; year>=2017"
    assert Scope().keys(table) == set(table) and not Scope()


def test_project_within_keeps_the_annotations_and_memos_of_the_documents_in_scope(tmp_path, seed_paths):
    from policylens.store.annotations import AnnotationStore

    fill_project(tmp_path, seed_paths)
    with AnnotationStore(tmp_path) as store:
        project = store.project
        few = project_within(project, {DANDONG})
    assert {a.document for a in few.annotations.values()} == {DANDONG} and len(few.annotations) == 2
    assert {m.document for m in few.memos.values()} == {DANDONG, None}
    assert few.codes == project.codes


def test_where_on_list_annotations_and_export(tmp_path, seed_paths):
    fill_project(tmp_path, seed_paths)
    listed = run("list", "--where", "province=辽宁|河南", data_dir=tmp_path)
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == [SANMENXIA, DANDONG]
    assert "2 of 5 documents" in listed.stderr
    found = json.loads(run("annotations", "list", "--json", "--where", "year>=2017", data_dir=tmp_path).stdout)
    assert sorted(a["anchor"]["document"] for a in found["annotations"]) == [SANMENXIA, ZHAOTONG]
    out = tmp_path / "scope.csv"
    assert run("annotations", "export", "--format", "csv", "--where", "year=", str(out), data_dir=tmp_path).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert [(r["document"], r["province"], r["year"], r["doc_type"]) for r in rows] == [(DANDONG, "辽宁", "", "方案")] * 2
    bad = run("list", "--where", "provnce=辽宁", data_dir=tmp_path)
    assert bad.returncode == 2 and "no attribute 'provnce'" in bad.stderr


def test_where_and_set_scope_a_search(tmp_path):
    assert run("import", *map(str, SEEDS), data_dir=tmp_path).returncode == 0
    assert run("sets", "add", "西部", XINING, ZHAOTONG, SHIXING, data_dir=tmp_path).returncode == 0
    proc = run("search", "落户", "--json", "--set", "西部", "--where", "province!=广东", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert {c["doc_key"] for c in json.loads(proc.stdout)["clauses"]} == {XINING, ZHAOTONG}


def test_agencies_of_the_stored_documents_in_scope(tmp_path):
    assert run("import", *map(str, SEEDS), data_dir=tmp_path).returncode == 0
    proc = run("agencies", "--json", "--where", "province=广东", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    files = {c["file"] for a in json.loads(proc.stdout)["agencies"] for c in a["clauses"]}
    assert files == {SHIXING + ".txt"}
    everything = json.loads(run("agencies", "--json", data_dir=tmp_path).stdout)["agencies"]
    assert len({c["file"] for a in everything for c in a["clauses"]}) == 5
    mixed = run("agencies", str(SEEDS[0]), "--where", "province=广东", data_dir=tmp_path)
    assert mixed.returncode == 2 and "name no files" in mixed.stderr


def test_segments_cooccurrence_and_frequencies_take_the_scope(tmp_path, seed_paths):
    fill_project(tmp_path, seed_paths)
    found = json.loads(run("segments", "落户条件", "--json", "--where", "province=辽宁|云南", data_dir=tmp_path).stdout)
    assert sorted((s["doc_key"], s["province"], s["doc_type"]) for s in found["segments"]) == [
        (ZHAOTONG, "云南", "方案"), (DANDONG, "辽宁", "方案")]
    everywhere = json.loads(run("cooccurrence", "--json", data_dir=tmp_path).stdout)["pairs"]
    within = json.loads(run("cooccurrence", "--json", "--where", "year!=", data_dir=tmp_path).stdout)["pairs"]
    assert everywhere and not within  # the two codes meet only in 丹东, which has no year
    proc = run("frequencies", "--by", "province", "--top", "2", "--json", "--where", "year>=2018", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [g["group"] for g in json.loads(proc.stdout)["groups"]] == ["广东", "河南"]
    bad = run("frequencies", "--by", "provnce", data_dir=tmp_path)
    assert bad.returncode == 2 and "not 'provnce'" in bad.stderr


def test_in_force_on_a_date_is_a_condition_read_through_a_lookup(table):
    from policylens.core.scope import in_force_date

    assert in_force_date("in-force=2018年6月1日") == "2018-06-01" and in_force_date("in-force = 2021-10") == "2021-10"
    assert in_force_date("year=2018") is None
    for bad in ("in-force=2018-13-01", "in-force>=2018", "in-force=昨天"):
        with pytest.raises(ScopeError, match="in-force=YYYY-MM-DD"):
            in_force_date(bad)
    asked = []
    scope = scope_from(["in-force=2021-10-01", "province!=河南"], next(iter(table.values())),
                       lookup_in_force=lambda on: asked.append(on) or {SANMENXIA, ZHAOTONG, XINING})
    assert asked == ["2021-10-01"] and scope.keys(table) == {ZHAOTONG, XINING}
    assert scope.text() == "in-force=2021-10-01; province!=河南"
    with pytest.raises(ScopeError, match="cannot be read here"):
        scope_from(["in-force=2021"], next(iter(table.values())))


def test_a_saved_search_with_an_in_force_date_runs_on_the_command_line(tmp_path):
    assert run("import", *map(str, SEEDS), data_dir=tmp_path).returncode == 0
    # 始兴's plan took effect 2018-09-13 for three years; 三门峡's is of 2019-11-28
    proc = run("search", "落户", "--json", "--where", "in-force=2021-10-01", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert {c["doc_key"][:3] for c in json.loads(proc.stdout)["clauses"]} == {"000", "001", "002", "003"}
    proc = run("search", "落户", "--json", "--where", "in-force=2018-10", "--where", "province!=广东", data_dir=tmp_path)
    assert {c["doc_key"][:3] for c in json.loads(proc.stdout)["clauses"]} == {"001", "002", "003"}
