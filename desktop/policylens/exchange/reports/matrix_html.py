"""A matrix as one self-contained HTML page: inline CSS, no script, no outside resource.

Every text that comes from a document or the user (titles, places, clause titles, agencies,
values) is escaped, attributes included, so a title such as `<script>` is shown, never run.
The first column and the header row stay in view while the page scrolls (CSS sticky).
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from ...store.atomic import write_bytes_atomic
from .matrix_table import MatrixTable

CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
       margin: 1.5em; color: #1a1a1a; }
h1 { font-size: 1.3em; }
table { border-collapse: separate; border-spacing: 0; font-size: 0.85em; }
th, td { border: 1px solid #d0d0d0; padding: 3px 6px; vertical-align: top; white-space: pre-line; }
thead th { position: sticky; top: 0; background: #f5f5f5; z-index: 1; }
tbody th { position: sticky; left: 0; background: #fafafa; text-align: left; max-width: 24em;
           font-weight: normal; }
thead th:first-child { left: 0; z-index: 2; }
td { text-align: center; }
.legend span { display: inline-block; padding: 2px 8px; margin-right: 8px; border: 1px solid #d0d0d0; }
.notes { color: #555; }
"""


def html_page(table: MatrixTable) -> str:
    legend = "".join(f'<span class="b-{_band(b)}">{escape(text)}</span>' for b, text in table.legend.items())
    header = "".join(f"<th>{escape(c)}</th>" for c in [table.corner, *table.columns])
    body = []
    for label, line in zip(table.row_labels, table.cells):
        cells = "".join(
            f'<td class="b-{_band(cell.band)}" title="{escape(cell.detail)}">{escape(cell.text)}</td>'
            if cell.band else f'<td title="{escape(cell.detail)}">{escape(cell.text)}</td>' for cell in line)
        body.append(f"<tr><th>{escape(label)}</th>{cells}</tr>")
    colours = "".join(f".b-{_band(b)} {{ background: {table.colour(b)}; }}\n" for b in table.legend
                      if table.colour(b))
    notes = "".join(f"<p class=\"notes\">{escape(note)}</p>" for note in table.notes)
    return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(table.title)}</title>\n<style>{CSS}{colours}</style>\n</head>\n<body>\n"
            f"<h1>{escape(table.title)}</h1>\n<p class=\"legend\">{legend}</p>\n{notes}\n"
            f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n" + "\n".join(body) +
            "\n</tbody>\n</table>\n</body>\n</html>\n")


def write_html(table: MatrixTable, path: Path) -> None:
    write_bytes_atomic(Path(path), html_page(table).encode("utf-8"))


def _band(band: str) -> str:
    """A band as a CSS class name (bands are identifiers of ours, never user text)."""
    return "".join(ch for ch in band if ch.isalnum() or ch in "-_")
