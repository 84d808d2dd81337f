"""What every export needs: the project, the documents it annotates, and a safe way to write.

Documents come from the corpus store. An annotation whose document is no longer in the store
is still exported (its anchor holds the quote and offsets); only the title, the file name and
the clause title are then missing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.annotations import Annotation, Code, Memo, Project, now
from ..core.document import Document
from ..core.errors import DETAIL, PolicyLensError
from ..store import atomic
from ..store.atomic import StoreError
from ..store.corpus import CorpusStore
from ..store.user_attributes import UserAttributes
from ..store.user_collections import UserCollections
from ..core.attributes import EXTRACTED, column_names

FORMAT_NAME = "policylens-annotations"  # the "format" of the project's own JSON


class ExchangeError(PolicyLensError, ValueError):
    """A file that cannot be exported or imported; the message says which and why."""
    code = "exchange"
    messages = {
        "exchange": DETAIL,
        "exchange.not_a_file": "{path} is not a file",
        "exchange.unreadable": "{path} is neither a REFI-QDA project nor JSON ({reason})",
        "exchange.unknown_json": "{path} is JSON, but neither a PolicyLens export nor W3C or Hypothesis annotations",
        "exchange.not_zip": "{path} is not a REFI-QDA project: it is not a zip file ({reason})",
        "exchange.newer": "it is version {version} of the PolicyLens export; this PolicyLens reads version {reads} and older",
        "exchange.folder": "{path} is a folder; give the name of the file to write",
        "exchange.no_folder": "cannot write {path}: the folder {folder} does not exist",
        "exchange.attributes_unreadable": "cannot read {path}: {reason}",
        "exchange.attributes_not_xlsx": "{path} is not an XLSX workbook ({reason})",
        "exchange.attributes_empty": "{path} has no header row",
    }


@dataclass
class ExportContext:
    project: Project
    documents: dict[str, Document] = field(default_factory=dict)  # key -> current version
    exported: str = field(default_factory=now)
    language: str = "en"  # of a report's own words (headings, column names): "en" or "zh"
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> its attributes (corrections win)
    definitions: dict = field(default_factory=dict)  # name -> the researcher's core.attributes.Definition
    sets: dict[str, list[str]] = field(default_factory=dict)  # the researcher's document sets: name -> keys

    @classmethod
    def load(cls, project: Project, corpus: CorpusStore | None, language: str = "en") -> ExportContext:
        context = cls(project, language=language)
        for key in context.document_keys() if corpus else ():
            try:
                context.documents[key] = corpus.open_document(key)
            except StoreError:
                pass  # no longer in the store: exported from its anchors alone
        if corpus is not None:
            context._load_attributes(corpus)
        return context

    def _load_attributes(self, corpus: CorpusStore) -> None:
        """The attributes of the exported documents, as the attributes table shows them, and
        the document sets."""
        self.sets = UserCollections(corpus.data_dir).sets
        user = UserAttributes(corpus.data_dir)
        self.definitions = dict(user.definitions)
        for key in self.documents:
            try:
                self.attributes[key] = user.of(corpus.record(key))
            except StoreError:
                pass

    def attribute_names(self) -> list[str]:
        """The attribute columns of an export: every extracted attribute but the title (a column
        of its own already) and the wrapper type, then the researcher's own."""
        return [*(n for n in EXTRACTED if n not in ("title", "wrapper_type")), *self.definitions]

    def attribute_headers(self) -> list[str]:
        """attribute_names() as an export heads its columns: never the same header twice."""
        return column_names(self.attribute_names(), self.definitions)

    def attribute_values(self, key: str) -> list[str]:
        values = self.attributes.get(key, {})
        return [values.get(name, "") for name in self.attribute_names()]

    # -- reading -----------------------------------------------------------------------------

    def document_keys(self) -> list[str]:
        """Every document with annotations or memos, in key order."""
        keys = {a.document for a in self.project.annotations.values()}
        keys |= {m.document for m in self.project.memos.values() if m.document}
        return sorted(keys)

    def annotations(self, key: str | None = None) -> list[Annotation]:
        found = self.project.for_document(key) if key else list(self.project.annotations.values())
        return sorted(found, key=lambda a: (a.document, a.anchor.start, a.anchor.end, a.id))

    def file_name(self, key: str) -> str:
        doc = self.documents.get(key)
        return doc.source.name if doc else key

    def title(self, key: str) -> str:
        doc = self.documents.get(key)
        return (doc.meta.title if doc else "") or key

    def clause_title(self, annotation: Annotation) -> str:
        doc = self.documents.get(annotation.document)
        if doc is None:
            return ""
        clause = next((c for c in doc.clauses if c.id == annotation.anchor.clause), None)
        return clause.title if clause else ""

    def code_paths(self, annotation: Annotation) -> list[str]:
        return [self.project.code_path(c) for c in annotation.codes]

    def codes_in_order(self) -> list[Code]:
        """Codes parents first, siblings by name: the order a code tree is written in."""
        ordered, todo = [], self.project.children(None)
        while todo:
            code = todo.pop(0)
            ordered.append(code)
            todo[0:0] = self.project.children(code.id)
        return ordered

    def memos(self, key: str | None) -> list[Memo]:
        return self.project.memos_on(key)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace path with data in one step (store.atomic): no half-written export. A folder or
    a missing folder is refused with a message that says so."""
    path = Path(path)
    if path.is_dir():
        raise ExchangeError("exchange.folder", path=str(path))
    if not path.parent.is_dir():
        raise ExchangeError("exchange.no_folder", path=str(path), folder=str(path.parent))
    atomic.write_bytes_atomic(path, data)
