"""Documents as REFI-QDA cases: a <Case> per exported document, holding its attributes as
VariableValues and a SourceRef to its TextSource, and cases read back on import.

NVivo and ATLAS.ti keep attributes on cases rather than on sources, so the export writes
them twice (the sources keep theirs for MAXQDA and QualCoder). A case is named by the
document's title, with its place in front where two exported documents share a title; its
GUID comes from the document key, so it is the same in every export.

Cases from other programs may group several sources (a case per interviewee or per
province) or refer to none (only to selections, or to nothing): a case's values go to every
source it refers to, directly or through a selection in it. A source's own value wins over
its case's, and where two cases of one source disagree the first one read wins and the
other is reported.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from typing import Callable, Mapping

from .incoming import guid
from .qdpx_variables import read_values, write_values


def case_names(keys: list[str], titles: Mapping[str, str], places: Mapping[str, str]) -> dict[str, str]:
    """key -> the case's name: its title, or place + title where the title alone is shared."""
    shared = Counter(titles[k] for k in keys)
    return {k: f"{places[k]} {titles[k]}" if shared[titles[k]] > 1 and places.get(k) else titles[k] for k in keys}


def write_cases(element: Callable, root: ET.Element, names: Mapping[str, str], types: Mapping[str, str],
                attributes: Mapping[str, Mapping[str, str]]) -> None:
    """<Cases> under root, one per document of names (key -> case name), in its order."""
    if not names:
        return
    cases = element(root, "Cases")
    for key, name in names.items():
        case = element(cases, "Case", guid=guid(key, "case"), name=name)
        write_values(element, case, types, attributes.get(key, {}))
        element(case, "SourceRef", targetGUID=guid(key, "source"))


def read_cases(root: ET.Element, ns: str, variables: Mapping[str, tuple[str, str]],
               sources: Mapping[str, str], selections: Mapping[str, str]) -> tuple[dict, list[str]]:
    """(doc key -> name -> value from its cases, problems). sources: source GUID -> doc key;
    selections: selection GUID -> doc key."""
    found: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for case in root.iterfind(f"{ns}Cases/{ns}Case"):
        values = read_values(case, ns, variables)
        if not values:
            continue
        label = case.get("name") or case.get("guid", "")
        refs = [sources.get(r.get("targetGUID", "")) for r in case.iterfind(f"{ns}SourceRef")]
        refs += [selections.get(r.get("targetGUID", "")) for r in case.iterfind(f"{ns}SelectionRef")]
        keys = list(dict.fromkeys(k for k in refs if k))
        if not keys:
            problems.append(f"case '{label}' left out: it refers to no imported source")
        for key in keys:
            held = found.setdefault(key, {})
            for name, value in values.items():
                if held.setdefault(name, value) != value:
                    problems.append(f"case '{label}': {name} of {key} left as '{held[name]}', not '{value}' "
                                    "(another case of the document says so)")
    return found, problems
