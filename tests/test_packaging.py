"""Shipping files: the desktop launcher, AppStream metainfo, icons, the bundle's data list and
the self-check the bundle's smoke test runs. No bundle is built here (packaging/smoke-bundle.sh)."""
from __future__ import annotations

import configparser
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import policylens
from policylens.cli import main, selfcheck
from policylens.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.policylens.PolicyLens"
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_the_keys_a_launcher_needs():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "policylens %F"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].split(";")[:3] == ["Office", "Education", "Viewer"]
    assert set(entry["MimeType"].rstrip(";").split(";")) == {
        "text/plain", "text/html", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    assert entry["Name"] == "PolicyLens"
    assert "政策" in entry["Name[zh_CN]"] and "政策" in entry["Comment[zh_CN]"]


def test_metainfo_names_the_desktop_file_and_the_release():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP.stem == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "policylens"
    assert [r.get("version") for r in root.iter("release")] == [policylens.__version__]
    assert root.find("content_rating").get("type") == "oars-1.1"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_is_a_png_of_its_size(size):
    head = (ROOT / "resources" / "icons" / f"policylens-{size}.png").read_bytes()[:24]
    assert head[:8] == PNG_SIGNATURE and head[12:16] == b"IHDR"
    assert struct.unpack(">II", head[16:24]) == (size, size)


def test_svg_icon_is_a_512_square():
    svg = ET.parse(ROOT / "resources" / "icons" / "policylens.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"


def test_install_desktop_puts_icons_where_hicolor_looks(tmp_path):
    subprocess.run(["bash", str(ROOT / "packaging" / "install-desktop.sh")], check=True,
                   env={"PREFIX": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                   capture_output=True)
    share = tmp_path / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def bundle_data():
    spec = importlib.util.spec_from_file_location("bundle_data", ROOT / "packaging" / "bundle_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spec_collects_the_data_the_application_reads():
    spec_text = (ROOT / "packaging" / "policylens.spec").read_text("utf-8")
    assert "datas=bundle_data.collect()" in spec_text and "bundle_entry.py" in spec_text
    pairs = bundle_data().collect()
    assert all(Path(source).is_file() for source, _ in pairs)
    bundled = {f"{folder}/{Path(source).name}" for source, folder in pairs}
    for needed in ("policylens/resources/i18n/policylens_en.qm", "policylens/resources/agency_aliases.json",
                   "policylens/resources/common_hanzi.txt", "policylens/resources/icons/policylens-256.png",
                   "jieba/dict.txt", "jieba/finalseg/prob_emit.p", "opencc/dictionary/TSCharacters.txt",
                   "opencc/dictionary/STCharacters.txt", "opencc/config/t2s.json"):
        assert needed in bundled
    seeds = sorted(name for name in bundled if name.startswith("policylens/seeds/"))
    assert [Path(s).name for s in seeds] == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))


def test_spec_data_list_refuses_a_missing_folder(monkeypatch):
    module = bundle_data()
    monkeypatch.setitem(module.DATA, "jieba", ["no-such-dictionary.txt"])
    with pytest.raises(FileNotFoundError, match="no-such-dictionary.txt"):
        module.collect()


def self_check(data_dir: Path) -> int:
    return main(["--data-dir", str(data_dir), "self-check"])


def expected_clause_count() -> int:
    return sum(len(json.loads(p.read_text("utf-8"))["clauses"]) for p in (ROOT / "tests" / "expected").glob("*.json"))


def test_self_check_imports_the_seeds_and_counts_their_clauses(qapp, tmp_path, capsys):
    assert self_check(tmp_path) == 0
    first = capsys.readouterr().out.strip()
    assert first.startswith(f"documents: 5, clauses: {expected_clause_count()}, translations: ok, fonts: ")
    assert self_check(tmp_path) == 0  # a second run opens the store it filled
    assert capsys.readouterr().out.strip() == first
    assert len(list((tmp_path / "corpus" / "docs").iterdir())) == 5


def test_self_check_names_a_missing_translation(qapp, tmp_path, capsys, monkeypatch):
    partial = tmp_path / "resources"
    shutil.copytree(resources_dir(), partial, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(selfcheck, "resources_dir", lambda: partial)
    assert self_check(tmp_path / "data") == 2
    assert "i18n/policylens_en.qm" in capsys.readouterr().err
    assert not (tmp_path / "data" / "corpus").exists()  # refused before touching the store


def installed_outside_the_source_tree() -> bool:
    """A wheel's copy of the package (as in .venv), not the source folder an editable install reads."""
    return Path(policylens.__file__).resolve().parent != ROOT / "desktop" / "policylens"


@pytest.mark.skipif(not installed_outside_the_source_tree(),
                    reason="PolicyLens is installed editable here; packaging/test.sh tests the installed wheel")
def test_installed_wheel_runs_from_any_folder(tmp_path):
    """The wheel carries its resources and seeds: run from a folder with no source tree in sight."""
    from policylens.paths import seeds_dir
    package = Path(policylens.__file__).resolve().parent
    assert package in resources_dir().resolve().parents and package in seeds_dir().resolve().parents
    script = Path(sys.executable).with_name("policylens")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    check = subprocess.run([str(script), "--data-dir", str(tmp_path / "data"), "self-check"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith(f"documents: 5, clauses: {expected_clause_count()}, translations: ok")
    usage = subprocess.run([sys.executable, "-P", "-m", "policylens", "--help"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=60)
    assert usage.returncode == 0 and usage.stdout.startswith("usage: ") and "self-check" in usage.stdout


def test_benchmark_runner_quick_mode_end_to_end(tmp_path):
    """run_all.py --quick on the seeds: scripts with run() and a wrapped one, one Markdown report."""
    out = tmp_path / "benchmarks.md"
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "run_all.py"), "--quick",
                           "--work", str(tmp_path / "work"), "--out", str(out),
                           "--only", "bench_annotations", "bench_app", "bench_corpus"],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    text = out.read_text("utf-8")
    assert "- CPU: " in text and "- Load average (1, 5, 15 min): " in text and "Qt 6." in text
    sections = [line for line in text.splitlines() if line.startswith("## bench_")]
    assert [s.split(":")[0] for s in sections] == ["## bench_annotations", "## bench_app", "## bench_corpus"]
    rows = {line.split(" | ")[0][2:]: line for line in text.splitlines() if line.startswith("| ")}
    assert rows["(a) failed imports"].endswith("| 1 | = 0 | met |")  # the five seeds, one import
    assert "| 5 documents (--corpus) |" in rows["corpus"]  # bench_annotations' own table, read back
    assert any(m.startswith("peak RSS: 5-document store open") and "< 800 MB" in line for m, line in rows.items())


def test_every_package_folder_is_in_the_wheel():
    """pyproject lists packages one by one; a new folder left out would be missing when installed."""
    import tomllib
    root = Path(__file__).resolve().parents[1]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(root / "desktop").parts)
             for init in (root / "desktop").rglob("__init__.py") if ".egg-info" not in str(init)}
    assert found <= listed, sorted(found - listed)
