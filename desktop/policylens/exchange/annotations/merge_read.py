"""What a merge needs from a colleague's file beyond the importers' plain shape (incoming.py):
each code's GUID and colour by path, and who made each annotation and memo.

Our JSON export names codes by id and path and carries each object's coder; a REFI-QDA
project names codes by GUID in its code book (paths built as qdpx_read builds them) and the
maker of a selection or note by creatingUser, a GUID into its Users. Ids come out as the
importers give them (id_from_guid), so they match Incoming's.
"""
from __future__ import annotations

import json
import zipfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ...core.annotations import PATH_SEP
from .incoming import guid, id_from_guid

NS = "{urn:QDA-XML:project:1.0}"
NO_USER = guid("local user", "user")  # the one user of exports made before coders had names


@dataclass(frozen=True)
class CodeIdentity:
    id: str  # our form of the colleague's GUID (a uuid hex)
    color: str | None = None


@dataclass
class Identities:
    codes: dict[str, CodeIdentity] = field(default_factory=dict)  # code path -> identity
    coders: dict[str, str] = field(default_factory=dict)  # annotation or memo id -> coder


def read_identities(path: Path) -> Identities:
    """Code GUIDs and coders of a file read_file() has already read without error."""
    path = Path(path)
    if zipfile.is_zipfile(path):
        return _qdpx(path)
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    return _native(data) if isinstance(data, dict) else Identities()


def _native(data: dict) -> Identities:
    found = Identities()
    for row in _rows(data, "codes"):
        if row.get("path") and row.get("id"):
            found.codes[str(row["path"])] = CodeIdentity(str(row["id"]), row.get("color"))
    for row in _rows(data, "annotations") + _rows(data, "memos"):
        if row.get("id") and isinstance(row.get("coder"), str):
            found.coders[row["id"]] = row["coder"]
    return found


def _rows(data: dict, name: str) -> list[dict]:
    rows = data.get(name)
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def _qdpx(path: Path) -> Identities:
    found = Identities()
    with zipfile.ZipFile(path) as archive:
        names = {n.lower(): n for n in archive.namelist()}
        name = names.get("project.qde") or next((n for k, n in names.items() if k.endswith(".qde")), None)
        if name is None:
            return found
        root = ET.fromstring(archive.read(name))
    for code in root.iterfind(f"{NS}CodeBook/{NS}Codes/{NS}Code"):
        _code(code, "", found)
    users = {u.get("guid", ""): u.get("name", "") for u in root.iterfind(f"{NS}Users/{NS}User")
             if u.get("guid") != NO_USER}
    made = list(root.iter(f"{NS}PlainTextSelection")) + list(root.iterfind(f"{NS}Notes/{NS}Note"))
    for element in made:
        user = users.get(element.get("creatingUser", ""), "")
        if user and element.get("guid"):
            found.coders[id_from_guid(element.get("guid"))] = user
    return found


def _code(element: ET.Element, parent: str, found: Identities) -> None:
    name = element.get("name", "").strip().replace(PATH_SEP, "／") or "(unnamed)"
    path = f"{parent}{PATH_SEP}{name}" if parent else name
    color = element.get("color")
    if color and len(color) == 4:  # #rgb
        color = "#" + "".join(c * 2 for c in color[1:])
    if element.get("guid"):
        found.codes[path] = CodeIdentity(id_from_guid(element.get("guid")), color)
    for child in element.iterfind(f"{NS}Code"):
        _code(child, path, found)
