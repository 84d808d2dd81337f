"""Optional OCR of scanned PDF pages with a Tesseract found on PATH; never required.

Each page is rendered by PDFium to a grey-scale PGM (no imaging library needed) and given to
`tesseract` with the Chinese language data when it is installed. Every page has a time limit,
so that a stuck OCR cannot hang an import.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Callable

from .errors import SourceError

OCR_DPI = 200
PAGE_TIMEOUT_S = 120
MAX_OCR_PAGES = 200  # at a few seconds a page, more would hold an import for a quarter of an hour
OCR_MARK = "ocr (tesseract)"


def available() -> bool:
    return shutil.which("tesseract") is not None


def _languages() -> str:
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                                timeout=20).stdout.split()
    except (OSError, subprocess.SubprocessError):
        listed = []
    wanted = [lang for lang in ("chi_sim", "chi_tra") if lang in listed]
    return "+".join(wanted) or "eng"


def pdf_pages(pdf, name: str, check: Callable[[], None] = lambda: None) -> list[str]:
    """check() is called before each page and may raise to stop (a cancelled import)."""
    if len(pdf) > MAX_OCR_PAGES:
        raise SourceError(name, "ocr.too_many_pages", count=len(pdf), limit=MAX_OCR_PAGES)
    languages = _languages()
    pages = []
    with tempfile.TemporaryDirectory(prefix="policylens-ocr-") as folder:
        image = Path(folder) / "page.pgm"
        for index in range(len(pdf)):
            check()
            _write_pgm(pdf[index], image)
            pages.append(_tesseract(image, languages, name, index + 1))
    return pages


def _write_pgm(page, path: Path) -> None:
    bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
    pixels = bitmap.to_numpy()
    if pixels.ndim == 3:
        pixels = pixels[:, :, 0]
    height, width = pixels.shape
    path.write_bytes(f"P5 {width} {height} 255\n".encode("ascii") + pixels.tobytes())


def _tesseract(image: Path, languages: str, name: str, page: int) -> str:
    try:
        done = subprocess.run(["tesseract", str(image), "stdout", "-l", languages, "--psm", "6"],
                              capture_output=True, timeout=PAGE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise SourceError(name, "ocr.timeout", page=page, seconds=PAGE_TIMEOUT_S) from None
    except OSError as exc:
        raise SourceError(name, "ocr.cannot_run", reason=exc.strerror) from None
    if done.returncode != 0:
        raise SourceError(name, "ocr.failed", page=page, reason=done.stderr.decode("utf-8", "replace")[:200])
    text = done.stdout.decode("utf-8", "replace").replace("\f", "")
    # Tesseract spaces Chinese characters apart; a space between two Han characters is not text.
    return _join_han("\n".join(line.rstrip() for line in text.split("\n")).strip("\n"))


def _join_han(text: str) -> str:
    return re.sub(r"(?<=[\u3400-\u9fff，。；：、（）《》]) (?=[\u3400-\u9fff，。；：、（）《》])", "", text)
