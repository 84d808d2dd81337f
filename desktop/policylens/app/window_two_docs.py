"""Two whole documents aligned clause by clause (Compare menu)."""
from __future__ import annotations


class WindowTwoDocs:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = ()
