"""Anchors on the real seeds: what they record and where they land after real edits of the files.

Each changed version is the seed file edited as a user's new download would be, written to
disk and analysed again (new clean text, re-parsed outline). Placements are checked both from
the anchor alone and with the annotated version at hand (as when the corpus store keeps it).
"""
from dataclasses import replace
from pathlib import Path

import pytest

from policylens.core.anchoring import (CONTEXT, AnchorError, Reanchorer, anchor_clause, make_anchor,
                                       reanchor)
from policylens.core.document import Document, analyze_file
from policylens.core.script import to_simplified
from policylens.core.version_map import VersionMap

LEAD = "(市公安局牵头)"
SANMENXIA_LEAD = "(市公安局牵头,市政府有关部门配合)"
MODES = ["anchor alone", "with the old version"]


def changed(seed_path: Path, tmp_path: Path, edit) -> Document:
    """The seed file edited, saved under its own name (same document key) and analysed again."""
    out = tmp_path / seed_path.name
    out.write_text(edit(seed_path.read_text("utf-8")), "utf-8")
    return analyze_file(out)


def place(anchor, old: Document, new: Document, mode: str):
    versions = (lambda h: old if h == old.content_hash else None) if mode != "anchor alone" else None
    return Reanchorer(new, versions).place(anchor)


def span_of(doc: Document, text: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(text, at + 1)
    return at, at + len(text)


@pytest.fixture(scope="module")
def dandong(seed):
    return analyze_file(seed("002"))


@pytest.fixture(scope="module")
def sanmenxia(seed):
    return analyze_file(seed("000"))


def test_anchor_records_version_clause_quote_and_context(dandong):
    anchor = make_anchor(dandong, *span_of(dandong, LEAD))
    assert (anchor.document, anchor.content_hash) == ("002_0b082def2c4c3406", dandong.content_hash)
    assert (anchor.clause, anchor.start, anchor.end, anchor.exact) == ("二/(四)", 1112, 1120, LEAD)
    assert anchor.prefix == "役士兵可回原籍落户或凭居住证在市区的亲属或居住地社区集体户落户。"
    assert anchor.suffix == "\n(五)调整完善我市城区落户政策。取消租赁政府公共租赁住房、经济"
    assert len(anchor.prefix) == len(anchor.suffix) == CONTEXT
    assert anchor.unique is False  # (五) ends with the same phrase
    assert make_anchor(dandong, *span_of(dandong, "满2年以上")).unique is True


def test_unchanged_documents_place_every_clause_title_exactly(seed_docs):
    for doc in seed_docs.values():
        placer = Reanchorer(doc)
        for clause in doc.clauses:
            anchor = make_anchor(doc, clause.title_start, clause.title_end)
            placement = placer.place(anchor)
            assert (placement.status, placement.anchor) == ("exact", anchor), (doc.key, clause.id)


@pytest.mark.parametrize("mode", MODES)
def test_paragraph_inserted_into_dandong_moves_later_anchors_by_its_length(dandong, seed, tmp_path, mode):
    paragraph = "各县(市)区要建立落户工作台账，每季度报送一次进展情况。"
    new = changed(seed("002"), tmp_path, lambda t: t.replace("　　二、进一步拓宽落户通道",
                                                             f"　　{paragraph}\n　　二、进一步拓宽落户通道"))
    assert len(new.text) == len(dandong.text) + len(paragraph) + 1
    before = make_anchor(dandong, *span_of(dandong, "加速破除城乡区域间户籍迁移壁垒"))
    after = [make_anchor(dandong, *span_of(dandong, LEAD, n)) for n in (0, 1)]
    after.append(make_anchor(dandong, *span_of(dandong, "建立进城落户农民“三权”维护和自愿有偿退出机制")))
    assert place(before, dandong, new, mode).status == "exact"
    for anchor in after:
        placement = place(anchor, dandong, new, mode)
        assert placement.status == "moved"
        assert placement.anchor.start == anchor.start + len(paragraph) + 1
        assert placement.anchor.exact == anchor.exact == new.text[placement.anchor.start:placement.anchor.end]
        assert placement.anchor.clause == anchor.clause
        assert placement.anchor.content_hash == new.content_hash
    assert [place(a, dandong, new, mode).anchor.clause for a in after] == ["二/(四)", "二/(五)", "三/(九)"]


@pytest.mark.parametrize("prefix", ["001", "003"])
def test_traditional_seed_placed_exactly_in_its_simplified_conversion(seed, tmp_path, prefix):
    old = analyze_file(seed(prefix))
    new = changed(seed(prefix), tmp_path, to_simplified)
    assert (old.script, new.script) == ("traditional", "simplified")
    refs = [ref for clause in old.clauses for ref in clause.agencies]
    assert len(refs) > 40
    placer = Reanchorer(new)
    for ref in refs:
        anchor = make_anchor(old, ref.start, ref.end)
        placement = placer.place(anchor)
        assert placement.status == "exact", (ref.name, ref.start)
        assert (placement.anchor.start, placement.anchor.end) == (ref.start, ref.end)
        assert placement.anchor.exact == to_simplified(ref.name)


def test_zhaotong_title_reads_simplified_after_conversion(seed, tmp_path):
    old = analyze_file(seed("001"))
    new = changed(seed("001"), tmp_path, to_simplified)
    anchor = make_anchor(old, *span_of(old, "進一步調整戶口遷移政策"))
    placement = reanchor(anchor, new)
    assert (placement.status, placement.anchor.exact, placement.anchor.clause) == (
        "exact", "进一步调整户口迁移政策", "四/(二)")


@pytest.mark.parametrize("mode", MODES)
def test_deleted_clause_orphans_its_annotation_instead_of_moving_it_to_a_lookalike(
        sanmenxia, seed, tmp_path, mode):
    # 二/(一), (二) and (三) of 三门峡 all end with the same assignment; (二) is deleted.
    second = next(c for c in sanmenxia.clauses if c.id == "二/(二)")
    raw = seed("000").read_text("utf-8")
    start, end = raw.index("(二)全面放开市域城镇落户限制"), raw.index("(三)实行设立社区集体户口制度")
    new = changed(seed("000"), tmp_path, lambda t: t[:start] + t[end:])
    anchors = [make_anchor(sanmenxia, *span_of(sanmenxia, SANMENXIA_LEAD, n)) for n in range(3)]
    assert [a.clause for a in anchors] == ["二/(一)", "二/(二)", "二/(三)"]
    first, deleted, third = (place(a, sanmenxia, new, mode) for a in anchors)
    assert (first.status, first.anchor.start) == ("exact", anchors[0].start)
    assert deleted.status == "orphaned"
    assert deleted.anchor == anchors[1]  # kept as it was, for review
    assert third.status == "moved"
    assert third.anchor.start == anchors[2].start - (second.end - second.start)
    assert new.text[third.anchor.start:third.anchor.end] == SANMENXIA_LEAD


@pytest.mark.parametrize("mode", MODES)
def test_deleted_dandong_paragraph_orphans_its_lead_phrase(dandong, seed, tmp_path, mode):
    raw = seed("002").read_text("utf-8")
    start, end = raw.index("　　(四)全面放开"), raw.index("　　(五)调整完善")
    new = changed(seed("002"), tmp_path, lambda t: t[:start] + t[end:])
    fourth, fifth = (make_anchor(dandong, *span_of(dandong, LEAD, n)) for n in (0, 1))
    assert place(fourth, dandong, new, mode).status == "orphaned"
    moved = place(fifth, dandong, new, mode)
    assert moved.status == "moved" and new.text[moved.anchor.start:moved.anchor.end] == LEAD
    assert moved.anchor.clause == "二/(五)"


@pytest.mark.parametrize("mode", MODES)
def test_figure_changed_inside_the_quote_is_found_fuzzily(dandong, seed, tmp_path, mode):
    sentence = "在我市城区就业居住和举家迁移的农业人口满2年以上可凭居住证落户。"
    new = changed(seed("002"), tmp_path, lambda t: t.replace("满2年以上", "满3年以上"))
    placement = place(make_anchor(dandong, *span_of(dandong, sentence)), dandong, new, mode)
    assert placement.status == "fuzzy"
    assert placement.anchor.exact == sentence.replace("满2年", "满3年")
    assert placement.anchor.clause == "二/(四)"


@pytest.mark.parametrize("mode", MODES)
def test_whole_clause_anchor_follows_a_sentence_rewritten_inside_it(dandong, seed, tmp_path, mode):
    anchor = anchor_clause(dandong, "三/(九)")
    assert len(anchor.exact) == 265 and anchor.exact.startswith("(九)建立进城落户农民“三权”")
    new = changed(seed("002"), tmp_path, lambda t: t.replace(
        "同时，健全农村土地承包调解仲裁体系建设，推进依法解决承包纠纷。",
        "同时，完善农村土地承包纠纷调解仲裁机制。"))
    clause = next(c for c in new.clauses if c.id == "三/(九)")
    placement = place(anchor, dandong, new, mode)
    assert placement.status == "fuzzy"
    assert (placement.anchor.start, placement.anchor.end) == (clause.start, clause.end)


def test_passage_rewritten_beyond_recognition_is_orphaned(dandong, seed, tmp_path):
    sentence = "坚决打破“玻璃门”，严格防止“被落户”。"
    new = changed(seed("002"), tmp_path, lambda t: t.replace(sentence, "尊重群众意愿。"))
    placement = reanchor(make_anchor(dandong, *span_of(dandong, sentence)), new)
    assert placement.status == "orphaned"


@pytest.mark.parametrize("mode", MODES)
def test_characters_outside_the_bmp_count_as_one_code_point(dandong, seed, tmp_path, mode):
    # 𠀀 (U+20000) and 🏠 take two UTF-16 units each; anchors count code points.
    new = changed(seed("002"), tmp_path, lambda t: t.replace("(四)全面放开", "𠀀(四)全面放开").replace(
        "农业人口满2年以上", "农业人口🏠满2年以上"))
    assert len(new.text) == len(dandong.text) + 2
    anchor = make_anchor(dandong, *span_of(dandong, LEAD, 1))
    placement = place(anchor, dandong, new, mode)
    assert placement.anchor.start == anchor.start + 2
    assert new.text[placement.anchor.start:placement.anchor.end] == LEAD
    assert len(new.text[:placement.anchor.start].encode("utf-16-le")) // 2 == placement.anchor.start + 2
    inside = make_anchor(new, *span_of(new, "人口🏠满2年"))
    assert inside.end - inside.start == 6 and inside.exact == "人口🏠满2年"
    assert reanchor(inside, new).anchor == inside


def test_anchors_at_the_very_start_and_end_survive_an_edit_between(dandong, seed, tmp_path):
    new = changed(seed("002"), tmp_path, lambda t: t.replace("满2年以上", "满两年以上"))
    head = make_anchor(dandong, 0, 12)
    tail = make_anchor(dandong, len(dandong.text) - 12, len(dandong.text))
    assert head.prefix == "" and tail.suffix == ""
    assert reanchor(head, new).status == "exact"
    moved = reanchor(tail, new)
    assert (moved.status, moved.anchor.end) == ("exact", len(new.text))


def test_anchor_without_a_quote_is_orphaned_rather_than_placed_anywhere(dandong):
    # As an anchor imported from another tool might be: offsets and context, no text.
    anchor = replace(make_anchor(dandong, *span_of(dandong, LEAD)), exact="")
    assert reanchor(anchor, dandong).status == "orphaned"


def test_spans_that_are_not_passages_are_refused(dandong):
    n = len(dandong.text)
    for start, end in [(10, 10), (20, 5), (-1, 4), (n - 2, n + 1)]:
        with pytest.raises(AnchorError, match="is not a passage of 002_0b082def2c4c3406"):
            make_anchor(dandong, start, end)
    with pytest.raises(AnchorError, match="no clause '九'"):
        anchor_clause(dandong, "九")


def test_version_map_follows_an_inserted_line_and_an_edited_character(dandong):
    text = dandong.folded()
    at = text.index("(九)建立")
    new = text[:at] + "新增一行。\n" + text[at:].replace("满2年", "满3年", 1)
    edited = text.index("满2年")
    shift = len("新增一行。\n") if edited > at else 0
    vmap = VersionMap(text, new)
    assert vmap.map(at + 5) == at + 5 + len("新增一行。\n")
    assert vmap.span(edited, edited + 3) == (edited + shift, edited + shift + 3)
    assert vmap.span(at - 3, at) == (at - 3, at)
