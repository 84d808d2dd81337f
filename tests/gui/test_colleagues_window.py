"""Working with a colleague in the window: File > Merge a Colleague's Project shows what came
in and the conflicts, Edit > Undo takes the merge back in one step, and Annotate >
Inter-coder Agreement shows kappa, the passages where the coders differ, and exports them."""
import json

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from policylens.core.agreement import Tally
from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation, Batch
from policylens.core.annotations import Annotation, Code
from policylens.core.code_commands import AddCode
from policylens.store.annotation_records import to_record

CODE = "0f4b4b3c9d6e4f3aa2b1c0d9e8f7a6b5"
Q1 = "全面放开放宽重点群体落户限制"


def colleague_file(doc, path):
    start = doc.text.index(Q1)
    spans = {"t1": (start, start + len(Q1)), "t2": (start, start + len(Q1)), "t3": (0, 8)}

    def ann(key, note, coder):
        anchor = make_anchor(doc, *spans[key])
        return {"id": key * 16, "anchor": to_record(Annotation("x", anchor))["anchor"], "note": note,
                "codes": [], "code_paths": ["落户条件"], "coder": coder}
    path.write_text(json.dumps({
        "format": "policylens-annotations", "version": 1,
        "codes": [{"id": CODE, "path": "落户条件", "color": "#ff0000"}],
        "annotations": [ann("t1", "", "乙"), ann("t2", "他们的笔记", "甲"), ann("t3", "标题", "乙")],
        "memos": []}, ensure_ascii=False), "utf-8")
    return path


def test_merge_shows_the_report_and_undoes_in_one_step_then_agreement(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    doc = window.reader.current
    start = doc.text.index(Q1)
    session = window.annotations
    session.run(Batch("add annotation", [AddCode(Code(CODE, "落户条件")), AddAnnotation(Annotation(
        "a1" * 16, make_anchor(doc, start, start + len(Q1)), "我的笔记", codes=(CODE,), coder="甲"))]))
    before = dict(session.project.annotations), dict(session.project.codes)
    monkeypatch.setattr(type(window.colleagues), "ask_merge_path", lambda self: str(colleague_file(doc, tmp_path / "乙.json")))
    window.actions_by_name["merge_project"].trigger()
    dialog = window.colleagues.merge_dialog
    qtbot.waitExposed(dialog)
    assert "新增批注 2 条" in dialog.summary.text() and "按 GUID 对应 1 个" in dialog.summary.text()
    table = dialog.conflicts
    assert [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())] == [
        ["编码颜色不同", "落户条件", "#4dabf7", "#ff0000"],
        ["同一段落和编码，笔记不同", f"{doc.key} {start}-{start + len(Q1)} 「{Q1}」", "[落户条件] 我的笔记",
         "[落户条件] 他们的笔记"]]
    assert session.project.annotations["a1" * 16].note == "我的笔记"  # not overwritten
    assert len(session.project.annotations) == 3
    dialog.close()
    undo = window.actions_by_name["undo"]
    assert undo.text() == "撤销 合并 乙.json"
    undo.trigger()
    assert (dict(session.project.annotations), dict(session.project.codes)) == before
    window.actions_by_name["redo"].trigger()
    assert len(session.project.annotations) == 3

    window.actions_by_name["agreement"].trigger()
    agreement = window.colleagues.agreement_dialog
    qtbot.waitExposed(agreement)
    assert [agreement.coder_a.itemText(i) for i in range(agreement.coder_a.count())] == ["乙", "甲"]
    agreement.coder_a.setFocus()
    qtbot.keyClick(agreement.coder_a, Qt.Key.Key_Down)  # A: 甲
    agreement.coder_b.setFocus()
    qtbot.keyClick(agreement.coder_b, Qt.Key.Key_Up)  # B: 乙
    assert (agreement.report.coder_a, agreement.report.coder_b) == ("甲", "乙")
    n, q = len(doc.text), len(Q1)
    kappa = Tally(both=q, only_a=0, only_b=8, neither=n - q - 8).kappa
    rows = agreement.rows
    first = [rows.item(0, c).text() for c in range(rows.columnCount())]
    assert first[:3] == ["编码", "落户条件", ""] and first[4] == f"{kappa:.3f}"
    diffs = agreement.differences
    assert [diffs.item(0, c).text() for c in range(5)] == ["落户条件", doc.key, "0-8", "", doc.text[:8]]
    assert diffs.horizontalHeaderItem(3).text() == "甲"
    out = tmp_path / "一致性.xlsx"
    monkeypatch.setattr(type(agreement), "ask_path", lambda self, fmt: str(out))
    qtbot.mouseClick(agreement.export_buttons["xlsx"], Qt.MouseButton.LeftButton)
    book = load_workbook(out)
    assert list(book["Disagreements"].values)[1][4:] == (None, doc.text[:8])
