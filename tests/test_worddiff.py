"""Word diff of clause pairs on the real seeds: exact operations, offsets, script, lazy loading."""
from __future__ import annotations

import itertools
import json
import subprocess
import sys

import pytest

from policylens.cli import main
from policylens.core import worddiff
from policylens.core.document import analyze_bytes
from policylens.core.script import to_simplified


def clause(doc, clause_id):
    return next(c for c in doc.clauses if c.id == clause_id)


def doc_of(seed_docs, prefix):
    return next(doc for name, doc in seed_docs.items() if name.startswith(prefix))


def diff(seed_docs, a_prefix, a_clause, b_prefix, b_clause):
    a, b = doc_of(seed_docs, a_prefix), doc_of(seed_docs, b_prefix)
    return a, b, worddiff.diff_clauses(a, clause(a, a_clause), b, clause(b, b_clause))


def with_text(doc_a, doc_b, ops):
    return [(*op, doc_a.text[op.a_start:op.a_end], doc_b.text[op.b_start:op.b_end]) for op in ops]


def test_residence_permit_clause_sanmenxia_against_dandong(seed_docs):
    # 三门峡 三/(十) and 丹东 三/(十四): 丹东 drops the sentence naming 三门峡's own regulation and
    # hands the widening of services to the county governments instead of "各级政府".
    a, b, result = diff(seed_docs, "000", "三/(十)", "002", "三/(十四)")
    assert with_text(a, b, result.ops) == [
        ("equal", 2969, 2989, 3373, 3393, "推进居住证制度覆盖全部未落户城镇常住人口",
         "推进居住证制度覆盖全部未落户城镇常住人口"),
        ("replace", 2989, 3010, 3393, 3394, "\n加快推进《三门峡市居住证实施办法》实施,", "。"),
        ("equal", 3010, 3041, 3394, 3425, "切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利。",
         "切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利。"),
        ("replace", 3041, 3047, 3425, 3436, "鼓励各级政府", "各县(市)区人民政府可"),
        ("equal", 3047, 3105, 3436, 3494,
         "根据本地实际不断扩大公共服务范围并提高服务标准,缩小居住证持有人与户籍人口享有的基本公共服务的差距。(市公安局牵头)",
         "根据本地实际不断扩大公共服务范围并提高服务标准，缩小居住证持有人与户籍人口享有的基本公共服务的差距。(市公安局牵头)"),
    ]
    # Both lead with 市公安局: no agency difference; the place named in the dropped text is called out.
    assert [(p.kind, p.a and p.a.text, p.b) for p in result.values] == [("place", "三门峡市", None)]


def test_audit_clause_simplified_against_traditional(seed_docs):
    # 丹东 四/(十七) (simplified) and 西宁 四/(二十二)/28 (traditional): the same sentence except
    # 城市/城镇 and 市级/我市; 西宁 puts the title in the parent clause and the assignment in labelled
    # form. Equal words show each document's own script. jieba's dictionary has 在城市 and 在城镇 as
    # words, so the change is the whole word. Between 牵头单位: and ;配合单位:市考核办 the shared 市审计局
    # is no longer than the changes on either side, so the clean-up merges it into one replacement.
    a, b, result = diff(seed_docs, "002", "四/(十七)", "003", "四/(二十二)/28")
    assert b.script == "traditional"
    assert with_text(a, b, result.ops) == [
        ("delete", 3722, 3729, 7420, 7420, "强化审计监督。", ""),
        ("equal", 3729, 3735, 7420, 7426, "将非户籍人口", "將非戶籍人口"),
        ("replace", 3735, 3738, 7426, 7429, "在城市", "在城鎮"),
        ("equal", 3738, 3755, 7429, 7446, "落户情况和相关配套政策实施情况纳入", "落戶情況和相關配套政策實施情況納入"),
        ("replace", 3755, 3757, 7446, 7448, "市级", "我市"),
        ("equal", 3757, 3809, 7448, 7500,
         "重大政策措施落实情况跟踪审计范围，将审计结果及整改情况作为有关部门考核、任免、奖惩领导干部的重要依据。(",
         "重大政策措施落實情況跟蹤審計范圍,將審計結果及整改情況作為有關部門考核、任免、獎懲領導干部的重要依據。("),
        ("replace", 3809, 3815, 7500, 7519, "市审计局牵头", "牽頭單位:市審計局;配合單位:市考核辦"),
        ("equal", 3815, 3816, 7519, 7520, ")", ")"),
    ]
    # Both led by 市审计局; 西宁 adds a cooperating 市考核办.
    assert [(p.kind, p.a, p.b.text, p.b.role, p.b.unit) for p in result.values] == [
        ("agency", None, "市考核辦", "cooperate", "市考核办")]


def test_pension_clause_sanmenxia_against_shixing(seed_docs):
    # 三门峡 三/(八) and 始兴 三/(六): 始兴 says 进城落户农民 for 农业转移人口 three times, drops two
    # sentences and assigns the clause to three county bureaus by their duties instead of two leads.
    a, b, result = diff(seed_docs, "000", "三/(八)", "004", "三/(六)")
    assert with_text(a, b, result.ops) == [
        ("equal", 2577, 2579, 2178, 2180, "落实", "落实"),
        ("replace", 2579, 2585, 2180, 2186, "农业转移人口", "进城落户农民"),
        ("equal", 2585, 2596, 2186, 2197, "参加城镇养老保险等政策", "参加城镇养老保险等政策"),
        ("replace", 2596, 2613, 2197, 2198, "\n进一步完善城乡居民养老保险制度,", "。"),
        ("equal", 2613, 2639, 2198, 2224, "加快落实基本养老保险关系转移接续政策,推动符合条件的",
         "加快落实基本养老保险关系转移接续政策，推动符合条件的"),
        ("replace", 2639, 2645, 2224, 2230, "农业转移人口", "进城落户农民"),
        ("equal", 2645, 2679, 2230, 2264, "参加当地城乡居民养老保险或城镇职工养老保险,按规定享有养老保险待遇。",
         "参加当地城乡居民养老保险或城镇职工养老保险，按规定享有养老保险待遇。"),
        # 确保 alone between the dropped sentence and 农业转移人口 -> 进城落户农民 is merged into them.
        ("replace", 2679, 2710, 2264, 2272, "支持将持有居住证人口统一纳入城镇养老保险体系。确保农业转移人口",
         "确保进城落户农民"),
        ("equal", 2710, 2732, 2272, 2294, "与当地城镇居民同等享有最低生活保障的权利。(",
         "与当地城镇居民同等享有最低生活保障的权利。（"),
        ("replace", 2732, 2748, 2294, 2315, "市人力资源社会保障局、民政局牵头", "县人社局、县民政局、县税务局按职责分工负责"),
        ("equal", 2748, 2749, 2315, 2316, ")", "）"),
    ]
    # Agencies by canonical name and role: 民政局 after 市人力资源社会保障局、 takes its 市; 县人社局 is
    # 县人力资源社会保障局. A lead that became responsible is a different role, so not paired.
    assert [(p.a and (p.a.text, p.a.unit, p.a.role), p.b and (p.b.text, p.b.unit, p.b.role))
            for p in result.values] == [
        (("市人力资源社会保障局", "市人力资源社会保障局", "lead"), None),
        (("民政局", "市民政局", "lead"), None),
        (None, ("县人社局", "县人力资源社会保障局", "responsible")),
        (None, ("县民政局", "县民政局", "responsible")),
        (None, ("县税务局", "县税务局", "responsible"))]


def test_agencies_by_role_pair_the_same_bureau_of_another_level(seed_docs):
    # 三门峡 四/(一) (市统计局牵头，市公安局配合) and 始兴 四/(二) (县统计局牵头，县发改局、县住建局、县公安局…参与).
    _, _, result = diff(seed_docs, "000", "四/(一)", "004", "四/(二)")
    assert [(p.kind, p.a and p.a.text, p.b and p.b.text, (p.a or p.b).role) for p in result.values] == [
        ("agency", "市统计局", "县统计局", "lead"),
        ("agency", "市公安局", "县公安局", "cooperate"),
        ("agency", None, "县发改局", "cooperate"),
        ("agency", None, "县住建局", "cooperate"),
    ]


def test_durations_are_called_out(seed_docs):
    # 丹东 二/(四): 就业居住…满2年以上 可凭居住证落户; 西宁 二/(五)/3: 交纳养老保险满3年.
    a, b, result = diff(seed_docs, "002", "二/(四)", "003", "二/(五)/3")
    duration = next(p for p in result.values if p.kind == "duration")
    assert (duration.a.text, duration.a.start, duration.a.number) == ("满2年以上", 950, 2.0)
    assert (duration.b.text, duration.b.start, duration.b.number) == ("滿3年", 1996, 3.0)
    assert a.text[950:955] == "满2年以上" and b.text[1996:1999] == "滿3年"


def test_simplified_and_traditional_copies_differ_in_nothing(seed_docs, seed):
    xining = doc_of(seed_docs, "003")
    simplified = analyze_bytes(to_simplified(seed("003").read_text("utf-8")).encode("utf-8"), "xining-simplified.txt")
    assert simplified.script == "simplified"
    original = clause(xining, "三/(十一)/10")
    copy = clause(simplified, "三/(十一)/10")
    assert xining.text[original.start:original.end] != simplified.text[copy.start:copy.end]
    result = worddiff.diff_clauses(xining, original, simplified, copy)
    start, end = worddiff.clause_span(xining, original)
    assert result.ops == [("equal", start, end, start, end)]
    assert result.values == [] and result.similarity == 1.0


def test_fold_keeps_every_offset(seed_docs):
    for doc in seed_docs.values():
        assert len(doc.folded()) == len(doc.text)


@pytest.fixture(scope="module")
def every_pair(seed_docs):
    """(doc_a, doc_b, rows of diff_documents) for each two of the five seeds."""
    return [(a, b, worddiff.diff_documents(a, b)) for a, b in itertools.combinations(seed_docs.values(), 2)]


def test_ops_cover_both_spans_on_word_boundaries(every_pair):
    """Every op starts and ends on a jieba word boundary of its own side (no word split in two),
    the ops tile both clause spans in order, and equal ops are equal once folded."""
    for doc_a, doc_b, rows in every_pair:
        folded_a, folded_b = doc_a.folded(), doc_b.folded()
        for row in rows:
            if not row.ops:
                continue
            bounds_a = {a for a, _ in worddiff.tokenize(folded_a, *row.a_span)} | {row.a_span[1]}
            bounds_b = {a for a, _ in worddiff.tokenize(folded_b, *row.b_span)} | {row.b_span[1]}
            assert (row.ops[0].a_start, row.ops[0].b_start) == (row.a_span[0], row.b_span[0])
            assert (row.ops[-1].a_end, row.ops[-1].b_end) == (row.a_span[1], row.b_span[1])
            for op, after in zip(row.ops, row.ops[1:] + [None]):
                assert {op.a_start, op.a_end} <= bounds_a and {op.b_start, op.b_end} <= bounds_b
                if after:
                    assert (op.a_end, op.b_end) == (after.a_start, after.b_start)
                if op.op == "equal":
                    assert folded_a[op.a_start:op.a_end] == folded_b[op.b_start:op.b_end]


def test_no_one_word_equality_between_two_replacements(every_pair):
    """The semantic clean-up leaves no one-word equality between two changes that both touch
    both texts; what remains between a deletion and an insertion is a moved word (同等享有 ->
    享有同等), as diff-match-patch's overlap rule keeps it."""
    for doc_a, _, rows in every_pair:
        folded_a = doc_a.folded()
        for row in rows:
            for before, op, after in zip(row.ops, row.ops[1:], row.ops[2:]):
                if op.op == "equal" and before.op == after.op == "replace":
                    assert len(worddiff.tokenize(folded_a, op.a_start, op.a_end)) > 1


def test_interim_pairing_finds_the_corresponding_clauses(seed_docs):
    a, b = doc_of(seed_docs, "000"), doc_of(seed_docs, "002")
    pairs = {(a.clauses[p.a].id if p.a is not None else None, b.clauses[p.b].id if p.b is not None else None)
             for p in worddiff.interim_clause_pairs(a, b)}
    # Read from the two documents: same subject, numbered differently.
    for expected in [("三/(五)", "三/(九)"), ("三/(十)", "三/(十四)"), ("四/(四)", "四/(十七)"),
                     ("三/(九)", "三/(十三)"), ("三/(四)", "三/(八)"), ("四/(一)", "四/(十五)")]:
        assert expected in pairs
    # 丹东's 一/(二) 基本原则 items have no counterpart in 三门峡: gaps, not forced pairs.
    assert (None, "一/(二)/•1") in pairs
    a_ids = [x for x, _ in pairs if x is not None]
    assert sorted(a_ids) == sorted(c.id for c in a.clauses)  # every A clause exactly once


def test_document_diff_rows_follow_document_a(seed_docs):
    a, b = doc_of(seed_docs, "000"), doc_of(seed_docs, "002")
    rows = worddiff.diff_documents(a, b)
    order = [r.a_clause for r in rows if r.a_clause is not None]
    assert order == [c.id for c in a.clauses]
    gaps = [r for r in rows if r.a_clause is None or r.b_clause is None]
    assert gaps and all(r.ops == [] and r.changed() for r in gaps)


def test_whole_subtree_when_asked(seed_docs):
    # 西宁 三/(十一) is only a heading; its items 10-12 hold the text of the "三权" clause.
    xining = doc_of(seed_docs, "003")
    heading = clause(xining, "三/(十一)")
    assert worddiff.clause_span(xining, heading) == (3756, 3779)
    assert worddiff.clause_span(xining, heading, with_children=True) == (3756, clause(xining, "三/(十一)/12").end - 1)
    sanmenxia = doc_of(seed_docs, "000")
    whole = worddiff.diff_clauses(sanmenxia, clause(sanmenxia, "三/(五)"), xining, heading, with_children=True)
    leads = {(p.b.unit, p.b.role) for p in whole.values if p.b is not None}
    assert ("市农牧局", "lead") in leads and ("市国土资源局", "lead") in leads  # from items 10 and 12


def test_jieba_is_loaded_lazily():
    code = ("import sys; import policylens.core.worddiff as w; print('jieba' in sys.modules); "
            "w.warm_up(); print('jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
    assert "Building prefix dict" not in out.stderr


def run_cli(argv, capsys, tmp_path):
    code = main(["--data-dir", str(tmp_path), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_diff_one_clause(seed, capsys, tmp_path):
    a, b = str(seed("000")), str(seed("002"))
    code, out, _ = run_cli(["diff", a, b, "--clause", "3/10", "--json"], capsys, tmp_path)
    assert code == 0
    data = json.loads(out)
    assert (data["a"]["place"], data["b"]["place"], data["b"]["script"]) == ("三门峡", "丹东", "simplified")
    [pair] = data["pairs"]
    assert (pair["a"]["clause"], pair["a"]["path"], pair["b"]["clause"], pair["b"]["path"]) == \
        ("三/(十)", [3, 10], "三/(十四)", [3, 14])
    assert [op["op"] for op in pair["ops"]] == ["equal", "replace", "equal", "replace", "equal"]
    assert pair["ops"][3] == {"op": "replace", "a": [3041, 3047], "b": [3425, 3436],
                              "a_text": "鼓励各级政府", "b_text": "各县(市)区人民政府可"}
    assert pair["values"] == [{"kind": "place", "a": {"kind": "place", "text": "三门峡市", "start": 2995, "end": 2999},
                               "b": None}]
    code, out, _ = run_cli(["diff", a, b, "--clause", "三/(十)"], capsys, tmp_path)
    assert code == 0 and "[-鼓励各级政府-]{+各县(市)区人民政府可+}" in out and "place: 三门峡市 -> —" in out


def test_cli_diff_whole_documents(seed, capsys, tmp_path):
    code, out, _ = run_cli(["diff", str(seed("000")), str(seed("002")), "--json"], capsys, tmp_path)
    pairs = json.loads(out)["pairs"]
    assert code == 0
    assert [p["a"]["clause"] for p in pairs if p["a"]][:3] == ["preamble", "一", "二"]
    assert {"clause": "一/(二)/•1", "path": [], "title": "统筹设计，协同推进", "start": 445, "end": 536} in \
        [p["b"] for p in pairs if p["a"] is None]


def test_cli_diff_errors(seed, capsys, tmp_path):
    code, _, err = run_cli(["diff", str(seed("000")), str(seed("002")), "--clause", "9/9"], capsys, tmp_path)
    assert code == 2 and "no clause '9/9'" in err
    code, _, err = run_cli(["diff", str(seed("000")), str(tmp_path / "missing.txt")], capsys, tmp_path)
    assert code == 2 and "missing.txt" in err
