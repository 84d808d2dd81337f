"""The annotation model and its commands: every command does, undoes and redoes exactly.

Annotations are anchored on real passages of the seeds; codes are the kind a researcher of
these documents would make (落户条件/租赁住所, 配套政策/住房保障 …).
"""
import pytest

from policylens.core.anchoring import Reanchorer, make_anchor
from policylens.core.annotation_commands import (AddAnnotation, AddMemo, Batch, DeleteAnnotation, DeleteMemo,
                                                 EditAnnotation, EditMemo, Recode, SetAnchors)
from policylens.core.annotations import Annotation, AnnotationError, Code, Memo, Project
from policylens.core.code_commands import (AddCode, DeleteCode, MergeCodes, NestCode, RecolourCode, RenameCode,
                                           code_ids_for_paths)
from policylens.core.document import analyze_file

DANDONG_RENT = "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"
DANDONG_HOUSING = "将进城落户农民完全纳入城镇住房保障体系"
SANMENXIA_TARGET = "户籍人口城镇化率年均提高2个百分点以上"


def state(project: Project):
    return dict(project.annotations), dict(project.codes), dict(project.memos)


def passage(doc, text):
    start = doc.text.index(text)
    return make_anchor(doc, start, start + len(text))


@pytest.fixture(scope="module")
def docs(seed):
    return {"丹东": analyze_file(seed("002")), "三门峡": analyze_file(seed("000"))}


@pytest.fixture
def project(docs):
    """Codes 落户条件 > 租赁住所, 落户条件 > 居住年限, 配套政策 > 住房保障, 住房 > 租赁住所;
    three annotations, a project memo and a memo on 丹东."""
    p = Project()
    codes = [Code("c-settle", "落户条件", color="#e03131"), Code("c-rent", "租赁住所", "c-settle"),
             Code("c-years", "居住年限", "c-settle"), Code("c-policy", "配套政策"),
             Code("c-housing", "住房保障", "c-policy"), Code("c-home", "住房"),
             Code("c-home-rent", "租赁住所", "c-home")]
    for code in codes:
        AddCode(code).do(p)
    AddAnnotation(Annotation("a-rent", passage(docs["丹东"], DANDONG_RENT), note="取消连续承租时限",
                             codes=("c-rent", "c-years"))).do(p)
    AddAnnotation(Annotation("a-housing", passage(docs["丹东"], DANDONG_HOUSING),
                             codes=("c-housing", "c-home-rent"))).do(p)
    AddAnnotation(Annotation("a-target", passage(docs["三门峡"], SANMENXIA_TARGET), color="#74c0fc",
                             note="**2个百分点**", note_format="markdown", codes=("c-policy",))).do(p)
    AddMemo(Memo("m-project", "比较各市的落户年限要求。")).do(p)
    AddMemo(Memo("m-dandong", "丹东取消了多项时限。", document="002_0b082def2c4c3406")).do(p)
    return p


def commands(docs):
    """One of every command, each valid on the fixture project."""
    new = Annotation("a-new", passage(docs["丹东"], "实行农村籍高校学生来去自由的落户政策"), codes=("c-settle",))
    return {
        "add annotation": AddAnnotation(new),
        "edit annotation": EditAnnotation("a-rent", note="1年以上时限取消", color="#ffc9c9"),
        "recode": Recode("a-rent", ["c-home-rent"]),
        "delete annotation": DeleteAnnotation("a-housing"),
        "add code": AddCode(Code("c-new", "投靠落户", "c-settle")),
        "rename code": RenameCode("c-years", "居住年限要求"),
        "recolour code": RecolourCode("c-settle", "#2F9E44"),
        "nest code": NestCode("c-home", "c-policy"),
        "merge codes": MergeCodes("c-home", "c-settle"),
        "delete code": DeleteCode("c-settle"),
        "add memo": AddMemo(Memo("m-new", "三门峡目标偏高。", document="000_475fe52b6475e2b2")),
        "edit memo": EditMemo("m-project", text="比较各市的落户年限与社保年限要求。"),
        "delete memo": DeleteMemo("m-dandong"),
        "batch": Batch("add annotation", [AddCode(Code("c-b", "户口迁移")),
                                          AddAnnotation(Annotation("a-b", new.anchor, codes=("c-b",)))]),
        # The 三门峡 passage sought in 丹东: orphaned, so the annotation needs review.
        "set anchors": SetAnchors({"a-target": Reanchorer(docs["丹东"]).place(
            passage(docs["三门峡"], SANMENXIA_TARGET))}),
    }


COMMANDS = ["add annotation", "edit annotation", "recode", "delete annotation", "add code", "rename code",
            "recolour code", "nest code", "merge codes", "delete code", "add memo", "edit memo",
            "delete memo", "batch", "set anchors"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_undoes_and_redoes_exactly(project, docs, name):
    assert sorted(commands(docs)) == sorted(COMMANDS)
    command = commands(docs)[name]
    before = state(project)
    change = command.do(project)
    after = state(project)
    assert change and after != before
    assert command.undo(project) == change
    assert state(project) == before
    assert command.do(project) == change  # redo
    assert state(project) == after
    command.undo(project)
    assert state(project) == before


def test_change_record_names_what_changed(project, docs):
    change = EditAnnotation("a-rent", note="新的说明").do(project)
    assert (change.annotations, change.codes, change.memos) == ({"a-rent"}, set(), set())
    assert change.documents == {"002_0b082def2c4c3406"}
    change = MergeCodes("c-home", "c-settle").do(project)
    assert change.codes == {"c-home", "c-home-rent"}
    assert change.annotations == {"a-housing"}
    change = AddMemo(Memo("m-x", "项目备忘")).do(project)
    assert (change.memos, change.documents) == ({"m-x"}, set())


def test_code_paths_and_lookups(project):
    assert project.code_path("c-rent") == "落户条件/租赁住所"
    assert project.code_by_path("住房/租赁住所").id == "c-home-rent"
    assert project.code_by_path("落户条件/不存在") is None
    assert [c.name for c in project.children("c-settle")] == ["居住年限", "租赁住所"]
    assert set(project.descendants("c-policy")) == {"c-housing"}


def test_rename_and_nest_touch_only_the_code(project):
    annotations = dict(project.annotations)
    RenameCode("c-settle", "落户门槛").do(project)
    NestCode("c-home", "c-policy").do(project)
    assert project.code_path("c-rent") == "落户门槛/租赁住所"
    assert project.code_path("c-home-rent") == "配套政策/住房/租赁住所"
    assert project.annotations == annotations


def test_merge_moves_segments_and_merges_sub_codes_of_the_same_name(project):
    MergeCodes("c-home", "c-settle").do(project)
    assert "c-home" not in project.codes and "c-home-rent" not in project.codes
    assert project.annotations["a-housing"].codes == ("c-housing", "c-rent")
    assert project.code_counts()["c-rent"] == 2


def test_merge_drops_the_duplicate_when_a_segment_has_both_codes(project):
    MergeCodes("c-years", "c-rent").do(project)
    assert project.annotations["a-rent"].codes == ("c-rent",)


def test_delete_code_takes_it_and_its_sub_codes_off_every_annotation(project):
    DeleteCode("c-settle").do(project)
    assert {"c-settle", "c-rent", "c-years"}.isdisjoint(project.codes)
    assert project.annotations["a-rent"].codes == ()
    assert len(project.annotations) == 3


def test_counts_and_code_by_document_matrix(project):
    counts = project.code_counts()
    assert (counts["c-rent"], counts["c-policy"], counts["c-settle"]) == (1, 1, 0)
    matrix = project.code_matrix()
    assert matrix["c-housing"] == {"002_0b082def2c4c3406": 1}
    assert matrix["c-policy"] == {"000_475fe52b6475e2b2": 1}


def test_filter_by_document_code_colour_and_text_in_either_script(project):
    assert [a.id for a in project.filter(document="002_0b082def2c4c3406")] == ["a-rent", "a-housing"]
    assert [a.id for a in project.filter(code="c-settle")] == ["a-rent"]  # through 租赁住所 below it
    assert [a.id for a in project.filter(color="#74c0fc")] == ["a-target"]
    assert [a.id for a in project.filter(text="經濟適用房")] == ["a-rent"]  # traditional finds simplified
    assert [a.id for a in project.filter(text="百分点")] == ["a-target"]  # the note is searched too


def test_memos_on_documents_and_on_the_project(project):
    assert [m.id for m in project.memos_on(None)] == ["m-project"]
    assert [m.id for m in project.memos_on("002_0b082def2c4c3406")] == ["m-dandong"]


@pytest.mark.parametrize("command, message", [
    (lambda d: Recode("a-rent", ["c-missing"]), "no code with id c-missing"),
    (lambda d: EditAnnotation("a-missing", note="x"), "no annotation with id a-missing"),
    (lambda d: EditAnnotation("a-rent", color="red"), "colour 'red' is not of the form #rrggbb"),
    (lambda d: EditAnnotation("a-rent", note_format="html"), "note format 'html'"),
    (lambda d: AddCode(Code("c-dup", "租赁住所", "c-settle")), "'租赁住所' already exists under '落户条件'"),
    (lambda d: AddCode(Code("c-slash", "落户/条件")), "without '/'"),
    (lambda d: RenameCode("c-years", "租赁住所"), "already exists under '落户条件'"),
    (lambda d: NestCode("c-settle", "c-rent"), "cannot be moved under itself"),
    (lambda d: MergeCodes("c-settle", "c-rent"), "cannot be merged into itself or into a code below it"),
    (lambda d: AddAnnotation(Annotation("a-rent", passage(d["丹东"], DANDONG_HOUSING))), "already exists"),
    (lambda d: DeleteMemo("m-missing"), "no memo with id m-missing"),
    (lambda d: Batch("edit annotation", [AddCode(Code("c-ok", "新代码")), Recode("a-rent", ["c-missing"])]), "c-missing"),
])
def test_refused_commands_change_nothing(project, docs, command, message):
    before = state(project)
    with pytest.raises(AnnotationError, match=message):
        command(docs).do(project)
    assert state(project) == before


def test_code_ids_for_paths_creates_only_missing_codes(project):
    ids, adds = code_ids_for_paths(project, ["落户条件/租赁住所", "落户条件/投靠/直系亲属", "落户条件/投靠"])
    assert ids[0] == "c-rent"
    assert [a.code.name for a in adds] == ["投靠", "直系亲属"]
    Batch("add code", adds).do(project)
    assert project.code_path(ids[1]) == "落户条件/投靠/直系亲属"
    assert project.code_by_path("落户条件/投靠").id == ids[2]


def test_orphaned_placement_marks_needs_review_and_keeps_the_anchor(project, docs):
    old = project.annotations["a-target"]
    placement = Reanchorer(docs["丹东"]).place(old.anchor)  # another document: nothing to find
    assert placement.status == "orphaned"
    SetAnchors({"a-target": placement}).do(project)
    assert project.annotations["a-target"].needs_review
    assert project.annotations["a-target"].anchor == old.anchor
    assert [a.id for a in project.needing_review()] == ["a-target"]
