"""A document's identity is not its file name: same names in other folders, versions, old stores."""
import json
from pathlib import Path

import pytest

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.core.document import analyze_file
from policylens.core.identity import DIFFERENT, SAME, UNSURE, compare
from policylens.store import SEPARATE, CorpusStore
from policylens.store.annotations import AnnotationStore, reanchor_document

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))
PENALTIES = [HERE / "data" / "corpus" / "10_武汉卫计委-利用保护性约束措施惩罚.html",
             HERE / "data" / "identity" / "武汉卫计委-擅自从事精神障碍诊断-处罚.html"]
QUOTE = "切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利"  # in 丹东 (seed 002)


def put(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def seed_text(n: int) -> str:
    return SEEDS[n].read_text("utf-8")


def first_part(text: str, share: float) -> str:
    return text[:text.index("\n", int(len(text) * share)) + 1]


def annotate(data: Path, doc, quote: str = QUOTE) -> Annotation:
    start = doc.text.index(quote)
    made = Annotation("a1", make_anchor(doc, start, start + len(quote)), note="居住证")
    with AnnotationStore(data) as store:
        store.do(AddAnnotation(made))
    return made


def stored_annotation(data: Path):
    with AnnotationStore(data) as store:
        return store.project.annotations["a1"]


def test_the_same_name_in_two_folders_is_two_documents(tmp_path):
    data = tmp_path / "data"
    first = put(tmp_path / "丹东" / "实施方案.txt", seed_text(2))
    second = put(tmp_path / "三门峡" / "实施方案.txt", seed_text(0))
    store = CorpusStore(data)
    [one] = store.import_files([first])
    annotate(data, store.open_document(one.key))
    before = stored_annotation(data)
    [two] = store.import_files([second])
    assert (one.status, one.key) == ("imported", "实施方案")
    assert (two.status, two.key) == ("imported", "实施方案~三门峡")
    assert "another document than 实施方案" in two.message and "different places: 丹东市 and 三门峡市" in two.message
    again = CorpusStore(data)
    assert [r["key"] for r in again.documents()] == ["实施方案", "实施方案~三门峡"]
    assert again.open_document("实施方案").text == analyze_file(first).text
    assert again.open_document("实施方案~三门峡").text == analyze_file(second).text
    assert [len(r["versions"]) for r in again.documents()] == [1, 1]
    # What the command line does after an import, for a new version: here nothing to do.
    assert reanchor_document(data, again.open_document("实施方案"), again).placements == {}
    after = stored_annotation(data)
    assert after == before and not after.needs_review
    assert again.open_document("实施方案").text[after.anchor.start:after.anchor.end] == QUOTE


def test_names_with_one_key_form_in_one_folder_are_two_documents(tmp_path):
    spaced = put(tmp_path / "in" / "plan a.txt", seed_text(3))
    underscored = put(tmp_path / "in" / "plan_a.txt", seed_text(4))
    results = CorpusStore(tmp_path / "data").import_files([spaced, underscored])
    assert [(r.status, r.key) for r in results] == [("imported", "plan_a"), ("imported", "plan_a~2")]
    store = CorpusStore(tmp_path / "data")
    assert store.open_document("plan_a").meta.place == "西宁"
    assert store.open_document("plan_a~2").meta.place == "始兴"
    assert store.record("plan_a~2")["name"] == "plan_a.txt"


def test_reimporting_from_the_same_place_is_a_new_version(tmp_path):
    data = tmp_path / "data"
    others = put(tmp_path / "三门峡" / "实施方案.txt", seed_text(0))
    mine = put(tmp_path / "丹东" / "实施方案.txt", seed_text(2))
    store = CorpusStore(data)
    assert [r.key for r in store.import_files([others, mine])] == ["实施方案", "实施方案~丹东"]
    annotate(data, store.open_document("实施方案~丹东"))
    text = seed_text(2)
    line_end = text.index("\n", 500)
    put(mine, text[:line_end] + "\n新增加的一段文字。" + text[line_end:])
    [result] = store.import_files([mine])
    assert (result.status, result.key) == ("new-version", "实施方案~丹东")
    summary = reanchor_document(data, store.open_document("实施方案~丹东"), store)
    assert summary.counts() == {"exact": 0, "moved": 1, "fuzzy": 0, "orphaned": 0}
    anchor = stored_annotation(data).anchor
    new_text = CorpusStore(data).open_document("实施方案~丹东").text
    assert new_text[anchor.start:anchor.end] == QUOTE
    assert len(store.record("实施方案")["versions"]) == 1  # the other city's document is untouched
    assert [r.status for r in store.import_files([mine, others])] == ["unchanged", "unchanged"]


def test_a_text_that_continues_the_stored_one_is_a_new_version_from_another_folder(tmp_path):
    text = seed_text(2)
    started = put(tmp_path / "草稿" / "实施方案.txt", first_part(text, 0.6))
    whole = put(tmp_path / "定稿" / "实施方案.txt", text)
    store = CorpusStore(tmp_path / "data")
    store.import_files([started])
    [result] = store.import_files([whole])
    assert (result.status, result.key) == ("new-version", "实施方案")
    assert "a new version of 实施方案" in result.message and "keeps 100% of the old" in result.message
    assert len(store.record("实施方案")["versions"]) == 2
    assert store.open_document("实施方案").text == analyze_file(whole).text


def test_the_same_bytes_from_another_folder_are_unchanged(tmp_path):
    first = put(tmp_path / "a" / "实施方案.txt", SEEDS[1].read_bytes())
    copy = put(tmp_path / "b" / "实施方案.txt", SEEDS[1].read_bytes())
    store = CorpusStore(tmp_path / "data")
    results = store.import_files([first, copy])
    assert [(r.status, r.key) for r in results] == [("imported", "实施方案"), ("unchanged", "实施方案")]
    assert results[1].message == f"the same text as 实施方案 ({first.resolve()})"


def test_an_ambiguous_file_is_left_out_until_decided(tmp_path):
    data = tmp_path / "data"
    whole = put(tmp_path / "a" / "实施方案.txt", seed_text(2))
    part = put(tmp_path / "b" / "实施方案.txt", first_part(seed_text(2), 0.5))
    store = CorpusStore(data)
    store.import_files([whole])
    index = (data / "corpus" / "index.json").read_bytes()
    [result] = store.import_files([part])
    assert (result.status, result.key, result.candidates) == ("ambiguous", "", ("实施方案",))
    assert "the texts overlap in part" in result.message and "not imported until you decide" in result.message
    assert json.loads((data / "corpus" / "index.json").read_bytes()) == json.loads(index)
    assert len(store.record("实施方案")["versions"]) == 1

    asked = []
    [separate] = store.import_files([part], resolve=lambda r: asked.append(r) or SEPARATE)
    assert [(r.path, r.candidates) for r in asked] == [(str(part.resolve()), ("实施方案",))]
    assert (separate.status, separate.key) == ("imported", "实施方案~b")

    other = CorpusStore(tmp_path / "data2")
    other.import_files([whole])
    [version] = other.import_files([part], resolve=lambda r: r.candidates[0])
    assert (version.status, version.key) == ("new-version", "实施方案")
    assert [r.status for r in other.import_files([part])] == ["unchanged"]  # its place is known now


def test_a_choice_outside_the_candidates_leaves_the_file_out(tmp_path):
    whole = put(tmp_path / "a" / "实施方案.txt", seed_text(2))
    part = put(tmp_path / "b" / "实施方案.txt", first_part(seed_text(2), 0.5))
    store = CorpusStore(tmp_path / "data")
    store.import_files([whole, put(tmp_path / "c.txt", seed_text(0))])
    assert [r.status for r in store.import_files([part], resolve=lambda r: "c")] == ["ambiguous"]
    assert [r.status for r in store.import_files([part], resolve=lambda r: None)] == ["ambiguous"]


def test_one_bureaus_penalty_notices_of_one_name_are_never_merged(tmp_path):
    first = put(tmp_path / "a" / "处罚.html", PENALTIES[0].read_bytes())
    second = put(tmp_path / "b" / "处罚.html", PENALTIES[1].read_bytes())
    results = CorpusStore(tmp_path / "data").import_files([first, second])
    assert [(r.status, r.key) for r in results] == [("imported", "处罚"), ("ambiguous", "")]
    assert "similar texts" in results[1].message


def test_the_rule_on_real_documents():
    dandong, sanmenxia = analyze_file(SEEDS[2]), analyze_file(SEEDS[0])
    penalty, other_penalty = map(analyze_file, PENALTIES)
    assert compare(dandong, sanmenxia).verdict == DIFFERENT
    different = compare(dandong, analyze_file(SEEDS[3]))  # 西宁 keeps 31% of 丹东
    assert (different.verdict, different.kept) == (DIFFERENT, 0.3145)
    assert compare(dandong, dandong).verdict == SAME
    likeness = compare(penalty, other_penalty)
    assert likeness.verdict == UNSURE and likeness.kept > 0.9 and likeness.known > 0.9


def strip_version_paths(data: Path) -> None:
    """Make the index as PolicyLens wrote it before versions kept their source paths."""
    index = data / "corpus" / "index.json"
    content = json.loads(index.read_text("utf-8"))
    for record in content["documents"].values():
        for version in record["versions"]:
            del version["source_path"]
    index.write_text(json.dumps(content, ensure_ascii=False), "utf-8")


def test_a_store_written_the_old_way_keeps_its_keys_and_annotations(tmp_path):
    data = tmp_path / "data"
    names = [put(tmp_path / "in" / seed.name, seed.read_bytes()) for seed in SEEDS]
    CorpusStore(data).import_files(names)
    strip_version_paths(data)
    store = CorpusStore(data)
    dandong = store.open_document(SEEDS[2].stem)
    annotate(data, dandong)
    same_name = put(tmp_path / "other" / SEEDS[2].name, seed_text(0))
    edited = put(names[2], seed_text(2).replace("居住证", "居住证件", 1))
    results = store.import_files([same_name, edited])
    assert [(r.status, r.key) for r in results] == [("imported", f"{SEEDS[2].stem}~other"),
                                                    ("new-version", SEEDS[2].stem)]
    assert [r["key"] for r in CorpusStore(data).documents()] == sorted(
        [p.stem for p in SEEDS] + [f"{SEEDS[2].stem}~other"])
    summary = reanchor_document(data, store.open_document(SEEDS[2].stem), store)
    assert summary.counts()["orphaned"] == 0 and not stored_annotation(data).needs_review


def test_distinct_keys_survive_reanalysis_and_a_rebuilt_index(tmp_path):
    data = tmp_path / "data"
    store = CorpusStore(data)
    store.import_files([put(tmp_path / "丹东" / "实施方案.txt", seed_text(2)),
                        put(tmp_path / "西宁" / "实施方案.txt", seed_text(3))])
    assert CorpusStore(data).reanalyze() == 2
    assert [r["key"] for r in CorpusStore(data).documents()] == ["实施方案", "实施方案~西宁"]
    (data / "corpus" / "index.json").unlink()
    rebuilt = CorpusStore(data)
    assert [r["key"] for r in rebuilt.documents()] == ["实施方案", "实施方案~西宁"]
    assert rebuilt.open_document("实施方案~西宁").meta.place == "西宁"
