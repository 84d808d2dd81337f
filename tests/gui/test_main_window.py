"""The whole window as a user drives it: menus, shortcuts, docks, history, state, drops."""
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from policylens.app.shell import actions


def key_of(window, place):
    return next(r["key"] for r in window.records if r["place"] == place)


def clause(window, place, clause_id):
    """The document the window opens for a place, and one of its clauses."""
    doc = window.corpus_source.document(key_of(window, place))
    return doc, next(c for c in doc.clauses if c.id == clause_id)


def test_every_action_in_the_table_has_a_slot_and_a_menu(make_window):
    window = make_window()
    for spec in actions.TABLE:
        action = window.actions_by_name[spec.name]
        assert callable(actions.slot_of(window, spec))
        assert action.associatedObjects(), spec.name  # it sits in a menu
    assert window.actions_by_name["back"].shortcuts()[0].toString() in ("Alt+Left", "Back")


def test_agency_filter_across_corpus_opens_the_clause(make_window, qtbot):
    window = make_window()
    panel = window.agencies
    panel.select_agency("市公安局")
    assert panel.clause_model.rowCount() == 36  # lead, cooperate and responsible by default
    for role in ("cooperate", "responsible"):
        box = panel.role_boxes[role]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert panel.clause_model.rowCount() == 22
    places = [panel.clause_model.index(r, 0).data() for r in range(panel.clause_model.rowCount())]
    assert places.count("昭通") == 10 and places.count("西宁") == 3
    row = places.index("西宁")
    index = panel.clause_model.index(row, 0)
    panel.clause_view.scrollTo(index)
    rect = panel.clause_view.visualRect(index)
    qtbot.mouseClick(panel.clause_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.clause_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc, target = clause(window, "西宁", "二/(四)/2")
    assert window.reader.current is doc
    assert window.reader.view.textCursor().selectedText() == target.title


def test_corpus_search_hit_opens_document_at_match_and_back_returns(make_window, qtbot):
    window = make_window()
    start_doc = window.reader.current
    window.actions_by_name["search"].trigger()
    assert window.search_dock.isVisible()
    with qtbot.waitSignal(window.search.resultsChanged, timeout=3000):
        window.search.query_edit.setText("戶籍")
    hits = window.search.hits()
    traditional = next(h for h in hits if h.place == "西宁")
    window.search.hitActivated.emit(traditional.doc_key, traditional.start, traditional.end)
    assert window.reader.current.key == traditional.doc_key
    assert window.reader.view.textCursor().selectedText() in ("戶籍", "户籍")
    window.actions_by_name["back"].trigger()
    assert window.reader.current is start_doc
    window.actions_by_name["forward"].trigger()
    assert window.reader.current.key == traditional.doc_key


def test_outline_depth_and_expand_collapse(make_window):
    window = make_window()
    view, model = window.outline_view, window.outline
    top = [model.index(r, 0) for r in range(model.rowCount())]
    window.actions_by_name["depth_1"].trigger()
    assert not any(view.isExpanded(i) for i in top)
    window.actions_by_name["depth_2"].trigger()
    assert all(view.isExpanded(i) for i in top if model.rowCount(i))
    window.actions_by_name["expand_all"].trigger()
    window.actions_by_name["collapse_all"].trigger()
    assert not any(view.isExpanded(i) for i in top)


def test_script_actions_reach_the_reader(make_window):
    window = make_window()
    window.actions_by_name["script_traditional"].trigger()
    assert window.reader.script == "traditional"
    window.actions_by_name["script_original"].trigger()
    assert window.reader.script == "original"
    window.actions_by_name["raw"].trigger()
    assert window.reader.raw
    window.actions_by_name["zoom_in"].trigger()
    assert window.reader.zoom == 1
    window.actions_by_name["zoom_reset"].trigger()
    assert window.reader.zoom == 0


def test_ctrl_f_opens_find_bar(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.find_bar.isVisible()


def test_reading_position_and_docks_restore_in_a_second_window(make_window, qtbot):
    first = make_window()
    doc, target = clause(first, "丹东", "三/(九)")
    first.open_document(doc.key, target.start)
    saved = first.reader.current_offset()  # the top line; near the end the view cannot scroll further
    assert target.start - 200 < saved <= target.start
    first.search_dock.hide()
    first.close()
    second = make_window()
    qtbot.waitUntil(lambda: second.reader.current.key == doc.key, timeout=2000)
    assert abs(second.reader.current_offset() - saved) <= 40
    assert not second.search_dock.isVisible()


def test_dropping_a_file_on_the_window_imports_it(make_window, qtbot, tmp_path):
    window = make_window()
    source = window.corpus_source.document(key_of(window, "始兴"))
    new = tmp_path / "drop" / "新文件.txt"
    new.parent.mkdir()
    new.write_text(source.source.text.replace("始兴", "翁源"), "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(new))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_dialog.completed, timeout=20000):
        QApplication.sendEvent(window, drop)
    assert len(window.records) == 6
    assert "翁源" in [r["place"] for r in window.records]
    qtbot.waitUntil(lambda: window.corpus_ready)  # the new document reaches search and agencies
    assert "翁源" in [d.meta.place for d in window.documents]
    assert "翁源" in [window.search.place_combo.itemText(i) for i in range(window.search.place_combo.count())]
    window.import_dialog.close()


def test_quit_action_closes_the_window(make_window, qtbot):
    window = make_window()
    window.actions_by_name["quit"].trigger()
    assert not window.isVisible()


def test_corpus_list_comes_first_and_search_follows_the_first_paint(qtbot, tmp_path):
    from policylens.app.corpus.corpus_source import Corpus
    from policylens.app.shell.main import settings_for
    from policylens.app.shell.main_window import MainWindow

    window = MainWindow(Corpus(tmp_path), settings_for(tmp_path))
    qtbot.addWidget(window)
    assert window.corpus.rowCount() == 5 and window.reader.current is not None
    assert window.documents == [] and not window.corpus_ready  # nothing corpus-wide read yet
    window.show()
    qtbot.waitUntil(lambda: window.corpus_ready, timeout=10000)
    assert len(window.documents) == 5
    window.search.query_edit.setText("戶籍")
    window.search.run_search()
    assert {h.place for h in window.search.hits()} == {"三门峡", "昭通", "丹东", "西宁", "始兴"}


def test_compare_menu_opens_the_clause_beside_its_counterparts(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.comparing.alignment.ready, timeout=30000)
    doc, target = clause(window, "三门峡", "三/(十)")
    window.open_clause(doc.key, target.id)
    window.select_clause(doc.clauses.index(target))
    window.actions_by_name["compare_clause"].trigger()
    views = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "CompareView" and w.isVisible()]
    assert len(views) == 1
    view = views[0]
    qtbot.waitUntil(lambda: len(view.columns()) == 4, timeout=20000)
    found = {c.doc.meta.place: c.clause.id for c in view.columns()}
    assert found == {"三门峡": "三/(十)", "丹东": "三/(十四)", "西宁": "三/(十八)", "始兴": "三/(八)"}  # 昭通 has none
    view.close()


def test_reuse_menu_shows_the_heatmap(make_window, qtbot):
    window = make_window()
    window.actions_by_name["reuse_matrix"].trigger()
    views = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ReuseView" and w.isVisible()]
    assert len(views) == 1
    view = views[0]
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=20000)
    dandong, xining = (window.corpus.index_of(key_of(window, p)) for p in ("丹东", "西宁"))
    row, column = (window.records.index(next(r for r in window.records if r["place"] == p)) for p in ("丹东", "西宁"))
    assert view.model.index(row, column).data() == "0.2993"
    view.close()


def test_application_icon_has_every_size_the_desktop_asks_for(qapp):
    from policylens.app.shell.main import app_icon

    sizes = sorted(s.width() for s in app_icon().availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]


def test_files_given_on_the_command_line_are_accepted(tmp_path):
    """The desktop launcher runs `policylens %F`: files must not stop the application."""
    import os
    import subprocess
    import sys

    from policylens.app.shell.main import build_parser

    new = tmp_path / "翁源.txt"
    new.write_text("翁源县人民政府关于户籍制度改革的实施意见\n一、总体要求\n落实政策。\n", "utf-8")
    assert build_parser().parse_args(["--data-dir", "d", str(new)]).files == [new]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(tmp_path / "data"),
                           "--exit-after-paint", str(new)], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_the_outline_follows_a_find_jump(make_window, qtbot):
    from policylens.app.reading.reader import POSITION_DELAY_MS

    window = make_window()
    doc, _first = clause(window, "丹东", "三/(九)")
    window.open_document(doc.key, 0)
    window.activateWindow()
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader.find_bar
    bar.edit.setText("落户")
    assert len(bar.matches) > 4
    followed = []
    for _step in range(len(bar.matches)):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        qtbot.wait(POSITION_DELAY_MS + 50)  # any later report of the top line has come by now
        start = bar.matches[bar.current][0]
        holding = next(c for c in doc.clauses if c.start <= start < c.end)
        followed.append(window.current_clause().id == holding.id)
    assert all(followed), followed


def test_the_corpus_list_has_a_menu_for_the_document_under_the_pointer(make_window, qtbot):
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    window = make_window()
    dandong, xining = key_of(window, "丹东"), key_of(window, "西宁")
    window.open_document(dandong, 0)
    view = window.corpus_view
    index = window.corpus_filter.mapFromSource(window.corpus.index_of(xining))
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    assert window.corpus_menu.key_at(pos) == xining
    menu = window.corpus_menu.menu_for(xining)
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == ["打开", "与当前打开的文件比较", "在文件夹中显示来源文件", "移除文件…"]
    assert all(a.isEnabled() for a in menu.actions())  # 西宁's seed file is where it was imported from

    class Opened(QObject):  # where Qt sends file URLs instead of the desktop's file manager
        urls = []

        @Slot("QUrl")
        def open(self, url):
            self.urls.append(url.toLocalFile())

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        menu.actions()[2].trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    record = next(r for r in window.records if r["key"] == xining)
    assert opened.urls == [str(Path(record["source_path"]).parent)]
    menu.actions()[1].trigger()  # the open document beside the one right-clicked
    views = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "TwoDocView" and w.isVisible()]
    assert views
    menu.actions()[0].trigger()
    assert window.reader.current.key == xining
    assert not window.corpus_menu.menu_for(xining).actions()[1].isEnabled()  # not with itself

    from test_remove_document import answer  # Remove asks first; No keeps the document
    asked: list[str] = []
    answer(QMessageBox.StandardButton.Cancel, asked)
    window.corpus_menu.menu_for(dandong).actions()[-1].trigger()
    assert asked and "丹东" in asked[0] and dandong in window.corpus
