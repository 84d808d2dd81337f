"""Two documents compared clause by clause, as a file: self-contained HTML or XLSX.

Takes the rows of worddiff.diff_documents over a pairing (core.document_pairing): one row per
pair, and a gap row for a clause the other document has not. Each side is shown in its own
document's characters, cut by the word operations into pieces: on the left what the right
lacks or words otherwise ('delete', 'replace'), on the right what the left lacks ('insert',
'replace'). Every text is escaped in HTML and stored as plain text (never a formula) in XLSX.
Labels of value kinds come from the caller (the interface language); the default is the
kind's own name, as the command line prints it.
"""
from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

from openpyxl import Workbook

from ...core.document import Document
from ...core.places import place_label
from ...core.scores import score_text
from ...core.values import ValuePair
from ...core.worddiff import ClauseDiff
from ..context import write_bytes_atomic
from .xlsx import _sheet

KindLabel = Callable[[str, str], str]  # (kind, agency role or "") -> label
COLUMNS = ("row", "status", "a_clause", "a_title", "a_text", "b_clause", "b_title", "b_text", "similarity",
           "a_changed", "b_changed", "values")
MARKS = {"equal": "=", "changed": "~", "only_a": "-", "only_b": "+"}
_COLOURS = {"delete": "#ffd6d6", "insert": "#c8f0c8", "replace": "#fff0a8", "value": "#6a3d9a"}


class Piece(NamedTuple):
    op: str  # equal, delete, insert, replace; 'only' for the text of a clause the other side lacks
    text: str
    start: int  # offsets into the side's clean text
    end: int


def default_kind_label(kind: str, role: str = "") -> str:
    return f"{kind} {role}".strip()


def status(row: ClauseDiff) -> str:
    """equal, changed, only_a or only_b."""
    if row.b_clause is None:
        return "only_a"
    if row.a_clause is None:
        return "only_b"
    return "changed" if row.changed() else "equal"


def pieces(doc: Document, row: ClauseDiff, side: str) -> list[Piece]:
    """The side's clause text cut by the row's operations; [] where the side has no clause."""
    if (row.a_clause if side == "a" else row.b_clause) is None:
        return []
    if not row.ops:  # a gap: the whole clause is this side's alone
        start, end = row.a_span if side == "a" else row.b_span
        return [Piece("only", doc.text[start:end], start, end)]
    out = []
    for op in row.ops:
        start, end = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
        if end > start:
            out.append(Piece(op.op, doc.text[start:end], start, end))
    return out


def value_texts(row: ClauseDiff, side: str, kind_label: KindLabel = default_kind_label) -> list[str]:
    """One line per differing value: its kind and what this side says ("—": nothing)."""
    return [f"{_label(pair, kind_label)}：{_side_value(pair, side)}" for pair in row.values]


def value_changes(row: ClauseDiff, kind_label: KindLabel = default_kind_label) -> list[str]:
    """One line per differing value: "期限：满2年 → 1年以上"."""
    return [f"{_label(pair, kind_label)}：{_side_value(pair, 'a')} → {_side_value(pair, 'b')}" for pair in row.values]


def _label(pair: ValuePair, kind_label: KindLabel) -> str:
    return kind_label(pair.kind, (pair.a or pair.b).role)


def _side_value(pair: ValuePair, side: str) -> str:
    value = pair.a if side == "a" else pair.b
    return value.text if value is not None else "—"


def document_label(doc: Document) -> str:
    place = place_label(doc.meta.place, doc.meta.level) if doc.meta.place else doc.key
    return f"{place} · {doc.meta.title}" if doc.meta.title else place


def clause_title(doc: Document, clause_id: str | None) -> str:
    return next((c.title for c in doc.clauses if c.id == clause_id), "") if clause_id else ""


# -- HTML ----------------------------------------------------------------------------------------

def comparison_html(doc_a: Document, doc_b: Document, rows: Sequence[ClauseDiff],
                    kind_label: KindLabel = default_kind_label, moved: dict[tuple[str, str], str] | None = None) -> str:
    """One self-contained page: a table of rows, left and right; gaps are hatched cells.

    moved maps ("a" or "b", clause id) of a gap to the clause id its counterpart has on the
    other side, shown in the gap.
    """
    moved = moved or {}
    body = "".join(_html_row(doc_a, doc_b, row, kind_label, moved) for row in rows)
    heading = f"{document_label(doc_a)} ↔ {document_label(doc_b)}"
    style = "".join(f".{op}{{background:{colour}}}" for op, colour in _COLOURS.items() if op != "value")
    return ("<!DOCTYPE html>\n<html lang=zh><head><meta charset=utf-8>"
            f"<title>{html.escape(heading)}</title><style>"
            "table{border-collapse:collapse;width:100%}td,th{vertical-align:top;border:1px solid #bbb;padding:4px 6px}"
            "td.side{width:48%}.text{white-space:pre-wrap}.id{font-weight:bold;color:#555}"
            f".values{{color:{_COLOURS['value']};margin:2px 0;padding-left:1.2em}}.delete{{text-decoration:line-through}}"
            ".gap{background:repeating-linear-gradient(45deg,#eee 0 6px,#d8d8d8 6px 12px);color:#666}"
            f"tr.equal .mark{{color:#999}}{style}</style></head><body><h1>{html.escape(heading)}</h1>"
            f"<table><tr><th></th><th>{html.escape(document_label(doc_a))}</th>"
            f"<th>{html.escape(document_label(doc_b))}</th></tr>{body}</table></body></html>\n")


def _html_row(doc_a, doc_b, row: ClauseDiff, kind_label: KindLabel, moved) -> str:
    kind = status(row)
    similarity = f' title="{score_text(row.similarity)}"' if kind in ("equal", "changed") else ""
    cells = [_html_side(doc, row, side, kind_label, moved) for doc, side in ((doc_a, "a"), (doc_b, "b"))]
    return f"<tr class={kind}><td class=mark{similarity}>{MARKS[kind]}</td>{''.join(cells)}</tr>"


def _html_side(doc: Document, row: ClauseDiff, side: str, kind_label: KindLabel, moved) -> str:
    clause_id = row.a_clause if side == "a" else row.b_clause
    if clause_id is None:
        other = "b" if side == "a" else "a"
        target = moved.get((other, row.b_clause if side == "a" else row.a_clause))
        return f"<td class='side gap'>{'→ ' + html.escape(target) if target else ''}</td>"
    values = "".join(f"<li>{html.escape(line)}</li>" for line in value_texts(row, side, kind_label))
    text = "".join(html.escape(p.text) if p.op in ("equal", "only") else
                   f"<span class={p.op}>{html.escape(p.text)}</span>" for p in pieces(doc, row, side))
    return (f"<td class=side><div class=id>{html.escape(clause_id)}</div>"
            f"{'<ul class=values>' + values + '</ul>' if values else ''}<div class=text>{text}</div></td>")


def write_html(path: Path, doc_a: Document, doc_b: Document, rows: Sequence[ClauseDiff],
               kind_label: KindLabel = default_kind_label, moved: dict | None = None) -> None:
    write_bytes_atomic(path, comparison_html(doc_a, doc_b, rows, kind_label, moved).encode("utf-8"))


# -- XLSX ----------------------------------------------------------------------------------------

def table_rows(doc_a: Document, doc_b: Document, rows: Sequence[ClauseDiff],
               kind_label: KindLabel = default_kind_label) -> list[list]:
    """One list per row, in COLUMNS order: clause, title and text of each side, what changed."""
    out = []
    for number, row in enumerate(rows, 1):
        a, b = pieces(doc_a, row, "a"), pieces(doc_b, row, "b")
        kind = status(row)
        out.append([number, kind, row.a_clause or "", clause_title(doc_a, row.a_clause), "".join(p.text for p in a),
                    row.b_clause or "", clause_title(doc_b, row.b_clause), "".join(p.text for p in b),
                    round(row.similarity, 4) if kind in ("equal", "changed") else None,
                    " / ".join(p.text for p in a if p.op in ("delete", "replace")),
                    " / ".join(p.text for p in b if p.op in ("insert", "replace")),
                    "\n".join(value_changes(row, kind_label))])
    return out


def workbook(doc_a: Document, doc_b: Document, rows: Sequence[ClauseDiff],
             kind_label: KindLabel = default_kind_label) -> Workbook:
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Comparison", COLUMNS, table_rows(doc_a, doc_b, rows, kind_label))
    _sheet(book, "Documents", ("side", "key", "place", "title", "file", "script"),
           [[side, doc.key, place_label(doc.meta.place, doc.meta.level), doc.meta.title, doc.source.name, doc.script]
            for side, doc in (("a", doc_a), ("b", doc_b))])
    return book


def write_xlsx(path: Path, doc_a: Document, doc_b: Document, rows: Sequence[ClauseDiff],
               kind_label: KindLabel = default_kind_label) -> None:
    out = io.BytesIO()
    workbook(doc_a, doc_b, rows, kind_label).save(out)
    write_bytes_atomic(path, out.getvalue())
