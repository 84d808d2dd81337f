"""The workspace: one owner of a data folder, for the command line and the window alike.

A `Workspace` opened on a data folder holds the corpus store, the annotations, the clause
families, the user's aliases and corrections, and the one cache of opened documents. Every
operation that changes the corpus is a method with one order of steps (import, reanalyse,
remove, re-anchor, families update) reporting through `progress(done, total, label)` and
stopping when `cancelled()` says so. Plain Python, no Qt: the window's adapter turns the
progress into signals. numpy and the alignment are imported only when families are touched,
so opening a workspace stays cheap.
"""
from .workspace import Imported, Removal, Workspace

__all__ = ["Imported", "Removal", "Workspace"]
