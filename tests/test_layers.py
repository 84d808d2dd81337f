"""The layers hold: app > workspace > exchange > store > core, no Qt below app, and rooms that
do not import each other (pyproject's contracts)."""
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


def _independent(contracts) -> list[set]:
    return [set(c["modules"]) for c in contracts if c["type"] == "independence"]


def test_annotation_interchange_and_report_export_are_independent():
    contracts = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    assert {"policylens.exchange.annotations", "policylens.exchange.reports"} in _independent(contracts)


def test_every_feature_folder_is_independent_of_the_others():
    contracts = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    app = PYPROJECT.parent / "desktop" / "policylens" / "app"
    features = {f"policylens.app.{d.name}" for d in app.iterdir()
                if (d / "__init__.py").is_file() and d.name not in ("shell", "common")}
    assert features == {"policylens.app.reading", "policylens.app.annotating", "policylens.app.comparing",
                        "policylens.app.matrices", "policylens.app.help", "policylens.app.corpus",
                        "policylens.app.research", "policylens.app.diffusion"}
    assert features in _independent(contracts)


def test_no_import_breaks_a_layer_contract(capsys):
    contracts = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    status = lint_imports(config_filename=str(PYPROJECT), no_cache=True)
    report = capsys.readouterr().out
    assert status == 0, report
    assert f"{len(contracts)} kept, 0 broken" in report
