"""Two whole documents aligned clause by clause (Compare menu)."""
from __future__ import annotations


class WindowTwoDocs:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = ()

    def _init_two_docs(self) -> None:
        """Called once by MainWindow after its actions are built."""
