"""The writer the crash harness kills: saves through the services until SIGKILL arrives.

    python tests/reliability/crash_writer.py DB LOG --seed N --passphrase P --worker-passphrase W
        --recovery-key K --backups DIR [--mix all|keys]

Before each save it logs an ``intent`` line; after the service call has returned it logs an
``ack`` line (fsynced). The harness then holds the database to every ``ack``: an acknowledged
save must survive the kill, and the one save in flight must be all there or not there at all.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.reliability.support import (
    SUPERVISOR,
    WORKER,
    AckLog,
    document,
    generated_case,
    use_cheap_kdf,
)

WEIGHTS = {
    "all": {"import": 34, "note": 25, "edit": 20, "person": 8, "backup": 5, "passphrase": 4, "recover": 4},
    "keys": {"passphrase": 60, "recover": 40},
}


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("log", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--passphrase", required=True)
    parser.add_argument("--worker-passphrase", required=True)
    parser.add_argument("--recovery-key", required=True)
    parser.add_argument("--backups", type=Path, required=True)
    parser.add_argument("--mix", choices=sorted(WEIGHTS), default="all")
    parser.add_argument("--ops", type=int, default=0, help="stop after this many saves (0: never)")
    parser.add_argument(
        "--lie", action="store_true", help="acknowledge before saving (the harness's self-test)"
    )
    return parser.parse_args(argv)


class LyingLog(AckLog):
    """Writes each acknowledgement when the intent is logged, before the save has happened."""

    def write(self, **entry: Any) -> None:
        if entry["phase"] == "ack":
            return
        super().write(**entry)
        acknowledged = dict(entry, phase="ack")
        if entry["op"] == "passphrase":
            super().write(**acknowledged)
        elif entry["op"] == "import":
            super().write(op="import", phase="ack", refs=[c["reference"] for c in entry["cases"]])


class Writer:
    def __init__(self, args: argparse.Namespace) -> None:
        from caseintake.services.session import open_session

        self.args = args
        self.rng = random.Random(args.seed)
        self.log = LyingLog(args.log) if args.lie else AckLog(args.log)
        self.passphrase = args.passphrase
        self.worker_passphrase = args.worker_passphrase
        self.serial = 0
        self.session = open_session(args.db, SUPERVISOR, self.passphrase)

    def marker(self) -> str:
        self.serial += 1
        return f"mk{self.args.seed}x{self.serial}x{self.rng.getrandbits(32):08x}"

    def word_marker(self) -> str:
        """A marker in letters: a run of digits would make a passphrase too easy to guess."""
        return self.marker().translate(str.maketrans("0123456789", "qrstuvwxyz"))

    def reference(self) -> str:
        self.serial += 1
        return f"KX-2026-{self.args.seed % 100_000:05d}{self.serial % 10_000:04d}"

    def pick(self, sql: str) -> Any:
        rows = self.session.db.all(sql)
        return self.rng.choice(rows)[0] if rows else None

    # -- the saves ----------------------------------------------------------------------------

    def do_import(self) -> None:
        from caseintake.interchange.importer import parse_document
        from caseintake.services.intake import add_cases

        cases = []
        for _ in range(self.rng.choice([1, 1, 1, 2, 3])):
            cases.append(generated_case(self.rng, self.reference(), self.marker(), SUPERVISOR))
        self.log.write(op="import", phase="intent", cases=cases)
        add_cases(self.session, parse_document(document(*cases)))
        self.log.write(op="import", phase="ack", refs=[c["reference"] for c in cases])

    def do_note(self) -> None:
        from caseintake.domain.records import Note
        from caseintake.services.notes import add_note

        reference = self.pick("SELECT reference FROM cases")
        if reference is None:
            return self.do_import()
        text = f"Note {self.marker()}"
        self.log.write(op="note", phase="intent", ref=reference, text=text)
        note = add_note(
            self.session, reference, Note(kind="home_visit", written_at=datetime.now(UTC), text=text)
        )
        self.log.write(op="note", phase="ack", ref=reference, text=text, note=note.id)
        return None

    def do_edit(self) -> None:
        from caseintake.services.notes import edit_note

        note = self.pick("SELECT uuid FROM note")
        if note is None:
            return self.do_note()
        text = f"Edited {self.marker()}"
        self.log.write(op="edit", phase="intent", note=note, text=text)
        version = edit_note(self.session, note, text)
        self.log.write(op="edit", phase="ack", note=note, text=text, version=version)
        return None

    def do_person(self) -> None:
        from caseintake.domain.records import Identity, Person
        from caseintake.services.people import add_person

        reference = self.pick("SELECT reference FROM cases")
        if reference is None:
            return self.do_import()
        marker = self.marker()
        data = Person(role="guardian", sex="F", identity=Identity(legal_name=f"Guardian {marker}"))
        self.log.write(op="person", phase="intent", ref=reference, marker=marker)
        person = add_person(self.session, reference, data)
        self.log.write(op="person", phase="ack", ref=reference, marker=marker, person=person.id)
        return None

    def do_backup(self) -> None:
        from caseintake.services.maintenance import make_backup

        target = self.args.backups / f"backup-{self.rng.randrange(3)}.cib"
        self.log.write(op="backup", phase="intent", file=str(target))
        digest = make_backup(self.session, target, force=True)  # three names in rotation
        self.log.write(op="backup", phase="ack", file=str(target), sha256=digest)

    def do_passphrase(self) -> None:
        from caseintake.services.users import change_passphrase

        new = f"supervisor passphrase {self.word_marker()}"
        self.log.write(op="passphrase", phase="intent", user=SUPERVISOR, new=new)
        change_passphrase(self.session, self.passphrase, new)
        self.passphrase = new
        self.log.write(op="passphrase", phase="ack", user=SUPERVISOR, new=new)

    def do_recover(self) -> None:
        from caseintake.services.users import recover

        new = f"worker passphrase {self.word_marker()}"
        self.log.write(op="passphrase", phase="intent", user=WORKER, new=new)
        recover(self.args.db, self.args.recovery_key, WORKER, new)
        self.worker_passphrase = new
        self.log.write(op="passphrase", phase="ack", user=WORKER, new=new)

    def run(self) -> None:
        weights = WEIGHTS[self.args.mix]
        ops = {
            "import": self.do_import,
            "note": self.do_note,
            "edit": self.do_edit,
            "person": self.do_person,
            "backup": self.do_backup,
            "passphrase": self.do_passphrase,
            "recover": self.do_recover,
        }
        done = 0
        while not self.args.ops or done < self.args.ops:
            name = self.rng.choices(list(weights), weights=list(weights.values()))[0]
            ops[name]()
            done += 1


def main(argv: list[str]) -> int:
    use_cheap_kdf()
    args = _parse(argv)
    writer = Writer(args)
    print("ready", flush=True)
    writer.run()
    writer.session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
