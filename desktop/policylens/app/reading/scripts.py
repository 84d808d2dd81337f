"""The scripts the reader shows a document in, and the conversion each applies.

Apart from the reader so that preferences can check a saved choice without loading the
reader's widgets: the window's frame, painted before anything else, reads the preferences.
"""
from __future__ import annotations

from ...core.script import to_simplified, to_traditional

SCRIPTS = {"original": None, "simplified": to_simplified, "traditional": to_traditional}
