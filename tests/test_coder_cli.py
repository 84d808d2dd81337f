"""`annotations add` carries a coder: the one given, else the name saved in Preferences."""
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

SEED = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[2]  # 丹东


def run(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def coders(data_dir) -> list[str]:
    listed = json.loads(run(data_dir, "annotations", "list", "--json").stdout)["annotations"]
    return sorted(a["coder"] for a in listed)


def test_add_takes_the_saved_name_or_the_one_given(tmp_path):
    data = tmp_path / "data"
    assert run(data, "import", str(SEED)).returncode == 0
    assert run(data, "annotations", "add", SEED.stem, "--start", "10", "--end", "20").returncode == 0
    settings = QSettings(str(data / "policylens.ini"), QSettings.Format.IniFormat)  # as the window saves it
    settings.setValue("preferences/coder", "王小明")
    settings.sync()
    assert run(data, "annotations", "add", SEED.stem, "--start", "30", "--end", "40").returncode == 0
    added = run(data, "annotations", "add", SEED.stem, "--start", "50", "--end", "60", "--coder", " 李 四 ")
    assert added.returncode == 0, added.stderr
    assert coders(data) == ["", "李 四", "王小明"]
