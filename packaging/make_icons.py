"""Draw the application icon: a deep teal tile, a policy document with one highlighted line,
and a reading lens. Writes resources/icons/policylens-<size>.png for the sizes desktops ask
for and resources/icons/policylens.svg from the same geometry.

    python packaging/make_icons.py            (needs PySide6; runs offscreen)

The geometry is in a 512-unit square. Below 48 px the document shows three thick lines instead
of six thin ones, which would blur into grey at that size.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (QBrush, QColor, QGuiApplication, QImage, QLinearGradient,  # noqa: E402
                           QPainter, QPainterPath, QPen)

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"

TILE_TOP, TILE_BOTTOM = "#16808a", "#0a4a52"
PAPER, FOLD, INK, RULE, MARK = "#f8f6ef", "#c9d6d5", "#0d5a60", "#a9c1c2", "#f2b33d"
LENS_RING, LENS_GLASS = "#f2b33d", "#ffffff"

TILE = (32, 32, 448, 448, 96)  # x, y, width, height, corner radius
DOC = (104, 80, 236, 320, 70)  # x, y, width, height, folded corner
LENS = (328, 318, 82, 24)  # centre x, centre y, radius, ring width
HANDLE = ((388, 378), (446, 436), 44)  # from, to, width


@dataclass(frozen=True)
class Bar:
    """A rounded text line on the document."""
    x: float
    y: float
    width: float
    height: float
    colour: str


def bars(small: bool) -> list[Bar]:
    if small:
        return [Bar(136, 150, 120, 34, INK), Bar(136, 222, 170, 30, MARK), Bar(136, 290, 110, 30, RULE)]
    return [Bar(136, 124, 110, 22, INK),
            *(Bar(136, y, w, 14, MARK if y == 236 else RULE)
              for y, w in ((176, 164), (206, 140), (236, 168), (266, 120), (296, 96), (326, 70)))]


def document_outline() -> list[tuple[float, float]]:
    x, y, w, h, fold = DOC
    return [(x, y), (x + w - fold, y), (x + w, y + fold), (x + w, y + h), (x, y + h)]


def fold_triangle() -> list[tuple[float, float]]:
    x, y, w, _, fold = DOC
    return [(x + w - fold, y), (x + w - fold, y + fold), (x + w, y + fold)]


# -- raster ---------------------------------------------------------------------------------

def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    path.closeSubpath()
    return path


def paint(painter: QPainter, small: bool) -> None:
    x, y, w, h, r = TILE
    gradient = QLinearGradient(0, y, 0, y + h)
    gradient.setColorAt(0, QColor(TILE_TOP))
    gradient.setColorAt(1, QColor(TILE_BOTTOM))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(x, y, w, h), r, r)
    painter.setBrush(QColor(PAPER))
    painter.drawPath(_polygon(document_outline()))
    painter.setBrush(QColor(FOLD))
    painter.drawPath(_polygon(fold_triangle()))
    for bar in bars(small):
        painter.setBrush(QColor(bar.colour))
        painter.drawRoundedRect(QRectF(bar.x, bar.y, bar.width, bar.height), bar.height / 2, bar.height / 2)
    _paint_lens(painter)


def _paint_lens(painter: QPainter) -> None:
    (x1, y1), (x2, y2), width = HANDLE
    painter.setPen(QPen(QColor(LENS_RING), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    cx, cy, radius, ring = LENS
    glass = QColor(LENS_GLASS)
    glass.setAlphaF(0.35)
    painter.setBrush(glass)
    painter.setPen(QPen(QColor(LENS_RING), ring))
    painter.drawEllipse(QPointF(cx, cy), radius, radius)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 512, size / 512)
    paint(painter, small=size < 48)
    painter.end()
    return image


# -- vector ---------------------------------------------------------------------------------

def _points(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{px:g},{py:g}" for px, py in points)


def svg() -> str:
    x, y, w, h, r = TILE
    (x1, y1), (x2, y2), handle = HANDLE
    cx, cy, radius, ring = LENS
    lines = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
        f'  <defs><linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{TILE_TOP}"/><stop offset="1" stop-color="{TILE_BOTTOM}"/>'
        f'</linearGradient></defs>',
        f'  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="url(#tile)"/>',
        f'  <polygon points="{_points(document_outline())}" fill="{PAPER}"/>',
        f'  <polygon points="{_points(fold_triangle())}" fill="{FOLD}"/>',
        *(f'  <rect x="{b.x:g}" y="{b.y:g}" width="{b.width:g}" height="{b.height:g}" '
          f'rx="{b.height / 2:g}" fill="{b.colour}"/>' for b in bars(small=False)),
        f'  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{LENS_RING}" '
        f'stroke-width="{handle}" stroke-linecap="round"/>',
        f'  <circle cx="{cx}" cy="{cy}" r="{radius}" fill="{LENS_GLASS}" fill-opacity="0.35" '
        f'stroke="{LENS_RING}" stroke-width="{ring}"/>',
        "</svg>",
    ]
    return "\n".join(lines) + "\n"


def main(out: Path = OUT) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        path = out / f"policylens-{size}.png"
        if not render(size).save(str(path)):
            print(f"make_icons: could not write {path}", file=sys.stderr)
            return 1
    (out / "policylens.svg").write_text(svg(), encoding="utf-8")
    print(f"wrote {len(SIZES)} PNG sizes and policylens.svg to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
