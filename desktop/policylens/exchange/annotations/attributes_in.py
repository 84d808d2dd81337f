"""Document attributes that come with an imported project (REFI-QDA variables) kept in the
researcher's attributes (store/user_attributes.py).

Only values that differ from what the attributes table shows now are set, so importing a
project PolicyLens exported changes nothing; a variable of another name is defined as an
attribute of the researcher's own (a number, a date or text, by its REFI-QDA type). A value
the attribute does not take is left out and said. The file is written once, atomically.
"""
from __future__ import annotations

from ...core.attributes import EXTRACTED, Definition, InvalidAttribute
from ...store.corpus import CorpusStore
from ...store.user_attributes import UserAttributes

KINDS = {"Integer": "number", "Float": "number", "Date": "date"}


def keep_attributes(incoming, corpus: CorpusStore, report) -> None:
    attributes = UserAttributes(corpus.data_dir)
    for name, kind in incoming.variable_types.items():
        if name not in EXTRACTED and name not in attributes.definitions:
            attributes.define(Definition(name, KINDS.get(kind, "text")))
    changed = 0
    for key, values in incoming.variables.items():
        shown = attributes.of(corpus.record(key))
        for name, value in values.items():
            if value == shown.get(name, ""):
                continue
            try:
                attributes.set(key, name, value)
                changed += 1
            except InvalidAttribute as exc:
                report.problems.append(f"attribute of {key} left out: {exc}")
    if changed or len(attributes.definitions) != len(UserAttributes(corpus.data_dir).definitions):
        attributes.save()
    report.attributes = changed
