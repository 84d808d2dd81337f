"""Word frequencies: jieba's words counted per document or per group of documents.

Words are cut from each document's simplified fold (core.script.fold), so 戶籍 and 户籍 count
as one word. A word is counted when it has at least `min_chars` characters, holds a Chinese
character or a letter (no numbers, no punctuation) and is not a stop word. The bundled stop
words (resources/stopwords.txt) are function words; a user's own list adds to them.
"""
from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from .script import fold

_WORDLIKE = re.compile(r"[\u3400-\u9fffA-Za-z]")
_DIGIT = re.compile(r"\d")


def stopwords(*user_files: Path) -> frozenset[str]:
    """The bundled stop words and those of the user's files (missing files are skipped)."""
    bundled = resources.files("policylens.resources").joinpath("stopwords.txt").read_text("utf-8")
    words = set(_lines(bundled))
    for path in user_files:
        try:
            words.update(_lines(Path(path).read_text("utf-8-sig")))
        except FileNotFoundError:
            continue
    return frozenset(words)


def _lines(text: str) -> Iterable[str]:
    """One word a line; # starts a comment."""
    return (fold(line.strip()) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def counted(word: str, stopwords: frozenset[str], min_chars: int) -> bool:
    return (len(word) >= min_chars and word not in stopwords and _WORDLIKE.search(word) is not None
            and _DIGIT.search(word) is None)


def document_words(text: str, stopwords: frozenset[str], min_chars: int = 2) -> Counter:
    """The counted words of one text."""
    from .worddiff import tokenize  # jieba: loaded on first use, about a second

    folded = fold(text)
    words = (folded[a:b] for a, b in tokenize(folded))
    return Counter(w for w in words if counted(w, stopwords, min_chars))


def frequencies(documents: Iterable, group_of: Callable[[object], "str | Iterable[str]"], stopwords: frozenset[str],
                min_chars: int = 2) -> dict[str, Counter]:
    """Group name -> word -> count, over the documents; group_of(doc) names a document's group,
    or gives the names of each group it counts in (a document in two sets counts in both; in
    none, nowhere)."""
    groups: dict[str, Counter] = {}
    for doc in documents:
        named = group_of(doc)
        names = [named] if isinstance(named, str) else list(named)
        if not names:
            continue
        words = document_words(doc.text, stopwords, min_chars)
        for name in names:
            groups.setdefault(name, Counter()).update(words)
    return groups
