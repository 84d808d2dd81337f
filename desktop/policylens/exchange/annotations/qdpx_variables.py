"""Document attributes as REFI-QDA variables: <Variables> in the project, a <VariableValue>
per attribute on each TextSource, and read back from a project on import; document sets as
<Sets> of MemberSources, read back the same way.

A variable has one type for all its values: Integer where every value is a whole number
(the year), Float where every value is a number, Date where every value is a full ISO date,
Text otherwise (a month alone, 2016-05, is no xsd:date). Empty values are not written. The
GUIDs come from the names, so the same attribute has the same GUID in every export.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Callable, Mapping

from .incoming import guid

_INTEGER = re.compile(r"^-?\d+$")
_FLOAT = re.compile(r"^-?\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
VALUE_TAGS = {"Text": "TextValue", "Integer": "IntegerValue", "Float": "FloatValue", "Date": "DateValue",
              "Boolean": "BooleanValue", "DateTime": "DateTimeValue"}


def variable_type(values) -> str:
    values = [v for v in values if v]
    for kind, pattern in (("Integer", _INTEGER), ("Float", _FLOAT), ("Date", _DATE)):
        if values and all(pattern.match(v) for v in values):
            return kind
    return "Text"


def variable_types(names: list[str], attributes: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """name -> its REFI-QDA type, for the attributes that some exported document has."""
    found = {name: [a.get(name, "") for a in attributes.values()] for name in names}
    return {name: variable_type(values) for name, values in found.items() if any(values)}


def write_variables(element: Callable, root: ET.Element, types: Mapping[str, str]) -> None:
    """<Variables> under root; element(parent, tag, **attrs) makes a namespaced element."""
    if types:
        variables = element(root, "Variables")
        for name, kind in types.items():
            element(variables, "Variable", guid=guid(name, "variable"), name=name, typeOfVariable=kind)


def write_values(element: Callable, source: ET.Element, types: Mapping[str, str], values: Mapping[str, str]) -> None:
    for name, kind in types.items():
        if values.get(name):
            value = element(source, "VariableValue")
            element(value, "VariableRef", targetGUID=guid(name, "variable"))
            element(value, VALUE_TAGS[kind]).text = values[name]


def write_sets(element: Callable, root: ET.Element, sets: Mapping[str, list[str]], shipped: set[str]) -> None:
    """<Sets> under root: each set with its members among the shipped documents."""
    kept = {name: [k for k in keys if k in shipped] for name, keys in sorted(sets.items())}
    kept = {name: keys for name, keys in kept.items() if keys}
    if kept:
        holder = element(root, "Sets")
        for name, keys in kept.items():
            one = element(holder, "Set", guid=guid(name, "set"), name=name)
            for key in keys:
                element(one, "MemberSource", targetGUID=guid(key, "source"))


def read_sets(root: ET.Element, ns: str) -> dict[str, list[str]]:
    """Set name -> the GUIDs of its member sources."""
    return {s.get("name", "").strip(): [m.get("targetGUID", "") for m in s.iterfind(f"{ns}MemberSource")]
            for s in root.iterfind(f"{ns}Sets/{ns}Set") if s.get("name", "").strip()}


def read_variables(root: ET.Element, ns: str) -> dict[str, tuple[str, str]]:
    """Variable GUID -> (name, type) of a project."""
    return {v.get("guid", ""): (v.get("name", "").strip(), v.get("typeOfVariable", "Text"))
            for v in root.iterfind(f"{ns}Variables/{ns}Variable") if v.get("name", "").strip()}


def read_values(source: ET.Element, ns: str, variables: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """name -> value of a source's (or a case's) VariableValues, for the variables the project defines."""
    values = {}
    for value in source.iterfind(f"{ns}VariableValue"):
        ref = value.find(f"{ns}VariableRef")
        variable = variables.get(ref.get("targetGUID", "") if ref is not None else "")
        held = next((child.text or "" for child in value if child.tag != f"{ns}VariableRef"), "")
        if variable and held.strip():
            values[variable[0]] = held.strip()
    return values
