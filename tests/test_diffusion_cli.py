"""The diffusion commands on a store of the seeds and the real citation chain."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from diffusion_chain import FOSHAN, HUIZHOU, PROVINCE, ZHONGSHAN_2013, ZHONGSHAN_2014
from policylens.cli import main

HERE = Path(__file__).parent
CHAIN = sorted((HERE / "data" / "diffusion").iterdir())
SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    data = tmp_path_factory.mktemp("diffusion-store")
    assert main(["--data-dir", str(data), "import", *map(str, CHAIN + SEEDS)]) == 0
    return data


def run_json(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_lineage_json_has_the_chain_and_the_seed_citations(store, capsys):
    data = run_json(capsys, "--data-dir", str(store), "lineage", "--format", "json")
    edges = {(e["source"], e["target"], e["kind"]) for e in data["edges"]}
    assert ("中山市流动人员积分制管理规定2013", "中山市流动人员积分制管理规定2014", "cited") in edges
    assert ("cited:国发〔2014〕25号", "001_cb987e057fa661f0", "cited") in edges  # 昭通 cites 國發〔2014〕25號
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["001_cb987e057fa661f0"]["date_used"] == "written" and not nodes["cited:国发〔2014〕25号"]["in_corpus"]


def test_timeline_json_and_panel_csv(store, capsys, tmp_path):
    data = run_json(capsys, "--data-dir", str(store), "timeline", "--json")
    assert data["families"] and {"family", "name", "pattern", "evidence", "members", "curve"} <= set(data["families"][0])
    assert data["adoption_years"]["columns"][:2] == ["family", "family_name"]
    out = tmp_path / "panel.csv"
    assert main(["--data-dir", str(store), "timeline", "--csv", str(out)]) == 0
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["family", "family_name", "place", "level", "year", "adopted", "adopters_before",
                       "reference_before", "key", "clause"]
    assert len(rows) > 1


def test_unknown_family_is_a_clear_error(store, capsys):
    assert main(["--data-dir", str(store), "timeline", "no such family at all"]) == 2
    assert "no clause family" in capsys.readouterr().err


def test_novelty_of_a_stored_document(store, capsys):
    data = run_json(capsys, "--data-dir", str(store), "novelty", "中山市流动人员积分制管理规定2013", "--json")
    assert data["key"] == "中山市流动人员积分制管理规定2013" and data["date_used"] == "written"
    assert 0 < data["share"] < 1 and all(s["end"] > s["start"] for s in data["spans"])


def test_tasks_json_rows(store, capsys):
    data = run_json(capsys, "--data-dir", str(store), "tasks", "--json")
    first = data["rows"][0]
    assert list(first) == data["columns"]
    assert {"key": "000_475fe52b6475e2b2", "clause": "二/(一)", "role": "lead", "agency": "市公安局"}.items() <= first.items()


def test_timeline_xlsx_has_the_panel_and_the_adoption_years(store, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "timeline.xlsx"
    assert main(["--data-dir", str(store), "timeline", "--xlsx", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Panel", "Adoption years"]
    assert [c.value for c in book["Panel"][1]][:5] == ["family", "family_name", "place", "level", "year"]
    assert [c.value for c in book["Adoption years"][1]][:2] == ["family", "family_name"]


def test_lineage_graphml_file(store, tmp_path):
    import networkx as nx

    out = tmp_path / "lineage.graphml"
    assert main(["--data-dir", str(store), "lineage", "--format", "graphml", "--out", str(out)]) == 0
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.nodes["001_cb987e057fa661f0"]["level"] == "市"
    assert {d["kind"] for _, _, d in graph.edges(data=True)} == {"cited", "inferred"}


def test_list_and_search_in_force_on_a_date(store, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(store), "list", "--in-force", "2014-11-01"]) == 0
    out = capsys.readouterr()
    listed = {line.split("\t")[0] for line in out.out.splitlines()}
    assert "中山市流动人员积分制管理规定2014" in listed and "中山市流动人员积分制管理规定2013" not in listed
    assert "(in force on 2014-11-01)" in out.err
    assert main(["--data-dir", str(store), "list", "--in-force", "2014-10-01"]) == 0
    listed = {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()}
    assert "中山市流动人员积分制管理规定2013" in listed and "中山市流动人员积分制管理规定2014" not in listed
    found = run_json(capsys, "--data-dir", str(store), "search", "积分制", "--in-force", "2014-11", "--json")
    keys = {c["doc_key"] for c in found["clauses"]}
    assert "中山市流动人员积分制管理规定2014" in keys and "中山市流动人员积分制管理规定2013" not in keys


def test_a_bad_in_force_date_is_a_clear_error(store, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(store), "list", "--in-force", "2014-13"]) == 2
    assert "--in-force '2014-13': give a date as YYYY-MM-DD, YYYY-MM or YYYY" in capsys.readouterr().err


def test_lineage_of_the_documents_in_force(store, capsys):
    data = run_json(capsys, "--data-dir", str(store), "lineage", "--format", "json", "--in-force", "2014-11")
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["中山市流动人员积分制管理规定2014"]["in_scope"]
    # the 2013 regulation it replaced is no longer in force: kept only as what 2014 cites and copies
    assert not nodes["中山市流动人员积分制管理规定2013"]["in_scope"]
    into_2013 = [e for e in data["edges"] if e["target"] == "中山市流动人员积分制管理规定2013"]
    assert into_2013 == []
    for kept in ("grams.npz", "citations.json", "boilerplate.json"):  # 5-gram sets, citations, boilerplate
        assert (store / "corpus" / "diffusion" / kept).is_file()  # kept for next time


def test_lineage_where_keeps_the_edges_into_the_documents_and_their_sources_as_context(store, capsys):
    data = run_json(capsys, "--data-dir", str(store), "lineage", "--where", "province=广东", "--where", "level=市")
    nodes = {n["id"]: n for n in data["nodes"]}
    assert {k for k, n in nodes.items() if n["in_scope"]} == {ZHONGSHAN_2013, ZHONGSHAN_2014, HUIZHOU}
    assert nodes[PROVINCE]["in_corpus"] and not nodes[PROVINCE]["in_scope"]  # the province they cite, as context
    inside = {(e["source"], e["target"], e["kind"]) for e in data["edges"] if nodes[e["source"]]["in_corpus"]}
    assert inside == {(PROVINCE, ZHONGSHAN_2013, "cited"), (PROVINCE, ZHONGSHAN_2014, "cited"), (PROVINCE, HUIZHOU, "cited"),
                      (ZHONGSHAN_2013, ZHONGSHAN_2014, "cited"), (ZHONGSHAN_2013, ZHONGSHAN_2014, "inferred"),
                      (PROVINCE, HUIZHOU, "inferred")}
    outside = {e["source"] for e in data["edges"] if e["target"] == HUIZHOU and not nodes[e["source"]]["in_corpus"]}
    assert outside == {"cited:粤发〔2011〕17号"}
    inferred = next(e for e in data["edges"] if (e["source"], e["target"], e["kind"]) == (PROVINCE, HUIZHOU, "inferred"))
    assert (inferred["source_date"], inferred["target_date"]) == ("2011", "2012-04-18") and inferred["spans"]
    assert all(e["target"] in (ZHONGSHAN_2013, ZHONGSHAN_2014, HUIZHOU) for e in data["edges"])


def test_lineage_without_a_filter_is_the_whole_graph(store, capsys):
    data = run_json(capsys, "--data-dir", str(store), "lineage")
    assert all("in_scope" not in n for n in data["nodes"])
    assert (FOSHAN, PROVINCE) in {(e["target"], e["source"]) for e in data["edges"]}


def test_lineage_with_a_bad_condition_is_a_clear_error(store, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(store), "lineage", "--where", "provinze=广东"]) == 2
    assert "--where: no attribute 'provinze'" in capsys.readouterr().err


def test_novelty_all_gives_each_stored_document_the_share_novelty_gives_it(store, capsys):
    data = run_json(capsys, "--data-dir", str(store), "novelty", "--all", "--json")["documents"]
    assert [d["key"] for d in data] == sorted(p.name for p in (store / "corpus" / "docs").iterdir())
    for entry in data[:3] + data[-2:]:
        one = run_json(capsys, "--data-dir", str(store), "novelty", entry["key"], "--json")
        assert {k: entry[k] for k in ("share", "new_chars", "chars", "compared", "date", "date_used", "level")} == \
               {k: one[k] for k in ("share", "new_chars", "chars", "compared", "date", "date_used", "level")}
    assert (store / "corpus" / "diffusion" / "novelty.json").exists()
    assert run_json(capsys, "--data-dir", str(store), "novelty", "--all", "--json")["documents"] == data


def test_novelty_wants_a_document_or_all(store, capsys):
    assert main(["--data-dir", str(store), "novelty"]) != 0
    assert "--all" in capsys.readouterr().err


def test_a_corrected_date_wins_in_novelty_and_lineage(store, capsys, tmp_path):
    corrected = tmp_path / "corrected"
    shutil.copytree(store, corrected)
    inferred = lambda: {(e["source"], e["target"]) for e in run_json(
        capsys, "--data-dir", str(corrected), "lineage")["edges"] if e["kind"] == "inferred"}
    assert (ZHONGSHAN_2013, ZHONGSHAN_2014) in inferred()
    # the researcher says the 2014 regulation was written in 2012: it can no longer have copied 2013's
    assert main(["--data-dir", str(corrected), "attributes", "set", ZHONGSHAN_2014, "date", "2012-05-01"]) == 0
    one = run_json(capsys, "--data-dir", str(corrected), "novelty", ZHONGSHAN_2014, "--json")
    assert (one["date"], one["date_used"]) == ("2012-05-01", "corrected")
    edges = inferred()
    assert (ZHONGSHAN_2013, ZHONGSHAN_2014) not in edges and (ZHONGSHAN_2014, ZHONGSHAN_2013) in edges
    shares = {d["key"]: d for d in run_json(capsys, "--data-dir", str(corrected), "novelty", "--all", "--json")["documents"]}
    assert shares[ZHONGSHAN_2014]["date_used"] == "corrected"
    assert main(["--data-dir", str(corrected), "attributes", "set", ZHONGSHAN_2014, "date", ""]) == 0  # cleared
    assert (ZHONGSHAN_2013, ZHONGSHAN_2014) in inferred()
