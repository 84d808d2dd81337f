#!/usr/bin/env bash
# Install PolicyLens with its test extras into .venv and run the test suite against the
# installed package (not the source tree), then build the Linux bundle with .venv's PyInstaller
# and smoke-test it (packaging/smoke-bundle.sh). Extra arguments go to pytest and mean a
# selection: the bundle is then left alone, as it is with POLICYLENS_SKIP_BUNDLE=1.
#   bash packaging/test.sh            # the whole suite and the bundle
#   bash packaging/test.sh -k outline # a selection
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
bash packaging/install-venv.sh

export QT_QPA_PLATFORM=offscreen
# -P keeps the current directory off sys.path, so the tests import the installed package.
.venv/bin/python -P -c 'import policylens, sys; print("test.sh: testing", policylens.__file__, file=sys.stderr)'
status=0
.venv/bin/python -P -m pytest "$@" || status=$?  # the bundle is checked even when a test failed

if [[ $# -gt 0 || "${POLICYLENS_SKIP_BUNDLE:-0}" == 1 ]]; then
    exit "$status"
fi
if [[ "$(uname -s)" != Linux ]]; then
    echo "test.sh: bundle smoke test skipped: packaging/build-linux.sh builds on Linux only ($(uname -s))" >&2
    exit "$status"
fi
if ! .venv/bin/python -P -c 'import PyInstaller' 2>/dev/null; then
    echo "test.sh: bundle smoke test skipped: PyInstaller is not installed in .venv" >&2
    exit "$status"
fi
started=$SECONDS
if BUNDLE_PYTHON=.venv/bin/python REBUILD=1 bash packaging/smoke-bundle.sh; then
    echo "test.sh: bundle built and smoke-tested in $((SECONDS - started)) s" >&2
else
    status=1
fi
exit "$status"
