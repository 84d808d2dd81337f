#!/usr/bin/env bash
# Install PolicyLens into .venv and start it on its bundled corpus. Arguments go to the
# application, e.g.
#   bash packaging/run.sh --data-dir /tmp/policylens-data
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
bash packaging/install-venv.sh
exec .venv/bin/policylens "$@"
