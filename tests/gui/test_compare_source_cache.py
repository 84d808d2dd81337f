"""The side-by-side view reads documents through the window's workspace: its one cache, and the
corpus index read again only when an import changed it (it was read on every call before)."""
from __future__ import annotations

from pathlib import Path

from policylens.app.comparing.alignment_loader import AlignmentLoader
from policylens.app.comparing.compare_source import ComparisonSource
from policylens.workspace import Workspace

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_the_comparison_reads_the_index_once_until_it_changes(qtbot, tmp_path):
    workspace = Workspace(tmp_path)
    workspace.import_files(SEEDS[:4], families=False)
    loader = AlignmentLoader(tmp_path)
    source = ComparisonSource(loader, workspace)
    reads = workspace.index_reads
    keys = [r["key"] for r in source.records()]
    for key in keys * 3:
        assert source.document(key) is workspace.document(key)  # the one cache
        source.records()
    assert workspace.index_reads == reads and len(keys) == 4
    Workspace(tmp_path).import_files(SEEDS[4:], families=False)  # the command line, say
    assert [r["key"] for r in source.records()] == [p.stem for p in SEEDS]
    assert workspace.index_reads == reads + 1
    loader.shutdown()
