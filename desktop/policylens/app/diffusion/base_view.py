"""What every diffusion window shares: the corpus read off the UI thread, progress, the
in-force filter and a row of export buttons.

A window says what it computes from the corpus (compute(data, in_force) on the worker thread,
in_force the keys in force on the chosen date or None) and how it shows the result (show()).
Changing the date computes again; so does refresh(), which the feature calls after an import.
Its own texts name their context: self.tr() would look them up under the subclass's name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ..common.export_buttons import ExportButtons
from ..common.in_force_box import InForceBox
from ..common.runner import BackgroundWidget
from .exports import Export, write_export

if TYPE_CHECKING:
    from ...core.diffusion.corpus import CorpusDiffusion


class DiffusionView(BackgroundWidget):
    computed = Signal()
    document_activated = Signal(str)  # document key
    clause_activated = Signal(str, str)  # document key, clause id
    span_activated = Signal(str, int, int)  # document key, clean-text span

    def __init__(self, snapshot: Callable[[], Callable[..., CorpusDiffusion]], formats: tuple[str, ...], parent=None):
        """snapshot() (on the UI thread) gives a function returning the corpus (DiffusionSource)."""
        super().__init__(parent)
        self._snapshot = snapshot
        self.result = None
        self.in_force_box = InForceBox(self)
        self.in_force_box.changed.connect(lambda _date: self.refresh())
        self.export_buttons = ExportButtons(self.export, self.export_name, self, formats, write_export)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.controls = QHBoxLayout()
        self.controls.addWidget(self.in_force_box)
        self.controls.addStretch(1)
        self.controls.addWidget(self.export_buttons)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.controls)
        self.body.addWidget(self.status_label)
        self._background.finished.connect(self._finished)
        self._background.failed.connect(self._failed)
        self._background.progress.connect(self._progress)

    # -- subclasses ------------------------------------------------------------------------------
    def compute(self, data: CorpusDiffusion, in_force: set[str] | None, params: dict, job):
        """On the worker thread: what the window shows; params: parameters() as they were."""
        raise NotImplementedError

    def show_result(self, result) -> None:
        raise NotImplementedError

    def export(self) -> Export | None:
        return None

    def export_name(self) -> str:
        return self.windowTitle()

    def parameters(self) -> dict:
        """What compute() needs of the widgets, read on the UI thread before it starts."""
        return {}

    def add_split(self, orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
        """Widgets side by side (or one above the other) with their stretch factors, below the rest."""
        split = QSplitter(orientation, self)
        for index, (widget, stretch) in enumerate(parts):
            split.addWidget(widget)
            split.setStretchFactor(index, stretch)
        self.body.addWidget(split, 1)
        return split

    # -- running ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        get, on, params = self._snapshot(), self.in_force_box.date(), self.parameters()
        self.export_buttons.set_ready(False)
        self.status_label.setText(QCoreApplication.translate("DiffusionView", "正在读取语料库…"))

        def work(job):
            data = get(job.report)
            in_force = data.in_force(on) if on else None
            return self.compute(data, in_force, params, job)
        self._background.start(work)

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.status_label.setText(QCoreApplication.translate("DiffusionView", "正在读取语料库 {done}/{total}…").format(done=done, total=total))

    def _finished(self, result) -> None:
        self.result = result
        self.status_label.clear()
        self.show_result(result)
        self.export_buttons.set_ready(self.export() is not None)
        self.computed.emit()

    def _failed(self, message: str) -> None:
        self.status_label.setText(QCoreApplication.translate("DiffusionView", "无法计算：{message}").format(message=message))
