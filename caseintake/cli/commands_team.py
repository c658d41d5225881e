"""`hub`, `sync` and `conflicts`: working as a team across laptops (DESIGN §10)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseintake.cli.context import open_session, print_table
from caseintake.cli.io import Progress, output_file, plural

Adder = Callable[[str, str], argparse.ArgumentParser]


def add_team_parsers(
    add: Adder, common: argparse.ArgumentParser, parser_class: type[argparse.ArgumentParser]
) -> None:
    p = add("hub", "the office hub: enrol, list and revoke laptops (supervisors)")
    hub = p.add_subparsers(dest="hub_command", parser_class=parser_class, required=True)
    h = hub.add_parser("start", parents=[common], help="make this database the office hub (once)")
    h = hub.add_parser("enrol", parents=[common], help="write the database of a new laptop for one user")
    h.add_argument("name", help="the laptop's name, e.g. field-laptop-3")
    h.add_argument(
        "--for", dest="owner", required=True, metavar="USER", help="the user who will use the laptop"
    )
    h.add_argument(
        "--out", type=Path, required=True, help="the new laptop database (its key file goes beside it)"
    )
    h = hub.add_parser("devices", parents=[common], help="list enrolled laptops and their last sync")
    h.add_argument("--json", action="store_true")
    h = hub.add_parser("revoke", parents=[common], help="revoke a lost laptop and list what it held")
    h.add_argument("name")
    h.add_argument("--json", action="store_true")
    h = hub.add_parser("held", parents=[common], help="list every case a laptop held (for a breach notice)")
    h.add_argument("name")
    h.add_argument("--json", action="store_true")

    p = add("sync", "exchange changes with the office as sealed bundle files")
    sync = p.add_subparsers(dest="sync_command", parser_class=parser_class, required=True)
    s = sync.add_parser(
        "export", parents=[common], help="write a bundle of what the other side has not acknowledged"
    )
    s.add_argument("file", type=Path)
    s.add_argument("--device", help="at the hub: the laptop the bundle is for")
    s.add_argument("--force", action="store_true", help="replace FILE if it exists")
    s = sync.add_parser("import", parents=[common], help="verify and apply a bundle")
    s.add_argument("file", type=Path)
    s = sync.add_parser(
        "folder",
        parents=[common],
        help="one round through a shared folder: apply the bundles there for this copy, write its own",
    )
    s.add_argument("folder", type=Path)
    s = sync.add_parser("status", parents=[common], help="this database's place in the team")
    s.add_argument("--json", action="store_true")

    p = add("conflicts", "the same field changed on two sides: list, or resolve at the hub")
    p.add_argument("--all", action="store_true", help="also list resolved conflicts")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--resolve", type=int, metavar="ID", help="resolve this conflict (supervisors, at the hub)"
    )
    p.add_argument("--keep", choices=("office", "field"), help="with --resolve: which value stays")


def _held_json(held: list[tuple[str, bool, str, str | None, str]]) -> list[dict[str, Any]]:
    return [
        {"reference": r, "identity_keys": k, "since": s, "until": u, "identities": p.split(", ") if p else []}
        for r, k, s, u, p in held
    ]


def _print_held(held: list[tuple[str, bool, str, str | None, str]]) -> None:
    rows = [[r, "yes" if k else "no", s[:10], (u or "")[:10], p] for r, k, s, u, p in held]
    print_table(rows, ["reference", "identity keys", "since", "until", "people in the vault"])


def cmd_hub(args: argparse.Namespace) -> int:
    from caseintake.services import team
    from caseintake.services.progress import Task

    with open_session(args) as session:
        if args.hub_command == "start":
            team.start_hub(session)
            print("This database is now the office hub; enrol each laptop with 'caseintake hub enrol'.")
        elif args.hub_command == "enrol":
            done = team.enrol(session, args.name, args.owner, args.out, task=Task(Progress("Copying")))
            print(
                f"Enrolled {done.name} for {done.username} with {plural(done.cases, 'case')}: {done.path}"
                " (copy it and its key file to the laptop; it opens with the user's passphrase)."
            )
        elif args.hub_command == "devices":
            found = team.devices(session)
            if args.json:
                print(json.dumps([_device_json(d) for d in found], indent=2))
            else:
                rows = [
                    [
                        d.name,
                        d.username,
                        "revoked" if d.revoked_at else "active",
                        (d.last_import_at or "never")[:16],
                        str(d.bundles_in),
                        str(d.bundles_out),
                    ]
                    for d in found
                ]
                print_table(rows, ["laptop", "user", "state", "last bundle in", "in", "out"])
        elif args.hub_command in ("revoke", "held"):
            held = (
                team.revoke(session, args.name)
                if args.hub_command == "revoke"
                else team.held_by(session, args.name)
            )
            if args.json:
                print(json.dumps(_held_json(held), indent=2))
            else:
                if args.hub_command == "revoke":
                    print(f"Revoked {args.name}; its bundles are refused from now on. It held:")
                _print_held(held)
    return 0


def _device_json(d: Any) -> dict[str, Any]:
    return {
        "name": d.name,
        "user": d.username,
        "device": d.number,
        "revoked_at": d.revoked_at,
        "enrolled_at": d.enrolled_at,
        "last_import_at": d.last_import_at,
        "last_export_at": d.last_export_at,
        "bundles_in": d.bundles_in,
        "bundles_out": d.bundles_out,
    }


def cmd_sync(args: argparse.Namespace) -> int:
    from caseintake.services import sync, team
    from caseintake.services.progress import Task

    with open_session(args) as session:
        if args.sync_command == "export":
            sent = sync.export_bundle(
                session,
                output_file(args.file),
                device=args.device,
                force=args.force,
                task=Task(Progress("Writing")),
            )
            extra = ""
            if sent.cases_whole or sent.cases_dropped:
                whole, dropped = plural(sent.cases_whole, "case"), plural(sent.cases_dropped, "case")
                extra = f", {whole} sent whole, {dropped} let go"
            print(f"Wrote {sent.path}: {plural(sent.changes, 'change')}{extra} ({sent.size:,} bytes).")
        elif args.sync_command == "import":
            got = sync.import_bundle(session, args.file, task=Task(Progress("Applying")))
            if got.stale:
                print(f"{args.file} was already covered by a later bundle; nothing changed.")
            else:
                parts = [f"{plural(got.applied, 'change')} applied"]
                if got.skipped:
                    parts.append(f"{got.skipped} already here")
                if got.cases_whole:
                    parts.append(f"{plural(got.cases_whole, 'case')} received whole")
                if got.cases_dropped:
                    parts.append(f"{plural(got.cases_dropped, 'case')} let go")
                if got.conflicts:
                    parts.append(f"{plural(got.conflicts, 'conflict')} to resolve")
                if got.quarantined:
                    parts.append(f"{got.quarantined} refused and quarantined")
                print(f"Applied {args.file}: {', '.join(parts)}.")
        elif args.sync_command == "folder":
            done = sync.sync_folder(session, args.folder, task=Task(Progress("Syncing")))
            for name, got in done.received:
                print(
                    f"Applied {name}: {plural(got.applied, 'change')}"
                    + (" (already covered)" if got.stale else "")
                    + "."
                )
            for name, exc in done.refused:
                print(f"warning: {name} was refused: {exc}", file=sys.stderr)
            for sent in done.sent:
                print(f"Wrote {sent.path.name}: {plural(sent.changes, 'change')}.")
        else:
            state = team.status(session)
            if args.json:
                print(json.dumps(state.__dict__, indent=2))
            elif state.role is None:
                print("This database is not part of a team.")
            else:
                print(f"role: {state.role}")
                print(f"device: {state.name} ({state.device})")
                if state.role == "device":
                    print(f"{plural(state.pending, 'change')} not yet at the office")
                print(f"open conflicts: {state.conflicts}")
                print(f"last bundle written: {state.last_export_at or 'never'}")
                print(f"last bundle applied: {state.last_import_at or 'never'}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from caseintake.cli.io import UsageError
    from caseintake.services import team

    if (args.resolve is None) != (args.keep is None):
        raise UsageError(
            "give --resolve ID and --keep office|field together (see 'caseintake conflicts --help')"
        )
    with open_session(args) as session:
        if args.resolve is not None:
            team.resolve_conflict(session, args.resolve, args.keep)
            print(f"Conflict {args.resolve} resolved: the {args.keep} value stays.")
            return 0
        found = team.conflicts(session, open_only=not args.all)
        if args.json:
            print(json.dumps([c.__dict__ for c in found], indent=2, default=str))
            return 0
        rows = [
            [
                str(c.id),
                c.table,
                c.column,
                _short(c.was),
                _short(c.office),
                _short(c.field),
                c.changed_at[:16],
                c.chosen or "",
            ]
            for c in found
        ]
        print_table(
            rows, ["id", "record", "field", "was", "office now", "field value", "changed", "resolved"]
        )
    return 0


def _short(value: Any) -> str:
    """A value as a person reads it on a terminal (vault values are ciphertext: never shown)."""
    if isinstance(value, dict) and set(value) == {"b"}:
        return "(encrypted)"
    text = "(none)" if value is None else str(value)
    return text if len(text) <= 30 else text[:29] + "…"
