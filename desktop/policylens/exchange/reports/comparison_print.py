"""Two documents compared clause by clause, as a page to print (Qt's QTextDocument lays it out).

The same rows as the window and the HTML export (document_diff): first each document's place,
title, 文号 and dates (A the left, B the right), then the counts (kept, changed, dropped, added),
then each aligned pair: the clause ids, the left clause's text, the right one's.
One above the other rather than side by side, so a pair cut by a page break still reads in order
and a portrait page holds the text at a readable size. Deleted words are struck through on a red
ground, inserted words underlined on a green one, replaced words on yellow, as the window
colours them; a print in black and white still tells them apart by the strike and the line.
The researcher's notes on a clause follow its text. A clause family (the clause-family view,
more than two documents) prints the same way: a document after another, each clause marked
against the reference's, with the counts of documents alike, changed and without the clause.
QTextDocument reads only a subset of HTML and CSS: inline styles, no gradients. Every text is
escaped.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import Iterable, Sequence

from ...core.annotations import Annotation
from ...core.compared import ComparedColumn
from ...core.document import Document
from ...core.worddiff import ClauseDiff
from .document_diff import MARKS, KindLabel, default_kind_label, document_label, pieces, status, value_texts

STYLES = {"delete": "background-color:#ffd6d6; text-decoration:line-through;",
          "insert": "background-color:#c8f0c8; text-decoration:underline;",
          "replace": "background-color:#fff0a8;"}
DATES = ("written", "issued", "published", "effective", "expires")
Notes = dict[tuple[str, str], list[str]]  # (document key, clause id) -> the notes on it, in order


@dataclass(frozen=True)
class PrintLabels:
    """The page's own words, in the interface language (the window translates them)."""
    title: str = "Comparison"
    counts: str = "{kept} kept, {changed} changed, {dropped} only left, {added} only right"
    family_counts: str = "{documents} documents: {kept} as the reference, {changed} changed, {absent} without the clause"
    dates: tuple[str, ...] = DATES  # one per DATES entry
    doc_number: str = "Number"
    no_counterpart: str = "no counterpart"
    moved_to: str = "counterpart at {clause}"
    note: str = "Note"


def counts(rows: Iterable[ClauseDiff]) -> dict[str, int]:
    """kept (equal), changed, dropped (left only) and added (right only) rows."""
    kinds = Counter(status(row) for row in rows)
    return {"kept": kinds["equal"], "changed": kinds["changed"], "dropped": kinds["only_a"], "added": kinds["only_b"]}


def clause_notes(annotations: Iterable[Annotation], keys: Iterable[str]) -> Notes:
    """The non-empty notes of these documents' annotations, by the clause each starts in."""
    wanted, notes = set(keys), {}
    for annotation in sorted(annotations, key=lambda a: (a.anchor.document, a.anchor.start, a.id)):
        if annotation.anchor.document in wanted and annotation.note.strip():
            notes.setdefault((annotation.anchor.document, annotation.anchor.clause), []).append(annotation.note.strip())
    return notes


def printable_html(doc_a: Document, doc_b: Document, rows: Sequence[ClauseDiff], labels: PrintLabels = PrintLabels(),
                   kind_label: KindLabel = default_kind_label, moved: dict[tuple[str, str], str] | None = None,
                   notes: Notes | None = None) -> str:
    moved, notes = moved or {}, notes or {}
    body = "\n".join(_pair(doc_a, doc_b, row, labels, kind_label, moved, notes) for row in rows)
    return ('<html><head><meta charset="utf-8"></head><body style="font-size:10pt;">'
            f'<h1 style="font-size:14pt;">{escape(labels.title)}</h1>'
            f"{_about(doc_a, 'A', labels)}{_about(doc_b, 'B', labels)}"
            f"<p><b>{escape(labels.counts.format(**counts(rows)))}</b></p>\n{body}\n</body></html>\n")


def family_html(heading: str, docs: Sequence[Document], columns: Sequence[ComparedColumn],
                labels: PrintLabels = PrintLabels(), notes: Notes | None = None) -> str:
    """One clause family (the clause-family view's columns, reference first), one document after
    another: its place, title and dates, how it compares, its clause marked against the reference."""
    notes = notes or {}
    absent = sum(1 for c in columns if not c.clause)
    changed = sum(1 for c in columns if c.clause and any(s.op != "equal" for s in c.segments))
    summary = labels.family_counts.format(documents=len(columns), kept=len(columns) - absent - changed,
                                          changed=changed, absent=absent)
    body = "\n".join(_member(doc, column, labels, notes) for doc, column in zip(docs, columns))
    return ('<html><head><meta charset="utf-8"></head><body style="font-size:10pt;">'
            f'<h1 style="font-size:14pt;">{escape(labels.title)}</h1><p><b>{escape(heading)}</b></p>'
            f"<p><b>{escape(summary)}</b></p>\n{body}\n</body></html>\n")


def _member(doc: Document, column: ComparedColumn, labels: PrintLabels, notes: Notes) -> str:
    title = escape(column.title).replace("\n", "　")
    text = "".join(escape(s.text) if s.op == "equal" else f'<span style="{STYLES[s.op]}">{escape(s.text)}</span>'
                   for s in column.segments)
    values = "".join(f'<br><span style="color:#6a3d9a;">{escape(line)}</span>' for line in column.values)
    return (f'<p style="margin:10px 0 2px 0; background-color:#eeeeee;"><b>{title}</b>　{escape(column.note)}</p>'
            f"{_about(doc, '', labels)}"
            f'<p style="margin:2px 0 0 1em;">{text.replace(chr(10), "<br>")}{values}</p>'
            f"{_notes(notes.get((doc.key, column.clause), ()), labels)}")


def _notes(said: Iterable[str], labels: PrintLabels) -> str:
    return "".join(f'<p style="margin:2px 0 0 2em; color:#1f4e79;"><b>{escape(labels.note)}：</b>'
                   f'{escape(note).replace(chr(10), "<br>")}</p>' for note in said)


def _about(doc: Document, side: str, labels: PrintLabels) -> str:
    lines = [f"<b>{side}　{escape(document_label(doc))}</b>" if side else escape(document_label(doc))]
    if doc.meta.doc_number:
        lines.append(f"{escape(labels.doc_number)}：{escape(doc.meta.doc_number)}")
    lines += [f"{escape(name)}：{escape(doc.meta.dates[key])}" for key, name in zip(DATES, labels.dates)
              if doc.meta.dates.get(key)]
    return f'<p style="margin:2px 0;">{"　".join(lines)}</p>'


def _pair(doc_a, doc_b, row: ClauseDiff, labels, kind_label, moved, notes) -> str:
    """One aligned pair, the left clause above the right one: a page break never reorders them.

    Paragraphs, not a table: QTextDocument moves a paragraph's line that would cross a page's
    end to the next page, where a table cell's line is drawn on both pages."""
    ids = " ↔ ".join(escape(clause or "—") for clause in (row.a_clause, row.b_clause))
    sides = "".join(_side(doc, row, side, labels, kind_label, moved, notes) for doc, side in ((doc_a, "a"), (doc_b, "b")))
    return (f'<p style="margin:10px 0 2px 0; background-color:#eeeeee;"><b>{MARKS[status(row)]}　{ids}</b></p>'
            f"{sides}")


def _side(doc: Document, row: ClauseDiff, side: str, labels: PrintLabels, kind_label, moved, notes) -> str:
    clause_id = row.a_clause if side == "a" else row.b_clause
    name = f"<b>{side.upper()}</b>　"
    if clause_id is None:
        target = moved.get(("b" if side == "a" else "a", row.b_clause if side == "a" else row.a_clause))
        said = labels.moved_to.format(clause=target) if target else labels.no_counterpart
        return f'<p style="margin:2px 0 0 1em; color:#666666;">{name}<i>{escape(said)}</i></p>'
    text = "".join(escape(p.text) if p.op in ("equal", "only") else
                   f'<span style="{STYLES[p.op]}">{escape(p.text)}</span>' for p in pieces(doc, row, side))
    values = "".join(f'<br><span style="color:#6a3d9a;">{escape(line)}</span>'
                     for line in value_texts(row, side, kind_label))
    said = _notes(notes.get((doc.key, clause_id), ()), labels)
    return f'<p style="margin:2px 0 0 1em;">{name}{text.replace(chr(10), "<br>")}{values}</p>{said}'
