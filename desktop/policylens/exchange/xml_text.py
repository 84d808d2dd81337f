"""Text that XML, UTF-8 and JSON can hold, with what had to change said.

XML 1.0 holds no C0 control character but tab, line feed and carriage return (a vertical
tab from Word makes a file no XML at all), no lone surrogate (half an emoji, as JavaScript
may leave it) and neither U+FFFE nor U+FFFF. Each such character becomes MARKER, one for
one, so offsets into the text still hold; callers put the description in their report.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

MARKER = "\ufffd"  # REPLACEMENT CHARACTER: what Unicode itself puts for a character it lost
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NOT_UTF8 = re.compile("[\ud800-\udfff]")


def describe(found: list[str]) -> str:
    """'3 characters (U+000B, U+D83D)' for the characters replaced."""
    codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(set(found)))
    return f"{len(found)} character{'s' if len(found) != 1 else ''} ({codes})"


def xml_safe(text: str, xml: bool = True) -> tuple[str, str]:
    """(text with every character XML, or with xml=False UTF-8, cannot hold as MARKER,
    a description of those replaced or "")."""
    pattern = NOT_XML if xml else NOT_UTF8
    found = pattern.findall(text)
    return (pattern.sub(MARKER, text), describe(found)) if found else (text, "")


def json_safe(text: str) -> str:
    """JSON text whose lone surrogates are \\u escapes: UTF-8 can then hold it, and a JSON reader
    gets back exactly what was written (JSON escapes a surrogate; UTF-8 cannot carry one)."""
    return NOT_UTF8.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def utf8_bytes(text: str, problems: list[str], what: str, encoding: str = "utf-8") -> bytes:
    """text in UTF-8, lone surrogates as MARKER, and a line in problems if there were any."""
    safe, replaced = xml_safe(text, xml=False)
    if replaced:
        problems.append(f"{what}: {replaced} replaced by {MARKER} (UTF-8 cannot hold them)")
    return safe.encode(encoding)


def xml_safe_tree(root: ET.Element) -> list[tuple[str, str]]:
    """Make every text and attribute of the tree XML-safe; (where, what) for each element changed."""
    changed = []
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in root.iter():
        found: list[str] = []
        for name, value in element.attrib.items():
            found += NOT_XML.findall(value)
            element.set(name, NOT_XML.sub(MARKER, value))
        for part in ("text", "tail"):
            value = getattr(element, part)
            if value:
                found += NOT_XML.findall(value)
                setattr(element, part, NOT_XML.sub(MARKER, value))
        if found:
            changed.append((_where(element, parents.get(element)), describe(found)))
    return changed


def _where(element: ET.Element, parent: ET.Element | None) -> str:
    """'Note 'title' (guid)' for an element, or for the part of one (its Description, its text)."""
    if parent is not None and not element.get("guid"):
        return f"{_where(parent, None)}, its {element.tag.rpartition('}')[2]}"
    label = " ".join(filter(None, (f"'{element.get('name')}'" if element.get("name") else "", element.get("guid"))))
    return f"{element.tag.rpartition('}')[2]} {label}".strip()
