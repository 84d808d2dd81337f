"""Changes to annotations and memos as commands with do() and undo(), and their base class.

A command works out, on its first do(), the objects it will put in place (a plan made on a
Draft, so nothing changes if it is refused), keeps the objects they replace, and undo() puts
those back. Redo replays the same plan, as QUndoStack expects. do() and undo() return the
Change so the store can save exactly those objects and the views refresh only what changed.
Commands on codes are in code_commands.py.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .anchoring import Placement
from .annotations import NOTE_FORMATS, Annotation, AnnotationError, Change, Key, Memo, Project, check_color, now


class Draft:
    """The project as a plan would leave it: reads see the plan's own puts first."""

    def __init__(self, project: Project):
        self.project = project
        self.puts: dict[Key, object | None] = {}

    def get(self, table: str, key: str):
        if (table, key) in self.puts:
            return self.puts[(table, key)]
        return self.project.get(table, key)

    def need(self, table: str, key: str):
        found = self.get(table, key)
        if found is None:
            raise AnnotationError("annotation.no_such", kind=table[:-1], id=key)
        return found

    def put(self, table: str, key: str, value) -> None:
        self.puts[(table, key)] = value


class Command:
    """A change with do() and undo(). It names itself for the Edit menu ("Undo <name>") by a code,
    `text`, and the params its name is filled with; the window translates them (its command_names)."""
    text = ""
    params: dict = {}

    def __init__(self) -> None:
        self._new: dict[Key, object | None] | None = None
        self._old: dict[Key, object | None] = {}

    def plan(self, draft: Draft) -> None:
        raise NotImplementedError

    def prepare(self, project: Project) -> Command:
        """Check and plan without changing anything; raises AnnotationError if refused."""
        if self._new is None:
            draft = Draft(project)
            self.plan(draft)
            self._new = draft.puts
        return self

    def do(self, project: Project) -> Change:
        self.prepare(project)
        self._old = {key: project.get(*key) for key in self._new}
        return project.apply(self._new)

    def undo(self, project: Project) -> Change:
        return project.apply(self._old)


class Batch(Command):
    """Several commands as one undo step (for instance new codes and the annotation using them)."""
    NAMES = ("add annotation", "edit annotation", "add code", "merge file", "import file", "auto-code")

    def __init__(self, text: str, commands: Iterable[Command], params: dict | None = None):
        super().__init__()
        if text not in self.NAMES:  # every name has its translation: a new one is added to NAMES
            raise ValueError(f"a batch named {text!r}, not one of {', '.join(self.NAMES)}")
        self.text, self.commands, self.params = text, list(commands), dict(params or {})

    def do(self, project: Project) -> Change:
        changes, done = [], []
        try:
            for command in self.commands:
                changes.append(command.do(project))
                done.append(command)
        except Exception:  # all or nothing
            for command in reversed(done):
                command.undo(project)
            raise
        return Change.union(changes)

    def prepare(self, project: Project) -> Command:
        # Later commands may need what earlier ones add: try the whole batch, then take it back.
        self.do(project)
        self.undo(project)
        return self

    def undo(self, project: Project) -> Change:
        return Change.union([command.undo(project) for command in reversed(self.commands)])


# -- the three shapes of a change: add, change fields, delete ----------------------------------------

_ONE = {"annotations": "an annotation", "codes": "a code", "memos": "a memo"}


class AddObject(Command):
    """Put a new annotation, code or memo in its table; check() validates it."""
    table = ""

    def __init__(self, obj):
        super().__init__()
        self.obj = obj

    def plan(self, draft: Draft) -> None:
        if draft.get(self.table, self.obj.id) is not None:
            raise AnnotationError("annotation.exists", kind=_ONE[self.table], id=self.obj.id)
        obj = self.obj
        if hasattr(obj, "created"):
            stamp = obj.created or now()
            obj = replace(obj, created=stamp, modified=obj.modified or stamp)
        draft.put(self.table, obj.id, self.check(draft, obj))

    def check(self, draft: Draft, obj):
        return obj


class ChangeFields(Command):
    """Replace some fields of one object; check() validates the result."""
    table = ""

    def __init__(self, key: str, fields: dict):
        super().__init__()
        self.id, self.fields = key, fields

    def plan(self, draft: Draft) -> None:
        new = replace(draft.need(self.table, self.id), **self.fields)
        if hasattr(new, "modified"):
            new = replace(new, modified=now())
        draft.put(self.table, self.id, self.check(draft, new))

    def check(self, draft: Draft, obj):
        return obj


class DeleteObject(Command):
    table = ""

    def __init__(self, key: str):
        super().__init__()
        self.id = key

    def plan(self, draft: Draft) -> None:
        draft.need(self.table, self.id)
        draft.put(self.table, self.id, None)


def _given(**fields) -> dict:
    """The fields a caller set (None: leave as it is)."""
    return {k: v for k, v in fields.items() if v is not None}


# -- annotations -------------------------------------------------------------------------------

def _checked(draft: Draft, annotation: Annotation) -> Annotation:
    if annotation.note_format not in NOTE_FORMATS:
        raise AnnotationError(f"note format '{annotation.note_format}' is not one of {', '.join(NOTE_FORMATS)}")
    for code in annotation.codes:
        draft.need("codes", code)
    return replace(annotation, color=check_color(annotation.color), codes=tuple(dict.fromkeys(annotation.codes)))


class AddAnnotation(AddObject):
    text, table = "add annotation", "annotations"
    check = staticmethod(_checked)

    @property
    def annotation(self) -> Annotation:
        return self.obj


class EditAnnotation(ChangeFields):
    """Change note, note format or highlight colour; fields left None stay as they are."""
    text, table = "edit annotation", "annotations"
    check = staticmethod(_checked)

    def __init__(self, annotation_id: str, note: str | None = None, note_format: str | None = None,
                 color: str | None = None):
        super().__init__(annotation_id, _given(note=note, note_format=note_format, color=color))


class Recode(ChangeFields):
    """Set the codes of an annotation."""
    text, table = "change codes", "annotations"
    check = staticmethod(_checked)

    def __init__(self, annotation_id: str, codes: Iterable[str]):
        super().__init__(annotation_id, {"codes": tuple(codes)})


class DeleteAnnotation(DeleteObject):
    text, table = "delete annotation", "annotations"


class SetAnchors(Command):
    """Apply re-anchoring results: a new anchor, or 'needs review' for an orphan."""
    text = "re-anchor annotations"

    def __init__(self, placements: dict[str, Placement]):
        super().__init__()
        self.placements = placements

    def plan(self, draft: Draft) -> None:
        for annotation_id, placement in self.placements.items():
            old = draft.need("annotations", annotation_id)
            orphaned = placement.status == "orphaned"
            new = replace(old, needs_review=orphaned, anchor=old.anchor if orphaned else placement.anchor)
            if new != old:
                draft.put("annotations", annotation_id, new)


# -- memos ---------------------------------------------------------------------------------------

def _checked_memo(draft: Draft, memo: Memo) -> Memo:
    if memo.text_format not in NOTE_FORMATS:
        raise AnnotationError(f"memo format '{memo.text_format}' is not one of {', '.join(NOTE_FORMATS)}")
    return memo


class AddMemo(AddObject):
    text, table = "add memo", "memos"
    check = staticmethod(_checked_memo)


class EditMemo(ChangeFields):
    text, table = "edit memo", "memos"
    check = staticmethod(_checked_memo)

    def __init__(self, memo_id: str, text: str | None = None, title: str | None = None,
                 text_format: str | None = None):
        super().__init__(memo_id, _given(text=text, title=title, text_format=text_format))


class DeleteMemo(DeleteObject):
    text, table = "delete memo", "memos"
