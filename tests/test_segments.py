"""Coded segments and code co-occurrence, through the command line on a real store of the seeds.

The passages (offsets in the clean text, read from the seeds):
  a1 三门峡 2969-3030  居住证 + 公共服务/教育  the heading of 三/(十) and the start of its first sentence
  a2 三门峡 3010-3035  公共服务                 切实保障居住证持有人享有国家规定的各项基本公共服务 (overlaps a1)
  a4 三门峡 3071-3096  落户                     缩小居住证持有人与户籍人口享有的基本公共服务的差距 (same clause)
  a3 丹东   3373-3393  居住证/覆盖              推进居住证制度覆盖全部未落户城镇常住人口
  a5 丹东   3394-3419  居住证 + 居住证/覆盖     切实保障居住证持有人享有国家规定的各项基本公共服务
"""
import json

import pytest

from test_cli import SEEDS, run

SANMENXIA, DANDONG = "000_475fe52b6475e2b2", "002_0b082def2c4c3406"
PASSAGES = {
    "a1": (SANMENXIA, 2969, 3030, ["居住证", "公共服务/教育"]),
    "a2": (SANMENXIA, 3010, 3035, ["公共服务"]),
    "a4": (SANMENXIA, 3071, 3096, ["落户"]),
    "a3": (DANDONG, 3373, 3393, ["居住证/覆盖"]),
    "a5": (DANDONG, 3394, 3419, ["居住证", "居住证/覆盖"]),
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("segments-data")
    assert run("import", *map(str, SEEDS), data_dir=folder).returncode == 0
    ids = {}
    for name, (doc, start, end, codes) in PASSAGES.items():
        args = ["annotations", "add", doc, "--start", str(start), "--end", str(end), "--note", name,
                "--coder", "甲"]
        for code in codes:
            args += ["--code", code]
        proc = run(*args, data_dir=folder)
        assert proc.returncode == 0, proc.stderr
        ids[proc.stdout.split("\t")[0]] = name
    return folder, ids


def _json(folder, *args):
    proc = run(*args, "--json", data_dir=folder)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_segments_of_a_code_and_its_subcodes_each_passage_once(coded):
    folder, _ = coded
    data = _json(folder, "segments", "居住证")
    rows = [(s["note"], s["place"], s["codes"]) for s in data["segments"]]
    assert rows == [("a1", "三门峡", ["居住证"]), ("a3", "丹东", ["居住证/覆盖"]),
                    ("a5", "丹东", ["居住证", "居住证/覆盖"])]
    a3 = data["segments"][1]
    assert (a3["quote"], a3["clause"], a3["coder"], a3["level"]) == (
        "推进居住证制度覆盖全部未落户城镇常住人口", "三/(十四)", "甲", "市")
    assert a3["right"].startswith("。切实保障居住证持有人")


def test_segments_without_subcodes(coded):
    folder, _ = coded
    assert [s["note"] for s in _json(folder, "segments", "居住证", "--no-subcodes")["segments"]] == ["a1", "a5"]


def test_an_unknown_code_is_a_one_line_error(coded):
    folder, _ = coded
    proc = run("segments", "没有这个", data_dir=folder)
    assert (proc.returncode, proc.stderr.strip()) == (2, "policylens: no code '没有这个'")


def _pairs(data, ids):
    return {(tuple(p["codes"]), p["count"]): sorted(sorted(ids[i] for i in unit) for unit in p["passages"])
            for p in data["pairs"]}


def test_cooccurrence_on_overlapping_passages(coded):
    folder, ids = coded
    assert _pairs(_json(folder, "cooccurrence"), ids) == {
        (("公共服务/教育", "居住证"), 1): [["a1"]],  # one passage with both
        (("公共服务", "公共服务/教育"), 1): [["a1", "a2"]],  # a1 overlaps a2
        (("公共服务", "居住证"), 1): [["a1", "a2"]],
        (("居住证", "居住证/覆盖"), 1): [["a5"]],  # a3 and a5 are a full stop apart
    }


def test_cooccurrence_within_clauses(coded):
    folder, ids = coded
    pairs = _pairs(_json(folder, "cooccurrence", "--unit", "clause"), ids)
    sanmenxia = [["a1", "a2", "a4"]]
    assert pairs == {
        (("公共服务", "公共服务/教育"), 1): sanmenxia, (("公共服务", "居住证"), 1): sanmenxia,
        (("公共服务", "落户"), 1): sanmenxia, (("公共服务/教育", "居住证"), 1): sanmenxia,
        (("公共服务/教育", "落户"), 1): sanmenxia, (("居住证", "落户"), 1): sanmenxia,
        (("居住证", "居住证/覆盖"), 1): [["a3", "a5"]],
    }


def test_segments_of_several_codes_list_a_shared_passage_once(coded):
    from policylens.core.segments import segments
    from policylens.store.annotations import AnnotationStore

    folder, ids = coded
    with AnnotationStore(folder) as store:
        project = store.project
        found = segments(project, [project.code_by_path("居住证").id, project.code_by_path("公共服务").id])
    assert [ids[s.annotation] for s in found] == ["a1", "a2", "a3", "a5"]
    assert found[0].codes == ("公共服务/教育", "居住证")  # a1 carries one of each: listed once, naming both
