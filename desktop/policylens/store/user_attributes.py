"""The researcher's attributes and corrections: DATA_DIR/user/attributes.json, written atomically.

    {"definitions": [{"name", "kind", "choices"}], "values": {doc_key: {name: value}}}

Values of extracted attributes (title, place, level, date …) are corrections; values of
defined attributes are the researcher's own. Both are kept by document key in the user's
data, apart from the rebuildable corpus cache, so reanalysis and new versions of a document
(which keep its key) never touch them. A damaged file is a StoreError naming it; nothing
is written over it.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core.attributes import EXTRACTED, InvalidAttribute, Definition, effective, extracted
from .layout import Layout
from .atomic import StoreError, read_json, write_json_atomic



class UserAttributes:
    def __init__(self, data_dir: str | Path):
        self.path = Layout(data_dir).attributes
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

    def define(self, definition: Definition) -> None:
        if definition.name in EXTRACTED:
            raise InvalidAttribute("attribute.extracted", name=definition.name)
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

    # -- CSV, matched by document key or by file name -------------------------------------------

    def to_csv(self, records: list[dict]) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["key", "file", *self.names()])
        for record in records:
            values = self.of(record)
            writer.writerow([record["key"], record.get("name", ""), *(values.get(n, "") for n in self.names())])
        return "\ufeff" + out.getvalue()  # a BOM, so spreadsheet programs read UTF-8

    def read_csv(self, text: str, records: list[dict]) -> tuple[int, list[str]]:
        """Values from a CSV of to_csv's shape; only cells that differ from what is shown now
        are kept (so an exported file read back changes nothing). Returns (values set, problems)."""
        by_name = {r.get("name", ""): r for r in records}
        by_key = {r["key"]: r for r in records}
        rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        changed, problems = 0, []
        for line, row in enumerate(rows, start=2):
            record = by_key.get((row.get("key") or "").strip()) or by_name.get((row.get("file") or "").strip())
            if record is None:
                problems.append(f"line {line}: no document {row.get('key') or row.get('file')!r}")
                continue
            shown = self.of(record)
            for name, value in row.items():
                if name in ("key", "file") or name is None or value is None:
                    continue
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
