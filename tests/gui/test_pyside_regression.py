"""PySide6 6.12.0 leaks a reference to None on void setters under CPython 3.11 and aborts
after a few thousand calls. A crash would take pytest down with it, so run in a child."""
import os
import subprocess
import sys

CHILD = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20_000):
    label.setText(str(i))
print("done", label.text())
"""


def test_twenty_thousand_settext_calls_do_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, f"child died with {proc.returncode}: {proc.stderr[-2000:]}"
    assert proc.stdout.split() == ["done", "19999"]
