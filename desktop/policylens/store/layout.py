"""The data folder's files and folders, named in one place.

    DATA_DIR/corpus/                 the corpus store (a rebuildable cache): index.json, docs/
    DATA_DIR/corpus/alignment/       the clause families (a cache, rebuilt from the corpus)
    DATA_DIR/agency_aliases.json     the user's own agency aliases
    DATA_DIR/user/                   the user's data: annotations, their journal and backups,
                                     alignment corrections, stop words, attributes,
                                     document sets and saved searches

Every module that reads or writes the data folder takes its paths from here, so the layout can
change in one file. It lives in store/ because the stores below every other package need it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CORPUS = "corpus"
USER = "user"
ALIASES = "agency_aliases.json"


@dataclass(frozen=True)
class Layout:
    root: Path

    def __init__(self, root: str | Path):
        object.__setattr__(self, "root", Path(root))

    @property
    def corpus(self) -> Path:
        return self.root / CORPUS

    @property
    def corpus_index(self) -> Path:
        return self.corpus / "index.json"

    @property
    def corpus_docs(self) -> Path:
        return self.corpus / "docs"

    @property
    def alignment(self) -> Path:
        return self.corpus / "alignment"

    @property
    def aliases(self) -> Path:
        return self.root / ALIASES

    @property
    def user(self) -> Path:
        return self.root / USER

    @property
    def corrections(self) -> Path:
        return self.user / "alignment.json"

    @property
    def stopwords(self) -> Path:
        return self.user / "stopwords.txt"

    @property
    def attributes(self) -> Path:
        return self.user / "attributes.json"

    @property
    def collections(self) -> Path:
        return self.user / "collections.json"

    @property
    def backups(self) -> Path:
        return self.user / "backups"

    def is_used(self) -> bool:
        """Whether the folder already holds PolicyLens data."""
        return self.corpus_index.exists() or self.user.is_dir()
