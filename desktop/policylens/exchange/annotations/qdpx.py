"""A REFI-QDA project (.qdpx): project.qde (QDA-XML, urn:QDA-XML:project:1.0) and sources/.

What goes in:
- sources/<guid>.txt: the clean text of the current version of each annotated document,
  UTF-8. The selections' startPosition and endPosition count code points (Python string
  indices) into exactly that text, which is what the anchors' offsets already are.
- CodeBook: the code tree, nested, with colours and descriptions.
- TextSource per document (name: the file name; Description: the title), with one
  PlainTextSelection per annotation (name: the start of its quote), a Coding (CodeRef) per
  code, and its note twice: as the selection's Description (where MAXQDA writes a coding
  memo and QualCoder reads it) and as a Note it refers to (NoteRef), for the programs that
  read notes only; the reader takes the same text once.
- Notes: annotation notes, memos on a document (NoteRef from its TextSource) and memos on
  the project (NoteRef from the Project).
- Users: each coder named on an annotation or memo, as creatingUser of what they made; what
  has no coder is PolicyLens's.
- Variables: the documents' attributes (place, province, year, document type … and the
  researcher's own), with a VariableValue per attribute on each TextSource (qdpx_variables).
- Cases: one per document, with the same VariableValues and a SourceRef to its TextSource,
  for the programs that keep attributes on cases (qdpx_cases).
- Sets: the researcher's document sets, each with a MemberSource per exported document in it.

Characters XML 1.0 cannot hold (C0 controls other than tab and line ends, such as the
vertical tab Word leaves in text, and lone surrogates) would make project.qde no XML at all:
each becomes U+FFFD, one for one so positions hold, and the report says where.

Annotations made on another version of their document are placed in the current text first;
those that cannot be placed (needing review) are left out and reported. The highlight colour
has no place in QDA-XML and is not exported. GUIDs are stable: exporting twice gives the same.
"""
from __future__ import annotations

import io
import re
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

from ...core.anchoring import Reanchorer
from ...core.annotations import Annotation
from ..context import ExportContext, write_bytes_atomic
from ..xml_text import MARKER, xml_safe, xml_safe_tree
from .incoming import guid
from .qdpx_cases import case_names, write_cases
from .qdpx_files import OWN_USER
from .qdpx_variables import variable_types, write_sets, write_values, write_variables

NS = "urn:QDA-XML:project:1.0"
USER = OWN_USER
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
ET.register_namespace("", NS)


def _el(parent: ET.Element | None, tag: str, **attrs) -> ET.Element:
    attrs = {k: str(v) for k, v in attrs.items() if v not in (None, "")}
    return ET.Element(f"{{{NS}}}{tag}", attrs) if parent is None else ET.SubElement(parent, f"{{{NS}}}{tag}", attrs)


def _when(stamp: str) -> str | None:
    return stamp if stamp and _DATETIME.match(stamp) else None


class QdpxBuilder:
    def __init__(self, context: ExportContext):
        self.context = context
        self.problems: list[str] = []
        self.texts: dict[str, str] = {}  # file in the zip -> text
        self.notes: list[ET.Element] = []
        self.users: dict[str, str] = {}  # coder name -> user guid, in order of first use
        self.variables = variable_types(context.attribute_names(), context.attributes)

    def build(self) -> bytes:
        root = _el(None, "Project", name="PolicyLens annotations", origin="PolicyLens",
                   creatingUserGUID=USER, creationDateTime=_when(self.context.exported))
        users = _el(root, "Users")
        if self.context.project.codes:
            self._codes(_el(_el(root, "CodeBook"), "Codes"), None)
        write_variables(_el, root, self.variables)
        keys = [k for k in self.context.document_keys() if self._shippable(k)]
        places = {k: self.context.attributes.get(k, {}).get("place", "") for k in keys}
        write_cases(_el, root, case_names(keys, {k: self.context.title(k) for k in keys}, places),
                    self.variables, self.context.attributes)
        if keys:
            sources = _el(root, "Sources")
            for key in keys:
                self._source(sources, key)
        project_refs = [self._note(m.id, "memo", m.title, m.text, m.created, m.coder)
                        for m in self.context.memos(None)]
        if self.notes:
            _el(root, "Notes").extend(self.notes)
        write_sets(_el, root, self.context.sets, set(keys))
        for ref in project_refs:
            _el(root, "NoteRef", targetGUID=ref)
        _el(users, "User", guid=USER, name="PolicyLens")
        for name, user_guid in self.users.items():
            _el(users, "User", guid=user_guid, name=name)
        self.problems += [f"{where}: {what} replaced by {MARKER} (XML cannot hold them)"
                          for where, what in xml_safe_tree(root)]
        ET.indent(root)  # for people who read it; text content is left as it is
        return self._zip(ET.tostring(root, encoding="utf-8", xml_declaration=True))

    def _shippable(self, key: str) -> bool:
        if key in self.context.documents:
            return True
        self.problems.append(f"{key}: not in the store, so its text cannot be shipped; "
                             f"its {len(self.context.annotations(key))} annotations and memos are left out")
        return False

    def _codes(self, parent: ET.Element, parent_id: str | None) -> None:
        for code in self.context.project.children(parent_id):
            element = _el(parent, "Code", guid=guid(code.id, "code"), name=code.name, isCodable="true",
                          color=code.color)
            if code.description:
                _el(element, "Description").text = code.description
            self._codes(element, code.id)

    def _source(self, sources: ET.Element, key: str) -> None:
        doc = self.context.documents[key]
        source_guid = guid(key, "source")
        text, replaced = xml_safe(doc.text, xml=False)
        if replaced:
            self.problems.append(f"{key}: the text shipped has {replaced} replaced by {MARKER} (UTF-8 cannot hold them)")
        self.texts[f"sources/{source_guid}.txt"] = text
        element = _el(sources, "TextSource", guid=source_guid, name=doc.source.name,
                      plainTextPath=f"internal://{source_guid}.txt", creatingUser=USER,
                      creationDateTime=_when(self.context.exported))
        _el(element, "Description").text = self.context.title(key)
        placer = Reanchorer(doc)
        for annotation in self.context.annotations(key):
            anchor = annotation.anchor
            if anchor.content_hash != doc.content_hash:
                placement = placer.place(anchor)
                if placement.status == "orphaned":
                    self.problems.append(f"{key}: annotation {annotation.id} ('{anchor.exact[:20]}') needs "
                                         "review and is left out")
                    continue
                anchor = placement.anchor
            self._selection(element, annotation, anchor.start, anchor.end)
        for memo in self.context.memos(key):
            _el(element, "NoteRef", targetGUID=self._note(memo.id, "memo", memo.title, memo.text, memo.created,
                                                          memo.coder))
        write_values(_el, element, self.variables, self.context.attributes.get(key, {}))

    def _selection(self, source: ET.Element, a: Annotation, start: int, end: int) -> None:
        user = self._user(a.coder)
        element = _el(source, "PlainTextSelection", guid=guid(a.id, "annotation"), name=a.anchor.exact[:40],
                      startPosition=start, endPosition=end, creatingUser=user,
                      creationDateTime=_when(a.created), modifiedDateTime=_when(a.modified))
        if a.note:
            _el(element, "Description").text = a.note
        for code in a.codes:
            coding = _el(element, "Coding", guid=guid(f"{a.id}:{code}", "coding"), creatingUser=user,
                         creationDateTime=_when(a.created))
            _el(coding, "CodeRef", targetGUID=guid(code, "code"))
        if a.note:
            _el(element, "NoteRef", targetGUID=self._note(a.id, "note", a.anchor.exact[:40], a.note, a.created,
                                                          a.coder))

    def _user(self, coder: str) -> str:
        if not coder:
            return USER
        return self.users.setdefault(coder, guid(f"coder:{coder}", "user"))

    def _note(self, our_id: str, kind: str, title: str, text: str, created: str, coder: str = "") -> str:
        note_guid = guid(our_id, kind)
        note = _el(None, "Note", guid=note_guid, name=title, creatingUser=self._user(coder),
                   creationDateTime=_when(created))
        _el(note, "PlainTextContent").text = text
        self.notes.append(note)
        return note_guid

    def _zip(self, qde: bytes) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", qde)
            for name, text in self.texts.items():
                archive.writestr(name, text.encode("utf-8"))
        return out.getvalue()


def write_qdpx(context: ExportContext, path: Path) -> list[str]:
    """Write the .qdpx; returns what was left out, and why."""
    builder = QdpxBuilder(context)
    write_bytes_atomic(path, builder.build())
    return builder.problems
