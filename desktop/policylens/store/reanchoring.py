"""What re-anchoring a document's annotations did, and the old versions that guide it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..core.anchoring import STATUSES, Placement
from ..core.annotation_commands import Command
from ..core.document import Document
from .atomic import StoreError
from .corpus import CorpusStore


@dataclass
class ReanchorSummary:
    document: str
    placements: dict[str, Placement]  # annotation id -> where it went
    command: Command | None = None  # the change as applied, for an undo stack

    def counts(self) -> dict[str, int]:
        found = {status: 0 for status in STATUSES}
        for placement in self.placements.values():
            found[placement.status] += 1
        return found

    def line(self) -> str:
        if not self.placements:
            return f"{self.document}: no annotations made on other versions"
        c = self.counts()
        return (f"{self.document}: {len(self.placements)} annotations re-anchored: {c['exact']} exact, "
                f"{c['moved']} moved, {c['fuzzy']} fuzzy, {c['orphaned']} need review")


def stored_versions(corpus: CorpusStore, key: str) -> Callable[[str], Document | None]:
    """Content hash -> that version of the document from the corpus store, None if not kept."""
    def version(content_hash: str) -> Document | None:
        try:
            kept = any(v["content_hash"] == content_hash for v in corpus.record(key)["versions"])
            return corpus.open_document(key, content_hash) if kept else None
        except StoreError:
            return None
    return version
