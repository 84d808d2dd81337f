"""Agency-role precision, recall and F1 per hand-read file, and the roles each one misses.

    python packaging/agency_f1.py [--from 35] [--to 54]

Reads tests/expected_corpus/*.agencies.json as tests/test_corpus_agencies.py does (the same
comparison, imported from it); --from/--to keep the files whose number (the digits after a
file name's opening a in tests/data/agencies) lies in the range, so a batch read later can be measured apart from the rest.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT / "tests")]

from test_corpus_agencies import _compare, _describe  # noqa: E402


def _number(name: str) -> int | None:
    digits = re.match(r"a(\d+)_", name)
    return int(digits.group(1)) if digits else None


def _scores(tp: int, fp: int, fn: int) -> str:
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall) if tp + fp + fn else 1.0
    return f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({tp + fn} expected, {tp + fp} found)"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="low", type=int, help="first file number (a35 → 35)")
    parser.add_argument("--to", dest="high", type=int, help="last file number")
    args = parser.parse_args(argv)
    total = [0, 0, 0]
    for name, (doc, want, got) in _compare().items():
        number = _number(name)
        if (args.low is not None or args.high is not None) and (
                number is None or number < (args.low or 0) or number > (args.high or 10 ** 6)):
            continue
        tp, fp, fn = len(want & got), len(got - want), len(want - got)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        print(f"{name}: {_scores(tp, fp, fn)}")
        if want != got:
            print(f"    missed {_describe(doc, want - got)}\n    extra  {_describe(doc, got - want)}")
    print(f"\nall: {_scores(*total)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
