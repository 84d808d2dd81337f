"""Every benchmark, one command: the large store prepared once, each script in a fresh process,
one Markdown table with the machine it ran on, each measure's median, min, max and target.

    python tests/benchmarks/run_all.py [--out benchmarks.md] [--work DIR] [--repeat 5] [--quick]
                                       [--only bench_app bench_corpus ...]
    bash packaging/benchmarks.sh [same arguments]

Runs every tests/benchmarks/bench_*.py. A script that defines run(config) -> list[Row]
(benchkit's convention) is called through it; one that prints a Markdown table instead is run
as a program, with the arguments ADAPTERS gives it, and its table is read back. --quick uses
the five seeds instead of the 3,000 synthetic documents and fewer repetitions: a sanity run of
the whole chain in a minute or two, not a measurement.
"""
from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from benchkit import DEFAULT_WORK, Config, Row, fmt, prepare  # noqa: E402

ROWS_MARK = "BENCH-ROW "  # a child's result lines on stdout; anything else it prints is ignored
SCRIPT_TIMEOUT_S = 3600


def _annotations(config: Config) -> list[str]:
    work = ["--corpus", str(config.store), "--workdir", str(config.work / "annotations-bench")]
    if config.quick:
        return ["--existing", "300", "--on-one", "30", "--adds", "20", "--repeat", "1", *work]
    return ["--repeat", str(config.repeat), *work]


# Scripts that print a Markdown table (no run()): their arguments for a run of this configuration.
ADAPTERS = {
    "bench_align": lambda c: ["--workdir", str(c.work), "--n", str(c.n), "--repeat", str(c.repeat)],
    "bench_annotations": _annotations,
    "bench_compare": lambda c: ["--repeat", "1", "--n", "5"] if c.quick else ["--repeat", str(c.repeat)],
}


def scripts(only: list[str] | None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    return [p for p in found if not only or p.stem in only]


def defines_run(path: Path) -> bool:
    tree = ast.parse(path.read_text("utf-8"))
    return any(isinstance(node, ast.FunctionDef) and node.name == "run" for node in tree.body)


# -- one script --------------------------------------------------------------------------------

def child(path: Path, config_file: Path) -> int:
    """In the fresh process: import the script, call run(config), print its rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    for row in module.run(Config.from_json(config_file.read_text("utf-8"))):
        print(ROWS_MARK + json.dumps(row.__dict__, ensure_ascii=False), flush=True)
    return 0


def run_script(path: Path, config: Config, config_file: Path, logs: Path) -> dict:
    """{"rows": [result dicts], "seconds", "error"} of one script run in a fresh process."""
    if defines_run(path):
        argv = [sys.executable, str(Path(__file__).resolve()), "--child", str(path), str(config_file)]
    elif path.stem in ADAPTERS:
        argv = [sys.executable, str(path), *ADAPTERS[path.stem](config)]
    elif config.quick:
        return {"rows": [], "seconds": 0, "error": "skipped with --quick: no run() and no adapter"}
    else:
        argv = [sys.executable, str(path)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    log = logs / f"{path.stem}.log"
    with open(log, "w", encoding="utf-8") as err:
        try:
            proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=err, text=True, env=env,
                                  timeout=SCRIPT_TIMEOUT_S, cwd=HERE.parents[1])
            out, code = proc.stdout, proc.returncode
        except subprocess.TimeoutExpired as exc:
            out, code = exc.stdout or "", f"timed out after {SCRIPT_TIMEOUT_S} s"
        err.write("\n--- stdout ---\n" + (out if isinstance(out, str) else out.decode()))
    seconds = time.perf_counter() - started
    if defines_run(path):
        rows = [result_of(Row(**json.loads(line[len(ROWS_MARK):])))
                for line in out.splitlines() if line.startswith(ROWS_MARK)]
    else:
        rows = parse_table(out)
    error = ""
    if code != 0:
        error = f"exit status {code} (log: {log})" + ("" if rows else "; no results")
    return {"rows": rows, "seconds": seconds, "error": error}


# -- results -----------------------------------------------------------------------------------

UNITS = {"ms": ("s", 1e-3), "s": ("s", 1.0), "MB": ("MB", 1.0), "GB": ("MB", 1024.0), "%": ("%", 1.0)}
_TARGET = re.compile(r"^\s*(<=|>=|<|>|=)\s*([\d,.]+)\s*(ms|s|MB|GB|%)?")
_VALUE = re.compile(r"^\s*([-\d,.]+)\s*(ms|s|MB|GB|%)?(?:\s|$)")


def _base(value: float, unit: str | None) -> tuple[float, str]:
    kind, scale = UNITS.get(unit or "", (unit or "", 1.0))
    return value * scale, kind


def verdict(value: float, unit: str, target: str) -> str:
    """"met", "MISSED", or "" when there is no target or it cannot be compared."""
    match = _TARGET.match(target)
    if not match:
        return ""
    op, limit, limit_unit = match.group(1), float(match.group(2).replace(",", "")), match.group(3) or unit
    (got, kind), (bound, bound_kind) = _base(value, unit), _base(limit, limit_unit)
    if kind != bound_kind:
        return ""
    ok = {"<": got < bound, "<=": got <= bound, ">": got > bound, ">=": got >= bound, "=": got == bound}[op]
    return "met" if ok else "MISSED"


def result_of(row: Row) -> dict:
    target = f"{row.target} {row.unit}".strip() if row.target else ""
    return {"measure": row.measure, "median": fmt(row.median, row.unit), "min": fmt(min(row.samples), row.unit),
            "max": fmt(max(row.samples), row.unit), "runs": len(row.samples), "target": target,
            "result": verdict(row.median, row.unit, row.target) if row.target else ""}


def parse_table(text: str) -> list[dict]:
    """The rows of the Markdown table a script printed: measure, value, and target if it has one."""
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("|")]
    if len(lines) < 3:
        return []
    header = [c.strip().lower() for c in lines[0].strip("|").split("|")]
    target_at = header.index("target") if "target" in header else None
    rows = []
    for line in lines[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        value, target = cells[1], cells[target_at] if target_at is not None and target_at < len(cells) else ""
        result = "MISSED" if "MISSED" in target else "met" if "(met)" in target else ""
        target = re.sub(r"\s*\((?:\*\*)?(?:met|MISSED)(?:\*\*)?\)", "", target).replace("—", "").strip()
        if not result and target and (match := _VALUE.match(value)):
            result = verdict(float(match.group(1).replace(",", "")), match.group(2) or "", target)
        rows.append({"measure": cells[0], "median": value, "min": "", "max": "", "runs": "",
                     "target": target, "result": result})
    return rows


# -- the report --------------------------------------------------------------------------------

def machine() -> dict:
    from bench_corpus import machine_facts
    facts = machine_facts()
    try:
        import PySide6
        from PySide6 import QtCore
        facts["qt"] = f"Qt {QtCore.qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        facts["qt"] = "not installed"
    facts["load"] = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    facts["date"] = time.strftime("%Y-%m-%d %H:%M %Z")
    facts["os_release"] = _os_name()
    try:
        facts["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True,
                                         text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        facts["commit"] = "?"
    return facts


def _os_name() -> str:
    try:
        fields = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line)
        return fields.get("PRETTY_NAME", "").strip('"')
    except OSError:
        return ""


def _describe(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text("utf-8"))) or ""
    return doc.split("\n")[0].rstrip(".")


def report(facts: dict, config: Config, results: dict[Path, dict], argv: list[str], load_end: str) -> str:
    measured = [r for res in results.values() for r in res["rows"]]
    missed = [r["measure"] for r in measured if r["result"] == "MISSED"]
    with_target = [r for r in measured if r["result"]]
    case = (f"the five seeds (--quick)" if config.quick else
            f"{config.n:,} synthetic documents (tests/benchmarks/synth_corpus.py), imported and aligned once "
            f"({config.facts.get('import_s', 0):.0f} s import, {config.facts.get('build_s', 0):.0f} s alignment)")
    out = [
        "# PolicyLens benchmarks", "",
        f"`bash packaging/benchmarks.sh {' '.join(argv)}`".replace(" `", "`") + f" on {facts['date']}, "
        f"commit {facts['commit']}. Large case: {case}. Each script ran in a fresh process; a measure "
        f"repeated {config.repeat} times (or once per document, query or anchor) shows its median, "
        "minimum and maximum. Wrapped scripts (no run()) report their own medians.", "",
        "## Machine", "",
        f"- CPU: {facts['cpu']}, {facts['cores']} cores", f"- RAM: {facts['memory']}",
        f"- Load average (1, 5, 15 min): {facts['load']} at the start, {load_end} at the end",
        f"- OS: {facts['os_release'] or facts['os']} ({facts['os']})",
        f"- Python {facts['python']} ({facts['implementation']}), {facts['qt']}", "",
        f"## Summary", "",
        f"{len(with_target)} measures with a target: {len(with_target) - len(missed)} met, {len(missed)} missed"
        + (": " + "; ".join(missed) if missed else "") + ".", "",
    ]
    for path, res in results.items():
        out += [f"## {path.stem}: {_describe(path)}", "",
                f"{res['seconds']:.0f} s" + (f"; {res['error']}" if res["error"] else ""), ""]
        if res["rows"]:
            out += ["| measure | median | min | max | runs | target | result |",
                    "|---|---:|---:|---:|---:|---|---|"]
            out += [f"| {r['measure']} | {r['median']} | {r['min']} | {r['max']} | {r['runs']} | {r['target']} | "
                    f"{'**MISSED**' if r['result'] == 'MISSED' else r['result']} |" for r in res["rows"]]
            out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("benchmarks.md"), help="the Markdown report (benchmarks.md)")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help=f"where the large store and the scripts' files are cached ({DEFAULT_WORK})")
    parser.add_argument("--n", type=int, default=3000, help="documents in the large store (3000)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of each repeated measure (5)")
    parser.add_argument("--quick", action="store_true", help="the seeds only, one repetition: a sanity run")
    parser.add_argument("--only", nargs="+", metavar="SCRIPT", help="run these scripts (bench_app ...) only")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(*args.child)

    facts = machine()
    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)
    log(f"machine: {facts['cpu']}, {facts['cores']} cores, {facts['memory']}, load {facts['load']}")
    config = prepare(args.work, args.n, 1 if args.quick else args.repeat, args.quick, log)
    logs = config.work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    config_file = config.work / "config.json"
    config_file.write_text(config.to_json(), "utf-8")
    results = {}
    for path in scripts(args.only):
        log(f"{path.stem} …")
        results[path] = res = run_script(path, config, config_file, logs)
        missed = sum(r["result"] == "MISSED" for r in res["rows"])
        log(f"{path.stem}: {len(res['rows'])} measures, {missed} missed, {res['seconds']:.0f} s"
            + (f"; {res['error']}" if res["error"] else ""))
    load_end = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    args.out.write_text(report(facts, config, results, argv, load_end) + "\n", "utf-8")
    log(f"written to {args.out}")
    failed = [p.stem for p, res in results.items() if not res["rows"] and not res["error"].startswith("skipped")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
