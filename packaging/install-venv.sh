#!/usr/bin/env bash
# Shared set-up of run.sh and test.sh: system packages, then PolicyLens (with its test extras)
# installed non-editable into .venv at the repository root.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

bash packaging/setup-system.sh

supported='import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 13))'
usable() {  # a Python that PolicyLens supports (3.11 or 3.12) and that can make a venv
    "$1" -c "import venv, ensurepip; $supported" 2>/dev/null
}
if ! { [[ -x .venv/bin/python ]] && .venv/bin/python -c "$supported" 2>/dev/null; }; then
    python=""
    for candidate in python3.11 python3.12 python3; do
        if command -v "$candidate" >/dev/null && usable "$candidate"; then python="$candidate"; break; fi
    done
    if [[ -z "$python" ]]; then
        echo "install-venv.sh: no Python 3.11 or 3.12 with venv support found (Debian: apt-get install python3 python3-venv)" >&2
        exit 1
    fi
    rm -rf .venv
    echo "install-venv.sh: creating .venv with $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')" >&2
    "$python" -m venv .venv
fi

rm -rf build  # setuptools reuses build/lib: a file deleted from the source would live on in the wheel
.venv/bin/python -m pip install --disable-pip-version-check -q ".[test]"
rm -rf build
