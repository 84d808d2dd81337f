"""Storage: the rebuildable corpus cache and, apart from it, the user's own data.

layout.py names the data folder's files; the workspace package above opens the stores.
"""
from .atomic import StoreError
from .corpus import CorpusStore, ImportResult
from .identity import SEPARATE

__all__ = ["CorpusStore", "ImportResult", "SEPARATE", "StoreError"]
