"""`policylens --data-dir DIR annotations ARGV…` run in this process, for tests of the command."""
from pathlib import Path

from policylens.cli import main


def cli(data_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(data_dir), "annotations", *argv])
