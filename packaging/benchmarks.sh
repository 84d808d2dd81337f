#!/usr/bin/env bash
# Every benchmark in one command: builds (once, cached) the 3,000-document synthetic store, runs
# each tests/benchmarks/bench_*.py in a fresh process and writes one Markdown table with the
# machine facts, medians, min/max and each target (tests/benchmarks/run_all.py).
#   bash packaging/benchmarks.sh                              # -> benchmarks.md
#   bash packaging/benchmarks.sh --out packaging/benchmarks.md --work /var/tmp/pl-bench
#   bash packaging/benchmarks.sh --quick                      # the seeds only: a sanity run
# Like test.sh it installs PolicyLens into .venv first; PYTHON=/path/to/python uses that
# interpreter (with PolicyLens installed) instead. A full run takes 15-25 minutes the first time
# (import and alignment of the store), about 10 after; run it on a quiet machine.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
if [[ -z "${PYTHON:-}" ]]; then
    bash packaging/install-venv.sh
    PYTHON=.venv/bin/python
fi
export QT_QPA_PLATFORM=offscreen
exec "$PYTHON" tests/benchmarks/run_all.py "$@"
