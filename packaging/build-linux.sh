#!/usr/bin/env bash
# Build the Linux one-folder bundle and its tarball:
#   bash packaging/build-linux.sh   -> dist/PolicyLens/ and dist/PolicyLens-<version>-linux-<arch>.tar.gz
# PolicyLens and PyInstaller are installed into a throwaway venv, removed afterwards.
# PYTHON picks the interpreter (3.11 or 3.12; default python3). BUNDLE_PYTHON instead names
# the Python of a venv that already holds PolicyLens (non-editable) and PyInstaller, such as
# .venv after packaging/test.sh (which installs the test extras): no venv is made, nothing installed.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys, venv; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 13))' 2>/dev/null; then
    echo "build-linux.sh: $python is not a Python 3.11 or 3.12 with venv support (set PYTHON)" >&2
    exit 1
fi
version="$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
archive="dist/PolicyLens-$version-linux-$(uname -m).tar.gz"

if [[ -n "${BUNDLE_PYTHON:-}" ]]; then
    builder="$BUNDLE_PYTHON"
else
    venv="$(mktemp -d)"
    trap 'rm -rf "$venv"' EXIT
    "$python" -m venv "$venv"
    rm -rf build  # setuptools reuses build/lib: a file deleted from the source would live on
    "$venv/bin/python" -m pip install --disable-pip-version-check -q . pyinstaller
    builder="$venv/bin/python"
fi
rm -rf build
"$builder" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/policylens.spec
rm -rf build
tar -C dist -czf "$archive" PolicyLens
echo "built dist/PolicyLens ($(du -sh dist/PolicyLens | cut -f1)) and $archive ($(du -h "$archive" | cut -f1))"
