"""Building families at scale: in worker processes, resumed after a stop, one document added.

On real documents (the five seeds and the nine residence-permit rules of the family truth), each
way of building must give exactly the families of the plain in-process build.
"""
from __future__ import annotations

import pytest

import family_truth
from policylens.core.document import analyze_file
from policylens.core.families import BuildCancelled, Families
from policylens.core.family_build import build_from_keys
from policylens.store import CorpusStore
from policylens.store.alignment import AlignmentStore
from policylens.store.family_checkpoint import FamilyCheckpoint
from test_families import family_sets

SMALL = {"index_chunk": 3, "link_chunk": 2, "checkpoint_seconds": 0.0}  # many pieces, a record after each


@pytest.fixture(scope="module")
def paths():
    return sorted(family_truth.paths(family_truth.load()).values())


@pytest.fixture(scope="module")
def docs(paths):
    analysed = [analyze_file(path) for path in paths]
    return {doc.key: doc for doc in analysed}


@pytest.fixture(scope="module")
def plain(docs):
    return Families.build(docs[key] for key in docs)


def state(families: Families) -> dict:
    """Everything a build decides: members in order, alternates, ids, representatives."""
    return families.to_json()


def test_the_pool_build_equals_the_in_process_build(docs, plain):
    keys = list(docs)
    pooled = build_from_keys(keys, docs.__getitem__, workers=2, **SMALL)
    alone = build_from_keys(keys, docs.__getitem__, workers=1, **SMALL)
    assert state(pooled) == state(alone) == state(plain)
    assert pooled.index.doc_keys == plain.index.doc_keys
    assert list(pooled.index.vocab) == list(plain.index.vocab)  # bigrams numbered as one index numbers them
    assert family_sets(pooled) == family_sets(plain)


def test_the_documents_build_gives_the_same_families_with_workers(docs, plain):
    assert state(Families.build((docs[key] for key in docs), workers=2)) == state(plain)


@pytest.mark.parametrize("stop_after", [2, 5, 9, 16])  # reports while indexing, then one per document
def test_a_stopped_build_resumes_and_ends_as_an_uninterrupted_one(docs, plain, tmp_path, stop_after):
    keys = list(docs)
    checkpoint = FamilyCheckpoint(tmp_path / "build")
    checkpoint.begin({key: "v1" for key in keys})
    seen: list[tuple[int, int]] = []
    with pytest.raises(BuildCancelled):
        build_from_keys(keys, docs.__getitem__, workers=1, checkpoint=checkpoint,
                        progress=lambda done, total: seen.append((done, total)),
                        cancelled=lambda: len(seen) > stop_after, **SMALL)
    assert checkpoint.begin({key: "v1" for key in keys})  # the same build: its records are kept
    opened: list[str] = []
    resumed_progress: list[tuple[int, int]] = []
    resumed = build_from_keys(keys, lambda key: opened.append(key) or docs[key], workers=2,
                              checkpoint=checkpoint,
                              progress=lambda done, total: resumed_progress.append((done, total)), **SMALL)
    assert state(resumed) == state(plain)
    assert len(opened) < len(keys)  # what was indexed before the stop was not read again
    total = 2 * len(keys)  # each document is reported once read and once assigned
    assert resumed_progress[0][0] > 0 and resumed_progress[-1] == (total, total)


def test_records_of_another_build_are_thrown_away(docs, tmp_path):
    keys = list(docs)
    checkpoint = FamilyCheckpoint(tmp_path / "build")
    checkpoint.begin({key: "v1" for key in keys})
    build_from_keys(keys[:6], docs.__getitem__, workers=1, checkpoint=checkpoint, **SMALL)
    assert checkpoint.get("index-00000") is not None
    assert not checkpoint.begin({key: "v2" for key in keys})  # a new version of the documents
    assert checkpoint.get("index-00000") is None


def pairs(families: Families) -> set[frozenset]:
    return {frozenset((a, b)) for members in family_sets(families) for a in members for b in members if a < b}


def test_adding_one_document_keeps_the_membership_of_a_full_rebuild(docs, plain):
    """The last document by key added to the families of the others, as an import does.

    Not every pair is the rebuild's: a rebuild weighs every clause with the new document's
    bigrams counted, the families grown one document at a time kept the weights they had.
    Measured: 0.93 of the pairs of either are in both (the same with the build before pools).
    """
    keys = sorted(docs)
    grown = Families.build(docs[key] for key in keys[:-1])
    grown.add_document(docs[keys[-1]])
    found, rebuilt = pairs(grown), pairs(plain)
    agreement = len(found & rebuilt) / len(found | rebuilt)
    print(f"\nadded one document: {agreement:.3f} of the pairs as a full rebuild")
    assert agreement >= 0.92


def test_a_store_build_stopped_midway_resumes_at_the_next_update(paths, tmp_path):
    CorpusStore(tmp_path).import_files(paths)
    seen: list[tuple[int, int]] = []
    with pytest.raises(BuildCancelled):
        AlignmentStore(CorpusStore(tmp_path)).update(
            progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) > 8,
            workers=2)
    assert (tmp_path / "corpus" / "alignment" / "build" / "build.json").exists()
    resumed = AlignmentStore(CorpusStore(tmp_path))
    resumed.update(workers=2)
    assert not (tmp_path / "corpus" / "alignment" / "build").exists()  # saved: the records are gone

    fresh_dir = tmp_path / "fresh"
    CorpusStore(fresh_dir).import_files(paths)
    fresh = AlignmentStore(CorpusStore(fresh_dir))
    fresh.update(workers=1)
    assert resumed.groups() == fresh.groups()
    assert [[m.ref for m in f.members] for f in resumed.families()] == \
        [[m.ref for m in f.members] for f in fresh.families()]


def test_freed_memory_goes_back_to_the_system_where_glibc_allows():
    import platform
    from policylens.core.free_memory import give_back
    assert give_back() == (platform.system() == "Linux" and platform.libc_ver()[0] == "glibc")
