"""`policylens search` as a user runs it: a real store of the seeds, real subprocesses."""
import json

import pytest

from test_cli import SEEDS, run

from test_query import BOTH


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-data")
    proc = run("import", *map(str, SEEDS), data_dir=folder)
    assert proc.returncode == 0, proc.stderr
    return folder


def test_search_json_gives_exactly_the_clauses(data_dir):
    proc = run("search", "户籍 AND 居住证", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [(c["doc_key"][:3], c["clause_id"]) for c in data["clauses"]] == BOTH
    assert data["count"] == len(BOTH)
    first = data["clauses"][0]
    assert (first["place"], first["level"], first["date"]) == ("三门峡", "市", "2019-11-28")
    assert first["clause_title"] == "推进居住证制度覆盖全部未落户城镇常住人口"


def test_search_kwic_sorted_by_place_and_limited_to_a_place(data_dir):
    proc = run("search", "户籍 NEAR/5 居住证", "--kwic", "--sort", "place", "--place", "西宁", "--json",
               data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)["rows"]
    assert {r["place"] for r in rows} == {"西宁"}
    assert [r["keyword"] for r in rows if r["clause_id"] == "三/(十五)/21"] == ["居住證", "戶籍"]


def test_search_kwic_sorted_by_an_attribute_of_ones_own_in_numeric_order(tmp_path):
    folder = tmp_path / "data"
    assert run("import", *map(str, SEEDS), data_dir=folder).returncode == 0
    keys = sorted(d["key"] for d in json.loads(run("attributes", "list", "--json", data_dir=folder).stdout)["documents"])
    assert [k[:3] for k in keys] == ["000", "001", "002", "003", "004"]  # 三门峡 昭通 丹东 西宁 始兴
    assert run("attributes", "define", "人口", "--kind", "number", data_dir=folder).returncode == 0
    population = dict(zip(keys, ["227", "9", "240", "", "30"]))  # 西宁 left without a value
    for key, value in population.items():
        if value:
            assert run("attributes", "set", key, "人口", value, data_dir=folder).returncode == 0
    proc = run("search", "户籍 NEAR/5 居住证", "--kwic", "--sort", "人口", "--json", data_dir=folder)
    assert proc.returncode == 0, proc.stderr
    order = list(dict.fromkeys(r["doc_key"] for r in json.loads(proc.stdout)["rows"]))
    found = [k for k in sorted(keys, key=lambda k: (not population[k], float(population[k] or 0))) if k in order]
    assert order == found and order[-1] == keys[3]  # 9 < 30 < 227 < 240 as numbers, no value last
    wrong = run("search", "户籍", "--kwic", "--sort", "人囗", data_dir=folder)
    assert wrong.returncode == 2 and "no attribute '人囗'" in wrong.stderr


def test_a_malformed_query_is_a_one_line_error(data_dir):
    proc = run("search", "(户籍", data_dir=data_dir)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "policylens: query: missing ')' at position 3"


def test_auto_coding_codes_each_sentence_once_and_is_one_step(tmp_path):
    folder = tmp_path / "data"
    assert run("import", *map(str, SEEDS), data_dir=folder).returncode == 0
    proc = run("search", "户籍 NEAR/5 居住证", "--code", "自动/居住证", "--unit", "sentence", "--coder", "甲",
               "--json", data_dir=folder)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"code": "自动/居住证", "unit": "sentence", "clauses": 5, "added": 5}
    listed = json.loads(run("annotations", "list", "--code", "自动/居住证", "--json", data_dir=folder).stdout)
    quotes = sorted(a["anchor"]["exact"] for a in listed["annotations"])
    assert len(quotes) == 5
    assert "鼓励各级政府根据本地实际不断扩大公共服务范围并提高服务标准,缩小居住证持有人与户籍人口享有的基本公共服务的差距。" in quotes
    again = run("search", "户籍 NEAR/5 居住证", "--code", "自动/居住证", "--unit", "sentence", "--json",
                data_dir=folder)
    assert json.loads(again.stdout)["added"] == 0  # already coded: nothing twice
