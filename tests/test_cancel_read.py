"""A cancelled import stops inside one long file (a PDF's pages, a page's elements, a Word
file's pieces), not only between files, and keeps what it imported before. Real files."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from policylens.core.errors import Cancelled
from policylens.core.formats import file_bytes, read_bytes
from policylens.workspace import Workspace

ROOT = Path(__file__).resolve().parent
SEEDS = sorted((ROOT.parent / "seeds").glob("*.txt"))
CORPUS = ROOT / "data" / "corpus"
LONG_PDF = CORPUS / "38_深圳市2016年度城市建设与土地利用实施计划.pdf"


class StopAfter:
    """A check that lets `allowed` steps through and raises Cancelled at the next; counts them."""

    def __init__(self, allowed: int):
        self.allowed, self.asked = allowed, 0

    def __call__(self) -> None:
        self.asked += 1
        if self.asked > self.allowed:
            raise Cancelled()


def test_a_cancelled_pdf_read_stops_before_its_last_page():
    pages = len(pdfium.PdfDocument(LONG_PDF))
    check = StopAfter(5)
    with pytest.raises(Cancelled):
        read_bytes(file_bytes(LONG_PDF), LONG_PDF.name, check)
    # One ask before the reader, then one before each page: four pages read of the 92.
    assert check.asked == 6 and pages == 92


def test_a_cancelled_html_read_stops_inside_the_page():
    page = CORPUS / "28_深圳市关于加强和完善人口管理工作的若干意见及五个配套文件的通知.txt"
    markup = "<html><body>" + "".join(f"<p>{line}</p>" for line in page.read_text("utf-8").split("\n") * 100)
    data = (markup + "</body></html>").encode("utf-8")
    whole = StopAfter(10 ** 6)
    read_bytes(data, "long.html", whole)
    check = StopAfter(whole.asked // 2)
    with pytest.raises(Cancelled):
        read_bytes(data, "long.html", check)
    assert whole.asked > 20  # the walk asks every few thousand elements, not only once


def test_a_cancelled_word_read_stops_between_its_steps():
    path = CORPUS / "34_长春市规范性文件监督办法.doc"
    whole = StopAfter(10 ** 6)
    assert read_bytes(file_bytes(path), path.name, whole).text
    with pytest.raises(Cancelled):
        read_bytes(file_bytes(path), path.name, StopAfter(whole.asked - 1))


def test_cancelling_the_import_inside_a_long_pdf_keeps_the_files_before_it(tmp_path):
    done: list[str] = []
    asked_in_pdf = []

    def cancelled() -> bool:
        if len(done) < 2:
            return False
        asked_in_pdf.append(True)  # the PDF is the third file
        return len(asked_in_pdf) > 6

    workspace = Workspace(tmp_path)
    outcome = workspace.import_files([SEEDS[0], SEEDS[1], LONG_PDF, SEEDS[2]], cancelled=cancelled,
                                     on_result=lambda n, total, result: done.append(result.key))
    assert [r.status for r in outcome.results] == ["imported", "imported"]
    assert len(asked_in_pdf) == 7 < 92  # asked page by page: stopped a few pages into the PDF
    # The store on disk holds the two files, whole, and nothing of the PDF.
    reopened = Workspace(tmp_path)
    assert sorted(r["key"] for r in reopened.records()) == sorted(done)
    for key in done:
        assert reopened.document(key).text
    # Nothing half-written is left in the way: importing again brings the rest in.
    again = reopened.import_files([SEEDS[0], SEEDS[1], LONG_PDF, SEEDS[2]])
    assert [r.status for r in again.results] == ["unchanged", "unchanged", "imported", "imported"]
