"""Coverage and parameter matrices (Compare menu)."""
from __future__ import annotations


class WindowMatrices:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = ()
