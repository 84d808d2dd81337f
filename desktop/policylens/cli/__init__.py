"""The command line: `python -m policylens <command>`. A public interface: keep it stable.

With no command, the desktop application starts, and none of the command modules is imported
(the window's first paint does not wait for them).

One module per topic; each has `register(sub)`, which adds its parsers to the subparsers `sub`
and gives every parser its handler with `set_defaults(run=handler)`. A handler takes the parsed
arguments and returns the exit status. To add a command:

1. write the handler and its parser in the topic's module (or a new module with `register`);
2. name the command in COMMANDS below (command -> module), so that `main` knows it is a command
   without importing anything;
3. use cli/common.py for the data folder (`data_dir(args)`), JSON output (`print_json`) and
   errors: raise one of `common.known_errors()` for a one-line message and exit status 2.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

# command -> the module (in this package) that registers it; imported only when a command runs.
COMMANDS = {
    "import": "documents", "outline": "documents", "agencies": "documents", "meta": "documents",
    "list": "documents", "reanalyze": "documents", "remove": "documents",
    "diff": "compare", "reuse": "compare", "parameters": "compare",
    "annotations": "annotations", "self-check": "selfcheck", "align": "align",
    "search": "search", "segments": "segments", "cooccurrence": "segments",
    "frequencies": "frequencies", "attributes": "attributes",
    "searches": "search", "sets": "sets", "matrix": "matrix",
    "timeline": "diffusion", "lineage": "diffusion", "novelty": "diffusion", "tasks": "diffusion",
}
MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m policylens", description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user data folder)")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in MODULES:
        importlib.import_module(f".{module}", __package__).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not any(a in COMMANDS or a in ("-h", "--help") for a in argv):
        from ..app.shell.main import main as app_main
        return app_main(argv)
    args = build_parser().parse_args(argv)
    from .common import known_errors

    try:
        return args.run(args)
    except known_errors() as exc:
        print(f"policylens: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stdout = open(os.devnull, "w")
        return 0
