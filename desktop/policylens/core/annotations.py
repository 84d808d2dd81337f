"""Annotations, codes and memos: the plain model that commands change and the store keeps.

Every object is immutable; a change replaces whole objects through Project.apply, so a command
can keep what it replaced and put it back on undo, and the store writes exactly the objects a
Change names. Codes have stable ids; a code's path (落户条件/租赁住所) is derived from names and
parents, so renaming or nesting a code touches the code alone, never the annotations using it.
"""
from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from .anchoring import Anchor
from .errors import DETAIL, PolicyLensError
from .script import fold

TABLES = ("annotations", "codes", "memos")
NOTE_FORMATS = ("plain", "markdown")
HIGHLIGHT = "#ffe066"  # default highlight colour
CODE_COLOR = "#4dabf7"
PATH_SEP = "/"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class AnnotationError(PolicyLensError, ValueError):
    """A change that cannot be made (unknown id, bad name or colour); the message says why."""
    code = "annotation"
    messages = {
        "annotation": DETAIL,
        "annotation.colour": "colour '{colour}' is not of the form #rrggbb",
        "annotation.no_such": "no {kind} with id {id}",
        "annotation.exists": "{kind} with id {id} already exists",
        "code.bad_name": "code name '{name}' must be non-empty and without '{sep}'",
        "code.under_itself": "'{path}' cannot be moved under itself",
        "code.exists": "'{name}' already exists under '{where}'",
        "code.exists_at_top": "'{name}' already exists under 'the top'",
        "code.merge_into_itself": "a code cannot be merged into itself or into a code below it",
    }


def new_id() -> str:
    return uuid.uuid4().hex


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise AnnotationError("annotation.colour", colour=color)
    return color.lower()


@dataclass(frozen=True)
class Code:
    id: str
    name: str
    parent: str | None = None  # id of the parent code; None at the top
    color: str = CODE_COLOR
    description: str = ""


@dataclass(frozen=True)
class Annotation:
    id: str
    anchor: Anchor
    note: str = ""
    note_format: str = "plain"  # plain or markdown
    color: str = HIGHLIGHT
    codes: tuple[str, ...] = ()  # code ids
    needs_review: bool = False  # orphaned by a re-anchoring: listed apart, never dropped
    created: str = ""
    modified: str = ""
    coder: str = ""  # who made it (Preferences ▸ coder name); kept in every export

    @property
    def document(self) -> str:
        return self.anchor.document


@dataclass(frozen=True)
class Memo:
    id: str
    text: str
    title: str = ""
    document: str | None = None  # a document's key; None for a memo on the project
    created: str = ""
    modified: str = ""
    text_format: str = "plain"  # plain or markdown; last, so older positional uses keep working
    coder: str = ""  # who wrote it, as on Annotation


@dataclass(frozen=True)
class Change:
    """What a command changed, so each view refreshes only what it shows."""
    annotations: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()
    memos: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()  # keys of documents whose annotations or memos changed

    def __or__(self, other: Change) -> Change:
        return Change(self.annotations | other.annotations, self.codes | other.codes,
                      self.memos | other.memos, self.documents | other.documents)

    @staticmethod
    def union(changes: Iterable[Change]) -> Change:
        """One change for many: a batch of 10,000 joined with | copied the growing sets each time."""
        changes = list(changes)
        return Change(*(frozenset().union(*(getattr(c, name) for c in changes))
                        for name in ("annotations", "codes", "memos", "documents")))

    def __bool__(self) -> bool:
        return bool(self.annotations or self.codes or self.memos)


Key = tuple[str, str]  # (table, id)


@dataclass
class Project:
    """All annotations, codes and memos of one data folder."""
    annotations: dict[str, Annotation] = field(default_factory=dict)
    codes: dict[str, Code] = field(default_factory=dict)
    memos: dict[str, Memo] = field(default_factory=dict)
    _by_document: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set), repr=False)

    # -- reading -----------------------------------------------------------------------------

    def get(self, table: str, key: str):
        return getattr(self, table).get(key)

    def for_document(self, doc_key: str) -> list[Annotation]:
        found = (self.annotations[i] for i in self._by_document.get(doc_key, ()))
        return sorted(found, key=lambda a: (a.anchor.start, a.anchor.end, a.created))

    def needing_review(self) -> list[Annotation]:
        return [a for a in self.annotations.values() if a.needs_review]

    def memos_on(self, doc_key: str | None) -> list[Memo]:
        """Memos on one document, or on the project with None."""
        return sorted((m for m in self.memos.values() if m.document == doc_key), key=lambda m: m.created)

    def code_path(self, code_id: str) -> str:
        names, code = [], self.codes.get(code_id)
        while code is not None:
            names.append(code.name)
            code = self.codes.get(code.parent) if code.parent else None
        return PATH_SEP.join(reversed(names))

    def children(self, parent: str | None) -> list[Code]:
        return sorted((c for c in self.codes.values() if c.parent == parent), key=lambda c: c.name)

    def code_by_path(self, path: str) -> Code | None:
        code = None
        for name in path.strip(PATH_SEP).split(PATH_SEP):
            code = next((c for c in self.children(code.id if code else None) if c.name == name), None)
            if code is None:
                return None
        return code

    def descendants(self, code_id: str) -> list[str]:
        found, todo = [], [code_id]
        while todo:
            kids = [c.id for c in self.children(todo.pop())]
            found += kids
            todo += kids
        return found

    def code_counts(self) -> Counter:
        """Code id -> number of annotations (segments) coded with it."""
        return Counter(code for a in self.annotations.values() for code in a.codes)

    def code_matrix(self) -> dict[str, Counter]:
        """Code id -> document key -> number of segments: the code x document matrix."""
        matrix: dict[str, Counter] = defaultdict(Counter)
        for a in self.annotations.values():
            for code in a.codes:
                matrix[code][a.document] += 1
        return dict(matrix)

    def filter(self, document: str | None = None, code: str | None = None,
               color: str | None = None, text: str = "") -> list[Annotation]:
        """Annotations matching every given criterion; text is sought in quote and note, any script."""
        pool = self.for_document(document) if document else list(self.annotations.values())
        codes = {code, *self.descendants(code)} if code else None
        needle = fold(text).lower()
        return [a for a in pool
                if (codes is None or codes.intersection(a.codes))
                and (color is None or a.color == color)
                and (not needle or needle in fold(a.anchor.exact + "\n" + a.note).lower())]

    # -- writing -----------------------------------------------------------------------------

    def apply(self, puts: dict[Key, object | None]) -> Change:
        """Put each object in place (None removes it) and say what changed."""
        touched: dict[str, set[str]] = {t: set() for t in TABLES}
        documents: set[str] = set()
        for (table, key), value in puts.items():
            rows = getattr(self, table)
            old = rows.pop(key, None)
            if value is not None:
                rows[key] = value
            touched[table].add(key)
            for obj in (old, value):
                documents |= self._index(table, key, obj, add=obj is value)
        return Change(*(frozenset(touched[t]) for t in TABLES), frozenset(documents))

    def _index(self, table: str, key: str, obj, add: bool) -> set[str]:
        if obj is None or table == "codes":
            return set()
        if table == "memos":
            return {obj.document} if obj.document else set()
        ids = self._by_document[obj.document]
        if add:
            ids.add(key)
        else:
            ids.discard(key)
        return {obj.document}
