"""The Compare menu: a clause family side by side, the family list, the text-reuse heatmap.

The families are brought up to date off the UI thread once the corpus is loaded and after each
import (AlignmentLoader); the status bar shows the progress.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from ..shell.actions import Spec
from .alignment_loader import AlignmentLoader
from .family_panel import FamilyPanel
from ..shell.window_geometry import show_tool_window


class WindowCompare:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = (
        Spec("compare", "compare_clause", QT_TRANSLATE_NOOP("actions", "各地对照此条款…"), "compare_clause", ("Ctrl+D",)),
        Spec("compare", "reuse_matrix", QT_TRANSLATE_NOOP("actions", "文本复用矩阵…"), "show_reuse", ("Ctrl+Shift+D",)),
        Spec("compare", "family_list", QT_TRANSLATE_NOOP("actions", "条款族列表"), "show_families", ("Ctrl+Alt+D",)),
    )

    def _init_compare(self) -> None:
        """Called once by MainWindow after its actions are built."""
        self.alignment = AlignmentLoader(self.data_dir, self)
        self._comparison_source = None
        self.alignment.progress.connect(self._alignment_progress)
        self.alignment.updated.connect(self._alignment_updated)
        self.alignment.failed.connect(lambda message: self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "条款族未能更新：{message}").format(message=message)))
        self.corpusLoaded.connect(self.alignment.start)
        self.corpusImported.connect(lambda _keys: self.alignment.start())
        self.shuttingDown.connect(self._shutdown_compare)
        self.families = FamilyPanel(self.alignment, parent=self)
        self.family_dock = QDockWidget(QCoreApplication.translate("MainWindow", "条款族"), self)
        self.family_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.family_dock.setObjectName("familyDock")
        self.family_dock.setWidget(self.families)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.family_dock)
        self.tabifyDockWidget(self.agency_dock, self.family_dock)
        self.agency_dock.raise_()
        self.view_menu.addAction(self.family_dock.toggleViewAction())
        self.families.familyActivated.connect(self.compare_clause_at)
        self.reader.view.documentChanged.connect(lambda: self.families.set_document(self.reader.current))

    @property
    def comparison_source(self):
        """What side-by-side views read (made when the first one opens: not at start-up)."""
        if self._comparison_source is None:
            from .compare_source import ComparisonSource

            self._comparison_source = ComparisonSource(self.alignment)
        return self._comparison_source

    def _alignment_progress(self, n: int, total: int) -> None:
        if n % 25 and n != total:  # a status update per document would cost more than the work
            return
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "正在计算条款族 {n}/{total}…").format(n=n, total=total))

    def _alignment_updated(self, update) -> None:
        if update.added or update.removed or update.rebuilt_because:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "条款族已更新（{n} 份文件）").format(n=len(update.added)), 5000)

    def _shutdown_compare(self) -> None:
        self.families.shutdown()
        self.alignment.shutdown()

    def show_families(self):
        self.family_dock.show()
        self.family_dock.raise_()
        self.families.filter_edit.setFocus()

    def compare_clause(self):
        """The clause selected in the outline beside its counterparts in the other documents."""
        clause = self.outline.clause(self.outline_view.currentIndex())
        doc = self.reader.current
        if clause is None or doc is None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "先在大纲中选择一个条款"), 5000)
            return None
        return self.compare_clause_at(doc.key, clause.id)

    def compare_clause_at(self, doc_key: str, clause_id: str, reference_key: str | None = None):
        """The side-by-side view of a clause's family, opened from anywhere in the app.

        reference_key names the document whose clause in the family is the reference (default:
        doc_key). Returns the view, or None (with a status message) if there is no such clause.
        """
        doc = self.corpus_source.document(doc_key) if doc_key in self.corpus_source else None
        clause = next((c for c in doc.clauses if c.id == clause_id), None) if doc else None
        if clause is None:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "找不到条款 {clause}").format(clause=f"{doc_key} {clause_id}"), 5000)
            return None
        from .compare_view import open_compare  # loaded when first used: not at start-up

        return self._keep_tool_window(open_compare(self, self.comparison_source, doc, clause, reference_key))

    def show_reuse(self):
        """The document × document text-reuse heatmap of the loaded corpus, in a window."""
        if not self.corpus_ready:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "全文索引尚未建完，请稍候"), 5000)
            return None
        from .reuse_view import ReuseView  # loaded when first used: not at start-up

        view = self._keep_tool_window(ReuseView(self))
        view.pair_activated.connect(lambda row, _column: self.open_document(row, 0))
        view.set_documents(self.documents)
        return show_tool_window(view, QCoreApplication.translate("MainWindow", "文本复用矩阵"), 900, 600)
