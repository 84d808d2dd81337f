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


def test_markdown_report_in_chinese_from_the_command_line(tmp_path):
    import subprocess
    import sys

    def run(*args):
        return subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(tmp_path), *args],
                              capture_output=True, text=True, encoding="utf-8", timeout=120)

    seed = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("000_*.txt"))[0]
    assert run("import", str(seed)).returncode == 0
    assert run("annotations", "add", seed.stem, "--start", "814", "--end", "826", "--note", "a|b").returncode == 0
    proc = run("annotations", "export", "--format", "md", "--lang", "zh", str(tmp_path / "r.md"))
    assert proc.returncode == 0, proc.stderr
    lines = (tmp_path / "r.md").read_text("utf-8").splitlines()
    assert lines[0] == "# PolicyLens 批注"
    assert "| 全面放开市域城镇落户限制 | a\\|b |   | #ffe066 |" in lines
