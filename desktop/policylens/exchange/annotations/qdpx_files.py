"""The files of a REFI-QDA project: its .qde and the texts its sources name.

A .qdpx is a zip with project.qde and sources/; other programs also name the .qde otherwise,
or hand over a bare .qde, possibly beside its sources folder. A source's text is at
plainTextPath, internal://<file> in sources/ by the standard; a path without internal:// is
still looked for in the project, and said to break the standard. A text that is not there
is None: the source is then matched to a stored document and read in its text.
"""
from __future__ import annotations

import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

from ..context import ExchangeError
from .incoming import guid

NS = "{urn:QDA-XML:project:1.0}"
OWN_USER = guid("local user", "user")  # PolicyLens's user, creatingUser of what has no coder


class ProjectFiles:
    """The project's XML root and its files by lower-case path ('sources/a.txt')."""

    def __init__(self, qde: bytes, files: dict[str, object], read, notes: list[str]):
        self.files, self._read, self.notes = files, read, notes
        try:
            self.root = ET.fromstring(qde)
        except ET.ParseError as exc:
            raise ExchangeError(f"its project file is not well-formed XML ({exc})") from None
        if self.root.tag != f"{NS}Project":
            raise ExchangeError(f"its project file has root {self.root.tag}, not Project of urn:QDA-XML:project:1.0")

    def text(self, path: str, source: str) -> str | None:
        """The text at a plainTextPath, or None (with a note) when the project does not hold it."""
        scheme, _, rest = path.partition("://") if "://" in path else ("", "", path)
        rest = rest.lstrip("/")
        lowered = rest.lower()
        name = PurePosixPath(lowered).name
        member = (self.files.get(f"sources/{lowered}") or self.files.get(lowered)
                  or next((m for k, m in self.files.items() if PurePosixPath(k).name == name and name), None))
        broken = scheme.lower() != "internal"
        if member is None:
            why = " (REFI-QDA wants internal://<file> for a text inside the project)" if broken else ""
            self.notes.append(f"source '{source}': its text {path or '(no plainTextPath)'} is not in the project"
                              f"{why}; it is read in the stored document of that name")
            return None
        if broken:
            self.notes.append(f"source '{source}': plainTextPath '{path}' is not an internal:// path, as "
                              f"REFI-QDA requires; its text was found in the project as {member}")
        return self._read(member).decode("utf-8-sig")


def open_project(path: Path) -> ProjectFiles:
    """The project in a .qdpx zip or a bare .qde; ExchangeError says why it cannot be read."""
    notes: list[str] = []
    if zipfile.is_zipfile(path):
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise ExchangeError("exchange.not_zip", path=str(path), reason=str(exc)) from None
        with archive:
            files = {n.lower(): n for n in archive.namelist() if not n.endswith("/")}
            qde = _qde_in(files, notes)
            texts = {name: archive.read(name) for key, name in files.items() if not key.endswith(".qde")}
            return ProjectFiles(archive.read(qde), files, texts.__getitem__, notes)
    folder = path.parent
    files = {}
    for sub in (p for p in folder.iterdir() if p.is_dir() and p.name.lower() == "sources"):
        files.update({f"sources/{f.name.lower()}": str(f) for f in sub.iterdir() if f.is_file()})
    return ProjectFiles(path.read_bytes(), files, lambda name: Path(name).read_bytes(), notes)


def _qde_in(files: dict[str, str], notes: list[str]) -> str:
    if "project.qde" in files:
        return files["project.qde"]
    found = sorted(k for k in files if k.endswith(".qde"))
    if not found:
        raise ExchangeError("it has no project.qde, so it is not a REFI-QDA project")
    top = [k for k in found if "/" not in k] or found
    if len(top) > 1:
        notes.append(f"it holds {len(top)} project files ({', '.join(files[k] for k in top)}); "
                     f"{files[top[0]]} was read")
    return files[top[0]]


def is_qde(path: Path) -> bool:
    """True for a bare QDA-XML file: XML whose root is a QDA-XML Project."""
    with open(path, "rb") as handle:
        head = handle.read(2048).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and b"urn:QDA-XML:project" in head
