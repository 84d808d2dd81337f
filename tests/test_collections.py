"""Document sets and saved searches through the command line, on a real store of the seeds."""
import json

import pytest

from test_cli import SEEDS, run

ZHAOTONG, XINING = "001_cb987e057fa661f0", "003_75f870b2b59b37d0"


@pytest.fixture()
def data_dir(tmp_path):
    assert run("import", *map(str, SEEDS), data_dir=tmp_path).returncode == 0
    return tmp_path


def _clauses(proc):
    assert proc.returncode == 0, proc.stderr
    return [(c["doc_key"][:3], c["clause_id"]) for c in json.loads(proc.stdout)["clauses"]]


def test_a_search_within_a_set_saved_and_run_again(data_dir):
    assert run("sets", "add", "西部", ZHAOTONG, XINING, data_dir=data_dir).returncode == 0
    within = _clauses(run("search", "户籍 AND 居住证", "--set", "西部", "--save", "西部户籍", "--json",
                          data_dir=data_dir))
    assert within == [("001", "四/(三)/11/(1)"), ("001", "四/(三)/11/(2)"), ("003", "三/(十五)/21"),
                      ("003", "三/(十八)/24")]
    assert _clauses(run("search", "--saved", "西部户籍", "--json", data_dir=data_dir)) == within
    saved = json.loads(run("searches", "--json", data_dir=data_dir).stdout)["searches"]
    assert saved == [{"name": "西部户籍", "query": "户籍 AND 居住证", "places": [], "levels": [], "set": "西部",
                      "where": []}]
    assert run("sets", "remove", "西部", XINING, data_dir=data_dir).returncode == 0
    assert [k for k, _ in _clauses(run("search", "--saved", "西部户籍", "--json", data_dir=data_dir))] == ["001"] * 2


def test_a_saved_search_keeps_its_attribute_conditions(data_dir):
    scoped = _clauses(run("search", "户籍 AND 居住证", "--where", "province=青海", "--save", "青海户籍", "--json",
                          data_dir=data_dir))
    assert scoped and {k for k, _ in scoped} == {"003"}
    assert _clauses(run("search", "--saved", "青海户籍", "--json", data_dir=data_dir)) == scoped
    listed = run("searches", data_dir=data_dir).stdout
    assert "青海户籍\t户籍 AND 居住证\tprovince=青海" in listed


def test_unknown_names_and_documents_are_one_line_errors(data_dir):
    proc = run("sets", "add", "西部", "nope", data_dir=data_dir)
    assert (proc.returncode, proc.stderr.strip()) == (2, "policylens: not in the store: nope")
    proc = run("search", "--saved", "无", data_dir=data_dir)
    assert (proc.returncode, proc.stderr.strip()) == (2, "policylens: no saved search '无'")
    proc = run("search", "户籍", "--set", "无", data_dir=data_dir)
    assert (proc.returncode, proc.stderr.strip()) == (2, "policylens: no set '无'")


def test_a_damaged_file_is_named_and_left_as_it_is(data_dir):
    damaged = data_dir / "user" / "collections.json"
    damaged.parent.mkdir(exist_ok=True)
    damaged.write_text('{"sets": {"西部": ["001', "utf-8")
    proc = run("sets", "add", "东部", "002_0b082def2c4c3406", data_dir=data_dir)
    assert proc.returncode == 2
    assert str(damaged) in proc.stderr and "damaged" in proc.stderr
    assert damaged.read_text("utf-8") == '{"sets": {"西部": ["001'
