"""Shared fixtures: the five real seed documents shipped in /seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEED_PATHS = sorted(SEED_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The seed documents, sorted by name (000 … 004)."""
    assert len(SEED_PATHS) == 5, f"expected the five seed documents in {SEED_DIR}"
    return list(SEED_PATHS)


@pytest.fixture(scope="session")
def seed_bytes(seed_paths) -> dict[str, bytes]:
    """File name -> the exact bytes on disk (UTF-8)."""
    return {path.name: path.read_bytes() for path in seed_paths}


@pytest.fixture(params=SEED_PATHS, ids=[p.name[:3] for p in SEED_PATHS])
def seed_path(request) -> Path:
    """One seed at a time (parametrised over all five)."""
    return request.param


@pytest.fixture(scope="session")
def seed_docs(seed_paths):
    """File name -> analysed Document of the seed as it is on disk (analysed once per session)."""
    from policylens.core.document import analyze_file

    return {path.name: analyze_file(path) for path in seed_paths}


def seed_by_prefix(paths: list[Path], prefix: str) -> Path:
    matches = [p for p in paths if p.name.startswith(prefix)]
    assert len(matches) == 1, f"no single seed starting with {prefix!r}"
    return matches[0]


@pytest.fixture(scope="session")
def seed(seed_paths):
    """seed('003') -> the path of seed 003."""
    return lambda prefix: seed_by_prefix(seed_paths, prefix)


# Every clause the city public security bureau (市公安局) leads in the five seeds, in corpus
# order, read from the documents (and cross-checked against tests/expected/*.json).
CITY_POLICE_LEADS = [
    ("三门峡", "二/(一)"), ("三门峡", "二/(二)"), ("三门峡", "二/(三)"), ("三门峡", "三/(十)"),
    ("三门峡", "四/(二)"),
    ("昭通", "四/(一)/1"), ("昭通", "四/(二)/2"), ("昭通", "四/(二)/3"), ("昭通", "四/(二)/4"),
    ("昭通", "四/(二)/5"), ("昭通", "四/(二)/6"), ("昭通", "四/(二)/8"),
    ("昭通", "四/(三)/10/(1)"), ("昭通", "四/(三)/11/(1)"), ("昭通", "四/(三)/12"),
    ("丹东", "二/(四)"), ("丹东", "二/(五)"), ("丹东", "三/(十四)"), ("丹东", "四/(十六)"),
    ("西宁", "二/(四)/2"), ("西宁", "二/(五)/3"), ("西宁", "四/(二十)/26"),
]


@pytest.fixture(scope="session")
def city_police_leads() -> list[tuple[str, str]]:
    return list(CITY_POLICE_LEADS)
