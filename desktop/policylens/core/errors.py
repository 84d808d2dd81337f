"""The one base of PolicyLens's errors, and the errors of reading a file.

An error carries a stable code and its params, not only English. Each class lists its codes in
`messages` (code -> English template, filled from the params); str(e) is that English, for the
command line and logs, and the window renders the same code through translation
(app/common/error_text.py). A class's own `code` is its default: its template "{detail}" takes
a message made as text elsewhere (a library's, or one not yet given a code of its own).
"""
from __future__ import annotations

from typing import Callable

DETAIL = "{detail}"


class PolicyLensError(Exception):
    """An error a user can act on: raise Class("its.code", **params), or Class(text)."""
    code = "error"
    messages = {"error": DETAIL}
    subject: str | None = None  # what the message is about (a file name): "subject: message"

    def __init__(self, code_or_detail: str = "", /, **params):
        known = self.catalogue()
        if code_or_detail in known:
            self.code = code_or_detail
        elif code_or_detail:
            params = {"detail": code_or_detail, **params}
        self.params = params
        self.message = fill(known[self.code], params)
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.subject}: {self.message}" if self.subject else self.message

    @classmethod
    def catalogue(cls) -> dict[str, str]:
        """Every code an error of this class may carry, its own and its bases'."""
        found: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            found.update(vars(klass).get("messages", {}))
        return found


def fill(template: str, params: dict) -> str:
    """template with its {fields} from params; a field without a value stays as written."""
    return template.format_map(_Fields(params))


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Cancelled(PolicyLensError):
    """Work stopped because the user asked: raised by a check between the steps of a long read."""
    code = "cancelled"
    messages = {"cancelled": "cancelled"}


def no_check() -> None:
    """The check of work nobody can cancel."""


def cancel_check(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    """A check to call between steps (a page, a chunk): raises Cancelled once cancelled() says so."""
    if cancelled is None:
        return no_check

    def check() -> None:
        if cancelled():
            raise Cancelled()
    return check


class SourceError(PolicyLensError):
    """A file that cannot be read as a policy document; str(e) names the file first."""
    code = "source"
    messages = {
        "source": DETAIL,
        "source.unreadable": "cannot be read: {reason}",
        "source.folder": "is a folder, not a file",
        "source.not_regular": "is {kind}, not a document file: not read",
        "source.too_big": "is {size} MB; PolicyLens reads documents of up to {limit} MB",
        "source.not_zip": "is not a valid {suffix} file: it is not a zip archive, nor a web page",
        "source.not_word97": "is not a valid {suffix} file: it is not a Word 97–2003 file, nor a web page",
        "source.not_pdf": "is not a valid {suffix} file: it is not a PDF, nor a web page",
        "source.mime_no_page": "the saved web page (MIME archive) holds no page, only {kinds}",
        "source.viewer_page": "is a web page saved in place of the {suffix} file (a file viewer's "
                              "page titled '{title}'): it holds no document",
        "html.frames": "is an empty frame page: it only frames other pages ({frames}) and holds no text of "
                       "its own; import the framed pages instead",
        "html.images": "is an image-only page: it shows {count} images (a scan or a picture of the "
                       "document) and no text",
        "html.image": "is an image-only page: it shows 1 image (a scan or a picture of the document) and no text",
        "html.no_text": "the HTML page has no visible text (only scripts, styles or markup)",
        "pdf.password": "is a password-protected PDF: it cannot be read",
        "pdf.unreadable": "is not a readable PDF ({reason})",
        "pdf.no_pages": "is a PDF without pages",
        "pdf.too_many_pages": "is a PDF of {count} pages; PolicyLens reads up to {limit}",
        "pdf.scanned": "is a scanned PDF: its {count} pages are images without a text layer. Install "
                       "Tesseract OCR (with the chi_sim language) to read it, or import a text version",
        "pdf.scanned_page": "is a scanned PDF: its 1 page are images without a text layer. Install "
                            "Tesseract OCR (with the chi_sim language) to read it, or import a text version",
        "pdf.garbled": "is a PDF whose text layer does not decode: {share} of its characters are no "
                       "Chinese, Latin or punctuation (its fonts lack a Unicode map). Install Tesseract OCR "
                       "(with the chi_sim language) to read it, or import a text version",
        "docx.not_zip": "is not a valid .docx file (not a zip archive)",
        "docx.no_body": "is not a valid .docx file (word/document.xml is missing)",
        "docx.zip_bomb": "the .docx body would decompress to more than {limit} MB: refused as a zip bomb",
        "doc.empty": "the Word document is empty: it holds no text",
        "doc.damaged_ole": "is not a readable Word .doc file (damaged compound file: {reason})",
        "doc.no_word": "is an OLE file without a Word document in it (it holds {found})",
        "doc.no_table": "the .doc file is damaged: its {stream} stream is missing",
        "doc.header_truncated": "the .doc file is damaged: its Word header is truncated",
        "doc.header_signature": "the .doc file is damaged: its Word header has a wrong signature",
        "doc.word6": "is a Word 6/95 document; PolicyLens reads Word 97–2003 and later: save it again as .docx",
        "doc.encrypted": "is an encrypted Word document (password-protected): it cannot be read",
        "doc.no_pieces": "the .doc file is damaged: its piece table cannot be found",
        "doc.bad_pieces": "the .doc file is damaged: its piece table is empty or malformed",
        "ocr.too_many_pages": "is a scanned PDF of {count} pages; OCR reads scans of up to {limit} pages: "
                              "split it, or import a text version",
        "ocr.timeout": "OCR of page {page} took longer than {seconds} s",
        "ocr.cannot_run": "OCR could not run ({reason})",
        "ocr.failed": "OCR of page {page} failed: {reason}",
    }

    def __init__(self, name: str, code_or_detail: str = "", /, **params):
        self.name = self.subject = name
        super().__init__(code_or_detail, **params)


class UnsupportedFormat(SourceError):
    code = "format.unsupported"
    messages = {"format.unsupported": "unsupported format '{suffix}'; PolicyLens reads {supported}"}


class DecodeError(SourceError):
    """Bytes that are no text of a document: empty, binary, in no encoding that fits."""
    code = "decode"
    messages = {
        "decode": DETAIL,
        "decode.empty": "the file is empty (0 bytes)",
        "decode.blank": "the file holds only white space",
        "decode.truncated": "the file ends in the middle of a UTF-8 character (byte {at}); it looks truncated",
        "decode.invalid": "invalid {encoding} at byte {at}: {reason}",
        "decode.binary": "this is a binary file, not text (it contains NUL bytes and is not UTF-16)",
        "decode.no_dominant_encoding": "cannot tell the text encoding; tried {tried}; "
                                       "no encoding fits all but a few bytes",
        "decode.no_dominant_encoding_best": "cannot tell the text encoding; tried {tried} (best: {best}, "
                                            "only {share} common characters); no encoding fits all but a few bytes",
        "docx.damaged_xml": "the .docx body is damaged XML ({reason})",
        # what sniffing finds in place of a document (sniff.REFUSED's kinds)
        "refused.resource-fork": "is a Mac resource fork (a '._' file that macOS leaves beside a copied file): "
                                 "Finder metadata, not a document",
        "refused.image": "is an image (a binary picture file), not a text document: it holds no text to read",
        "refused.zip": "is a zip archive that is not a Word document (no word/document.xml): unpack it and "
                       "import the documents inside",
        "refused.rtf": "is an RTF document; PolicyLens reads RTF through LibreOffice, which is not installed: "
                       "install it, or save the file as .docx",
    }
