#!/usr/bin/env bash
# System packages PolicyLens needs on Debian/Ubuntu: the libraries Qt's xcb and offscreen
# platform plugins link against, a CJK font, and venv support for the system Python.
# Installs only what is missing; runs `apt-get update` at most once; uses sudo when not root.
# Set POLICYLENS_SKIP_SYSTEM=1 to skip this step (e.g. when the packages are managed elsewhere).
set -euo pipefail

say() { printf 'setup-system: %s\n' "$*" >&2; }

# Verified with `readelf -d` / `ldd` on PySide6's libqxcb.so, libqoffscreen.so, the xcb GL
# integrations and the Qt libraries they load. "a|b" means either package will do (b is the
# name on newer Debian releases).
PACKAGES=(
    libegl1 libgl1 libx11-6 libx11-xcb1 libfontconfig1 libfreetype6 libdbus-1-3
    "libglib2.0-0|libglib2.0-0t64"
    libxkbcommon0 libxkbcommon-x11-0
    libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    fonts-noto-cjk
)

if [[ "${POLICYLENS_SKIP_SYSTEM:-}" == 1 ]]; then
    say "POLICYLENS_SKIP_SYSTEM=1: not checking system packages"
    exit 0
fi

if [[ ! -r /etc/debian_version ]] || ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    say "not a Debian-based system: skipping system packages."
    say "If the application fails to start, install with your package manager the Qt runtime"
    say "libraries (EGL/GL, fontconfig, xkbcommon, xcb-cursor/icccm/keysyms/image/randr/"
    say "render-util/shape/xkb) and a CJK font such as Noto Sans CJK."
    exit 0
fi

installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]; }

# venv support for the system Python (Debian ships ensurepip separately, in pythonX.Y-venv).
for py in python3.11 python3.12 python3; do
    exe="$(command -v "$py" 2>/dev/null)" || continue
    ver="$("$exe" -c 'import sys; print("%d.%d" % sys.version_info[:2]) if (3, 11) <= sys.version_info[:2] < (3, 13) else None' 2>/dev/null)" || continue
    [[ "$ver" == 3.1[12] ]] || continue
    if [[ "$exe" == /usr/bin/* ]] && ! "$exe" -c 'import ensurepip, venv' 2>/dev/null; then
        PACKAGES+=("python${ver}-venv")
    fi
    break
done

missing=()
for spec in "${PACKAGES[@]}"; do
    found=""
    IFS='|' read -ra alternatives <<<"$spec"
    for pkg in "${alternatives[@]}"; do
        if installed "$pkg"; then found=1; break; fi
    done
    [[ -n "$found" ]] || missing+=("$spec")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    say "system packages: all present"
    exit 0
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        SUDO=(sudo)
    else
        say "missing system packages: ${missing[*]//|/ or }"
        say "not root and no sudo: ask an administrator to run"
        say "  apt-get install ${missing[*]%%|*}"
        say "continuing without them"
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
say "installing: ${missing[*]//|/ or }"
"${SUDO[@]}" apt-get update -qq

to_install=()
for spec in "${missing[@]}"; do
    IFS='|' read -ra alternatives <<<"$spec"
    choice="${alternatives[0]}"
    for pkg in "${alternatives[@]}"; do
        if [[ -n "$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ && $2 != "(none)" {print $2}')" ]]; then
            choice="$pkg"; break
        fi
    done
    to_install+=("$choice")
done

"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
say "installed: ${to_install[*]}"
