"""Removing a document through the window's File ▸ Remove action: the corpus list shrinks, its
annotations are kept and move to the review list; importing it again puts them back."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.paths import seed_files
from policylens.store.annotations import AnnotationStore
from policylens.workspace import Workspace

QUOTES = ("切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利", "居住证")
TIMEOUT_MS = 60_000


def answer(button, asked: list) -> None:
    """Press a button of the confirmation once it is showing, and keep its text."""
    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        asked.append(box.text())
        box.button(button).click()
    QTimer.singleShot(0, press)


def test_remove_document_action_keeps_its_annotations_for_review(make_window, qtbot, tmp_path):
    workspace = Workspace(tmp_path)
    workspace.import_files(seed_files(), families=False)
    record = workspace.records()[2]
    key, doc = record["key"], workspace.document(record["key"])
    with AnnotationStore(tmp_path) as store:
        for n, quote in enumerate(QUOTES):
            start = doc.text.index(quote)
            store.do(AddAnnotation(Annotation(f"a{n}", make_anchor(doc, start, start + len(quote)), note=quote)))

    window = make_window()
    panel = window.annotating.annotation_panel
    listed = len(window.records)
    assert listed == len(seed_files())
    window.open_document(key, 0)
    assert window.document_removal.current_key() == key
    assert panel.review_model.rowCount() == 0

    asked: list[str] = []
    answer(QMessageBox.StandardButton.Cancel, asked)
    window.actions_by_name["remove_document"].trigger()
    assert key in window.corpus and "2 条批注" in asked[0] and record["title"] in asked[0]

    answer(QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(window.document_removal.removed, timeout=TIMEOUT_MS) as removed:
        window.actions_by_name["remove_document"].trigger()
    assert removed.args == [key, 2]
    assert key not in window.corpus and key not in [r["key"] for r in Workspace(tmp_path).records()]
    assert len(window.records) == listed - 1 and key not in [r["key"] for r in window.records]
    assert panel.review_model.rowCount() == 2
    review = {panel.review_model.index(r, 0).data() for r in range(2)}
    assert review == set(QUOTES)
    assert sorted(a.id for a in window.annotating.session.project.needing_review()) == ["a0", "a1"]

    with qtbot.waitSignal(window.import_dialog.completed, timeout=TIMEOUT_MS):
        window.import_paths([Path(record["source_path"])])
    qtbot.waitUntil(lambda: panel.review_model.rowCount() == 0, timeout=TIMEOUT_MS)
    assert key in window.corpus and len(window.records) == listed
    assert window.annotating.session.project.needing_review() == []
    anchors = {a.id: (a.anchor.start, a.anchor.end) for a in window.annotating.session.project.annotations.values()}
    assert anchors == {f"a{n}": (doc.text.index(q), doc.text.index(q) + len(q)) for n, q in enumerate(QUOTES)}
