"""Document attributes and sets that come with an imported project (REFI-QDA variables and
sets) kept in the researcher's attributes and sets (store/user_attributes.py, user_collections.py).

Only values that differ from what the attributes table shows now are set, so importing a
project PolicyLens exported changes nothing; a variable of another name is defined as an
attribute of the researcher's own (a number, a date or text, by its REFI-QDA type). A value
the attribute does not take is left out and said. A set gains the documents it lacks and
never loses one. Each file is written once, atomically, and only when something changed.
"""
from __future__ import annotations

from ...core.attributes import EXTRACTED, Definition, InvalidAttribute
from ...store.corpus import CorpusStore
from ...store.user_attributes import UserAttributes
from ...store.user_collections import UserCollections

KINDS = {"Integer": "number", "Float": "number", "Date": "date"}


def keep_sets(incoming, corpus: CorpusStore, report) -> None:
    collections = UserCollections(corpus.data_dir)
    added = sum(collections.add_to_set(name, keys) for name, keys in incoming.sets.items())
    if added:
        collections.save()
    report.set_members = added


def keep_attributes(incoming, corpus: CorpusStore, report) -> None:
    if not incoming.variables:
        return
    attributes = UserAttributes(corpus.data_dir)
    refused = set()
    for name, kind in incoming.variable_types.items():
        if name not in EXTRACTED and name not in attributes.definitions:
            try:
                attributes.define(Definition(name, KINDS.get(kind, "text")))
            except InvalidAttribute as exc:  # named like an export column: its values are left out
                refused.add(name)
                report.problems.append(f"variable left out: {exc}")
    changed = 0
    for key, values in incoming.variables.items():
        shown = attributes.of(corpus.record(key))
        for name, value in values.items():
            if name in refused or value == shown.get(name, ""):
                continue
            try:
                attributes.set(key, name, value)
                changed += 1
            except InvalidAttribute as exc:
                report.problems.append(f"attribute of {key} left out: {exc}")
    if changed or len(attributes.definitions) != len(UserAttributes(corpus.data_dir).definitions):
        attributes.save()
    report.attributes = changed
