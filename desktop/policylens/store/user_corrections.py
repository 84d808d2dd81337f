"""The user's corrections of what the diffusion views place a document by (title, place, level,
文号, date), read from DATA_DIR/user/attributes.json (store/user_attributes.py).

The diffusion views lay them over what was read (core/diffusion/facts.corrected), as the corpus
list and the scope do. A damaged attributes file gives no corrections here: the scope bar and
the attributes dialog say what is wrong with it, and nothing is written.
"""
from __future__ import annotations

from pathlib import Path

from ..core.diffusion.facts import CORRECTED
from .atomic import StoreError
from .user_attributes import UserAttributes


def diffusion_corrections(data_dir: str | Path) -> dict[str, dict[str, str]]:
    """Document key -> its corrected title, place, level, issuer, 文号, date or year."""
    try:
        values = UserAttributes(data_dir).values
    except StoreError:
        return {}
    out = {key: {name: value for name, value in row.items() if name in CORRECTED and value}
           for key, row in values.items()}
    return {key: row for key, row in out.items() if row}
