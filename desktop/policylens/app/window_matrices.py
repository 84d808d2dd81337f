"""Coverage and parameter matrices (Compare menu)."""
from __future__ import annotations


class WindowMatrices:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = ()

    def _init_matrices(self) -> None:
        """Called once by MainWindow after its actions are built."""
