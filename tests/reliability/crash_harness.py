"""Start the crash writer, SIGKILL it at a random moment, check a copy of what it left; repeat.

    python -m tests.reliability.crash_harness --kills 2000 --seed 1 [--per-database 100]

Seeded: the writer's operations and the kill delays follow from the seed (the exact moment a
kill lands still depends on the machine). Every `--per-database` kills a new database starts,
so each check stays cheap. One cycle in four runs the writer in its key-change mix (passphrase
changes and recovery-key resets only), so many kills land inside a key-slot rewrite.
"""

from __future__ import annotations

import argparse
import random
import select
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.reliability.crash_model import CrashFailure, CrashModel, CrashStats
from tests.reliability.support import SUPERVISOR, WORKER, child_env, copy_folder, create_database, read_log

WRITER = Path(__file__).with_name("crash_writer.py")
READY_TIMEOUT = 30.0


def _start_writer(
    model: CrashModel, log: Path, backups: Path, seed: int, mix: str, lie: bool
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            str(WRITER),
            str(model.db),
            str(log),
            "--seed",
            str(seed),
            "--passphrase",
            model.passphrases[SUPERVISOR],
            "--worker-passphrase",
            model.passphrases[WORKER],
            "--recovery-key",
            model.recovery_key,
            "--backups",
            str(backups),
            "--mix",
            mix,
            *(["--lie"] if lie else []),
        ],
        env=child_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_at_random(process: subprocess.Popen[str], rng: random.Random, max_delay: float) -> None:
    """Most kills wait for the writer to be saving; some land during start-up and unlock (which
    runs SQLite's recovery of the previous crash)."""
    assert process.stdout is not None
    if rng.random() < 0.15:
        time.sleep(rng.uniform(0.0, 0.15))
    else:
        ready, _, _ = select.select([process.stdout], [], [], READY_TIMEOUT)
        if not ready:
            process.kill()
            raise CrashFailure("the writer did not become ready")
        process.stdout.readline()
        time.sleep(rng.uniform(0.0, max_delay))
    if process.poll() is not None:
        _, err = process.communicate()
        raise CrashFailure(f"the writer stopped by itself (status {process.returncode}): {err[-2000:]}")
    process.send_signal(signal.SIGKILL)
    process.communicate()


def run_database(
    root: Path,
    kills: int,
    seed: int,
    stats: CrashStats,
    *,
    max_delay: float = 0.25,
    restore: bool = True,
    lie: bool = False,
) -> CrashModel:
    """`kills` cycles against one new database under `root`; raises CrashFailure."""
    db = root / "data" / "cases.db"
    backups = root / "backups"
    backups.mkdir(parents=True)
    log = root / "acks.jsonl"
    model = CrashModel(db, create_database(db), stats=stats)
    rng = random.Random(seed)
    for cycle in range(kills):
        mix = "keys" if cycle % 4 == 3 or lie else "all"
        writer_seed = seed * 1000 + cycle
        process = _start_writer(model, log, backups, writer_seed, mix, lie)
        try:
            _kill_at_random(process, rng, max_delay)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        model.apply(read_log(log))
        copy = root / "after-kill"
        copy_folder(db.parent, copy)
        try:
            model.verify(copy / db.name)
        except CrashFailure as exc:
            raise CrashFailure(
                f"cycle {cycle} (writer seed {writer_seed}, mix {mix}) in {root}: {exc}"
            ) from None
        for stray in backups.iterdir():
            if not stray.name.endswith(".cib"):
                stats.stray_files[f"backup temp file (.{stray.name.rsplit('.', 1)[-1]})"] += 1
                stray.unlink()  # counted once, so the count is the number of kills that left one
    if restore:
        model.restore_backups()
    return model


def run(root: Path, kills: int, seed: int, per_database: int, workers: int = 2) -> CrashStats:
    """`kills` cycles in databases of `per_database` kills each, `workers` databases at a time."""
    started = time.monotonic()
    sizes = [min(per_database, kills - start) for start in range(0, kills, per_database)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_one_database, root / f"db{number}", size, seed * 100 + number)
            for number, size in enumerate(sizes)
        ]
        results = [future.result() for future in futures]
    stats = CrashStats()
    for part in results:
        stats.merge(part)
    stats.seconds = time.monotonic() - started
    return stats


def _one_database(root: Path, kills: int, seed: int) -> CrashStats:
    stats = CrashStats()
    run_database(root, kills, seed, stats)
    return stats


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-database", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2, help="databases crashed at the same time")
    parser.add_argument("--root", type=Path, help="work folder (default: a new temporary folder)")
    args = parser.parse_args(argv)
    import tempfile

    root = args.root or Path(tempfile.mkdtemp(prefix="caseintake-crash-"))
    try:
        stats = run(root, args.kills, args.seed, args.per_database, args.workers)
    except CrashFailure as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print(stats.summary())
    print(f"seconds={stats.seconds:.0f} work folder: {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
