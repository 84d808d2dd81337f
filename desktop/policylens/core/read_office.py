"""A LibreOffice found on the machine as a fallback for Word files the reader cannot take
(Word 6/95, odd WPS variants, damaged piece tables); never required.

`soffice --headless --convert-to txt` runs in a private profile and a temporary folder with a
time limit, so that a stuck conversion cannot hang an import.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_S = 90


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def converted_text(data: bytes, suffix: str) -> str | None:
    """The document's text as LibreOffice writes it (UTF-8 plain text), or None."""
    program = soffice()
    if program is None:
        return None
    with tempfile.TemporaryDirectory(prefix="policylens-office-") as folder:
        source = Path(folder) / f"document{suffix}"
        source.write_bytes(data)
        profile = (Path(folder) / "profile").as_uri()
        try:
            subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", folder, str(source)],
                           capture_output=True, timeout=TIMEOUT_S, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        out = Path(folder) / "document.txt"
        if not out.exists():
            return None
        text = out.read_text("utf-8", errors="replace").lstrip("\ufeff")
    return text.replace("\r\n", "\n") if text.strip() else None
