"""`policylens --data-dir DIR annotations ARGV…` run in this process, for tests of the command."""
import argparse
from pathlib import Path

from policylens import annotations_cli


def cli(data_dir: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    annotations_cli.add_parser(parser.add_subparsers(dest="command"))
    return annotations_cli.run(parser.parse_args(["--data-dir", str(data_dir), "annotations", *argv]))
