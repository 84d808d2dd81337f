"""Reading a REFI-QDA project (.qdpx) made by PolicyLens or another QDA program.

Each TextSource is matched to a stored document by its name (file name or key), else by its
text. Its PlainTextSelections become annotations: positions count code points into the text
shipped in the project; when that text is the stored clean text they are taken as they are,
otherwise the quote with its context is placed in the stored text by re-anchoring. Codings
give codes (by path in the code book), NoteRefs of a selection its note, NoteRefs of a
source memos on that document, and the project's NoteRefs (and unreferenced notes) memos on
the project. A '/' in a foreign code name becomes '／', since '/' separates code paths.
"""
from __future__ import annotations

import zipfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..core.anchoring import CONTEXT, Anchor, make_anchor
from ..core.annotations import PATH_SEP
from ..store.atomic import StoreError
from .context import ExchangeError
from .incoming import DocumentFinder, Incoming, IncomingAnnotation, IncomingCode, IncomingMemo, id_from_guid

NS = "{urn:QDA-XML:project:1.0}"


@dataclass
class _Note:
    title: str
    text: str
    created: str


def read_qdpx(path: Path, finder: DocumentFinder) -> Incoming:
    try:
        with zipfile.ZipFile(path) as archive:
            return _Reader(archive, finder).read()
    except zipfile.BadZipFile as exc:
        raise ExchangeError(f"{path} is not a REFI-QDA project: it is not a zip file ({exc})") from None


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, finder: DocumentFinder):
        self.archive, self.finder = archive, finder
        self.files = {name.lower(): name for name in archive.namelist()}
        self.incoming = Incoming("qdpx")
        self.code_paths: dict[str, str] = {}  # code guid -> path
        self.notes: dict[str, _Note] = {}
        self.used_notes: set[str] = set()

    def read(self) -> Incoming:
        root = self._project()
        for code in root.iterfind(f"{NS}CodeBook/{NS}Codes/{NS}Code"):
            self._code(code, "")
        for note in root.iterfind(f"{NS}Notes/{NS}Note"):
            self.notes[note.get("guid", "")] = _Note(note.get("name", ""), self._text(note),
                                                     note.get("creationDateTime", ""))
        for source in root.iterfind(f"{NS}Sources/{NS}TextSource"):
            self._source(source)
        project_refs = [ref.get("targetGUID", "") for ref in root.iterfind(f"{NS}NoteRef")]
        loose = [g for g in self.notes if g not in self.used_notes and g not in project_refs]
        for note_guid in project_refs + loose:
            self._memo(note_guid, None)
        return self.incoming

    def _project(self) -> ET.Element:
        name = self.files.get("project.qde")
        if name is None:
            raise ExchangeError("it has no project.qde, so it is not a REFI-QDA project")
        try:
            root = ET.fromstring(self.archive.read(name))
        except ET.ParseError as exc:
            raise ExchangeError(f"its project.qde is not well-formed XML ({exc})") from None
        if root.tag != f"{NS}Project":
            raise ExchangeError(f"its project.qde has root {root.tag}, not Project of urn:QDA-XML:project:1.0")
        return root

    def _code(self, element: ET.Element, parent: str) -> None:
        name = element.get("name", "").strip().replace(PATH_SEP, "／") or "(unnamed)"
        path = f"{parent}{PATH_SEP}{name}" if parent else name
        self.code_paths[element.get("guid", "")] = path
        color = element.get("color")
        if color and len(color) == 4:  # #rgb
            color = "#" + "".join(c * 2 for c in color[1:])
        self.incoming.codes.append(IncomingCode(path, color, element.findtext(f"{NS}Description") or ""))
        for child in element.iterfind(f"{NS}Code"):
            self._code(child, path)

    def _text(self, element: ET.Element) -> str:
        content = element.find(f"{NS}PlainTextContent")
        if content is not None:
            return content.text or ""
        path = element.get("plainTextPath", "")
        name = self.files.get("sources/" + path.removeprefix("internal://").lower())
        if not path.startswith("internal://") or name is None:
            raise ExchangeError(f"the text of '{element.get('name', '')}' ({path or 'no path'}) is not in the project")
        return self.archive.read(name).decode("utf-8-sig")

    def _source(self, source: ET.Element) -> None:
        name = source.get("name", "")
        try:
            text = self._text(source)
        except ExchangeError as exc:
            self.incoming.problems.append(f"source '{name}' left out: {exc}")
            return
        doc = self._document(name, text)
        if doc is None:
            self.incoming.problems.append(f"source '{name}' left out: no stored document has this name or text; "
                                          "import the document first")
            return
        folded = doc.folded() if text == doc.text else None  # once per source, not per selection
        for selection in source.iterfind(f"{NS}PlainTextSelection"):
            self._selection(selection, doc, text, folded)
        for ref in source.iterfind(f"{NS}NoteRef"):
            self._memo(ref.get("targetGUID", ""), doc.key)

    def _document(self, name: str, text: str):
        found = self.finder.find(name)
        keys = [found[0]] if found else [r["key"] for r in self.finder.corpus.documents()]
        for key in keys:
            try:
                # The named document is kept for placing; a search of every document keeps none.
                doc = self.finder.document(key) if found else self.finder.corpus.open_document(key)
            except StoreError:
                continue
            if found or doc.text == text:
                return doc
        return None

    def _selection(self, selection: ET.Element, doc, text: str, folded: str | None) -> None:
        label = selection.get("name") or selection.get("guid", "")
        try:
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        except (TypeError, ValueError):
            self.incoming.problems.append(f"selection '{label}' left out: its positions are not whole numbers")
            return
        if not 0 <= start < end <= len(text):
            self.incoming.problems.append(f"selection '{label}' left out: {start}-{end} is outside its text")
            return
        if folded is not None:
            anchor = make_anchor(doc, start, end, folded)
        else:  # another text (another version, or another cleaning): place the quote
            anchor = Anchor(doc.key, "", "", start, end, text[start:end],
                            text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])
        codes = [self.code_paths[ref.get("targetGUID", "")] for ref in selection.iterfind(f"{NS}Coding/{NS}CodeRef")
                 if ref.get("targetGUID", "") in self.code_paths]
        notes = [self._use_note(ref.get("targetGUID", "")) for ref in selection.iterfind(f"{NS}NoteRef")]
        note = "\n\n".join(n.text for n in notes if n)
        self.incoming.annotations.append(IncomingAnnotation(
            anchor, codes, note, id=id_from_guid(selection.get("guid", label)),
            created=selection.get("creationDateTime", ""), modified=selection.get("modifiedDateTime", "")))

    def _use_note(self, note_guid: str) -> _Note | None:
        self.used_notes.add(note_guid)
        return self.notes.get(note_guid)

    def _memo(self, note_guid: str, document: str | None) -> None:
        note = self._use_note(note_guid)
        if note is not None:
            self.incoming.memos.append(IncomingMemo(note.text, note.title, document, id_from_guid(note_guid),
                                                    note.created))
