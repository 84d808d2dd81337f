"""A Markdown report: codes, project memos, then each document by clause with its quotes,
notes and codes, and the annotations that need review apart. Plain text that was typed is
escaped; Markdown notes keep their markup (escape.py). The report's own words are in English
or Chinese (the context's language; the window passes its own)."""
from __future__ import annotations

from pathlib import Path

from ...core.annotations import Annotation, Memo
from ...core.clause_names import clause_name
from ..context import ExportContext, write_bytes_atomic
from ..xml_text import utf8_bytes
from .escape import md_cell, md_inline, note_block, note_cell


WORDS = {
    "en": {"title": "# PolicyLens annotations",
           "summary": "Exported {when}: {annotations} annotations on {documents} documents, {codes} codes, "
                      "{memos} memos.",
           "codes": "## Codes", "code_head": "| Code | Colour | Segments | Description |",
           "project_memos": "## Project memos", "memos": "### Memos", "untitled": "*(untitled)*",
           "document": "File {file}, key {key}: {count} annotations.",
           "review": "### Needs review", "review_why": "Their passage was not found again in the current text.",
           "clause": "Clause", "columns": ("Quote", "Note", "Codes", "Colour"),
           "names": {"doc_number": "document number", "doc_type": "document type"}},
    "zh": {"title": "# PolicyLens 批注",
           "summary": "导出于 {when}：{documents} 份文件上的 {annotations} 条批注，{codes} 个编码，{memos} 条备忘。",
           "codes": "## 编码", "code_head": "| 编码 | 颜色 | 片段 | 说明 |",
           "project_memos": "## 项目备忘", "memos": "### 备忘", "untitled": "*（无标题）*",
           "document": "文件 {file}，键 {key}：{count} 条批注。",
           "review": "### 待复核", "review_why": "这些批注的段落在当前文本中未能重新找到。",
           "clause": "条款", "columns": ("引文", "批注", "编码", "颜色"),
           "names": {"place": "地区", "province": "省份", "level": "层级", "year": "年份", "date": "日期",
                     "issuer": "发文机关", "doc_number": "文号", "doc_type": "文种"}},
}


def markdown_report(context: ExportContext) -> str:
    project = context.project
    words = _words(context)
    lines = [words["title"], "",
             words["summary"].format(when=context.exported, annotations=len(project.annotations),
                                     documents=len(context.document_keys()), codes=len(project.codes),
                                     memos=len(project.memos)), ""]
    lines += _codes(context)
    lines += _memos(words["project_memos"], context.memos(None), words)
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
    words = _words(context)
    lines = [words["codes"], "", words["code_head"], "| --- | --- | ---: | --- |"]
    for code in context.codes_in_order():
        lines.append(f"| {md_cell(context.project.code_path(code.id))} | {code.color} | "
                     f"{counts.get(code.id, 0)} | {md_cell(code.description)} |")
    return lines + [""]


def _words(context: ExportContext) -> dict:
    return WORDS.get(context.language, WORDS["en"])


def _memos(heading: str, memos: list[Memo], words: dict) -> list[str]:
    if not memos:
        return []
    lines = [heading, ""]
    for memo in memos:
        lines += [f"**{md_inline(memo.title)}**" if memo.title else words["untitled"], "",
                  note_block(memo.text, memo.text_format), ""]
    return lines


def _document(context: ExportContext, key: str) -> list[str]:
    annotations = context.annotations(key)
    words = _words(context)
    lines = [f"## {md_inline(context.title(key))}", "",
             words["document"].format(file=md_inline(context.file_name(key)), key=md_inline(key),
                                      count=len(annotations)), ""]
    lines += _attributes(context, key, words)
    lines += _memos(words["memos"], context.memos(key), words)
    placed = [a for a in annotations if not a.needs_review]
    for clause in dict.fromkeys(a.anchor.clause for a in placed):
        in_clause = [a for a in placed if a.anchor.clause == clause]
        title = context.clause_title(in_clause[0])
        lines += [f"### {md_inline(clause_name(clause))} {md_inline(title)}".rstrip(), ""]
        lines += _table(context, in_clause, with_clause=False)
    review = [a for a in annotations if a.needs_review]
    if review:
        lines += [words["review"], "", words["review_why"], ""]
        lines += _table(context, review, with_clause=True)
    return lines


def _attributes(context: ExportContext, key: str, words: dict) -> list[str]:
    """The document's attributes in one line: name value · name value (the empty ones left out)."""
    pairs = [(words["names"].get(name, name), value)
             for name, value in zip(context.attribute_headers(), context.attribute_values(key)) if value]
    return [" · ".join(f"{md_inline(name)}: {md_inline(value)}" for name, value in pairs), ""] if pairs else []


def _table(context: ExportContext, annotations: list[Annotation], with_clause: bool) -> list[str]:
    words = _words(context)
    head = [words["clause"]] * with_clause + list(words["columns"])
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for a in annotations:
        cells = [md_cell(clause_name(a.anchor.clause))] * with_clause + [
            md_cell(a.anchor.exact), note_cell(a.note, a.note_format),
            ", ".join(md_cell(p) for p in context.code_paths(a)) or " ", a.color]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]
