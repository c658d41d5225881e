"""Keys at office scale: unlock time with per-user key pairs and per-case keys, key rotation
(re-encrypting the whole database), and identity search over keyed-hash terms.

    python -m benchmarks.keys --cases 100000 [--seed 1] [--repeat 5]

Builds (or reuses, under benchmarks/out/keys-<cases>-<seed>/) a database with the product's own
services and the real Argon2id cost, then measures. Results go to stdout as a Markdown table
and to benchmarks/out/keys-<cases>-<seed>.json. Targets: unlock <= 0.4 s (issue 12), search as
you type p95 <= 50 ms (DESIGN §9). Rotation has no target; it is reported with its size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.databases import OUT, PASSPHRASE, STAFF, SUPERVISOR, TODAY

SOCIAL_WORKER = "sw1"
TYPED = ["ma", "mar", "mari", "maria", "cruz", "sa", "san", "sant", "santos", "re", "rey", "reye"]


def build(folder: Path, cases: int, seed: int) -> float:
    from caseintake.services import users
    from caseintake.services.demo import fill_with_demo_cases
    from caseintake.services.session import create_session

    started = time.perf_counter()
    session, _ = create_session(folder / "cases.db", SUPERVISOR, PASSPHRASE, office_name="Benchmark")
    try:
        for name, role in STAFF:
            users.add_user(session, name, role, PASSPHRASE)
        fill_with_demo_cases(session, cases, seed=seed, today=TODAY, parallel=cases > 2000)
    finally:
        session.close()
    return time.perf_counter() - started


def _timed(samples: list[float], action: Any) -> Any:
    started = time.perf_counter()
    result = action()
    samples.append(time.perf_counter() - started)
    return result


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(path: Path, repeat: int) -> dict[str, Any]:
    from caseintake.services import people
    from caseintake.services.cases import list_cases
    from caseintake.services.keys import rotate_keys
    from caseintake.services.session import open_session
    from caseintake.storage import keyslots

    results: dict[str, Any] = {}
    argon2: list[float] = []
    for _ in range(repeat):
        _timed(argon2, lambda: keyslots._argon2(PASSPHRASE, bytes(16), keyslots.DEFAULT_KDF))
    results["argon2id_alone"] = argon2  # the share of unlock that is the passphrase's cost
    for user in (SUPERVISOR, SOCIAL_WORKER):
        samples: list[float] = []
        for _ in range(repeat):
            _timed(samples, lambda user=user: open_session(path, user, PASSPHRASE)).close()
        results[f"unlock_{user}"] = samples
    worker = open_session(path, SOCIAL_WORKER, PASSPHRASE)
    try:
        reveal: list[float] = []
        victims = worker.db.all(
            "SELECT p.uuid FROM person p JOIN cases c ON c.id = p.case_id"
            " JOIN users u ON u.id = c.assigned_to JOIN identity i ON i.person_id = p.id"
            " WHERE u.username = ? LIMIT 50",
            (SOCIAL_WORKER,),
        )
        for (victim,) in victims:
            _timed(reveal, lambda victim=victim: people.reveal_identity(worker, victim))
        results["reveal_social_worker"] = reveal
    finally:
        worker.close()
    supervisor = open_session(path, SUPERVISOR, PASSPHRASE)
    try:
        search: list[float] = []
        for _ in range(repeat):
            for typed in TYPED:
                _timed(search, lambda typed=typed: list_cases(supervisor, search=typed, include_notes=False))
        results["search_as_you_type_supervisor"] = search
        size = path.stat().st_size
        rotation: list[float] = []
        _timed(rotation, lambda: rotate_keys(supervisor))
        results["rotate"] = rotation
        results["database_bytes"] = size
    finally:
        supervisor.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    folder = OUT / f"keys-{args.cases}-{args.seed}"
    path = folder / "cases.db"
    built = None
    if args.rebuild or not path.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        built = build(folder, args.cases, args.seed)
    results = measure(path, args.repeat)
    doc = {"cases": args.cases, "seed": args.seed, "build_seconds": built, **results}
    (OUT / f"keys-{args.cases}-{args.seed}.json").write_text(json.dumps(doc, indent=1))
    print(f"| measurement ({args.cases:,} cases) | median | p95 | target |")
    print("| --- | --- | --- | --- |")
    targets = {"unlock_": "≤ 0.4 s", "search": "p95 ≤ 50 ms"}
    for name, samples in results.items():
        if not isinstance(samples, list):
            continue
        target = next((t for prefix, t in targets.items() if name.startswith(prefix)), "")
        median, p95 = statistics.median(samples) * 1000, _p95(samples) * 1000
        print(f"| {name} | {median:.1f} ms | {p95:.1f} ms | {target} |")
    print(f"| database size | {results['database_bytes'] / 1e6:.0f} MB | | |")
    if built is not None:
        print(f"| build (demo cases, for scale) | {built:.0f} s | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
