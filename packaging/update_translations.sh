#!/usr/bin/env bash
# Refresh resources/i18n/policylens_en.ts from the source strings (translations already made
# are kept), then compile it to policylens_en.qm, which the application loads.
#   bash packaging/update_translations.sh        (needs PySide6 in the active Python)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(python -c 'import PySide6, os; print(os.path.dirname(PySide6.__file__))')"
lupdate="$(command -v pyside6-lupdate || echo "$bin/lupdate")"
lrelease="$(command -v pyside6-lrelease || echo "$bin/lrelease")"
"$lupdate" -no-obsolete -locations relative desktop/policylens/app/*/*.py \
    -source-language zh_CN -target-language en -ts resources/i18n/policylens_en.ts
"$lrelease" resources/i18n/policylens_en.ts -qm resources/i18n/policylens_en.qm
