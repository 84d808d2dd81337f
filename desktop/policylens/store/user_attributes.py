"""The researcher's attributes and corrections: DATA_DIR/user/attributes.json, written atomically.

    {"definitions": [{"name", "kind", "choices"}], "values": {doc_key: {name: value}}}

Values of extracted attributes (title, place, level, date …) are corrections; values of
defined attributes are the researcher's own. Both are kept by document key in the user's
data, apart from the rebuildable corpus cache, so reanalysis and new versions of a document
(which keep its key) never touch them. A damaged file is a StoreError naming it; nothing
is written over it.

Several writers share the file (the command line, the attributes dialog, an import), so a
change is made by update(): under the user folder's lock, read the file as it is now, apply the
change, write it. What changed comes back as a Delta, which undo and redo apply the same way:
a value set elsewhere in the meantime is never written over.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypeVar

from ..core.attributes import (EXTRACTED, InvalidAttribute, Definition, check_own_name, column_names, effective,
                               extracted)
from .layout import Layout
from .atomic import StoreError, read_json, write_json_atomic
from .lock import exclusive

T = TypeVar("T")


@dataclass(frozen=True)
class Delta:
    """What one change did: per (document key, name) the value before and after ("": none), per
    defined name the definition before and after (None: none)."""
    values: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    definitions: dict[str, tuple[Definition | None, Definition | None]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.values or self.definitions)


class UserAttributes:
    def __init__(self, data_dir: str | Path):
        self.path = Layout(data_dir).attributes
        self.reload()

    def reload(self) -> None:
        """Read the file as it is now (another process or window may have written it)."""
        data = read_json(self.path) if self.path.exists() else {}
        try:
            self.definitions = {d["name"]: Definition(d["name"], d.get("kind", "text"), tuple(d.get("choices", ())))
                                for d in data.get("definitions", [])}
            self.values: dict[str, dict[str, str]] = {k: dict(v) for k, v in data.get("values", {}).items()}
        except (KeyError, TypeError, AttributeError, InvalidAttribute) as exc:
            raise StoreError(f"{self.path} is damaged ({exc}); nothing was changed") from None

    def save(self) -> None:
        write_json_atomic(self.path, {
            "definitions": [{"name": d.name, "kind": d.kind, "choices": list(d.choices)}
                            for d in self.definitions.values()],
            "values": {k: v for k, v in sorted(self.values.items()) if v}})

    def update(self, change: Callable[["UserAttributes"], T]) -> tuple[T, Delta]:
        """Apply change(self) to the file's current contents and save, under the folder's lock.
        Returns change's result and what it changed; a change that raises leaves the file as it was."""
        with exclusive(self.path.parent, "document attributes"):
            self.reload()
            before = self._copy()
            try:
                result = change(self)
            except BaseException:
                self.reload()
                raise
            delta = _delta(before, self._copy())
            if delta:
                self.save()
        return result, delta

    def apply(self, delta: Delta, side: int) -> None:
        """Put back one side of a delta (0: before, as an undo; 1: after, as a redo), over the
        file's current contents: what else changed meanwhile stays."""
        def put(attributes: UserAttributes) -> None:
            for name, pair in delta.definitions.items():
                if pair[side] is None:
                    attributes.definitions.pop(name, None)
                else:
                    attributes.definitions[name] = pair[side]
            for (key, name), pair in delta.values.items():
                row = attributes.values.setdefault(key, {})
                if pair[side]:
                    row[name] = pair[side]
                else:
                    row.pop(name, None)

        self.update(put)

    def _copy(self) -> tuple[dict, dict]:
        return dict(self.definitions), {k: dict(v) for k, v in self.values.items()}

    def define(self, definition: Definition) -> None:
        check_own_name(definition.name)  # not the name of an extracted attribute or of an export column
        self.definitions[definition.name] = definition

    def set(self, doc_key: str, name: str, value: str) -> str:
        """Set (or with "" clear) one value; returns it as stored."""
        if name not in EXTRACTED and name not in self.definitions:
            raise InvalidAttribute("attribute.unknown", name=name, names=", ".join(EXTRACTED))
        checked = self.definitions[name].check(value) if name in self.definitions else str(value).strip()
        row = self.values.setdefault(doc_key, {})
        if checked:
            row[name] = checked
        else:
            row.pop(name, None)
        return checked

    def of(self, record: dict) -> dict[str, str]:
        """The attributes of a stored document as shown and used: corrections win."""
        own = {name: "" for name in self.definitions}
        return {**own, **effective(extracted(record), self.values.get(record["key"], {}))}

    def names(self) -> list[str]:
        return [*EXTRACTED, *self.definitions]

    def table(self, records: list[dict]) -> dict[str, dict[str, str]]:
        """Document key -> its attributes as shown and used, for every record (a scope's input)."""
        return {record["key"]: self.of(record) for record in records}

    # -- tables (CSV, XLSX), matched by document key or by file name -----------------------------

    def to_table(self, records: list[dict]) -> tuple[list[str], list[list[str]]]:
        """A header (key, file, then every attribute) and a row per document."""
        header = ["key", "file", *column_names(self.names(), self.definitions)]
        rows = []
        for record in records:
            values = self.of(record)
            rows.append([record["key"], record.get("name", ""), *(values.get(n, "") for n in self.names())])
        return header, rows

    def to_csv(self, records: list[dict]) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        header, rows = self.to_table(records)
        writer.writerow(header)
        writer.writerows(rows)
        return "\ufeff" + out.getvalue()  # a BOM, so spreadsheet programs read UTF-8

    def read_csv(self, text: str, records: list[dict]) -> tuple[int, list[str]]:
        """Values from a CSV of to_csv's shape (see read_table). Returns (values set, problems)."""
        lines = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
        return self.read_table(lines[0] if lines else [], lines[1:], records)

    def read_table(self, header: list[str], lines: list[list[str]], records: list[dict]) -> tuple[int, list[str]]:
        """Values from a table of to_table's shape, as read from a CSV or XLSX file; only cells
        that differ from what is shown now are kept (so an exported file read back changes
        nothing). Returns (values set, problems)."""
        by_name = {r.get("name", ""): r for r in records}
        by_key = {r["key"]: r for r in records}
        columns = [str(h or "").strip() for h in header]
        named = dict(zip(column_names(self.names(), self.definitions), self.names()))  # header -> attribute
        changed, problems = 0, []
        for line, cells in enumerate(lines, start=2):
            row = {column: str(cell if cell is not None else "") for column, cell in zip(columns, cells) if column}
            if not any(value.strip() for value in row.values()):
                continue  # a blank line of the sheet
            record = by_key.get(row.get("key", "").strip()) or by_name.get(row.get("file", "").strip())
            if record is None:
                problems.append(f"line {line}: no document {row.get('key') or row.get('file')!r}")
                continue
            shown = self.of(record)
            for column, value in row.items():
                if column in ("key", "file"):
                    continue
                name = named.get(column, column)
                if name not in self.names():
                    problems.append(f"line {line}: no attribute {name!r}")
                    continue
                if value.strip() != shown.get(name, ""):
                    try:
                        self.set(record["key"], name, value)
                        changed += 1
                    except InvalidAttribute as exc:
                        problems.append(f"line {line}: {exc}")
        return changed, sorted(set(problems), key=problems.index)


def _delta(before: tuple[dict, dict], after: tuple[dict, dict]) -> Delta:
    (defs_a, values_a), (defs_b, values_b) = before, after
    definitions = {name: (defs_a.get(name), defs_b.get(name)) for name in {*defs_a, *defs_b}
                   if defs_a.get(name) != defs_b.get(name)}
    values = {}
    for key in {*values_a, *values_b}:
        row_a, row_b = values_a.get(key, {}), values_b.get(key, {})
        values.update({(key, name): (row_a.get(name, ""), row_b.get(name, "")) for name in {*row_a, *row_b}
                       if row_a.get(name, "") != row_b.get(name, "")})
    return Delta(values, definitions)
