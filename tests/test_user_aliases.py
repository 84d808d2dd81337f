"""The user's agency alias table: checked before it is written, written in one step, read by the
analysis (AliasTable.load) in place of the bundled entries it shares a name with."""
import json
import os

import pytest

from policylens.core.aliases import AliasTable
from policylens.core.document import analyze_file
from policylens.paths import choose_data_dir, chosen_data_dir, describe_data_folder
from policylens.store import CorpusStore
from policylens.store.atomic import StoreError
from policylens.store.user_aliases import (AliasEntry, InvalidAliases, Problem, problems, read_user_aliases,
                                           split_aliases, user_aliases_path, write_user_aliases)

HUANGYUAN = AliasEntry("湟源县人民政府", ("湟源县政府",), local=False)


def test_aliases_are_split_on_commas_enumeration_commas_and_spaces():
    assert split_aliases("发改委, 发改局、发展改革局，发展和改革局；发改委  ") == \
        ["发改委", "发改局", "发展改革局", "发展和改革局"]
    assert split_aliases("") == []


def test_problems_name_the_rows():
    entries = [AliasEntry("公安局", ("公安局", "警察局")), AliasEntry("", ("某局",)),
               AliasEntry("公安局", ()), AliasEntry("治安局", ("警察局",)),
               AliasEntry("戶籍辦", ()), AliasEntry("户籍办", ())]  # one name in two scripts
    assert problems(entries) == [Problem("empty-name", 1), Problem("duplicate-name", 2, "公安局", 0),
                                 Problem("alias-claimed", 3, "警察局", 0), Problem("duplicate-name", 5, "户籍办", 4)]
    assert problems([HUANGYUAN, AliasEntry("公安局", ("公安局",))]) == []


def test_invalid_table_is_refused_and_the_file_left_as_it_was(tmp_path):
    write_user_aliases(tmp_path, [HUANGYUAN])
    before = user_aliases_path(tmp_path).read_bytes()
    with pytest.raises(InvalidAliases) as refused:
        write_user_aliases(tmp_path, [HUANGYUAN, AliasEntry("湟源县政府", ())])
    assert refused.value.problems == [Problem("alias-claimed", 1, "湟源县政府", 0)]
    assert user_aliases_path(tmp_path).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["agency_aliases.json"]  # no temp file left


def test_written_table_reads_back_and_drives_the_analysis(tmp_path, seed):
    write_user_aliases(tmp_path, [HUANGYUAN])
    data = json.loads(user_aliases_path(tmp_path).read_text("utf-8"))
    assert data["agencies"] == [{"canonical": "湟源县人民政府", "aliases": ["湟源县政府"], "local": False}]
    assert read_user_aliases(tmp_path) == [HUANGYUAN]
    table = AliasTable.load(user_aliases_path(tmp_path))
    doc = analyze_file(seed("003"), table)
    clause = next(c for c in doc.clauses if c.id == "三/(十一)/12")
    assert [(a.name, a.canonical, a.role) for a in clause.agencies] == \
        [("市國土局", "市国土资源局", "lead"), ("湟源縣政府", "湟源县人民政府", "cooperate")]


def test_a_user_entry_replaces_the_bundled_entry_it_shares_a_name_with(tmp_path):
    write_user_aliases(tmp_path, [AliasEntry("公安局", ("公安局", "公安機關"))])  # traditional: folded
    table = AliasTable.load(user_aliases_path(tmp_path))
    assert table.identify("市公安机关").canonical == "市公安局"
    assert table.identify("发改委").canonical == "发展改革委"  # the other bundled entries stay


def test_a_damaged_user_table_is_reported_not_replaced(tmp_path):
    user_aliases_path(tmp_path).write_text('{"agencies": [', "utf-8")
    with pytest.raises(StoreError, match="agency_aliases.json is damaged"):
        read_user_aliases(tmp_path)
    user_aliases_path(tmp_path).write_text('{"agencies": [{"aliases": []}]}', "utf-8")
    with pytest.raises(StoreError, match="is not an alias table"):
        read_user_aliases(tmp_path)


def test_reanalysis_applies_a_saved_table_to_the_stored_documents(tmp_path, seed):
    store = CorpusStore(tmp_path)
    store.import_files([seed("003"), seed("004")])
    write_user_aliases(tmp_path, [HUANGYUAN, AliasEntry("人大办", ("人大办",))])
    assert CorpusStore(tmp_path).reanalyze() == 2
    reopened = CorpusStore(tmp_path)
    xining, shixing = (reopened.open_document(r["key"]) for r in reopened.documents())
    assert [a.canonical for c in xining.clauses if c.id == "三/(十一)/12" for a in c.agencies] == \
        ["市国土资源局", "湟源县人民政府"]
    closing = next(c for c in shixing.clauses if c.kind == "closing")
    assert [(a.name, a.role) for a in closing.agencies] == [("县人大办", "mention")]


def test_data_folder_pointer_is_written_atomically_and_read_back(tmp_path):
    location = tmp_path / "config" / "location.json"
    assert chosen_data_dir(location) is None
    choose_data_dir(tmp_path / "data", location)
    assert chosen_data_dir(location) == tmp_path / "data"
    assert sorted(os.listdir(location.parent)) == ["location.json"]
    location.write_text("{", "utf-8")  # damaged: as if none was chosen
    assert chosen_data_dir(location) is None
    choose_data_dir(None, location)
    assert not location.exists()


def test_describe_data_folder(tmp_path, seeds_store):
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("x", "utf-8")
    (tmp_path / "file").write_text("x", "utf-8")
    assert describe_data_folder(tmp_path / "empty") == "empty"
    assert describe_data_folder(tmp_path / "new" / "folder") == "empty"
    assert describe_data_folder(tmp_path / "other") == "other"
    assert describe_data_folder(tmp_path / "file") == "unwritable"
    assert describe_data_folder(seeds_store) == "data"


@pytest.fixture
def seeds_store(tmp_path_factory, seed):
    folder = tmp_path_factory.mktemp("store")
    CorpusStore(folder).import_files([seed("000")])
    return folder
