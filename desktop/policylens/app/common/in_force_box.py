"""The "in force on a date" control of the matrix and diffusion windows: a check box and a date.

It only says which date the user asked for (an ISO day, or None when off); which documents are
in force then is core/diffusion/validity.py's (in_force_on), computed by the window off the UI
thread.
"""
from __future__ import annotations

import threading
from typing import Callable, Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class InForceBox(QWidget):
    changed = Signal(object)  # the ISO date, or None: every document

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(self.tr("仅在此日期有效的文件："), self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date_edit)
        self.check.toggled.connect(self.date_edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit(self.date()))
        self.date_edit.dateChanged.connect(lambda _d: self.check.isChecked() and self.changed.emit(self.date()))

    def date(self) -> str | None:
        return self.date_edit.date().toString("yyyy-MM-dd") if self.check.isChecked() else None

    def set_date(self, iso: str | None) -> None:
        """Check the box on iso (YYYY-MM-DD), or clear it with None."""
        if iso:
            self.date_edit.setDate(QDate.fromString(iso, "yyyy-MM-dd"))
        self.check.setChecked(bool(iso))


def in_force_of(documents: Sequence) -> Callable[[str], set[str]]:
    """on -> the keys of documents (summaries) in force then; the corpus's validity is read once,
    on the first call (a worker thread's: it reads every document's citations)."""
    from ...core.diffusion.validity import corpus_validity

    held: list = []
    lock = threading.Lock()

    def keys(on: str) -> set[str]:
        with lock:
            if not held:
                held.append(corpus_validity(documents))
        return set(held[0].in_force_on(on))
    return keys
