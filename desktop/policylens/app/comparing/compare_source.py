"""What the side-by-side view reads and writes: a clause's family, its documents, corrections.

Every method here may be slow (documents read from disk, the alignment locked during an
update, word diffs) and is called from the view's worker threads, never from the UI thread,
except `document`, which the clause picker calls for the one document it shows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Sequence

from ...core.document import Document
from ...core.outline import Clause
from ...workspace import Workspace
from .alignment_loader import AlignmentLoader
from .compare_columns import Column, member_column, reference_column

FAMILY, ALONE, PENDING = "family", "alone", "pending"  # Plan.state


class ClauseRef(NamedTuple):
    """A clause as the UI thread names it: equal to core.align.ClauseRef, whose module brings
    numpy, which is imported on worker threads only (see _core)."""
    key: str
    clause_id: str


def _core(ref: ClauseRef):
    from ...core.align import ClauseRef as CoreRef

    return CoreRef(*ref)


@dataclass
class Plan:
    """Which documents are columns, in which order, with which clause."""
    reference: ClauseRef
    order: list[str]  # column keys: the reference, kept columns, then the other members best first
    clauses: dict[str, str | None]  # key -> its clause in the family (None: a kept column without one)
    scores: dict[str, float] = field(default_factory=dict)  # key -> similarity to the reference
    state: str = FAMILY  # ALONE: no other document has this clause; PENDING: alignment not ready
    corrections: dict = field(default_factory=dict)  # key -> the latest Correction naming it


class ComparisonSource:
    def __init__(self, loader: AlignmentLoader, workspace: Workspace | None = None):
        self.loader = loader
        self.data_dir = Path(loader.data_dir)
        # The window's workspace: its one document cache, and the index read again only when an
        # import changed it.
        self.workspace = workspace or Workspace(self.data_dir)

    # -- documents -----------------------------------------------------------------------------

    def records(self) -> list[dict]:
        return self.workspace.records()

    def document(self, key: str) -> Document:
        return self.workspace.document(key)

    def clause(self, ref: ClauseRef) -> tuple[Document, Clause]:
        doc = self.document(ref.key)
        clause = next((c for c in doc.clauses if c.id == ref.clause_id), None)
        if clause is None:
            raise LookupError(f"{doc.meta.place or doc.key} has no clause {ref.clause_id} any more")
        return doc, clause

    # -- families ------------------------------------------------------------------------------

    def plan(self, reference: ClauseRef, keep: Sequence[str] = ()) -> Plan:
        """The reference's family as columns; documents in keep stay where they were."""
        from ...store.atomic import StoreError

        alone = Plan(reference, [reference.key], {reference.key: reference.clause_id}, state=PENDING)
        present = {r["key"] for r in self.records()}
        if not self.loader.has_families:
            return alone
        with self.loader.access() as store:
            try:
                family = store.family_of(_core(reference), scored=False)
            except StoreError:
                if self.loader.busy():  # the document is being aligned right now
                    return alone
                raise
            clauses = {m.ref.key: m.ref.clause_id for m in family.members} if family else {}
            clauses[reference.key] = reference.clause_id
            others = [_core(ClauseRef(k, c)) for k, c in clauses.items() if k != reference.key]
            scores = dict(zip((o.key for o in others), store.similarities(_core(reference), others)))
            corrections = {}
            for correction in store.corrections():  # the latest wins
                for mine, other in ((correction.a, correction.b), (correction.b, correction.a)):
                    if mine.key in clauses or mine.key in keep:
                        if other.key in clauses or other.key in keep:
                            corrections[mine.key] = correction
        first = list(keep) if reference.key in keep else [reference.key, *keep]  # columns stay in place
        kept = [k for k in dict.fromkeys(first) if k in present]
        for key in kept:
            clauses.setdefault(key, None)
        rest = sorted((k for k in clauses if k not in kept), key=lambda k: (-scores.get(k, 0.0), k))
        return Plan(reference, kept + rest, clauses, scores, FAMILY if family else ALONE, corrections)

    def columns(self, plan: Plan, keys: Sequence[str], with_children: bool) -> tuple[Column, list[Column]]:
        """(the reference's column, the columns of these keys in order, diffed against it)."""
        doc, clause = self.clause(plan.reference)
        reference = reference_column(doc, clause, with_children)
        out = []
        for key in keys:
            if key == plan.reference.key:
                out.append(reference)
                continue
            clause_id = plan.clauses.get(key)
            other, other_clause = (self.clause(ClauseRef(key, clause_id)) if clause_id is not None
                                   else (self.document(key), None))
            out.append(member_column(reference, other, other_clause, plan.scores.get(key, 0.0), with_children))
        return reference, out

    # -- corrections ---------------------------------------------------------------------------

    def correct(self, action: str, a: ClauseRef, b: ClauseRef):
        """link (b joins a's family) or unlink (b leaves it), kept in the user's data."""
        with self.loader.access() as store:
            return (store.link if action == "link" else store.unlink)(_core(a), _core(b))

    def withdraw(self, correction) -> bool:
        with self.loader.access() as store:
            return store.remove_correction(correction)
