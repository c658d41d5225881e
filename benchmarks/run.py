"""Office-scale benchmark of caseintake (DESIGN §9, issue 7). The one entry command:

    python -m benchmarks.run                 # 100,000 cases; writes docs/PERFORMANCE.md and .json
    python -m benchmarks.run --big           # 200,000 cases
    python -m benchmarks.run --smoke         # 1,000 cases, 2 repeats, no targets (about 15 s; CI runs it)
    python -m benchmarks.run --cases N --repeat R --out DIR --work DIR --no-gui --no-proposals
    python -m benchmarks.run --scale         # 10k, 100k and 1M cases: p95 against N (benchmarks/scale.py)
    python -m benchmarks.run --scale 10000,100000 --repeat 5

It builds (once; reused afterwards, keyed by size and seed, under `benchmarks/out/`) an encrypted
demo database and the same data in the same engine without a key, then measures each operation
of DESIGN §9 on both, side by side, as median and p95; the GUI probes run as separate offscreen
processes; the proposed product changes are applied ad hoc to the same databases, measured and
dropped again. Results go to `PERFORMANCE.md` and `performance.json` in `--out` (default `docs/` for the
standard 100,000-case run, `benchmarks/out/report-…/` for any other size or the smoke run).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import databases, gui_probe, leak_guard, machine, measure, proposals, report
from benchmarks.timing import Samples
from benchmarks.workload import Side, deep_anchor, scratch_folder

STANDARD_CASES = 100_000
BIG_CASES = 200_000
SMOKE_CASES = 1_000
DOCS = Path(__file__).resolve().parent.parent / "docs"
MIB = 1024 * 1024


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--cases", type=int, default=None, help="cases in the database (default 100,000)")
    parser.add_argument("--big", action="store_true", help="200,000 cases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=None, help="rounds per operation (default 10)")
    parser.add_argument("--smoke", action="store_true", help="1,000 cases, 2 rounds, no targets judged")
    parser.add_argument("--out", type=Path, default=None, help="folder for PERFORMANCE.md and .json")
    parser.add_argument("--work", type=Path, default=databases.OUT, help="folder for the built databases")
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI probes")
    parser.add_argument("--no-proposals", action="store_true", help="skip measuring proposed changes")
    parser.add_argument("--no-leak-guard", action="store_true", help="skip the leak-guard figures")
    parser.add_argument("--only", default="", help="comma-separated measurement ids (for profiling)")
    parser.add_argument(
        "--scale",
        nargs="?",
        const="10000,100000,1000000",
        default=None,
        help="scale mode: sizes separated by commas (default 10000,100000,1000000); see benchmarks/scale.py",
    )
    parser.add_argument(
        "--import-sizes", default="20000,100000", help="scale mode: cases in each generated import file"
    )
    parser.add_argument("--demo-cases", type=int, default=20_000, help="scale mode: cases of the demo fill")
    parser.add_argument("--gui-samples", type=int, default=20, help="scale mode: samples of each GUI probe")
    parser.add_argument(
        "--gui-only", action="store_true", help="scale mode: measure the GUI again into the report in --out"
    )
    args = parser.parse_args(argv)
    if args.scale is not None:
        args.repeat = args.repeat or 10
        return args
    if args.smoke:
        args.cases = args.cases or SMOKE_CASES
        args.repeat = args.repeat or 2
    args.cases = args.cases or (BIG_CASES if args.big else STANDARD_CASES)
    args.repeat = args.repeat or 10
    if args.out is None:
        standard = args.cases == STANDARD_CASES and not args.smoke and not args.only
        args.out = DOCS if standard else args.work / f"report-{args.cases}{'-smoke' if args.smoke else ''}"
    return args


def open_sides(data: databases.BenchData, scratch: Path) -> dict[str, Side]:
    sides = {}
    for kind in databases.KINDS:
        session = databases.open_bench_session(data, kind)
        folder = scratch / kind
        folder.mkdir(parents=True, exist_ok=True)
        sides[kind] = Side(kind, data, session, folder, {"deep_anchor": deep_anchor(session)})
        proposals.drop_leftovers(sides[kind])  # after a run that crashed while measuring one
    return sides


def run_gui(data: databases.BenchData, repeat: int, *, judge: bool) -> dict[str, Any]:
    launches = Samples()
    imports = Samples()
    with tempfile.TemporaryDirectory(prefix="caseintake-launch-") as scratch:
        for _ in range(repeat):
            marks = gui_probe.launch_once(data.path("encrypted"), databases.SUPERVISOR, Path(scratch))
            if marks.get("exit_code") != 0 or "shown_s" not in marks:
                raise RuntimeError(f"the GUI launch probe failed: {marks}")
            launches.add(marks["shown_s"])
            imports.add(marks["imported_s"])
    memory: dict[str, Any] = {}
    for kind in databases.KINDS:
        runs = [
            gui_probe.memory_once(data.folder, data.cases, data.seed, data.long_case, kind, pages=5)
            for _ in range(2 if judge else 1)
        ]
        memory[kind] = max(runs, key=lambda r: r["peak_rss_mib"])
    peak_mb = memory["encrypted"]["peak_rss_mib"] * MIB / 1e6
    return {
        "launch": {
            "median_ms": round(launches.median * 1000, 1),
            "p95_ms": round(launches.p95 * 1000, 1),
            "imports_median_ms": round(imports.median * 1000, 1),
            "n": len(launches.seconds),
            "target": "≤ 1 s",
            "target_met": launches.median <= 1.0 if judge else None,
        },
        "memory": {
            "encrypted": memory["encrypted"],
            "unkeyed": memory["unkeyed"],
            "peak_mb": round(peak_mb, 1),
            "ratio": round(memory["encrypted"]["peak_rss_mib"] / memory["unkeyed"]["peak_rss_mib"], 2),
            "target": "≤ 250 MB",
            "target_met": peak_mb <= 250 if judge else None,
        },
    }


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    if args.scale is not None:
        from benchmarks import scale

        return scale.main(args, argv)
    judge = not args.smoke
    only = {name.strip() for name in args.only.split(",") if name.strip()} or None
    info = machine.describe()
    print(f"benchmark: {args.cases:,} cases, {args.repeat} rounds → {args.out}", file=sys.stderr)
    build_started = time.perf_counter()
    data = databases.prepare(args.cases, args.seed, root=args.work)
    build_seconds = time.perf_counter() - build_started
    scratch = scratch_folder()
    sides = open_sides(data, scratch)
    try:
        results = measure.run_all(sides, args.repeat, judge=judge, only=only)
        measured = (
            []
            if args.no_proposals or only
            else proposals.run_all(sides, max(2, args.repeat // 2), results, judge=judge)
        )
    finally:
        for side in sides.values():
            side.session.close()
        shutil.rmtree(scratch, ignore_errors=True)
    gui = None if args.no_gui or only else run_gui(data, max(3, args.repeat // 2), judge=judge)
    rounds = max(1, args.repeat // 2)
    guard = None if args.no_leak_guard or only else leak_guard.measure_all(data, repeat=rounds, judge=judge)
    info["load_average_at_end"] = machine.load_average()
    document = {
        "mode": "smoke" if args.smoke else "full",
        "cases": args.cases,
        "seed": args.seed,
        "repeat": args.repeat,
        "command": "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": info,
        "database": {
            "folder": data.folder.name,
            "encrypted_mb": round(data.path("encrypted").stat().st_size / 1e6, 1),
            "unkeyed_mb": round(data.path("unkeyed").stat().st_size / 1e6, 1),
            "build_or_reuse_s": round(build_seconds, 1),
        },
        "results": results,
        "gui": gui,
        "leak_guard": guard,
        "proposals": measured,
        "run_seconds": round(time.perf_counter() - started, 1),
    }
    report.write(document, args.out)
    print(report.console_table(document), file=sys.stderr)
    if guard:
        print(leak_guard.table(guard), file=sys.stderr)
    print(f"done in {document['run_seconds']} s; wrote {args.out}/PERFORMANCE.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
