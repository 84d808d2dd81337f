#!/usr/bin/env bash
# Smoke test of the Linux bundle: build it (or reuse dist/PolicyLens; REBUILD=1 forces a build),
# then run it offscreen on an empty data folder: the self-check imports the bundled corpus and
# must report its documents and clauses, and the window must open and paint once.
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
"$bundle" --data-dir "$data" self-check
"$bundle" --data-dir "$data" --exit-after-paint
echo "smoke-bundle.sh: the bundle checked itself and painted its window"
