"""An annotation that loses its place in a new version appears in the review list at once.

Opening the new version re-anchors the annotations made on the old one. That goes through the
annotation session as a command, so the one Change it makes refreshes every view: before, the
review list stayed empty until some unrelated edit refreshed it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from policylens.core.anchoring import make_anchor
from policylens.core.annotations import Annotation, new_id
from policylens.core.annotation_commands import AddAnnotation
from policylens.store import CorpusStore
from policylens.store.annotations import AnnotationStore

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_passage_removed_in_a_new_version_needs_review_in_the_panel(make_window, qtbot, tmp_path):
    source = tmp_path / "三门峡.txt"
    shutil.copyfile(sorted(SEEDS.glob("*.txt"))[0], source)
    store = CorpusStore(tmp_path)
    key = store.import_files([source])[0].key
    doc = store.open_document(key)
    sentence = next(c for c in doc.clauses if len(doc.text[c.start:c.end]) > 60)
    start = sentence.start + 5
    quote = doc.text[start:start + 30]
    with AnnotationStore(tmp_path) as annotations:
        annotations.do(AddAnnotation(Annotation(new_id(), make_anchor(doc, start, start + 30))))
    # the new version: the annotated words are gone, the rest is as it was
    source.write_text(source.read_text("utf-8").replace(quote, ""), "utf-8")
    assert store.import_files([source])[0].status == "new-version"

    window = make_window()
    panel = window.annotating.annotation_panel
    window.open_document(key, 0)  # painting its marks re-anchors what was made on the old version
    qtbot.waitUntil(lambda: panel.review_model.rowCount() == 1, timeout=5000)
    assert [a.anchor.exact for a in window.annotating.session.project.needing_review()] == [quote]
    assert window.annotating.session.undo_stack.count() == 1  # one step, like every change
