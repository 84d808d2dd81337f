#!/usr/bin/env bash
# Install PolicyLens's desktop integration: the .desktop launcher, the AppStream metainfo and
# the icon at every size, under the names the hicolor icon theme looks for.
#   bash packaging/install-desktop.sh                 (into ~/.local/share)
#   PREFIX=/usr/local bash packaging/install-desktop.sh   (into $PREFIX/share, as root)
# The launcher runs `policylens`, so install the application first (pip/pipx) and have it on PATH.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_id="io.github.policylens.PolicyLens"
share="${PREFIX:+$PREFIX/share}"
share="${share:-${XDG_DATA_HOME:-$HOME/.local/share}}"
res="$repo/resources"

for f in "$res/$app_id.desktop" "$res/$app_id.metainfo.xml" "$res/icons/policylens.svg"; do
    [[ -f "$f" ]] || { echo "install-desktop.sh: missing $f" >&2; exit 1; }
done

install -Dm644 "$res/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "$res/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
for png in "$res"/icons/policylens-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -Dm644 "$res/icons/policylens.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"

# Refresh the caches when the tools are there; desktops also notice new files by themselves.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$share/icons/hicolor" || true
echo "installed $app_id into $share"
command -v policylens >/dev/null || echo "note: 'policylens' is not on PATH; the launcher needs it" >&2
