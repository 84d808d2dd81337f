"""Commands on codes: add, rename, recolour, nest, merge and delete (see annotation_commands)."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .annotation_commands import AddObject, ChangeFields, Command, Draft
from .annotations import PATH_SEP, AnnotationError, Code, Project, check_color, new_id, now


def _checked_code(draft: Draft, code: Code) -> Code:
    """A code with a usable name, an existing parent that is not below it, and a colour."""
    name = code.name.strip()
    if not name or PATH_SEP in name:
        raise AnnotationError("code.bad_name", name=name, sep=PATH_SEP)
    if code.parent is not None:
        draft.need("codes", code.parent)
        if code.parent == code.id or code.parent in draft.project.descendants(code.id):
            raise AnnotationError("code.under_itself", path=draft.project.code_path(code.id))
    if any(c.name == name and c.id != code.id for c in draft.project.children(code.parent)):
        if code.parent is None:
            raise AnnotationError("code.exists_at_top", name=name)
        raise AnnotationError("code.exists", name=name, where=draft.project.code_path(code.parent))
    return replace(code, name=name, color=check_color(code.color))


class AddCode(AddObject):
    text, table = "add code", "codes"
    check = staticmethod(_checked_code)

    @property
    def code(self) -> Code:
        return self.obj


class RenameCode(ChangeFields):
    text, table = "rename code", "codes"
    check = staticmethod(_checked_code)

    def __init__(self, code_id: str, name: str):
        super().__init__(code_id, {"name": name})


class RecolourCode(ChangeFields):
    text, table = "recolour code", "codes"
    check = staticmethod(_checked_code)

    def __init__(self, code_id: str, color: str):
        super().__init__(code_id, {"color": color})


class NestCode(ChangeFields):
    """Move a code under another one (or to the top with None), with everything below it."""
    text, table = "move code", "codes"
    check = staticmethod(_checked_code)

    def __init__(self, code_id: str, parent: str | None):
        super().__init__(code_id, {"parent": parent})


class MergeCodes(Command):
    """Merge source into target: its segments get target, its sub-codes move (or merge) under it."""
    text = "merge codes"

    def __init__(self, source_id: str, target_id: str):
        super().__init__()
        self.source, self.target = source_id, target_id

    def plan(self, draft: Draft) -> None:
        project = draft.project
        if self.target == self.source or self.target in project.descendants(self.source):
            raise AnnotationError("code.merge_into_itself")
        draft.need("codes", self.target)
        merged: dict[str, str] = {}
        self._merge(draft, self.source, self.target, merged)
        _replace_codes(draft, merged)

    def _merge(self, draft: Draft, source: str, target: str, merged: dict[str, str]) -> None:
        draft.need("codes", source)
        merged[source] = target
        draft.put("codes", source, None)
        names = {c.name: c.id for c in draft.project.children(target)}
        for child in draft.project.children(source):
            if child.name in names:
                self._merge(draft, child.id, names[child.name], merged)
            else:
                draft.put("codes", child.id, replace(child, parent=target))


class DeleteCode(Command):
    """Delete a code and the codes below it, and take them off every annotation."""
    text = "delete code"

    def __init__(self, code_id: str):
        super().__init__()
        self.id = code_id

    def plan(self, draft: Draft) -> None:
        draft.need("codes", self.id)
        gone = [self.id, *draft.project.descendants(self.id)]
        for code in gone:
            draft.put("codes", code, None)
        _replace_codes(draft, dict.fromkeys(gone))


def _replace_codes(draft: Draft, mapping: dict[str, str | None]) -> None:
    """On every annotation, code k becomes mapping[k] (None: removed); duplicates collapse."""
    stamp = now()
    for a in draft.project.annotations.values():
        if mapping.keys() & set(a.codes):
            codes = (mapping.get(c, c) for c in a.codes)
            new = tuple(dict.fromkeys(c for c in codes if c is not None))
            draft.put("annotations", a.id, replace(a, codes=new, modified=stamp))


# -- helpers for callers that name codes by path ---------------------------------------------------

def code_ids_for_paths(project: Project, paths: Iterable[str],
                       color: str | None = None) -> tuple[list[str], list[Command]]:
    """Ids of the codes at the given paths, with AddCode commands for the ones still missing."""
    ids, adds, planned = [], [], {}  # planned: path -> id of a code to be added
    for path in paths:
        parent, walked = None, []
        for name in (n.strip() for n in path.strip(PATH_SEP).split(PATH_SEP)):
            walked.append(name)
            key = PATH_SEP.join(walked)
            found = planned.get(key) or getattr(project.code_by_path(key), "id", None)
            if found is None:
                found = planned[key] = new_id()
                adds.append(AddCode(Code(found, name, parent, **({"color": color} if color else {}))))
            parent = found
        ids.append(parent)
    return ids, adds
