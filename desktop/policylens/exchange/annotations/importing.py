"""Importing annotations, codes and memos from a file into the annotation store.

The format is told by the content: a zip or a QDA-XML file is a REFI-QDA project, JSON with
our "format" is the project's own export, other JSON W3C Web Annotations or Hypothesis's. Everything the file holds
becomes one undoable batch: codes found by path (or added, with their colour), annotations
placed in the stored documents by the core's re-anchoring (what finds no place is kept and
marked "needs review", never dropped), memos added. Objects whose id is already in the
project are left as they are, so importing the same file twice changes nothing.
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ...core.anchoring import AnchorError, Anchor, Reanchorer, make_anchor
from ...core.annotation_commands import AddAnnotation, AddMemo, Batch, Command
from ...core.annotations import CODE_COLOR, HIGHLIGHT, PATH_SEP, Annotation, AnnotationError, Code, Memo, \
    Project, check_color, new_id
from ...core.code_commands import AddCode
from ...core.document import Document
from ...store.annotations import AnnotationStore
from ...store.atomic import StoreError
from ...store.corpus import CorpusStore
from ...store.reanchoring import stored_versions
from ..context import ExchangeError
from .incoming import DocumentFinder, Incoming, IncomingAnnotation
from .hypothesis import is_hypothesis, read_hypothesis
from .native import is_native, read_native
from .qdpx_files import is_qde
from .qdpx_read import read_qdpx
from .w3c import is_w3c, read_w3c


@dataclass
class ImportReport:
    path: Path
    format: str
    annotations: int = 0  # added
    needs_review: int = 0  # added, but their passage was not found: listed for review
    codes: int = 0
    memos: int = 0
    already_there: int = 0  # annotations and memos whose id the project has already
    attributes: int = 0  # document attribute values set from the file's variables
    set_members: int = 0  # documents added to document sets from the file's sets
    problems: list[str] = field(default_factory=list)  # each thing left out, and why
    notes: list[str] = field(default_factory=list)  # read otherwise than the format says, or to review
    command: Command | None = None  # the batch as applied, for an undo stack

    @property
    def left_out(self) -> int:
        """How many things the file held were not imported: non-zero is a partial import."""
        return len(self.problems)

    def line(self) -> str:
        attributes = f", {self.attributes} attribute values" if self.attributes else ""
        attributes += f", {self.set_members} documents put in sets" if self.set_members else ""
        return (f"{self.path.name} ({self.format}): {self.annotations} annotations added "
                f"({self.needs_review} need review), {self.codes} codes, {self.memos} memos{attributes}, "
                f"{self.already_there} already there, {len(self.problems)} left out")


def read_file(path: Path, finder: DocumentFinder) -> Incoming:
    """The file's content in one shape; ExchangeError says why a file cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise ExchangeError("exchange.not_a_file", path=str(path))
    if zipfile.is_zipfile(path) or is_qde(path):
        return read_qdpx(path, finder)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError("exchange.unreadable", path=str(path), reason=str(exc)) from None
    if is_native(data):
        return read_native(data)
    if is_w3c(data):
        return read_w3c(data, finder)
    if is_hypothesis(data):
        return read_hypothesis(data, finder)
    raise ExchangeError("exchange.unknown_json", path=str(path))


def import_file(path: Path, store: AnnotationStore, corpus: CorpusStore, do=None) -> ImportReport:
    """Read path and add what it holds to the store as one change: do(command) runs it (the
    window's annotation session, so the step is undoable and every view refreshes), else the
    store does it."""
    finder = DocumentFinder(corpus)
    incoming = read_file(path, finder)
    report = ImportReport(Path(path), incoming.format, problems=list(incoming.problems), notes=list(incoming.notes))
    commands = _Planner(store.project, finder, report).plan(incoming)
    if commands:
        report.command = Batch("import file", commands, {"file": Path(path).name})
        (do or store.do)(report.command)
    if incoming.variables or incoming.sets:
        from .attributes_in import keep_attributes, keep_sets
        keep_attributes(incoming, corpus, report)
        keep_sets(incoming, corpus, report)
    return report


class _Planner:
    def __init__(self, project: Project, finder: DocumentFinder, report: ImportReport):
        self.project, self.corpus, self.finder, self.report = project, finder.corpus, finder, report
        self.code_ids: dict[str, str] = {}  # path -> id, existing or planned
        self.commands: list[Command] = []
        self._placers: dict[str, Reanchorer | None] = {}
        self._taken = set(project.annotations) | set(project.memos)  # ids there or planned

    def plan(self, incoming: Incoming) -> list[Command]:
        for code in incoming.codes:
            self._code(code.path, code.color, code.description)
        for n, item in enumerate(incoming.annotations, 1):
            try:
                self._annotation(item)
            except (AnchorError, AnnotationError) as exc:
                self.report.problems.append(f"annotation {n} ('{item.anchor.exact[:20]}') left out: {exc}")
        for memo in incoming.memos:
            if not self._new_id(memo.id):
                continue
            text_format = memo.text_format if memo.text_format == "markdown" else "plain"
            self.commands.append(AddMemo(Memo(memo.id or new_id(), memo.text, memo.title, memo.document,
                                              memo.created, memo.modified, text_format, memo.coder)))
            self.report.memos += 1
        return self.commands

    def _new_id(self, given: str | None) -> bool:
        """False (and counted) for an id the project has, or the file already gave."""
        if given and given in self._taken:
            self.report.already_there += 1
            return False
        if given:
            self._taken.add(given)
        return True

    # -- codes -------------------------------------------------------------------------------

    def _code(self, path: str, color: str | None = None, description: str = "") -> str:
        names = [n.strip() for n in path.strip(PATH_SEP).split(PATH_SEP)]
        parent = None
        for depth in range(1, len(names) + 1):
            key = PATH_SEP.join(names[:depth])
            if key not in self.code_ids:
                existing = self.project.code_by_path(key)
                self.code_ids[key] = existing.id if existing else self._add_code(
                    names[depth - 1], parent, color if depth == len(names) else None,
                    description if depth == len(names) else "")
            parent = self.code_ids[key]
        return parent

    def _add_code(self, name: str, parent: str | None, color: str | None, description: str) -> str:
        code = Code(new_id(), name, parent, _colour(color, CODE_COLOR), description)
        self.commands.append(AddCode(code))
        self.report.codes += 1
        return code.id

    # -- annotations -------------------------------------------------------------------------

    def _annotation(self, item: IncomingAnnotation) -> None:
        if not self._new_id(item.id):
            return
        anchor, needs_review = self._place(item.anchor, item.needs_review)
        if item.uncertain:  # placed where the file says, but that may be other words than meant
            needs_review = True
            self.report.notes.append(f"annotation '{anchor.exact[:20]}' in {anchor.document} needs review: "
                                     f"{item.uncertain}")
        codes = tuple(self._code(path) for path in item.codes)
        self.commands.append(AddAnnotation(Annotation(
            item.id or new_id(), anchor, item.note, item.note_format if item.note_format == "markdown" else "plain",
            _colour(item.color, HIGHLIGHT), codes, needs_review, item.created, item.modified, item.coder)))
        self.report.annotations += 1
        self.report.needs_review += needs_review

    def _place(self, anchor: Anchor, needs_review: bool) -> tuple[Anchor, bool]:
        """The anchor in the stored document, and whether it needs review."""
        placer = self._placer(anchor.document)
        if placer is None:  # the document is not in the store: kept as it came
            return anchor, needs_review or not anchor.exact
        doc = placer.doc
        if not anchor.exact:  # positions only: they refer to the version named, else the current one
            anchor = make_anchor(self._version(doc, anchor.content_hash), anchor.start, anchor.end)
        if anchor.content_hash == doc.content_hash and doc.text[anchor.start:anchor.end] == anchor.exact:
            return anchor, False
        placement = placer.place(anchor)
        if placement.status == "orphaned":
            return anchor, True
        return placement.anchor, False

    def _placer(self, key: str) -> Reanchorer | None:
        if key not in self._placers:
            try:
                doc = self.finder.document(key)
                self._placers[key] = Reanchorer(doc, stored_versions(self.corpus, key))
            except StoreError:
                self._placers[key] = None
        return self._placers[key]

    def _version(self, doc: Document, content_hash: str) -> Document:
        if content_hash and content_hash != doc.content_hash:
            try:
                return self.corpus.open_document(doc.key, content_hash)
            except StoreError:
                pass
        return doc


def _colour(color: str | None, default: str) -> str:
    try:
        return check_color(color) if color else default
    except AnnotationError:
        return default
