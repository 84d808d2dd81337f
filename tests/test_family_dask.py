"""The families build on a Dask cluster (a local one of two worker processes) gives the families
of the build in this process: from analysed documents, from keys opened on the workers, and
through `policylens align --scheduler`; an address where no scheduler answers is a one-line error."""
from __future__ import annotations

import json

import pytest
from distributed import LocalCluster

import family_truth
from policylens.core.document import analyze_file
from policylens.core.families import Families
from policylens.core.family_build import build_from_keys
from test_cli import run
from test_families import family_sets


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def paths():
    """The 23 documents of the hand-made family truth: seeds, central texts, two other policies."""
    return family_truth.paths(family_truth.load())


def test_families_built_on_the_cluster_are_those_built_here(cluster, paths):
    analysed = {analyze_file(path).key: path for path in paths.values()}
    docs = sorted((analyze_file(path) for path in paths.values()), key=lambda d: d.key)
    here = family_sets(Families.build(docs, workers=1))
    assert len(here) > 100  # the truth's documents share many families
    assert family_sets(Families.build(docs, scheduler=cluster)) == here
    by_key = analysed
    keys = sorted(by_key)
    # the documents opened and indexed on the workers, a few to a task
    opened = build_from_keys(keys, lambda key: analyze_file(by_key[key]), workers=1, scheduler=cluster,
                             index_chunk=4, link_chunk=3)
    assert family_sets(opened) == here


def test_align_on_the_cluster_prints_the_same_families(cluster, paths, tmp_path):
    files = [str(p) for p in list(paths.values())[:8]]
    here = run("align", *files, "--json", data_dir=tmp_path)
    there = run("align", *files, "--json", "--scheduler", cluster, data_dir=tmp_path)
    assert here.returncode == there.returncode == 0, there.stderr
    assert json.loads(there.stdout) == json.loads(here.stdout) and json.loads(here.stdout)["families"]


def test_a_scheduler_that_does_not_answer_is_a_one_line_error(paths, tmp_path):
    files = [str(p) for p in list(paths.values())[:2]]
    proc = run("align", *files, "--scheduler", "tcp://127.0.0.1:9", data_dir=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("policylens: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert len(proc.stderr.strip().splitlines()) == 1
