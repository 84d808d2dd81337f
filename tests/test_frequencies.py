"""Word frequencies on the seeds: folded script, stop words, groups, the command's JSON."""
import json

import pytest

from policylens.core.frequencies import document_words, frequencies, stopwords
from policylens.core.script import fold
from test_cli import SEEDS, run


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("frequency-data")
    assert run("import", *map(str, SEEDS), data_dir=folder).returncode == 0
    return folder


def test_a_word_counts_once_per_occurrence_in_either_script(seed_docs):
    xining = next(d for d in seed_docs.values() if d.meta.place == "西宁")  # traditional script
    counts = document_words(xining.text, stopwords())
    assert "落戶" not in counts
    assert counts["居住证"] == fold(xining.text).count("居住证") == 9
    assert not {"的", "和", "等"} & set(counts)  # bundled stop words
    assert all(len(w) >= 2 and not any(c.isdigit() for c in w) for w in counts)


def test_user_stop_words_add_to_the_bundled_ones(tmp_path, seed_docs):
    mine = tmp_path / "stopwords.txt"
    mine.write_text("# mine\n落戶\n牵头\n", "utf-8")
    words = stopwords(mine, tmp_path / "missing.txt")
    assert {"落户", "牵头", "的"} <= words
    groups = frequencies(seed_docs.values(), lambda d: d.meta.level, words)
    assert set(groups) == {"市", "县"}
    assert "落户" not in groups["市"] and "牵头" not in groups["县"]


def test_frequencies_command_by_place(data_dir):
    proc = run("frequencies", "--by", "place", "--top", "3", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    tops = {g["group"]: [(w["word"], w["count"]) for w in g["words"]] for g in data["groups"]}
    assert list(tops) == sorted(["三门峡", "昭通", "丹东", "西宁", "始兴"])
    assert all(len(words) == 3 for words in tops.values())
    assert tops["西宁"][0] == ("落户", 63)
    proc = run("frequencies", "--min-chars", "4", "--json", data_dir=data_dir)
    words = json.loads(proc.stdout)["groups"][0]["words"]
    assert words and all(len(w["word"]) >= 4 for w in words)


def test_frequencies_command_by_set_counts_a_document_in_each_of_its_sets(tmp_path, seed_docs):
    folder = tmp_path / "data"
    assert run("import", *map(str, SEEDS), data_dir=folder).returncode == 0
    keys = sorted(d.key for d in seed_docs.values())  # 三门峡 昭通 丹东 西宁 始兴
    assert run("sets", "add", "西部", keys[1], keys[3], data_dir=folder).returncode == 0
    assert run("sets", "add", "试点", keys[3], keys[4], data_dir=folder).returncode == 0
    proc = run("frequencies", "--by", "set", "--top", "5", "--json", data_dir=folder)
    assert proc.returncode == 0, proc.stderr
    tops = {g["group"]: [(w["word"], w["count"]) for w in g["words"]] for g in json.loads(proc.stdout)["groups"]}
    by_key = {d.key: d for d in seed_docs.values()}
    for name, members in (("西部", (keys[1], keys[3])), ("试点", (keys[3], keys[4]))):
        want = frequencies([by_key[k] for k in members], lambda d: name, stopwords())[name].most_common(5)
        assert tops[name] == want
    assert list(tops) == ["西部", "试点"]  # 三门峡 and 丹东 are in no set: counted nowhere
