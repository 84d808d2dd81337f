"""What the diffusion windows write: tables (CSV, XLSX), pictures (PNG, SVG), graphs (GraphML, GEXF).

Each window's ExportButtons (app/common/export_buttons.py) gets a function making an Export and
write_export, which picks the writer by format; every file is written whole or not at all.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ...core.diffusion.panel import csv_text
from ...exchange.context import write_bytes_atomic

TABLES, PICTURES, GRAPHS = ("csv", "xlsx"), ("png", "svg"), ("graphml", "gexf")


@dataclass
class Export:
    sheets: list[tuple[str, tuple, list]] = field(default_factory=list)  # (sheet name, columns, rows)
    picture: Callable[[str, Path], None] | None = None  # save(fmt, path): a PaintedView's
    graph: Callable[[], object] | None = None  # a networkx graph


def write_export(export: Export, fmt: str, path: Path) -> None:
    if fmt in PICTURES:
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            export.picture(fmt, tmp)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return
    write_bytes_atomic(path, export_bytes(export, fmt))


def export_bytes(export: Export, fmt: str) -> bytes:
    if fmt in GRAPHS:
        from ...core.diffusion.graph_formats import networkx_bytes

        return networkx_bytes(export.graph(), fmt)
    if fmt == "csv":  # the first sheet; a BOM so Excel reads the Chinese as UTF-8
        _name, columns, rows = export.sheets[0]
        return csv_text(columns, rows).encode("utf-8-sig")
    from ...exchange.reports.xlsx_stream import Table, xlsx_bytes

    return xlsx_bytes([Table(name[:31], tuple(columns), [list(r) for r in rows], {})
                       for name, columns, rows in export.sheets])
