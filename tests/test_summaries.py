"""Document summaries: what search and the agency index read instead of whole document files."""
from pathlib import Path

import pytest

from policylens.core.agency_index import AgencyIndex
from policylens.core.search import CorpusSearch
from policylens.store import CorpusStore
from policylens.store.corpus import summary_file

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture
def store(tmp_path):
    store = CorpusStore(tmp_path)
    store.import_files(SEEDS)
    return store


def summary_paths(store):
    return [store.folder / summary_file(r["file"]) for r in store.documents()]


def test_import_writes_a_summary_beside_each_document(store):
    assert all(path.exists() for path in summary_paths(store))
    for summary in store.summaries():
        doc = store.open_document(summary.key)
        assert (summary.content_hash, summary.script, summary.text) == (doc.content_hash, doc.script, doc.text)
        assert summary.meta == doc.meta
        assert summary.clauses == doc.clauses


def test_summaries_are_smaller_than_the_documents(store):
    documents = sum((store.folder / r["file"]).stat().st_size for r in store.documents())
    summaries = sum(path.stat().st_size for path in summary_paths(store))
    assert summaries < documents * 0.75  # the seeds: 60-70 %; raw text and offset maps stay out


def test_missing_or_damaged_summary_is_made_again(store):
    missing, damaged = summary_paths(store)[:2]
    missing.unlink()
    damaged.write_text('{"schema": 1, "key": "half', "utf-8")
    summaries = list(CorpusStore(store.data_dir).summaries())
    assert [s.key for s in summaries] == [p.stem for p in SEEDS]
    assert missing.exists() and damaged.read_text("utf-8").startswith("{")
    assert summaries[1].clauses == store.open_document(SEEDS[1].stem).clauses


def test_rebuilt_index_ignores_summary_files(store):
    (store.folder / "index.json").unlink()
    rebuilt = CorpusStore(store.data_dir)
    assert [r["key"] for r in rebuilt.documents()] == [p.stem for p in SEEDS]
    assert all(r["file"].endswith(".json") and not r["file"].endswith(".summary.json")
               for r in rebuilt.documents())


def test_search_and_agency_index_give_the_same_answers_on_summaries(store):
    documents = [store.open_document(r["key"]) for r in store.documents()]
    summaries = list(store.summaries())
    assert CorpusSearch(summaries).search("戶籍") == CorpusSearch(documents).search("戶籍")
    assert AgencyIndex(summaries).clauses("市公安局") == AgencyIndex(documents).clauses("市公安局")
    assert len(AgencyIndex(summaries).clauses("市公安局")) == 36
