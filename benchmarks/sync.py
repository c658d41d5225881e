"""Team sync at office scale (issue 15): bundles of changed cases between a laptop and the hub.

    python -m benchmarks.sync                                  # 100,000-case hub, 1,000 changed cases
    python -m benchmarks.sync --cases 1000 --changed 100 --repeat 1 --out DIR    # a quick look

The hub is a copy of the benchmark's encrypted demo database (`benchmarks/databases.py`, built
once and reused). It is made the office hub, and a laptop is enrolled for its supervisor (so the
laptop holds every case, and no pruning hides the cost of the copy). Each round then:

1. on the laptop, `--changed` cases each get one saved edit (province), through the services;
2. the laptop writes its bundle (`sync export`): time and size;
3. the hub applies it (`sync import`): time, the issue's goal being 2 s for 1,000 cases;
4. at the hub, `--changed` other cases get one edit each; the hub writes the laptop's return
   bundle and the laptop applies it: time and size.

After the rounds, a new social worker is given `--field-cases` cases (a field worker's caseload)
and a laptop is enrolled for her: its time and file size, the same whatever the hub's size. On
it `--vault` cases get a changed identity (the school of a protected person, so the leak guard's
digests travel with them) and the hub applies that bundle. Last, a laptop is enrolled for the
demo data's social worker holding the fewest cases (a fifth of the hub). `--field-only` measures
the field laptop alone (for a hub too large to copy whole for the supervisor's laptop).

Results go to `performance-sync.json` and a section of `PERFORMANCE.md` in `--out` (default
`docs/`), between markers that `benchmarks/report.py` keeps when it rewrites the file.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import databases, machine

DOCS = Path(__file__).resolve().parent.parent / "docs"
START = "<!-- team-sync:start -->"
END = "<!-- team-sync:end -->"
PROVINCES = ("Cebu", "Bohol", "Leyte", "Samar", "Iloilo", "Negros Oriental")
GOAL_APPLY_S = 2.0
GOAL_BYTES_PER_CASE = 300


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.sync",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--changed", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--vault", type=int, default=200)
    parser.add_argument("--field-cases", type=int, default=300)
    parser.add_argument("--field-only", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DOCS)
    parser.add_argument("--work", type=Path, default=databases.OUT)
    return parser.parse_args(argv)


def _edit(session: Any, references: list[str], round_no: int) -> float:
    from caseintake.services.case_fields import update_case
    from caseintake.services.cases import load_case

    started = time.perf_counter()
    for n, reference in enumerate(references):
        case = load_case(session, reference)
        value = PROVINCES[(n + round_no + 1) % len(PROVINCES)]
        if case.province == value:
            value = PROVINCES[(n + round_no + 2) % len(PROVINCES)]
        update_case(session, reference, dataclasses.replace(case, province=value), ["province"])
    return time.perf_counter() - started


def _edit_vault(session: Any, references: list[str]) -> int:
    """Change the school of the first protected person of each case; returns how many changed."""
    from caseintake.services.cases import load_case
    from caseintake.services.people import reveal_identity, update_person

    changed = 0
    for n, reference in enumerate(references):
        case = load_case(session, reference)
        person = next((p for p in case.persons if p.protected and p.id), None)
        if person is None or person.id is None:
            continue
        identity = reveal_identity(session, person.id)
        school = f"Benchmark School {n}"
        update_person(
            session,
            person.id,
            dataclasses.replace(person, identity=dataclasses.replace(identity, school=school)),
        )
        changed += 1
    return changed


FIELD_USER = "bench-field"


def _field_laptop(hub: Any, scratch: Path, cases: int, vault: int) -> dict[str, Any]:
    """A new social worker with `cases` cases spread over the hub, her laptop enrolled, `vault`
    of her cases' identities changed on it and applied at the hub."""
    from caseintake.services import sync, team, users
    from caseintake.services.case_fields import update_case
    from caseintake.services.cases import load_case
    from caseintake.services.session import open_session

    users.add_user(hub, FIELD_USER, "social_worker", databases.PASSPHRASE)
    references = [str(r[0]) for r in hub.db.all("SELECT reference FROM cases ORDER BY id")]
    chosen = references[:: max(1, len(references) // cases)][:cases]
    for reference in chosen:
        case = load_case(hub, reference)
        update_case(hub, reference, dataclasses.replace(case, assigned_to=FIELD_USER), ["assigned_to"])
    path = scratch / "field-laptop" / databases.DB_NAME
    started = time.perf_counter()
    team.enrol(hub, "bench-field-laptop", FIELD_USER, path)
    enrol_s = time.perf_counter() - started
    laptop = open_session(path, FIELD_USER, databases.PASSPHRASE)
    try:
        changed = _edit_vault(laptop, chosen[:vault])
        out = scratch / "field-vault.bundle"
        sync.export_bundle(laptop, out)
        started = time.perf_counter()
        sync.import_bundle(hub, out)
        apply_s = time.perf_counter() - started
    finally:
        laptop.close()
    return {
        "field_cases": len(chosen),
        "enrol_field_s": round(enrol_s, 2),
        "field_bytes": path.stat().st_size,
        "vault_cases": changed,
        "hub_apply_vault_s": round(apply_s, 3),
        "hub_bytes": hub.db.path.stat().st_size,
    }


def _enrol_worker(hub: Any, scratch: Path) -> dict[str, Any]:
    """Enrol a laptop for the demo data's social worker holding the fewest cases: time, cases,
    file size."""
    from caseintake.services import team

    worker, held = hub.db.one(
        "SELECT u.username, count(c.id) FROM users u JOIN cases c ON c.assigned_to = u.id"
        " WHERE u.role = 'social_worker' AND u.username <> ? GROUP BY u.id ORDER BY count(c.id) LIMIT 1",
        (FIELD_USER,),
    )
    path = scratch / "worker-laptop" / databases.DB_NAME
    started = time.perf_counter()
    team.enrol(hub, "bench-worker-laptop", str(worker), path)
    return {
        "enrol_worker_s": round(time.perf_counter() - started, 1),
        "enrol_worker_cases": int(held),
        "enrol_worker_bytes": path.stat().st_size,
    }


def _supervisor_rounds(hub: Any, scratch: Path, args: argparse.Namespace, doc: dict[str, Any]) -> Any:
    """The supervisor's laptop (every case) enrolled, then `--repeat` rounds of bundles both ways;
    returns the open laptop session."""
    from caseintake.services import sync, team
    from caseintake.services.session import open_session

    started = time.perf_counter()
    laptop_path = scratch / "laptop" / databases.DB_NAME
    team.enrol(hub, "bench-laptop", databases.SUPERVISOR, laptop_path)
    enrol_s = time.perf_counter() - started
    laptop = open_session(laptop_path, databases.SUPERVISOR, databases.PASSPHRASE)
    references = [str(r[0]) for r in hub.db.all("SELECT reference FROM cases ORDER BY id")]
    step = max(1, len(references) // (2 * args.changed * args.repeat + 1))
    rounds = []
    for round_no in range(args.repeat):
        offset = round_no * 2 * args.changed
        field = [references[(offset + n) * step % len(references)] for n in range(args.changed)]
        office = [
            references[(offset + args.changed + n) * step % len(references)] for n in range(args.changed)
        ]
        edit_s = _edit(laptop, field, round_no)
        out = scratch / f"laptop-{round_no}.bundle"
        t0 = time.perf_counter()
        sent = sync.export_bundle(laptop, out)
        t1 = time.perf_counter()
        got = sync.import_bundle(hub, out)
        t2 = time.perf_counter()
        _edit(hub, office, round_no)
        back = scratch / f"hub-{round_no}.bundle"
        t3 = time.perf_counter()
        returned = sync.export_bundle(hub, back, device="bench-laptop")
        t4 = time.perf_counter()
        answered = sync.import_bundle(laptop, back)
        t5 = time.perf_counter()
        rounds.append(
            {
                "laptop_edits_s": round(edit_s, 3),
                "laptop_export_s": round(t1 - t0, 3),
                "laptop_bundle_bytes": sent.size,
                "laptop_changes": sent.changes,
                "hub_apply_s": round(t2 - t1, 3),
                "hub_applied": got.applied,
                "hub_conflicts": got.conflicts,
                "hub_export_s": round(t4 - t3, 3),
                "hub_bundle_bytes": returned.size,
                "hub_changes": returned.changes,
                "laptop_apply_s": round(t5 - t4, 3),
                "laptop_applied": answered.applied,
            }
        )
        print(f"round {round_no + 1}: {rounds[-1]}", file=sys.stderr)
    doc["enrol_full_laptop_s"] = round(enrol_s, 1)
    doc["rounds"] = rounds
    return laptop


def run(args: argparse.Namespace) -> dict[str, Any]:
    from caseintake.services import team
    from caseintake.services.session import open_session

    data = databases.prepare(args.cases, args.seed, root=args.work)
    scratch = Path(tempfile.mkdtemp(prefix="caseintake-sync-bench-", dir=args.work))
    try:
        hub_folder = scratch / "hub"
        shutil.copytree(data.path("encrypted").parent, hub_folder)
        hub = open_session(hub_folder / databases.DB_NAME, databases.SUPERVISOR, databases.PASSPHRASE)
        laptop = None
        doc: dict[str, Any] = {"rounds": []}
        try:
            team.start_hub(hub)
            if not args.field_only:
                laptop = _supervisor_rounds(hub, scratch, args, doc)
            doc.update(_field_laptop(hub, scratch, args.field_cases, args.vault))
            print(f"field laptop: {doc}", file=sys.stderr)
            if not args.field_only:
                doc.update(_enrol_worker(hub, scratch))
                print(f"worker laptop: {doc}", file=sys.stderr)
        finally:
            if laptop is not None:
                laptop.close()
            hub.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {
        "cases": args.cases,
        "changed": args.changed,
        "repeat": args.repeat,
        "command": "python -m benchmarks.sync " + " ".join(sys.argv[1:]),
        "machine": machine.describe(),
        **doc,
    }


def _median(rounds: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in rounds))


def markdown(doc: dict[str, Any]) -> str:
    rounds = doc["rounds"]
    changed = doc["changed"]
    per_case_up = _median(rounds, "laptop_bundle_bytes") / changed
    per_case_down = _median(rounds, "hub_bundle_bytes") / changed
    apply_s = _median(rounds, "hub_apply_s")
    m = {key: _median(rounds, key) for key in rounds[0]}
    met = apply_s <= GOAL_APPLY_S and per_case_up <= GOAL_BYTES_PER_CASE
    lines = [
        START,
        "## Team sync (issue 15)",
        "",
        f"A hub of {doc['cases']:,} cases and a laptop enrolled for its supervisor (every case); "
        f"each of {doc['repeat']} rounds changes {changed:,} cases on the laptop and {changed:,} other "
        "cases at the hub (one saved edit each, through the services), then moves both bundles. "
        f"Medians of the rounds; `{doc['command'].strip()}`.",
        "",
        "| step | median | goal |",
        "| --- | --- | --- |",
        f"| laptop writes its bundle ({changed:,} cases) | {m['laptop_export_s']:.2f} s | — |",
        f"| laptop bundle size | {m['laptop_bundle_bytes']:,.0f} B ({per_case_up:.0f} B per case) "
        f"| ≤ {GOAL_BYTES_PER_CASE} B per case |",
        f"| hub applies it | {apply_s:.2f} s | ≤ {GOAL_APPLY_S:.0f} s |",
        f"| hub writes the laptop's return bundle ({changed:,} cases) | {m['hub_export_s']:.2f} s | — |",
        f"| return bundle size | {m['hub_bundle_bytes']:,.0f} B ({per_case_down:.0f} B per case) | — |",
        f"| laptop applies it | {m['laptop_apply_s']:.2f} s | — |",
        f"| enrol a laptop holding every case (under its own key) | {doc['enrol_full_laptop_s']:.1f} s | — |",
        *field_rows(doc),
        f"| enrol a laptop for the demo data's smallest caseload ({doc['enrol_worker_cases']:,} cases)"
        f" | {doc['enrol_worker_s']:.1f} s | — |",
        f"| its file | {doc['enrol_worker_bytes'] / 1e6:,.0f} MB | — |",
        "",
        f"Goals {'met' if met else '**not met**'}. Per changed case a laptop's bundle carries the changed "
        "columns with the values they replaced, and the audit events of the edit with their author's "
        "signature (the hub recomputes the hashes); the leak guard's digests travel only for a case whose "
        "vault or placements changed. The return bundle carries each changed row whole, as the hub holds it.",
        END,
    ]
    return "\n".join(lines) + "\n"


def field_rows(doc: dict[str, Any]) -> list[str]:
    """The field laptop's rows of the table (also what `--field-only` prints)."""
    return [
        f"| enrol a social worker's laptop ({doc['field_cases']:,} cases)"
        f" | {doc['enrol_field_s']:.1f} s | — |",
        f"| its file beside the hub's | {doc['field_bytes'] / 1e6:,.1f} MB of"
        f" {doc['hub_bytes'] / 1e6:,.0f} MB | — |",
        f"| hub applies {doc['vault_cases']:,} of her cases whose identities changed"
        f" (leak-guard digests with them) | {doc['hub_apply_vault_s']:.2f} s | — |",
    ]


def place_section(document: str, section: str) -> str:
    """`document` with its team-sync section replaced by `section` (or `section` appended)."""
    if START in document and END in document:
        head, rest = document.split(START, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        return head + section + ("\n" + tail if tail else "")
    return document.rstrip("\n") + "\n\n" + section


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    doc = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.field_only:
        name = f"performance-sync-field-{args.cases}.json"
        (args.out / name).write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        print("\n".join(field_rows(doc)), file=sys.stderr)
        return 0
    (args.out / "performance-sync.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    target = args.out / "PERFORMANCE.md"
    current = target.read_text(encoding="utf-8") if target.exists() else "# caseintake performance\n"
    target.write_text(place_section(current, markdown(doc)), encoding="utf-8")
    print(markdown(doc), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
