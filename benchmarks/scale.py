"""Scale mode of the benchmark (issue 18): the same operations at 10,000, 100,000 and 1,000,000 cases.

    python -m benchmarks.run --scale              # 10k, 100k, 1M; writes docs/PERFORMANCE-scale.md
    python -m benchmarks.run --scale 10000,100000 # any sizes; the report goes under benchmarks/out/
    python -m benchmarks.run --scale 300,600 --repeat 1 --import-sizes 200 --demo-cases 300 --gui-samples 3

For each size it builds (or reuses, `databases.prepare`) the encrypted and the unkeyed pair, then:

- every interactive query of `workload.MEASUREMENTS`, cold (page cache emptied before each call)
  on both databases, judged on the encrypted p95 against 50 ms and on the cold medians' ratio
  encrypted / unkeyed against 1.3×; the keyset page is taken in the middle of the table;
- unlock (Argon2id, open, first page) against 0.4 s, and the counts export against 0.5 s (p95);
- an import of a generated interchange file of each `--import-sizes` into a copy of the encrypted
  database, in a child process: cases per second (reading, checking and adding, unlock excluded)
  against 10,000/s, and the child's peak resident memory (`VmHWM`) against 300 MB;
- the database check, and a backup beside a plain `shutil.copyfile` of the same file;
- the GUI probe (`gui_probe.interact_once`): keystroke → painted results, open case → editor
  painted, save → "All changes saved" painted, through the real main window;
- once per run, a demo fill of `--demo-cases` into a new database in a child process (as the
  command line's `caseintake demo`), and the demo fill of each built database (its build).

The report is its own file, `PERFORMANCE-scale.md` with `performance-scale.json`, beside
`PERFORMANCE.md`: the standard run rewrites PERFORMANCE.md whole, and the scale run (which takes
hours at 1,000,000 cases) must not be lost each time the standard one is run, nor hold it up.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import databases, gui_probe, machine, measure, report
from benchmarks.timing import Samples
from benchmarks.workload import MEASUREMENTS, RATIO_TARGET, Measurement, Side, Target, scratch_folder

if TYPE_CHECKING:
    from caseintake.services.session import Session

FULL_SIZES = (10_000, 100_000, 1_000_000)
IMPORT_SIZES = (20_000, 100_000)
DEMO_CASES = 20_000
GUI_SAMPLES = 20
QUERY_TARGET = Target(0.05, "p95")
UNLOCK_TARGET = Target(0.4, "p95")
COUNTS_TARGET = Target(0.5, "p95")
IMPORT_RATE = 10_000  # cases per second
IMPORT_PEAK_MB = 300
DEMO_RATE = 10_000
GUI_TARGETS = {"keystroke": 0.1, "open_case": 0.05, "save": None}
MB = 1e6
MIB = 1024 * 1024
REPO = Path(__file__).resolve().parent.parent

#: The interactive queries of the standard run, and how many rounds of each, relative to --repeat.
SCALE_IDS = (
    "list_first_page",
    "list_deep_page",
    "list_sorted",
    "list_filtered",
    "search_cases",
    "search_notes",
    "open_case",
    "save_note",
    "agenda_month",
)


_STARTED = time.perf_counter()


def say(text: str) -> None:
    """Progress on stderr, with the minutes and seconds since the run started."""
    elapsed = int(time.perf_counter() - _STARTED)
    print(f"[{elapsed // 60:3d}:{elapsed % 60:02d}] {text}", file=sys.stderr, flush=True)


def sizes_of(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError:
        raise SystemExit(f"--scale takes sizes separated by commas, not {text!r}") from None
    if not sizes or min(sizes) < 100:
        raise SystemExit("--scale sizes must be 100 cases or more")
    return sizes


def measurements() -> list[Measurement]:
    """The scale run's operations: the standard ones with the scale targets."""
    by_id = {m.id: m for m in MEASUREMENTS}
    chosen = [replace(by_id["unlock"], target=UNLOCK_TARGET, label="Unlock (Argon2id + open + first page)")]
    for name in SCALE_IDS:
        m = by_id[name]
        label = "Case list, keyset page in the middle of the table" if name == "list_deep_page" else m.label
        chosen.append(replace(m, target=QUERY_TARGET, interactive=True, label=label))
    chosen.append(replace(by_id["counts_export"], target=COUNTS_TARGET, repeat_share=0.3))
    return chosen


def middle_anchor(side: Side) -> tuple[str, str]:
    """The (opened_on, reference) of the row in the middle of the default order."""
    db = side.session.db
    total = int(db.scalar("SELECT count(*) FROM cases"))
    row = db.one(
        "SELECT opened_on, reference FROM cases ORDER BY opened_on DESC, reference DESC LIMIT 1 OFFSET ?",
        (max(0, total // 2 - 1),),
    )
    assert row is not None
    return str(row[0]), str(row[1])


def open_sides(data: databases.BenchData, scratch: Path) -> dict[str, Side]:
    sides = {}
    for kind in databases.KINDS:
        session = databases.open_bench_session(data, kind)
        folder = scratch / kind
        folder.mkdir(parents=True, exist_ok=True)
        sides[kind] = Side(kind, data, session, folder)
        sides[kind].facts["deep_anchor"] = middle_anchor(sides[kind])
    return sides


SEARCH_INDEXES = ("case_search", "note_search", "identity_search")


def tidy_search(session: Session) -> dict[str, Any]:
    """The search indexes tidied as the application tidies them while nobody uses it
    (`services.search_tidy.tidy_step` until it says done, a rewrite allowed, as in the first
    quiet minute after an unlock): the notes saved by earlier runs and the GUI probe leave
    segments that the application would have merged then."""
    from caseintake.services.search_tidy import tidy_step
    from caseintake.storage import search_index

    before = {table: search_index.segments(session.db, table) for table in SEARCH_INDEXES}
    steps, slowest = 0, 0.0
    started = time.perf_counter()
    while True:
        step_started = time.perf_counter()
        more = tidy_step(session)
        slowest = max(slowest, time.perf_counter() - step_started)
        if not more:
            break
        steps += 1
    return {
        "segments_before": before,
        "steps": steps,
        "seconds": round(time.perf_counter() - started, 1),
        "slowest_step_ms": round(slowest * 1000, 1),
    }


# -- judging ------------------------------------------------------------------------------------


def verdict(observed: float, limit: float, *, higher_is_better: bool = False) -> dict[str, Any]:
    """Met, or missed by how much (in the measure's own unit and as a share of the target)."""
    met = observed >= limit if higher_is_better else observed <= limit
    by = limit - observed if higher_is_better else observed - limit
    return {"met": met, "by": None if met else by, "by_share": None if met else abs(by) / limit}


def _query_row(result: dict[str, Any]) -> dict[str, Any]:
    if "skipped" in result:
        return {"id": result["id"], "label": result["label"], "skipped": result["skipped"]}
    cold = result["cold"]
    target = result["target"]
    p95 = cold["encrypted"]["p95_ms"] / 1000
    row = {
        "id": result["id"],
        "label": result["label"],
        "interactive": result["interactive"],
        "target": target["text"],
        "encrypted": cold["encrypted"],
        "unkeyed": cold["unkeyed"],
        "ratio": cold["ratio"],
        "p95_ratio": round(cold["encrypted"]["p95_ms"] / cold["unkeyed"]["p95_ms"], 2)
        if cold["unkeyed"]["p95_ms"]
        else None,
        "extra_ms": cold["extra_ms"],
        "judged": verdict(p95, target["seconds"]),
    }
    if result["interactive"]:
        row["ratio_judged"] = verdict(cold["ratio"], RATIO_TARGET)
    return row


# -- throughput: import, demo, check, backup ----------------------------------------------------------


def import_file(size: int, seed: int, work: Path) -> Path:
    """A valid interchange file of `size` generated cases, written once and reused."""
    from caseintake.interchange.demo_data import generate_cases
    from caseintake.interchange.schema import FORMAT

    path = work / f"import-{size}-seed{seed}.json"
    if path.exists():
        return path
    work.mkdir(parents=True, exist_ok=True)
    workers = [name for name, role in databases.STAFF if role == "social_worker"]
    lawyers = [name for name, role in databases.STAFF if role == "lawyer"]
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        out.write('{"format": ' + json.dumps(FORMAT) + ', "cases": [\n')
        for n, case in enumerate(
            generate_cases(size, seed=seed + 1000, workers=workers, lawyers=lawyers, today=databases.TODAY)
        ):
            out.write((",\n" if n else "") + json.dumps(case, ensure_ascii=False))
        out.write("\n]}\n")
    partial.replace(path)
    return path


def _child(arguments: list[str], scratch: Path, timeout: float) -> dict[str, Any]:
    env = dict(os.environ)
    env["CASEINTAKE_LOG_DIR"] = str(scratch / "logs")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale", *arguments],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    for line in completed.stdout.splitlines():
        if line.startswith("PROBE "):
            result: dict[str, Any] = json.loads(line[len("PROBE ") :])
            return result
    tail = (completed.stderr or completed.stdout)[-800:]
    raise RuntimeError(f"the {arguments[0]} child reported nothing (exit {completed.returncode}): {tail}")


def copy_database(source: Path, destination: Path) -> float:
    """Seconds to copy the database file with `shutil.copyfile` (its key slots copied too)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    shutil.copyfile(source, destination)
    seconds = time.perf_counter() - started
    keys = source.with_name(source.name + ".keys")
    if keys.exists():
        shutil.copyfile(keys, destination.with_name(destination.name + ".keys"))
    return seconds


def measure_import(
    data: databases.BenchData, sizes: tuple[int, ...], work: Path, scratch: Path
) -> list[dict[str, Any]]:
    results = []
    for size in sizes:
        say(f"  import of a {size:,}-case file …")
        path = import_file(size, data.seed, work)
        target = scratch / f"import-{size}" / databases.DB_NAME
        copy_s = copy_database(data.path("encrypted"), target)
        probe = _child(["import", "--db", str(target), "--file", str(path)], scratch, timeout=7200)
        rate = size / probe["import_s"]
        peak_mb = probe["peak_rss_mib"] * MIB / MB
        results.append(
            {
                "cases": size,
                "file_mb": round(path.stat().st_size / MB, 1),
                "read_s": round(probe["read_s"], 2),
                "add_s": round(probe["add_s"], 2),
                "import_s": round(probe["import_s"], 2),
                "rate": round(rate),
                "peak_mb": round(peak_mb, 1),
                "stages_mib": probe["stages_mib"],
                "streaming": probe["streaming"],
                "copy_s": round(copy_s, 2),
                "rate_judged": verdict(rate, IMPORT_RATE, higher_is_better=True),
                "peak_judged": verdict(peak_mb, IMPORT_PEAK_MB),
            }
        )
        shutil.rmtree(target.parent, ignore_errors=True)
    return results


def measure_demo(cases: int, seed: int, scratch: Path) -> dict[str, Any]:
    say(f"demo fill of {cases:,} cases into a new database …")
    folder = scratch / "demo"
    probe = _child(
        ["demo", "--db", str(folder / databases.DB_NAME), "--cases", str(cases), "--seed", str(seed)],
        scratch,
        timeout=7200,
    )
    shutil.rmtree(folder, ignore_errors=True)
    rate = cases / probe["demo_s"]
    return {
        "cases": cases,
        "demo_s": round(probe["demo_s"], 2),
        "rate": round(rate),
        "peak_mb": round(probe["peak_rss_mib"] * MIB / MB, 1),
        "rate_judged": verdict(rate, DEMO_RATE, higher_is_better=True),
    }


def measure_check_and_backup(data: databases.BenchData, scratch: Path, rounds: int) -> dict[str, Any]:
    from caseintake.services.maintenance import check, make_backup

    checks, backups, copies = Samples(), Samples(), Samples()
    session = databases.open_bench_session(data, "encrypted")
    problems = 0
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            problems = len(check(session).problems)
            checks.add(time.perf_counter() - started)
        for n in range(rounds):
            copy = scratch / "copy" / databases.DB_NAME
            copies.add(copy_database(data.path("encrypted"), copy))
            shutil.rmtree(copy.parent, ignore_errors=True)
            started = time.perf_counter()
            make_backup(session, scratch / f"backup-{n}.cib", force=True)
            backups.add(time.perf_counter() - started)
            (scratch / f"backup-{n}.cib").unlink(missing_ok=True)
    finally:
        session.close()
    return {
        "check_s": round(checks.median, 2),
        "check_problems": problems,
        "backup_s": round(backups.median, 2),
        "copy_s": round(copies.median, 2),
        "backup_ratio": round(backups.median / copies.median, 1) if copies.median > 0 else None,
        "rounds": rounds,
    }


# -- one size -----------------------------------------------------------------------------------


def run_size(cases: int, args: argparse.Namespace) -> dict[str, Any]:
    say(f"== {cases:,} cases")
    started = time.perf_counter()
    data = databases.prepare(cases, args.seed, root=args.work)
    ready_s = time.perf_counter() - started
    facts = databases.build_facts(data)
    build_s: dict[str, float] = facts.get("build_s") or {}  # type: ignore[assignment]
    demo_s: dict[str, float] = facts.get("demo_s") or {}  # type: ignore[assignment]
    fill = demo_s.get("encrypted") or build_s.get("encrypted")
    say(f"  database ready in {ready_s:.0f} s (built in {build_s})")
    scratch = scratch_folder()
    queries: list[dict[str, Any]] = []
    tidied: dict[str, Any] = {}
    try:
        sides = open_sides(data, scratch)
        try:
            for kind, side in sides.items():
                say(f"  tidying the {kind} search indexes …")
                tidied[kind] = tidy_search(side.session)
            for m in measurements():
                say(f"  {m.label} …")
                result = measure.run_one(m, sides, args.repeat, judge=False, modes=("cold",))
                queries.append(_query_row(result))
        finally:
            for side in sides.values():
                side.session.close()
        rounds = 1 if cases >= 500_000 else 2
        say("  check and backup …")
        maintenance = measure_check_and_backup(data, scratch, rounds)
        imports = measure_import(data, args.import_sizes, args.work, scratch)
        gui = None
        if not args.no_gui:
            say(f"  GUI probe ({args.gui_samples} samples each) …")
            gui, tidied["before_gui"] = tidy_then_probe_gui(data, args.gui_samples)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    build_rate = cases / fill if fill else None
    return {
        "cases": cases,
        "database": {
            "folder": data.folder.name,
            "encrypted_mb": round(data.path("encrypted").stat().st_size / MB, 1),
            "unkeyed_mb": round(data.path("unkeyed").stat().st_size / MB, 1),
            "build_s": build_s,
            "demo_fill_s": fill,
            "demo_fill_is_whole_build": not demo_s,
            "demo_rate": round(build_rate) if build_rate else None,
            "demo_judged": verdict(build_rate, DEMO_RATE, higher_is_better=True) if build_rate else None,
            "ready_s": round(ready_s, 1),
        },
        "tidy": tidied,
        "queries": queries,
        "maintenance": maintenance,
        "imports": imports,
        "gui": gui,
    }


def tidy_then_probe_gui(data: databases.BenchData, samples: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The GUI probe on the encrypted database, its search indexes tidied first (the notes saved
    by the measurements and by earlier probes left segments); the probe's figures and the tidy's."""
    session = databases.open_bench_session(data, "encrypted")
    try:
        tidied = tidy_search(session)
    finally:
        session.close()
    return gui_result(gui_probe.interact_once(data, "encrypted", samples)), tidied


def gui_result(probe: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"failures": probe.get("failures", {})}
    for name, target in GUI_TARGETS.items():
        samples = Samples(probe[name])
        entry: dict[str, Any] = {
            "median_ms": round(samples.median * 1000, 1) if samples.seconds else None,
            "p95_ms": round(samples.p95 * 1000, 1) if samples.seconds else None,
            "n": len(samples.seconds),
            "target": None if target is None else f"p95 ≤ {target * 1000:.0f} ms",
            "judged": None if target is None or not samples.seconds else verdict(samples.p95, target),
        }
        for part, values in probe.get(f"{name}_parts", {}).items():
            entry[f"{part}_median_ms"] = round(Samples(values).median * 1000, 1) if values else None
        out[name] = entry
    return out


def estimate(sizes: list[dict[str, Any]], target: int = 1_000_000) -> dict[str, Any] | None:
    """Build time and disk size at `target` cases, scaled linearly from the largest size measured."""
    if any(s["cases"] == target for s in sizes) or not sizes:
        return None
    largest = max(sizes, key=lambda s: s["cases"])
    factor = target / largest["cases"]
    db = largest["database"]
    build = db["build_s"] or {}
    return {
        "cases": target,
        "from_cases": largest["cases"],
        "build_s": {kind: round(seconds * factor) for kind, seconds in build.items()},
        "encrypted_gb": round(db["encrypted_mb"] * factor / 1000, 1),
        "unkeyed_gb": round(db["unkeyed_mb"] * factor / 1000, 1),
    }


def default_out(sizes: tuple[int, ...], work: Path) -> Path:
    if sizes == FULL_SIZES:
        return REPO / "docs"
    return work / ("report-scale-" + "-".join(str(s) for s in sizes))


def gui_again(args: argparse.Namespace, out: Path, command: str) -> int:
    """`--gui-only`: measure the GUI again at every size of the report in `out`, and rewrite it."""
    path = out / "performance-scale.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    for entry in document["by_size"]:
        data = databases.prepare(entry["cases"], document["seed"], root=args.work)
        say(f"GUI probe at {entry['cases']:,} cases ({args.gui_samples} samples each) …")
        entry["gui"], entry.setdefault("tidy", {})["before_gui"] = tidy_then_probe_gui(data, args.gui_samples)
    document["gui_command"] = command
    document["gui_machine"] = machine.describe()
    report.write_scale(document, out)
    print(report.scale_console(document), file=sys.stderr)
    return 0


def main(args: argparse.Namespace, argv: list[str] | None) -> int:
    started = time.perf_counter()
    sizes = sizes_of(args.scale)
    command = "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.gui_only:
        return gui_again(args, args.out or default_out(sizes, args.work), command)
    args.import_sizes = (
        sizes_of(args.import_sizes) if isinstance(args.import_sizes, str) else args.import_sizes
    )
    out = args.out or default_out(sizes, args.work)
    info = machine.describe()
    print(
        f"scale benchmark: {', '.join(f'{s:,}' for s in sizes)} cases, {args.repeat} rounds → {out}",
        file=sys.stderr,
    )
    with tempfile.TemporaryDirectory(prefix="caseintake-scale-") as scratch:
        demo = measure_demo(args.demo_cases, args.seed, Path(scratch))
    measured = [run_size(cases, args) for cases in sizes]
    info["load_average_at_end"] = machine.load_average()
    document = {
        "mode": "scale",
        "sizes": list(sizes),
        "seed": args.seed,
        "repeat": args.repeat,
        "command": command,
        "machine": info,
        "demo": demo,
        "by_size": measured,
        "estimate_1m": estimate(measured),
        "run_seconds": round(time.perf_counter() - started, 1),
    }
    report.write_scale(document, out)
    print(report.scale_console(document), file=sys.stderr)
    print(f"done in {document['run_seconds']} s; wrote {out}/PERFORMANCE-scale.md", file=sys.stderr)
    return 0


# -- inside the child processes --------------------------------------------------------------------


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _import_child(args: argparse.Namespace) -> dict[str, Any]:
    """As `caseintake import`: check the whole file, unlock, then import every case.

    Through `services.imports` as the command line calls it: `check_import_file` then
    `import_file` (the streaming import), or, in a tree from before it, `read_import_file` then
    `intake.add_cases`."""
    from caseintake.services import imports
    from caseintake.services.session import open_session

    stages = {"imports": _status_kib("VmHWM") / 1024}
    streaming = hasattr(imports, "import_file")
    started = time.perf_counter()
    if streaming:
        count = imports.check_import_file(args.file)
    else:
        cases = imports.read_import_file(args.file)  # type: ignore[attr-defined]
        count = len(cases)
    read_s = time.perf_counter() - started
    stages["file checked"] = _status_kib("VmHWM") / 1024
    session = open_session(args.db, databases.SUPERVISOR, databases.PASSPHRASE)
    stages["unlocked"] = _status_kib("VmHWM") / 1024
    try:
        started = time.perf_counter()
        if streaming:
            added = len(imports.import_file(session, args.file))
        else:
            from caseintake.services.intake import add_cases

            added = len(add_cases(session, cases))
        add_s = time.perf_counter() - started
    finally:
        session.close()
    stages["added"] = _status_kib("VmHWM") / 1024
    if added != count:
        raise RuntimeError(f"the import added {added} cases of {count}")
    return {
        "cases": count,
        "streaming": streaming,
        "read_s": read_s,
        "add_s": add_s,
        "import_s": read_s + add_s,
        "peak_rss_mib": _status_kib("VmHWM") / 1024,
        "stages_mib": {k: round(v, 1) for k, v in stages.items()},
    }


def _demo_child(args: argparse.Namespace) -> dict[str, Any]:
    """As `caseintake init` then `caseintake demo --cases N`: staff first, then the fill."""
    from caseintake.services import users
    from caseintake.services.demo_database import load_demo_cases
    from caseintake.services.session import create_session

    args.db.parent.mkdir(parents=True, exist_ok=True)
    session, _recovery = create_session(
        args.db, databases.SUPERVISOR, databases.PASSPHRASE, office_name="Demo"
    )
    try:
        for name, role in databases.STAFF:
            users.add_user(session, name, role, databases.PASSPHRASE)
        started = time.perf_counter()
        load_demo_cases(session, args.cases, seed=args.seed, today=databases.TODAY)
        demo_s = time.perf_counter() - started
    finally:
        session.close()
    return {"cases": args.cases, "demo_s": demo_s, "peak_rss_mib": _status_kib("VmHWM") / 1024}


def child_main() -> int:
    parser = argparse.ArgumentParser(description="child processes of the scale benchmark")
    sub = parser.add_subparsers(dest="child", required=True)
    imp = sub.add_parser("import")
    imp.add_argument("--db", type=Path, required=True)
    imp.add_argument("--file", type=Path, required=True)
    demo = sub.add_parser("demo")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    result = _import_child(args) if args.child == "import" else _demo_child(args)
    print("PROBE " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(child_main())
