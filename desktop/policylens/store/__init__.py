"""Storage: the rebuildable corpus cache and, apart from it, the user's own data."""
from .atomic import StoreError
from .corpus import CorpusStore, ImportResult

__all__ = ["CorpusStore", "ImportResult", "StoreError"]
