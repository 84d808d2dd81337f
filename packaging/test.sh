#!/usr/bin/env bash
# Install PolicyLens with its test extras into .venv and run the test suite against the
# installed package (not the source tree). Extra arguments go to pytest.
#   bash packaging/test.sh            # the whole suite
#   bash packaging/test.sh -k outline # a selection
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
bash packaging/install-venv.sh

export QT_QPA_PLATFORM=offscreen
# -P keeps the current directory off sys.path, so the tests import the installed package.
.venv/bin/python -P -c 'import policylens, sys; print("test.sh: testing", policylens.__file__, file=sys.stderr)'
exec .venv/bin/python -P -m pytest "$@"
