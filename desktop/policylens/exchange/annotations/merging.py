"""Merging a colleague's project (a REFI-QDA .qdpx or our JSON export) into one's own.

The file is read by the importers (Incoming) and, for what they do not carry, by merge_read
(code GUIDs, coders). Nothing of ours is ever changed:
- a code is matched by its GUID (the same code, however renamed or moved), else by its path;
  a code matched by GUID whose path or colour differs is a conflict, and ours stays;
- an annotation the project has already (the same id, or the same passage, codes, note and
  coder) is identical and merged: nothing is added;
- the same annotation changed on the other side, or the same coder's passage and code with
  another note, is a conflict: ours stays, theirs is shown beside it;
- everything else comes in, placed in the stored documents as an import places it, with its
  coder (or the coder given for a file that names none), as one undoable batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ...core.anchoring import Anchor
from ...core.annotation_commands import AddAnnotation, AddMemo, Batch, Command
from ...core.annotations import CODE_COLOR, HIGHLIGHT, PATH_SEP, Annotation, Code, Memo, Project, new_id
from ...core.code_commands import AddCode
from ...store.corpus import CorpusStore
from .importing import _colour, _Planner, read_file
from .incoming import DocumentFinder, Incoming, IncomingAnnotation, IncomingMemo
from .merge_read import Identities, read_identities


@dataclass(frozen=True)
class Conflict:
    kind: str  # code, annotation, note, memo
    subject: str  # the code path, or document and passage
    ours: str
    theirs: str

    def to_json(self) -> dict:
        return {"kind": self.kind, "subject": self.subject, "ours": self.ours, "theirs": self.theirs}


@dataclass
class MergeReport:
    path: Path
    format: str
    codes_added: list[str] = field(default_factory=list)  # paths
    codes_by_guid: int = 0
    codes_by_path: int = 0
    annotations_added: int = 0
    needs_review: int = 0  # added, but their passage was not found in the stored text
    identical: int = 0  # annotations and memos we have already
    memos_added: int = 0
    coders: list[str] = field(default_factory=list)  # coders of what came in
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what could not be read or placed
    command: Command | None = None  # the batch to run; None if nothing comes in

    def line(self) -> str:
        return (f"{self.path.name} ({self.format}): {self.annotations_added} annotations added "
                f"({self.needs_review} need review), {len(self.codes_added)} codes added, "
                f"{self.codes_by_guid + self.codes_by_path} codes matched, {self.memos_added} memos added, "
                f"{self.identical} identical, {len(self.conflicts)} conflicts, {len(self.problems)} left out")

    def to_json(self) -> dict:
        return {"file": str(self.path), "format": self.format, "codes_added": self.codes_added,
                "codes_matched": {"guid": self.codes_by_guid, "path": self.codes_by_path},
                "annotations_added": self.annotations_added, "needs_review": self.needs_review,
                "memos_added": self.memos_added, "identical": self.identical, "coders": self.coders,
                "conflicts": [c.to_json() for c in self.conflicts], "problems": self.problems}


def plan_merge(path: Path, project: Project, corpus: CorpusStore, coder: str = "") -> MergeReport:
    """What merging the file would bring; report.command does it (ExchangeError if unreadable)."""
    finder = DocumentFinder(corpus)
    incoming = read_file(path, finder)
    report = MergeReport(Path(path), incoming.format, problems=list(incoming.problems))
    commands = _Merger(project, finder, read_identities(path), report, coder).plan(incoming)
    if commands:
        report.command = Batch("merge file", commands, {"file": Path(path).name})
        report.command.prepare(project)  # refused now, not half-way through
    return report


class _Merger(_Planner):
    """The importer's planner (its reading order and its placing of passages), deciding
    differently what comes in."""

    def __init__(self, project: Project, finder: DocumentFinder, ids: Identities, report: MergeReport,
                 coder: str):
        super().__init__(project, finder, report)  # code_ids (their path -> our id) and commands
        self.ids, self.coder = ids, coder
        self.taken = set(project.annotations) | set(project.memos) | set(project.codes)
        self.ours = {self._key(a): a for a in project.annotations.values()}

    def plan(self, incoming: Incoming) -> list[Command]:
        memos, incoming.memos = incoming.memos, []
        super().plan(incoming)  # codes, then annotations (_code, _annotation below)
        for memo in memos:
            self._memo(memo)
        self.report.coders = sorted({c for c in self.ids.coders.values() if c} | ({self.coder} - {""}))
        return self.commands

    # -- codes ---------------------------------------------------------------------------------

    def _code(self, path: str, color: str | None = None, description: str = "") -> str:
        path = PATH_SEP.join(n.strip() for n in path.strip(PATH_SEP).split(PATH_SEP))
        if path in self.code_ids:
            return self.code_ids[path]
        parent_path, _, name = path.rpartition(PATH_SEP)
        parent = self._code(parent_path) if parent_path else None
        identity = self.ids.codes.get(path)
        color = color or (identity.color if identity else None)
        ours = self.project.codes.get(identity.id) if identity else None
        if ours is not None:
            self.report.codes_by_guid += 1
            self._differences(ours, path, color)
        elif (ours := self.project.code_by_path(path)) is not None:
            self.report.codes_by_path += 1
        else:
            wanted = identity.id if identity and identity.id not in self.taken else new_id()
            self.taken.add(wanted)
            ours = Code(wanted, name, parent, _colour(color, CODE_COLOR), description)
            self.commands.append(AddCode(ours))
            self.report.codes_added.append(path)
        self.code_ids[path] = ours.id
        return ours.id

    def _differences(self, ours: Code, path: str, color: str | None) -> None:
        our_path = self.project.code_path(ours.id)
        if our_path != path:
            self.report.conflicts.append(Conflict("code", our_path, our_path, path))
        if color and _colour(color, ours.color) != ours.color:
            self.report.conflicts.append(Conflict("code colour", our_path, ours.color, _colour(color, ours.color)))

    # -- annotations -----------------------------------------------------------------------------

    @staticmethod
    def _key(a: Annotation) -> tuple:
        return a.document, a.anchor.start, a.anchor.end, a.coder

    def _annotation(self, item: IncomingAnnotation) -> None:
        anchor, needs_review = self._place(item.anchor, item.needs_review)
        codes = tuple(dict.fromkeys(self._code(p) for p in item.codes))
        coder = self.ids.coders.get(item.id or "", "") or self.coder
        theirs = Annotation(item.id or new_id(), anchor, item.note,
                            item.note_format if item.note_format == "markdown" else "plain",
                            _colour(item.color, HIGHLIGHT), codes, needs_review, item.created, item.modified, coder)
        ours = self.project.annotations.get(theirs.id) or self.ours.get(self._key(theirs))
        if ours is not None and self._same(ours, theirs):
            self.report.identical += 1
            return
        if ours is not None and (ours.id == theirs.id or set(ours.codes) & set(codes)):
            kind = "annotation" if ours.id == theirs.id else "note" if ours.note != theirs.note else "codes"
            self.report.conflicts.append(Conflict(kind, _passage(ours.anchor), self._shown(ours), self._shown(theirs)))
            return
        if theirs.id in self.taken:
            theirs = replace(theirs, id=new_id())
        self.taken.add(theirs.id)
        self.ours[self._key(theirs)] = theirs
        self.commands.append(AddAnnotation(theirs))
        self.report.annotations_added += 1
        self.report.needs_review += needs_review

    def _same(self, ours: Annotation, theirs: Annotation) -> bool:
        return (ours.anchor.document, ours.anchor.start, ours.anchor.end, set(ours.codes), ours.note.strip()) == \
            (theirs.anchor.document, theirs.anchor.start, theirs.anchor.end, set(theirs.codes), theirs.note.strip())

    def _shown(self, a: Annotation) -> str:
        codes = "; ".join(self.project.code_path(c) or self._planned_path(c) for c in a.codes)
        return f"[{codes}] {a.note}".strip() if codes else a.note

    def _planned_path(self, code_id: str) -> str:
        return next((p for p, i in self.code_ids.items() if i == code_id), code_id)

    # -- memos -----------------------------------------------------------------------------------

    def _memo(self, item: IncomingMemo) -> None:
        ours = self.project.memos.get(item.id) if item.id else None
        if ours is not None:
            if ours.text.strip() == item.text.strip():
                self.report.identical += 1
            else:
                self.report.conflicts.append(Conflict("memo", ours.title or ours.id, ours.text, item.text))
            return
        memo_id = item.id if item.id and item.id not in self.taken else new_id()
        self.taken.add(memo_id)
        text_format = item.text_format if item.text_format == "markdown" else "plain"
        coder = self.ids.coders.get(item.id or "", "") or self.coder
        self.commands.append(AddMemo(Memo(memo_id, item.text, item.title, item.document, item.created,
                                          item.modified, text_format, coder)))
        self.report.memos_added += 1


def _passage(anchor: Anchor) -> str:
    exact = anchor.exact if len(anchor.exact) <= 40 else anchor.exact[:39] + "…"
    return f"{anchor.document} {anchor.start}-{anchor.end} 「{exact}」"
