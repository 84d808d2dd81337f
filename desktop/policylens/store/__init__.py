"""Storage: the rebuildable corpus cache and, apart from it, the user's own data."""
from .atomic import StoreError
from .corpus import CorpusStore, ImportResult
from .identity import SEPARATE

__all__ = ["CorpusStore", "ImportResult", "SEPARATE", "StoreError"]
