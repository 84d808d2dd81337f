"""The data files the PyInstaller bundle must carry, and where they go inside it.

Each folder of the bundle is filled from the folder the installed package reads at run time,
so a file missing from the installation fails the build here, not the application later.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

# bundle folder -> files inside the matching source folder (glob patterns)
DATA = {
    "policylens/resources": ["*.json", "*.txt", "*.tsv", "i18n/*.qm", "icons/*.png", "icons/*.svg"],
    "policylens/seeds": ["*.txt", "*.html", "*.htm", "*.docx"],
    "jieba": ["dict.txt", "finalseg/*.p"],  # word cutting only: no keywords, no tagging
    "opencc": ["dictionary/*.txt", "config/*.json"],
}
# Patterns that may legitimately match nothing (the seeds are all .txt today).
OPTIONAL = {("policylens/seeds", "*.html"), ("policylens/seeds", "*.htm"), ("policylens/seeds", "*.docx")}


def source_folder(bundle_folder: str) -> Path:
    """Where the installed application reads the files that go to `bundle_folder`."""
    from policylens.paths import resources_dir, seeds_dir
    special = {"policylens/resources": resources_dir, "policylens/seeds": seeds_dir}
    if bundle_folder in special:
        return special[bundle_folder]()
    spec = importlib.util.find_spec(bundle_folder.replace("/", "."))
    if spec is None or spec.origin is None:
        raise FileNotFoundError(f"package {bundle_folder!r} is not installed")
    return Path(spec.origin).parent


def collect() -> list[tuple[str, str]]:
    """(source file, bundle folder) pairs for PyInstaller's `datas`."""
    pairs = []
    for folder, patterns in DATA.items():
        root = source_folder(folder)
        for pattern in patterns:
            files = sorted(p for p in root.glob(pattern) if p.is_file())
            if not files and (folder, pattern) not in OPTIONAL:
                raise FileNotFoundError(f"no {pattern} in {root} (needed in the bundle's {folder})")
            pairs += [(str(f), str(Path(folder) / f.parent.relative_to(root))) for f in files]
    return pairs
