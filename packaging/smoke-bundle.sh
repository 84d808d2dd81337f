#!/usr/bin/env bash
# Smoke test of the Linux bundle: build it (or reuse dist/PolicyLens; REBUILD=1 forces a build),
# then run it offscreen on an empty data folder: the self-check imports the bundled corpus and
# must report its documents and clauses, and the window must open and paint once.
# packaging/test.sh runs it after the test suite (building with .venv: BUNDLE_PYTHON).
#   bash packaging/smoke-bundle.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
bundle="dist/PolicyLens/PolicyLens"
if [[ "${REBUILD:-0}" == 1 || ! -x "$bundle" ]]; then
    bash packaging/build-linux.sh
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen
report="$("$bundle" --data-dir "$data" self-check)"
echo "$report"
if ! grep -Eq '^documents: [1-9][0-9]*, clauses: [1-9][0-9]*, translations: ok' <<<"$report"; then
    echo "smoke-bundle.sh: the self-check did not report the bundled corpus" >&2
    exit 1
fi
"$bundle" --data-dir "$data" --exit-after-paint
echo "smoke-bundle.sh: the bundle checked itself and painted its window"
