"""The scripts the reader can show a document in, by the names the settings keep.

Conversion maps one character to one character (core.script), so offsets into the clean text
mark the same words whichever script is shown. None: the document as written."""
from __future__ import annotations

from ...core.script import to_simplified, to_traditional

SCRIPTS = {"original": None, "simplified": to_simplified, "traditional": to_traditional}
