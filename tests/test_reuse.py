"""5-gram containment between the seeds, and the bands it falls in."""
from __future__ import annotations

import json
import re

from policylens.cli import main
from policylens.core import reuse
from policylens.core.document import analyze_bytes
from policylens.core.script import fold, to_simplified


def naive_grams(text):
    compact = re.sub(r"[\W_]", "", fold(text))
    return {compact[k:k + 5] for k in range(len(compact) - 4)}


def test_seed_matrix(seed_docs):
    docs = list(seed_docs.values())  # 三门峡, 昭通, 丹东, 西宁, 始兴
    matrix = reuse.document_reuse(docs)
    assert matrix.keys == [d.key for d in docs]
    # Boilerplate of five documents: the 5-grams all five share (农业转移人口, 基本公共服务, …).
    grams = [naive_grams(d.text) for d in docs]
    common = set.intersection(*grams)
    assert matrix.boilerplate == len(common) == 69
    assert {"业转移人口", "基本公共服", "居住证持有", "2020年"} <= common
    # Every cell against plain Python sets.
    kept = [g - common for g in grams]
    assert matrix.sizes == [len(g) for g in kept] == [2765, 4609, 3104, 5692, 2675]
    for i in range(5):
        for j in range(5):
            assert matrix.shared[i][j] == len(kept[i] & kept[j])
    # The five plans are rewritten from one another: the most 丹东 shares is with 西宁, 929 5-grams,
    # 29.9% of 丹东's own but 16.3% of the longer 西宁's: containment is asymmetric.
    assert matrix.shared[2][3] == 929
    assert round(matrix.containment(2, 3), 4) == 0.2993 and round(matrix.containment(3, 2), 4) == 0.1632
    assert {matrix.band(i, j) for i in range(5) for j in range(5) if i != j} == {"rewritten"}
    assert all(matrix.containment(i, i) == 1.0 for i in range(5))


def test_relay_across_scripts(seed, seed_docs):
    xining = next(d for name, d in seed_docs.items() if name.startswith("003"))
    copy = analyze_bytes(to_simplified(seed("003").read_text("utf-8")).encode("utf-8"), "xining-simplified.txt")
    matrix = reuse.document_reuse([xining, copy])
    assert matrix.boilerplate == 0  # two documents: nothing is boilerplate
    assert matrix.containment(0, 1) == matrix.containment(1, 0) == 1.0
    assert matrix.band(0, 1) == "relay"


def test_half_a_plan_is_localized_the_other_way(seed_docs):
    # The first half of 始兴's plan is wholly in the plan (relay); the plan is only half in it.
    shixing = next(d for name, d in seed_docs.items() if name.startswith("004"))
    matrix = reuse.containment_matrix([("plan", shixing.text), ("half", shixing.text[:len(shixing.text) // 2])])
    assert matrix.sizes == [2744, 1415]
    assert matrix.containment(1, 0) == 1.0 and matrix.band(1, 0) == "relay"
    assert round(matrix.containment(0, 1), 3) == 0.516 and matrix.band(0, 1) == "localized"


def test_boilerplate_needs_enough_documents(seed_docs):
    docs = list(seed_docs.values())
    assert reuse.document_reuse(docs[:4]).boilerplate == 0
    assert reuse.document_reuse(docs).boilerplate == 69


def test_bands_at_their_bounds():
    assert [reuse.band(x) for x in (0.7001, 0.7, 0.3, 0.2999)] == ["relay", "localized", "localized", "rewritten"]


def test_a_text_without_5grams():
    matrix = reuse.containment_matrix([("empty", "。。"), ("short", "户籍")])
    assert matrix.sizes == [0, 0] and matrix.containment(0, 1) == 0.0


def test_json(seed_docs):
    data = reuse.document_reuse(list(seed_docs.values())).to_json()
    assert data["bands"][2][3] == "rewritten" and data["bands"][2][2] is None
    assert data["containment"][2][3] == 0.2993
    assert data["boilerplate"] == {"grams": 69, "min_share": 0.9, "min_documents": 5}


def test_cli_reuse(seed_paths, capsys, tmp_path):
    argv = ["--data-dir", str(tmp_path), "reuse", *map(str, seed_paths)]
    assert main(argv + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"] == [str(p) for p in seed_paths]
    assert data["containment"][2][3] == 0.2993 and data["bands"][3][2] == "rewritten"
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "69 boilerplate 5-grams set aside" in lines[0]
    assert lines[4].startswith("丹东") and "0.299 rewritten" in lines[4]
