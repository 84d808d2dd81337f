"""The annotation store of a running window, with its undo history.

Every change goes through run(): the store does the command first, so a refused or unsaved
command changes nothing and never reaches the undo stack; only then is it pushed, wrapped
in a QUndoCommand whose first redo() has nothing left to do. Views listen to `changed`,
which carries the core's Change after every do, undo and redo, and refresh what it names.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.anchoring import Anchor
from ...core.annotation_commands import AddAnnotation, Batch, Command, DeleteAnnotation, EditAnnotation, Recode
from ...core.annotations import HIGHLIGHT, Annotation, AnnotationError, Change, Project, new_id
from ...core.code_commands import code_ids_for_paths
from ...store.annotations import AnnotationStore
from ...store.atomic import StoreError
from ..common.error_text import error_text
from .command_names import command_name

T = TypeVar("T")


@dataclass(frozen=True)
class AnnotationValues:
    """What a user sets on an annotation; codes are paths such as 落户条件/租赁住所."""
    note: str = ""
    note_format: str = "plain"
    color: str = HIGHLIGHT
    code_paths: tuple[str, ...] = ()


class _StoreCommand(QUndoCommand):
    """A core command already done by the store; later redo()/undo() go through the session."""

    def __init__(self, session: AnnotationSession, command: Command, text: str):
        super().__init__(text)
        self.session, self.command, self._done = session, command, True

    def redo(self) -> None:
        if self._done:  # pushed after the store did it: nothing left to do
            self._done = False
            return
        self.session._replay(self, self.session.store.do)

    def undo(self) -> None:
        self.session._replay(self, self.session.store.undo)


class AnnotationSession(QObject):
    changed = Signal(object)  # the core's Change, after every do, undo and redo
    failed = Signal(str)  # an undo or redo that could not be saved; the project is as it was

    def __init__(self, store: AnnotationStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.coder = ""  # the name in Preferences: every annotation and memo made here carries it

    @property
    def project(self) -> Project:
        return self.store.project

    # -- changing ----------------------------------------------------------------------------

    def run(self, command: Command) -> Change:
        """Do a command and make it undoable; AnnotationError or StoreError if refused (then
        nothing changed)."""
        change = self.store.do(command)
        self.undo_stack.push(_StoreCommand(self, command, command_name(command)))
        self.changed.emit(change)
        return change

    def attempt(self, parent: QWidget | None, action: Callable[..., T], *args) -> T | None:
        """action(*args) (run, add, edit, delete …), telling the user in a message box why it
        was refused; None then, and nothing changed."""
        try:
            return action(*args)
        except (AnnotationError, StoreError) as exc:
            QMessageBox.warning(parent, self.tr("无法完成"), error_text(exc))
            return None

    def add(self, anchor: Anchor, values: AnnotationValues = AnnotationValues()) -> Annotation:
        """Annotate a passage; codes named by new paths are created in the same undo step."""
        code_ids, new_codes = code_ids_for_paths(self.project, values.code_paths)
        annotation = Annotation(new_id(), anchor, values.note, values.note_format, values.color, tuple(code_ids),
                                coder=self.coder)
        self.run(Batch("add annotation", [*new_codes, AddAnnotation(annotation)]))
        return self.project.annotations[annotation.id]

    def edit(self, annotation_id: str, values: AnnotationValues) -> Change | None:
        """Set note, colour and codes of an annotation as one undo step; None if nothing differs."""
        old = self.project.annotations.get(annotation_id)
        if old is None:
            raise AnnotationError("annotation.no_such", kind="annotation", id=annotation_id)
        code_ids, new_codes = code_ids_for_paths(self.project, values.code_paths)
        commands: list[Command] = list(new_codes)
        if (old.note, old.note_format, old.color) != (values.note, values.note_format, values.color):
            commands.append(EditAnnotation(annotation_id, values.note, values.note_format, values.color))
        if tuple(dict.fromkeys(code_ids)) != old.codes:
            commands.append(Recode(annotation_id, code_ids))
        return self.run(Batch("edit annotation", commands)) if commands else None

    def delete(self, annotation_id: str) -> Change:
        return self.run(DeleteAnnotation(annotation_id))

    def values_of(self, annotation: Annotation) -> AnnotationValues:
        paths = tuple(self.project.code_path(c) for c in annotation.codes)
        return AnnotationValues(annotation.note, annotation.note_format, annotation.color, paths)

    def close(self) -> None:
        """Forget the history and close the store (it writes its snapshot)."""
        self.undo_stack.clear()
        self.store.close()

    # -- helpers -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Name the steps already in the history in the UI language just installed."""
        for index in range(self.undo_stack.count()):
            step = self.undo_stack.command(index)
            if isinstance(step, _StoreCommand):
                step.setText(command_name(step.command))
            else:  # a step of another store sharing this history (document attributes)
                step.retranslate()

    def _replay(self, wrapper: _StoreCommand, step) -> None:
        try:
            change = step(wrapper.command)
        except (AnnotationError, StoreError) as exc:
            # The store took the change back; a step that cannot be replayed leaves the history.
            wrapper.setObsolete(True)
            self.failed.emit(error_text(exc))
            return
        self.changed.emit(change)
