"""The layers hold: app > workspace > exchange > store > core, and no Qt below app (pyproject's contracts)."""
import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_the_layer_contracts_cover_every_package_below_the_window():
    contracts = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    no_qt = next(c for c in contracts if c["type"] == "forbidden")
    assert layers == ["policylens.app", "policylens.workspace", "policylens.exchange", "policylens.store",
                      "policylens.core"]
    assert set(no_qt["source_modules"]) == {"policylens.core", "policylens.store", "policylens.exchange",
                                            "policylens.workspace"}
    assert "PySide6" in no_qt["forbidden_modules"]


def test_no_import_breaks_a_layer_contract(capsys):
    status = lint_imports(config_filename=str(PYPROJECT), no_cache=True)
    report = capsys.readouterr().out
    assert status == 0, report
    assert "2 kept, 0 broken" in report
