"""Crash safety: a writer is killed with SIGKILL at random moments, 100 times.

A writer process adds annotations (real spans of the 丹东 seed) in a loop and prints an
acknowledgement after each save returns; the journal is folded into the snapshot every ten
changes, so kills also land in the middle of snapshot and backup writes, and during the
compaction that opening a store after a crash does. After each kill the store is opened by
this process: it must load and hold every annotation acknowledged before the kill.

Writers are forked from one helper process that has imported everything once, so a hundred
runs take seconds rather than a minute of interpreter start-ups.
"""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policylens.store.annotations import AnnotationStore

RUNS = 100

HELPER = r"""
import os, random, sys
from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.core.document import analyze_file
import policylens.store.annotations as annotations_store

data_dir, seed_path = sys.argv[1], sys.argv[2]
doc = analyze_file(seed_path)
folded = doc.folded()
annotations_store.COMPACT_EVERY = 10  # compactions mid-run, so kills hit them too

def write(run):
    rng = random.Random(run)
    store = annotations_store.AnnotationStore(data_dir)
    for i in range(100000):
        start = rng.randrange(0, len(doc.text) - 40)
        anchor = make_anchor(doc, start, start + rng.randint(2, 40), folded)
        store.do(AddAnnotation(Annotation(f"r{run}-{i}", anchor, note=f"第{i}条")))
        os.write(1, f"ack r{run}-{i}\n".encode())

for line in sys.stdin:
    run = int(line.split()[1])
    pid = os.fork()
    if pid == 0:
        try:
            write(run)
        finally:
            os._exit(0)
    os.write(1, f"pid {pid}\n".encode())
    os.waitpid(pid, 0)
    os.write(1, b"dead\n")
"""


def test_every_acknowledged_annotation_survives_sigkill(tmp_path, seed):
    text = _clean_text(seed("002"))
    helper = subprocess.Popen([sys.executable, "-c", HELPER, str(tmp_path), str(seed("002"))],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    rng = random.Random(20240501)
    acknowledged: set[str] = set()
    try:
        for run in range(RUNS):
            acknowledged |= _kill_one_writer(helper, run, rng)
            with AnnotationStore(tmp_path) as store:
                missing = acknowledged - set(store.project.annotations)
                assert not missing, f"run {run}: acknowledged but lost: {sorted(missing)[:5]}"
                for a in store.project.annotations.values():
                    assert text[a.anchor.start:a.anchor.end] == a.anchor.exact
    finally:
        helper.stdin.close()
        helper.wait(timeout=30)
    assert len(acknowledged) > 5 * RUNS  # the kills landed while work was going on
    assert len(list((tmp_path / "user" / "backups").iterdir())) >= 10


def _kill_one_writer(helper, run: int, rng: random.Random) -> set[str]:
    """Start a writer, kill it after a random number of acks and a random pause; its acks."""
    helper.stdin.write(f"go {run}\n")
    pid = int(helper.stdout.readline().split()[1])
    wanted = rng.choice((0, rng.randint(1, 40)))
    acks: set[str] = set()
    if wanted == 0:
        time.sleep(rng.uniform(0, 0.05))  # while it opens the store (and folds the journal)
    while len(acks) < wanted:
        acks.add(_ack(helper.stdout.readline()))
    time.sleep(rng.uniform(0, 0.003))
    os.kill(pid, signal.SIGKILL)
    for line in iter(helper.stdout.readline, "dead\n"):  # acks printed before the kill count too
        acks.add(_ack(line))
    return acks


def _ack(line: str) -> str:
    kind, name = line.split()
    assert kind == "ack", line
    return name


def _clean_text(path: Path) -> str:
    from policylens.core.document import analyze_file
    return analyze_file(path).text


@pytest.fixture(autouse=True)
def _posix_only():
    if not hasattr(os, "fork"):
        pytest.skip("needs fork and SIGKILL")
