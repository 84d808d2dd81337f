"""A Markdown report: codes, project memos, then each document by clause with its quotes,
notes and codes, and the annotations that need review apart. Everything typed is escaped."""
from __future__ import annotations

from pathlib import Path

from ...core.annotations import Annotation, Memo
from ...core.clause_names import clause_name
from ..context import ExportContext, write_bytes_atomic
from ..xml_text import utf8_bytes
from .escape import md_block, md_cell, md_inline


def markdown_report(context: ExportContext) -> str:
    project = context.project
    lines = ["# PolicyLens annotations", "",
             f"Exported {context.exported}: {len(project.annotations)} annotations on "
             f"{len(context.document_keys())} documents, {len(project.codes)} codes, "
             f"{len(project.memos)} memos.", ""]
    lines += _codes(context)
    lines += _memos("## Project memos", context.memos(None))
    for key in context.document_keys():
        lines += _document(context, key)
    return "\n".join(lines).rstrip("\n") + "\n"


def write_markdown(context: ExportContext, path: Path) -> list[str]:
    problems: list[str] = []
    write_bytes_atomic(path, utf8_bytes(markdown_report(context), problems, "the report"))
    return problems


def _codes(context: ExportContext) -> list[str]:
    if not context.project.codes:
        return []
    counts = context.project.code_counts()
    lines = ["## Codes", "", "| Code | Colour | Segments | Description |", "| --- | --- | ---: | --- |"]
    for code in context.codes_in_order():
        lines.append(f"| {md_cell(context.project.code_path(code.id))} | {code.color} | "
                     f"{counts.get(code.id, 0)} | {md_cell(code.description)} |")
    return lines + [""]


def _memos(heading: str, memos: list[Memo]) -> list[str]:
    if not memos:
        return []
    lines = [heading, ""]
    for memo in memos:
        lines += [f"**{md_inline(memo.title)}**" if memo.title else "*(untitled)*", "", md_block(memo.text), ""]
    return lines


def _document(context: ExportContext, key: str) -> list[str]:
    annotations = context.annotations(key)
    lines = [f"## {md_inline(context.title(key))}", "",
             f"File {md_inline(context.file_name(key))}, key {md_inline(key)}: "
             f"{len(annotations)} annotations.", ""]
    lines += _memos("### Memos", context.memos(key))
    placed = [a for a in annotations if not a.needs_review]
    for clause in dict.fromkeys(a.anchor.clause for a in placed):
        in_clause = [a for a in placed if a.anchor.clause == clause]
        title = context.clause_title(in_clause[0])
        lines += [f"### {md_inline(clause_name(clause))} {md_inline(title)}".rstrip(), ""]
        lines += _table(context, in_clause, with_clause=False)
    review = [a for a in annotations if a.needs_review]
    if review:
        lines += ["### Needs review", "", "Their passage was not found again in the current text.", ""]
        lines += _table(context, review, with_clause=True)
    return lines


def _table(context: ExportContext, annotations: list[Annotation], with_clause: bool) -> list[str]:
    head = ["Clause"] * with_clause + ["Quote", "Note", "Codes", "Colour"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for a in annotations:
        cells = [md_cell(clause_name(a.anchor.clause))] * with_clause + [
            md_cell(a.anchor.exact), md_cell(a.note),
            ", ".join(md_cell(p) for p in context.code_paths(a)) or " ", a.color]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]
