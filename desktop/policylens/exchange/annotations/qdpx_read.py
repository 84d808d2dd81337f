"""Reading a REFI-QDA project (.qdpx, or a bare .qde) made by PolicyLens or another QDA program.

Each TextSource is matched to a stored document (incoming.DocumentFinder): by its name as
it is, without extension or in key form, and where a name fits several or none, by its text
with line ends normalised. Its PlainTextSelections become annotations. Positions count code
points into the text shipped in the project, or UTF-16 code units where the project says so
by its quotes or its origin (qdpx_positions); a selection whose passage stays open is added
as "needs review". When the shipped text is the stored clean text positions are taken as
they are, otherwise the quote with its context is placed in the stored text by re-anchoring.

Codings give codes (by path in the code book). A selection's note is its <Description> (as
MAXQDA and QualCoder write it), the Notes its NoteRefs name and the Notes linked to it
(NVivo's annotations: a Link between a Note and the selection), each text once. NoteRefs of
a source give memos on that document, the project's NoteRefs (and unreferenced notes) memos
on the project. creatingUser names the coder, through the project's Users. A source's
VariableValues are its document's attributes, as are the values of the Cases that refer to
it (a source's own value wins; qdpx_cases), and the project's Sets of sources document
sets (qdpx_variables; attributes_in.py keeps them). A '/' in a
foreign code name becomes '／', since '/' separates code paths.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ...core.anchoring import CONTEXT, Anchor, make_anchor
from ...core.annotations import PATH_SEP
from .incoming import DocumentFinder, Incoming, IncomingAnnotation, IncomingCode, IncomingMemo, id_from_guid
from .qdpx_files import NS, OWN_USER, ProjectFiles, open_project
from .qdpx_positions import Counting, Units, Vote, fits
from .qdpx_cases import read_cases
from .qdpx_variables import read_sets, read_values, read_variables


@dataclass
class _Note:
    title: str
    text: str
    created: str
    coder: str


@dataclass
class _Source:
    name: str
    doc: object  # the stored Document
    text: str  # the text positions count into
    units: Units
    selections: list[ET.Element]
    stored: bool  # the project did not hold the text: positions are read in the stored one


def read_qdpx(path: Path, finder: DocumentFinder) -> Incoming:
    return _Reader(open_project(Path(path)), finder).read()


class _Reader:
    def __init__(self, project: ProjectFiles, finder: DocumentFinder):
        self.project, self.finder = project, finder
        self.incoming = Incoming("qdpx")
        self.code_paths: dict[str, str] = {}  # code guid -> path
        self.users: dict[str, str] = {}  # user guid -> name
        self.notes: dict[str, _Note] = {}
        self.linked: dict[str, list[str]] = {}  # selection guid -> note guids (NVivo's Links)
        self.used_notes: set[str] = set()
        self._folded: dict[str, str] = {}  # key -> folded text, once per document
        self.own = "policylens" in project.root.get("origin", "").lower()
        self.variables = read_variables(project.root, NS)  # guid -> (name, type)
        self.sources: dict[str, str] = {}  # source guid -> the stored document's key
        self.selections: dict[str, str] = {}  # selection guid -> the stored document's key

    def read(self) -> Incoming:
        root = self.project.root
        self.users = {u.get("guid", ""): u.get("name", "") for u in root.iterfind(f"{NS}Users/{NS}User")
                      if u.get("guid") != OWN_USER}  # what PolicyLens wrote without a coder has none
        for code in root.iterfind(f"{NS}CodeBook/{NS}Codes/{NS}Code"):
            self._code(code, "")
        for note in root.iterfind(f"{NS}Notes/{NS}Note"):
            self._note(note)
        self._links(root)
        sources = [s for s in map(self._source, root.iterfind(f"{NS}Sources/{NS}TextSource")) if s]
        votes = [v for s in sources for v in map(lambda e: self._vote(s, e), s.selections) if v]
        counting = Counting(root.get("origin", ""), votes)
        for source in sources:
            for selection in source.selections:
                self._selection(selection, source, counting)
        project_refs = [ref.get("targetGUID", "") for ref in root.iterfind(f"{NS}NoteRef")]
        loose = [g for g in self.notes if g not in self.used_notes and g not in project_refs]
        for note_guid in project_refs + loose:
            self._memo(note_guid, None)
        self.incoming.notes.extend(self.project.notes)
        self._cases(root)
        for name, members in read_sets(root, NS).items():
            keys = [self.sources[g] for g in members if g in self.sources]
            if keys:
                self.incoming.sets[name] = keys
        return self.incoming

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

    def _note(self, note: ET.Element) -> None:
        content = note.find(f"{NS}PlainTextContent")
        text = content.text or "" if content is not None else None
        if text is None:
            text = self.project.text(note.get("plainTextPath", ""), note.get("name", "")) or ""
        self.notes[note.get("guid", "")] = _Note(note.get("name", ""), text, note.get("creationDateTime", ""),
                                                 self._coder(note))

    def _links(self, root: ET.Element) -> None:
        """NVivo links a Note (an annotation) to the selection it annotates, either way round."""
        for link in root.iterfind(f"{NS}Links/{NS}Link"):
            ends = link.get("originGUID", ""), link.get("targetGUID", "")
            for note_end, other in (ends, ends[::-1]):
                if note_end in self.notes and other not in self.notes:
                    self.linked.setdefault(other, []).append(note_end)

    def _coder(self, element: ET.Element) -> str:
        user = element.get("creatingUser") or element.get("modifyingUser") or ""
        return self.users.get(user, "")

    # -- sources -----------------------------------------------------------------------------

    def _source(self, source: ET.Element) -> _Source | None:
        name = source.get("name", "")
        content = source.find(f"{NS}PlainTextContent")
        text = content.text or "" if content is not None else self.project.text(source.get("plainTextPath", ""), name)
        doc = self._document(name, text)
        if doc is None:
            self.incoming.problems.append(f"source '{name}' left out: {self._why_not_found(name, text)}")
            return None
        for ref in source.iterfind(f"{NS}NoteRef"):
            self._memo(ref.get("targetGUID", ""), doc.key)
        self.sources[source.get("guid", "")] = doc.key
        self._values(doc.key, read_values(source, NS, self.variables))
        stored, text = text is None, doc.text if text is None else text
        selections = list(source.iterfind(f"{NS}PlainTextSelection"))
        self.selections.update((s.get("guid", ""), doc.key) for s in selections)
        return _Source(name, doc, text, Units(text), selections, stored)

    def _values(self, key: str, values: dict[str, str]) -> None:
        """A document's variable values; those it has already (its source's own) stay."""
        if values:
            held = self.incoming.variables.setdefault(key, {})
            held.update({name: value for name, value in values.items() if name not in held})
            self.incoming.variable_types.update({name: kind for name, kind in self.variables.values()})

    def _cases(self, root: ET.Element) -> None:
        found, problems = read_cases(root, NS, self.variables, self.sources, self.selections)
        for key, values in found.items():
            self._values(key, values)
        self.incoming.problems += problems

    def _document(self, name: str, text: str | None):
        keys = self.finder.candidates(name)
        if len(keys) != 1 and text is not None:
            keys = self.finder.by_text(text, keys or None)
        return self.finder.document(keys[0]) if len(keys) == 1 else None

    def _why_not_found(self, name: str, text: str | None) -> str:
        named = self.finder.candidates(name)
        if len(named) > 1:
            return (f"{len(named)} stored documents have this name ({', '.join(named)}) and none has its text; "
                    "import the document it means first")
        if text is None:
            return "its text is not in the project and no stored document has this name; import the document first"
        return "no stored document has this name or text; import the document first"

    # -- selections --------------------------------------------------------------------------

    def _vote(self, source: _Source, selection: ET.Element) -> Vote | None:
        """What the selection's name says of the two countings, if it is a quote."""
        quote = selection.get("name") or ""
        try:
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        except (TypeError, ValueError):
            return None
        if not quote or not source.units.differs_before(end):
            return None
        wide = source.units.code_point(start), source.units.code_point(end)
        as_units = None not in wide and fits(quote, source.text[wide[0]:wide[1]])
        return Vote(fits(quote, source.text[start:end]), as_units)

    def _selection(self, selection: ET.Element, source: _Source, counting: Counting) -> None:
        label = selection.get("name") or selection.get("guid", "")
        try:
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        except (TypeError, ValueError):
            self.incoming.problems.append(f"selection '{label}' left out: its positions are not whole numbers")
            return
        if not 0 <= start < end:
            self.incoming.problems.append(f"selection '{label}' left out: {start}-{end} is empty or negative")
            return
        start, end, uncertain = counting.span(source.units, start, end, self._vote(source, selection))
        if end > len(source.text):
            self.incoming.problems.append(f"selection '{label}' left out: {start}-{end} is outside its text")
            return
        doc, text = source.doc, source.text
        if source.stored and not uncertain and not self.own and not fits(selection.get("name") or "", text[start:end]):
            uncertain = ("the project does not hold its text, so its positions were read in the stored "
                         "document, and no quote confirms them")
        if text == doc.text:
            anchor = make_anchor(doc, start, end, self._folded_text(doc))
        else:  # another text (another version, or another cleaning): place the quote
            anchor = Anchor(doc.key, "", "", start, end, text[start:end],
                            text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])
        codes = [self.code_paths[ref.get("targetGUID", "")] for ref in selection.iterfind(f"{NS}Coding/{NS}CodeRef")
                 if ref.get("targetGUID", "") in self.code_paths]
        coding = selection.find(f"{NS}Coding")
        coder = self._coder(selection) or (self._coder(coding) if coding is not None else "")
        self.incoming.annotations.append(IncomingAnnotation(
            anchor, codes, self._selection_note(selection), id=id_from_guid(selection.get("guid", label)),
            created=selection.get("creationDateTime", ""), modified=selection.get("modifiedDateTime", ""),
            coder=coder, uncertain=uncertain))

    def _folded_text(self, doc) -> str:
        if doc.key not in self._folded:
            self._folded[doc.key] = doc.folded()
        return self._folded[doc.key]

    def _selection_note(self, selection: ET.Element) -> str:
        texts = [selection.findtext(f"{NS}Description") or ""]
        guids = [ref.get("targetGUID", "") for ref in selection.iterfind(f"{NS}NoteRef")]
        guids += self.linked.get(selection.get("guid", ""), [])
        texts += [n.text for n in map(self._use_note, guids) if n]
        unique = [t for n, t in enumerate(texts) if t.strip() and t not in texts[:n]]
        return "\n\n".join(unique)

    def _use_note(self, note_guid: str) -> _Note | None:
        self.used_notes.add(note_guid)
        return self.notes.get(note_guid)

    def _memo(self, note_guid: str, document: str | None) -> None:
        note = self._use_note(note_guid)
        if note is not None:
            self.incoming.memos.append(IncomingMemo(note.text, note.title, document, id_from_guid(note_guid),
                                                    note.created, coder=note.coder))
