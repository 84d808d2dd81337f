"""Small REFI-QDA projects shaped like those NVivo, MAXQDA, ATLAS.ti and QualCoder write.

Each is built here from the stored documents, with the habits of its program: NVivo counts
positions in UTF-16 code units and keeps annotations as Notes linked to their selection;
MAXQDA names sources without extension, writes coding memos as the selection's Description
and ships texts with Windows line ends; ATLAS.ti names its .qde after the project; QualCoder
names its coders in Users.
"""
from __future__ import annotations

import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

WIDE_TEXT = ("𠮷安市人民政府办公室关于印发𡌶区落户实施方案的通知\n\n各县（市、区）人民政府：\n\n"
             "一、总体要求\n（一）😀全面放开城镇落户限制。由市公安局牵头，𡌶区政府配合。\n"
             "（二）放宽重点群体落户限制。由市人社局牵头。\n二、保障措施\n（一）加强组织领导。由市政府办公室负责。\n")


def utf16(text: str, offset: int) -> int:
    """The UTF-16 code unit offset of a code point offset, as NVivo for Windows counts."""
    return len(text[:offset].encode("utf-16-le")) // 2


def gid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"test:{name}"))


@dataclass
class Sel:
    start: int
    end: int
    name: str | None = None  # the selection's name attribute (a quote, a label, or none)
    codes: list[str] = field(default_factory=list)
    description: str | None = None
    note: str | None = None  # a Note the selection refers to with NoteRef
    linked: str | None = None  # a Note linked to the selection (NVivo's annotations)
    user: str | None = None


@dataclass
class Src:
    name: str
    text: str | None  # None: the project ships no text for it
    selections: list[Sel]
    path: str | None = None  # plainTextPath; default internal://<guid>.txt
    member: str | None = None  # where the text is in the zip; default sources/<guid>.txt


def qde(sources: list[Src], origin: str | None = None, users: dict[str, str] | None = None,
        codes: list[str] = ("责任",), before_sources: str = "") -> tuple[str, dict[str, str]]:
    """(project.qde, {zip member: text}) for the sources; before_sources is XML put between the
    CodeBook and the Sources (Variables, Cases)."""
    users = users or {}
    notes, links, files = [], [], {}
    head = f'<Project xmlns="urn:QDA-XML:project:1.0" name="p"{" origin=" + quoteattr(origin) if origin else ""}>'
    out = ['<?xml version="1.0" encoding="utf-8"?>', head]
    if users:
        out.append("<Users>" + "".join(f'<User guid="{gid(u)}" name={quoteattr(name)}/>' for u, name in users.items())
                   + "</Users>")
    out.append("<CodeBook><Codes>" + "".join(f'<Code guid="{gid(c)}" name={quoteattr(c)} isCodable="true"/>'
                                             for c in codes) + "</Codes></CodeBook>" + before_sources + "<Sources>")
    for s in sources:
        path = s.path if s.path is not None else f"internal://{gid(s.name)}.txt"
        attr = f" plainTextPath={quoteattr(path)}" if s.text is not None or s.path else ""
        out.append(f'<TextSource guid="{gid(s.name)}" name={quoteattr(s.name)}{attr}>')
        if s.text is not None:
            files[s.member or f"sources/{gid(s.name)}.txt"] = s.text
        for n, sel in enumerate(s.selections):
            sid = gid(f"{s.name}:{n}")
            name = f" name={quoteattr(sel.name)}" if sel.name is not None else ""
            user = f' creatingUser="{gid(sel.user)}"' if sel.user else ""
            out.append(f'<PlainTextSelection guid="{sid}"{name} startPosition="{sel.start}" '
                       f'endPosition="{sel.end}"{user}>')
            if sel.description is not None:
                out.append(f"<Description>{escape(sel.description)}</Description>")
            out += [f'<Coding guid="{gid(sid + c)}"><CodeRef targetGUID="{gid(c)}"/></Coding>' for c in sel.codes]
            if sel.note is not None:
                notes.append((gid(sid + "note"), sel.note))
                out.append(f'<NoteRef targetGUID="{gid(sid + "note")}"/>')
            if sel.linked is not None:
                notes.append((gid(sid + "linked"), sel.linked))
                links.append(f'<Link guid="{gid(sid + "link")}" originGUID="{gid(sid + "linked")}" '
                             f'targetGUID="{sid}"/>')
            out.append("</PlainTextSelection>")
        out.append("</TextSource>")
    out.append("</Sources>")
    if notes:
        out.append("<Notes>" + "".join(f'<Note guid="{g}" name="n"><PlainTextContent>{escape(t)}</PlainTextContent>'
                                       f"</Note>" for g, t in notes) + "</Notes>")
    if links:
        out.append("<Links>" + "".join(links) + "</Links>")
    out.append("</Project>")
    return "\n".join(out), files


def qdpx(path: Path, sources: list[Src], origin: str | None = None, qde_name: str = "project.qde",
         **kwargs) -> Path:
    project, files = qde(sources, origin, **kwargs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(qde_name, project)
        for member, text in files.items():
            archive.writestr(member, text.encode("utf-8"))
    return path
