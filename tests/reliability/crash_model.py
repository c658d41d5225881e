"""What the crash harness expects to find after a kill, built from the writer's acknowledgements.

`CrashModel.apply` folds the log into the model; `CrashModel.verify` opens a copy of the killed
database through the real unlock path and holds it to the model. The one save in flight when the
kill came (an ``intent`` with no ``ack``) must be complete or absent; if it is complete it joins
the model, since the next writer builds on it.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caseintake.domain.errors import CaseintakeError, WrongPassphrase
from caseintake.storage import audit, vault
from caseintake.storage.database import Database
from caseintake.storage.keyslots import KeySlots, sidecar_path
from tests.reliability.support import FIRST_PASSPHRASES, SUPERVISOR, WORKER

DATABASE_FILES = {"cases.db", "cases.db-wal", "cases.db-shm", "cases.db.keys", "cases.db.unlock"}


class CrashFailure(AssertionError):
    """The database after a kill does not match what the writer acknowledged."""


def _fail(message: str) -> CrashFailure:
    return CrashFailure(message)


@dataclass
class CrashStats:
    kills: int = 0
    in_flight: Counter[str] = field(default_factory=Counter)
    in_flight_committed: Counter[str] = field(default_factory=Counter)
    acknowledged: Counter[str] = field(default_factory=Counter)
    stray_files: Counter[str] = field(default_factory=Counter)
    wal_left: int = 0
    backups_restored: int = 0
    seconds: float = 0.0

    def merge(self, other: CrashStats) -> None:
        self.kills += other.kills
        self.wal_left += other.wal_left
        self.backups_restored += other.backups_restored
        for mine, theirs in (
            (self.in_flight, other.in_flight),
            (self.in_flight_committed, other.in_flight_committed),
            (self.acknowledged, other.acknowledged),
            (self.stray_files, other.stray_files),
        ):
            mine.update(theirs)

    def summary(self) -> str:
        return (
            f"kills={self.kills} acknowledged={dict(self.acknowledged)} "
            f"in_flight={dict(self.in_flight)} in_flight_committed={dict(self.in_flight_committed)} "
            f"wal_left_behind={self.wal_left} stray_files={dict(self.stray_files)} "
            f"backups_restored={self.backups_restored}"
        )


@dataclass
class CrashModel:
    db: Path
    recovery_key: str
    passphrases: dict[str, str] = field(default_factory=lambda: dict(FIRST_PASSPHRASES))
    cases: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: dict[str, dict[int, str]] = field(default_factory=dict)  # id -> {version: text}
    persons: dict[str, str] = field(default_factory=dict)  # id -> marker
    backups: dict[str, str] = field(default_factory=dict)  # file -> sha256
    pending: dict[str, Any] | None = None
    seen: int = 0
    known_passphrases: list[str] = field(default_factory=lambda: [FIRST_PASSPHRASES[SUPERVISOR]])
    strays: set[str] = field(default_factory=set)
    fresh_cases: set[str] = field(default_factory=set)  # saved since the last check of search
    fresh_notes: set[str] = field(default_factory=set)
    stats: CrashStats = field(default_factory=CrashStats)

    # -- the log ----------------------------------------------------------------------------------

    def apply(self, entries: list[dict[str, Any]]) -> None:
        """Fold the log lines not seen yet into the model."""
        for entry in entries[self.seen :]:
            if entry["phase"] == "intent":
                self.pending = entry
                if entry["op"] == "passphrase" and entry["user"] == SUPERVISOR:
                    self.known_passphrases.append(entry["new"])
                continue
            intent, self.pending = self.pending, None
            op = entry["op"]
            self.stats.acknowledged[op] += 1
            if op == "import":
                assert intent is not None and intent["op"] == "import"
                for case in intent["cases"]:
                    self.cases[case["reference"]] = case
                    self.fresh_cases.add(case["reference"])
            elif op == "note":
                self.notes[entry["note"]] = {1: entry["text"]}
                self.fresh_notes.add(entry["note"])
            elif op == "edit":
                self.notes.setdefault(entry["note"], {})[entry["version"]] = entry["text"]
                self.fresh_notes.add(entry["note"])
            elif op == "person":
                self.persons[entry["person"]] = entry["marker"]
            elif op == "backup":
                self.backups[entry["file"]] = entry["sha256"]
            elif op == "passphrase":
                self.passphrases[entry["user"]] = entry["new"]
        self.seen = len(entries)

    # -- after a kill -----------------------------------------------------------------------------

    def verify(self, copy: Path) -> None:
        """Hold the copied database folder to the model; raises CrashFailure."""
        self.stats.kills += 1
        if self.pending is not None:
            self.stats.in_flight[self.pending["op"]] += 1
        if Path(f"{copy}-wal").exists() and Path(f"{copy}-wal").stat().st_size:
            self.stats.wal_left += 1
        for stray in copy.parent.iterdir():
            if stray.name not in DATABASE_FILES and stray.name not in self.strays:
                self.strays.add(stray.name)  # counted once: kills that left a file behind
                self.stats.stray_files[_kind(stray.name)] += 1
        try:
            key = self._check_keys(copy)
            db, user = vault.unlock(copy, SUPERVISOR, self.passphrases[SUPERVISOR])
        except CaseintakeError as exc:  # e.g. wal_check refusing a log a crash left behind
            raise _fail(f"the database did not open after the kill: {exc}") from None
        try:
            if db.key != key:
                raise _fail("the passphrase and the recovery key unwrap different database keys")
            self._check_integrity(db)
            _decrypting_legal_names(db)
            self._check_complete(db)
            self._check_cases(db)
            self._check_notes(db)
            self._check_persons(db)
            self._check_search(db, user)
        finally:
            db.close()
        self._check_backups()
        self.pending = None

    def _resolve(self, kind: str) -> None:
        self.stats.in_flight_committed[kind] += 1

    def _check_keys(self, copy: Path) -> bytes:
        """Exactly one of the old and the new passphrase opens each slot, never neither."""
        slots = KeySlots.load(sidecar_path(copy))
        key = slots.unwrap_recovery(self.recovery_key)
        for user in (SUPERVISOR, WORKER):
            candidates = [self.passphrases[user]]
            pending = self.pending
            if pending and pending["op"] == "passphrase" and pending["user"] == user:
                candidates.append(pending["new"])
            working = []
            for candidate in candidates:
                try:
                    if slots.unwrap_user(user, candidate) != key:
                        raise _fail(f"{user}'s slot unwraps a different key")
                    working.append(candidate)
                except WrongPassphrase:
                    pass
            if len(working) != 1:
                raise _fail(f"{len(working)} of {len(candidates)} passphrases of {user} work (need one)")
            if working[0] != self.passphrases[user]:
                self.passphrases[user] = working[0]
                self._resolve("passphrase")
        return key

    def _check_integrity(self, db: Database) -> None:
        if db.all("PRAGMA integrity_check") != [("ok",)]:
            raise _fail("PRAGMA integrity_check is not ok")
        problems = db.all("PRAGMA cipher_integrity_check")
        if problems:
            raise _fail(f"cipher_integrity_check: {problems[:3]}")
        chain = audit.verify_chain(db)
        if chain:
            raise _fail(f"audit chain: {chain[:3]}")

    def _check_complete(self, db: Database) -> None:
        """No half-written case, whoever wrote it."""
        checks = {
            "a case without its text row": "SELECT count(*) FROM cases c"
            " WHERE NOT EXISTS (SELECT 1 FROM case_text t WHERE t.case_id = c.id)",
            "a case without offenses": "SELECT count(*) FROM cases c"
            " WHERE NOT EXISTS (SELECT 1 FROM case_offense o WHERE o.case_id = c.id)",
            "a protected person without pseudonym or identity": "SELECT count(*) FROM person p"
            " WHERE p.protected = 1 AND (p.pseudonym IS NULL"
            " OR NOT EXISTS (SELECT 1 FROM identity i WHERE i.person_id = p.id))",
            "an unprotected person with a pseudonym or identity": "SELECT count(*) FROM person p"
            " WHERE p.protected = 0 AND (p.pseudonym IS NOT NULL"
            " OR EXISTS (SELECT 1 FROM identity i WHERE i.person_id = p.id))",
            "a case without its import event": "SELECT count(*) FROM cases c WHERE NOT EXISTS"
            " (SELECT 1 FROM audit a WHERE a.entity_id = c.uuid AND a.action = 'case.import')",
            "a note version gap": "SELECT count(*) FROM note n WHERE n.version - 1 !="
            " (SELECT count(*) FROM note_version v WHERE v.note_id = n.id)",
        }
        for problem, sql in checks.items():
            count = db.scalar(sql)
            if count:
                raise _fail(f"{problem} ({count})")

    def _check_cases(self, db: Database) -> None:
        pending = self.pending if self.pending and self.pending["op"] == "import" else None
        if pending:
            refs = [c["reference"] for c in pending["cases"]]
            present = [r for r in refs if db.scalar("SELECT 1 FROM cases WHERE reference = ?", (r,))]
            if present and len(present) != len(refs):
                raise _fail(f"an import was half done: {len(present)} of {len(refs)} cases")
            if present:
                self._resolve("import")
                for case in pending["cases"]:
                    self.cases[case["reference"]] = case
                    self.fresh_cases.add(case["reference"])
        for reference, case in self.cases.items():
            row = db.one(
                "SELECT c.id, t.summary FROM cases c JOIN case_text t ON t.case_id = c.id"
                " WHERE c.reference = ?",
                (reference,),
            )
            if row is None or row[1] != case["summary"]:
                raise _fail(f"acknowledged case {reference} is missing or changed")
            counts = db.one(
                "SELECT (SELECT count(*) FROM person WHERE case_id = ?1),"
                " (SELECT count(*) FROM identity i JOIN person p ON p.id = i.person_id"
                "  WHERE p.case_id = ?1 AND legal_name(p.uuid, p.case_id, i.legal_name) LIKE '%' || ?2),"
                " (SELECT count(*) FROM case_offense WHERE case_id = ?1),"
                " (SELECT count(*) FROM referral WHERE case_id = ?1),"
                " (SELECT count(*) FROM hearing WHERE case_id = ?1),"
                " (SELECT count(*) FROM evidence WHERE case_id = ?1)",
                (row[0], case["summary"].split()[-1]),
            )
            assert counts is not None
            imported = len(case["persons"])
            protected = sum(1 for p in case["persons"] if "identity" in p)
            if (
                counts[0] < imported
                or counts[1] != protected
                or counts[2:] != (len(case["offenses"]), 1, 1, 1)
            ):
                raise _fail(f"acknowledged case {reference} is incomplete: {counts}")

    def _check_notes(self, db: Database) -> None:
        pending = self.pending
        if pending and pending["op"] == "note":
            found = db.all("SELECT uuid FROM note WHERE text = ?", (pending["text"],))
            if len(found) > 1:
                raise _fail("a note was saved twice")
            if found:
                self._resolve("note")
                self.notes[found[0][0]] = {1: pending["text"]}
                self.fresh_notes.add(found[0][0])
        for note_id, versions in self.notes.items():
            current = db.one("SELECT id, version, text FROM note WHERE uuid = ?", (note_id,))
            if current is None:
                raise _fail(f"acknowledged note {note_id} is missing")
            saved = dict(db.all("SELECT version, text FROM note_version WHERE note_id = ?", (current[0],)))
            saved[current[1]] = current[2]
            for version, text in versions.items():
                if saved.get(version) != text:
                    raise _fail(f"acknowledged version {version} of note {note_id} is missing or changed")
            newest = max(versions)
            if current[1] > newest:
                if not (
                    pending
                    and pending["op"] == "edit"
                    and pending["note"] == note_id
                    and current[1] == newest + 1
                    and current[2] == pending["text"]
                ):
                    raise _fail(f"note {note_id} has a version nobody saved")
                self._resolve("edit")
                versions[current[1]] = current[2]
                self.fresh_notes.add(note_id)
        if pending and pending["op"] == "edit" and pending["note"] not in self.notes:
            row = db.one("SELECT version, text FROM note WHERE uuid = ?", (pending["note"],))
            if row is not None and row[1] == pending["text"]:
                self._resolve("edit")
                self.notes[pending["note"]] = {row[0]: row[1]}
                self.fresh_notes.add(pending["note"])

    def _check_search(self, db: Database, user: vault.UserRow) -> None:
        """What was saved since the last kill is found by search (through the service, so the
        check does not depend on how the index is laid out)."""
        from caseintake.services.cases import list_cases
        from caseintake.services.session import Session

        session = Session(db, user)
        wanted = [(r, self.cases[r]["summary"].split()[-1]) for r in self.fresh_cases if r in self.cases]
        for note_id in self.fresh_notes:
            versions = self.notes.get(note_id)
            reference = db.scalar(
                "SELECT c.reference FROM note n JOIN cases c ON c.id = n.case_id WHERE n.uuid = ?", (note_id,)
            )
            if versions and reference:
                wanted.append((reference, versions[max(versions)].split()[-1]))
        for reference, word in wanted:
            if reference not in {row.reference for row in list_cases(session, search=word, limit=50)}:
                raise _fail(f"search for a saved word does not find case {reference}")
        self.fresh_cases.clear()
        self.fresh_notes.clear()

    def _check_persons(self, db: Database) -> None:
        pending = self.pending
        if pending and pending["op"] == "person":
            found = db.all(
                "SELECT p.uuid FROM person p JOIN identity i ON i.person_id = p.id"
                " WHERE legal_name(p.uuid, p.case_id, i.legal_name) = ?",
                (f"Guardian {pending['marker']}",),
            )
            if len(found) > 1:
                raise _fail("a person was saved twice")
            if found:
                self._resolve("person")
                self.persons[found[0][0]] = pending["marker"]
        for person_id, marker in self.persons.items():
            row = db.one(
                "SELECT p.pseudonym, legal_name(p.uuid, p.case_id, i.legal_name) FROM person p"
                " JOIN identity i ON i.person_id = p.id"
                " WHERE p.uuid = ?",
                (person_id,),
            )
            if row is None or not row[0] or row[1] != f"Guardian {marker}":
                raise _fail(f"acknowledged person {person_id} is missing or incomplete")

    def _check_backups(self) -> None:
        pending = self.pending if self.pending and self.pending["op"] == "backup" else None
        expected = dict(self.backups)
        if pending:
            expected.setdefault(pending["file"], "")
        for name, digest in expected.items():
            path = Path(name)
            if not path.exists():
                if digest:
                    raise _fail(f"acknowledged backup {path.name} is missing")
                continue
            actual = hashlib.sha256(path.read_bytes()).hexdigest()
            if actual == digest:
                continue
            if pending and name == pending["file"]:
                _unpack(path)  # a new, complete backup replaced the old one
                self._resolve("backup")
                self.backups[name] = actual
                continue
            raise _fail(f"acknowledged backup {path.name} changed")

    def restore_backups(self) -> None:
        """Every backup left at the end restores to a database that passes the check."""
        from caseintake.services import maintenance
        from caseintake.services.session import open_session

        for name in sorted(self.backups):
            with tempfile.TemporaryDirectory() as folder:
                target = Path(folder) / "restored.db"
                maintenance.restore(target, Path(name), SUPERVISOR, self._backup_passphrase(Path(name)))
                session = open_session(target, SUPERVISOR, self._backup_passphrase(Path(name)), record=False)
                try:
                    report = maintenance.inspect(session.db)
                    if not report.ok:
                        raise _fail(f"backup {Path(name).name} restores to a damaged database")
                finally:
                    session.close()
            self.stats.backups_restored += 1

    def _backup_passphrase(self, backup: Path) -> str:
        """A backup carries the slots of its day: find which known passphrase opens it."""
        from caseintake.storage.backup import unpack_backup

        with tempfile.TemporaryDirectory() as folder:
            raw = unpack_backup(backup, Path(folder) / "copy.db")
        slots = KeySlots.from_bytes(backup, raw)
        for candidate in self.known_passphrases:
            try:
                slots.unwrap_user(SUPERVISOR, candidate)
            except WrongPassphrase:
                continue
            return candidate
        raise _fail(f"no known passphrase opens backup {backup.name}")


def _unpack(path: Path) -> None:
    from caseintake.storage.backup import unpack_backup

    with tempfile.TemporaryDirectory() as folder:
        unpack_backup(path, Path(folder) / "copy.db")


def _kind(name: str) -> str:
    """A stray file's kind, without its random part."""
    if name.endswith(".tmp"):
        return "key-slot temp file (.keys.*.tmp)"
    if name.endswith(".unlock"):
        return "failed-unlock counter"
    return name.rsplit(".", 1)[-1]


def _decrypting_legal_names(db: Database) -> None:
    """Vault values are encrypted under per-case keys: give the checks a `legal_name()` that
    decrypts with the unlocked supervisor's keys, so they can compare names as text."""
    from caseintake.storage import case_keys

    def legal_name(person_uuid: str, case_id: int, blob: bytes | None) -> str | None:
        return case_keys.decrypt_field(case_keys.case_key(db, case_id), person_uuid, "legal_name", blob)

    db.conn.create_function("legal_name", 3, legal_name)
