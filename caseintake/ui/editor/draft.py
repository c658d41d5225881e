"""The case being edited, as plain data: what was loaded, and what waits to be saved.

Qt-free, so what is dirty, what a save sends and what is left after it are tested without a
display. Records added or changed in the tabs wait here as interchange-format dicts (DESIGN §7)
until Save sends them all in one background transaction: every change or none, and the form
keeps what was typed whatever the outcome.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from caseintake.domain.errors import InvalidInput
from caseintake.domain.pseudonyms import next_pseudonym
from caseintake.domain.records import Case, is_minor, is_protected

KINDS = ("persons", "referrals", "notes", "hearings", "evidence")
_keys = itertools.count(1)


def form_of(case: Case) -> dict[str, Any]:
    """The Overview fields of a loaded case, in the flat shape the form edits."""
    return {
        "status": case.status,
        "opened_on": case.opened_on.isoformat(),
        "closed_on": None if case.closed_on is None else case.closed_on.isoformat(),
        "region": case.region,
        "province": case.province or "",
        "offenses": tuple(sorted(case.offenses)),
        "source_kind": case.source_kind,
        "source_reference": case.source_reference or "",
        "summary": case.summary,
        "assigned_to": case.assigned_to,
        "consent_statistics": case.consent_statistics,
        "accommodations": tuple(sorted(case.accommodations)),
    }


def blank_form(username: str, today: date) -> dict[str, Any]:
    """A new intake: today, assigned to whoever records it, consent not asked yet."""
    return {
        "status": "intake",
        "opened_on": today.isoformat(),
        "closed_on": None,
        "region": "",
        "province": "",
        "offenses": (),
        "source_kind": None,
        "source_reference": "",
        "summary": "",
        "assigned_to": username,
        "consent_statistics": "unknown",
        "accommodations": (),
    }


def to_interchange(form: dict[str, Any]) -> dict[str, Any]:
    """The form's fields as case fields of the interchange format (validated by the service)."""
    if not form["region"]:
        raise InvalidInput("region: choose the region where the case is handled")
    source_reference = form["source_reference"].strip()
    if source_reference and not form["source_kind"]:
        raise InvalidInput(
            "source.kind: choose how the case reached the team, or clear the outside reference"
        )
    source = None
    if form["source_kind"]:
        source = {"kind": form["source_kind"]}
        if source_reference:
            source["reference"] = source_reference
    return {
        "status": form["status"],
        "opened_on": form["opened_on"],
        "closed_on": form["closed_on"],
        "region": form["region"],
        "province": form["province"].strip() or None,
        "offenses": list(form["offenses"]),
        "source": source,
        "summary": form["summary"],
        "assigned_to": form["assigned_to"],
        "consent_statistics": form["consent_statistics"],
        "accommodations": list(form["accommodations"]),
    }


@dataclass
class PendingRecord:
    """A record added (`target` None) or changed (`target` = its id) in the form, not saved yet."""

    kind: str
    data: dict[str, Any]
    target: str | None = None
    key: str = field(default_factory=lambda: f"new-{next(_keys)}")


@dataclass(frozen=True)
class SavePlan:
    """A snapshot of everything one save sends; the database thread reads only this."""

    reference: str | None  # None: a new case
    form: dict[str, Any]
    case_fields: dict[str, Any]  # the whole case for a new one, else only the changed fields
    records: tuple[PendingRecord, ...]

    @property
    def empty(self) -> bool:
        return self.reference is not None and not self.case_fields and not self.records


class CaseDraft:
    def __init__(self, case: Case | None, baseline: dict[str, Any]) -> None:
        self.case = case
        self.baseline = baseline
        self.pending: list[PendingRecord] = []

    @property
    def reference(self) -> str | None:
        return None if self.case is None else self.case.reference

    # -- pending records --------------------------------------------------------------------------

    def put(self, kind: str, data: dict[str, Any], target: str | None = None) -> PendingRecord:
        """Record an addition, or a change to a saved record (replacing an earlier change)."""
        if target is not None:
            for record in self.pending:
                if record.kind == kind and record.target == target:
                    record.data = data
                    return record
        record = PendingRecord(kind, data, target)
        self.pending.append(record)
        return record

    def find(self, key: str) -> PendingRecord | None:
        return next((r for r in self.pending if r.key == key), None)

    def change_for(self, kind: str, target: str) -> PendingRecord | None:
        return next((r for r in self.pending if r.kind == kind and r.target == target), None)

    def additions(self, kind: str) -> list[PendingRecord]:
        return [r for r in self.pending if r.kind == kind and r.target is None]

    def drop(self, record: PendingRecord) -> None:
        self.pending = [r for r in self.pending if r is not record]

    def provisional_pseudonyms(self) -> dict[str, str | None]:
        """The initials new people will get, so the form can name them before the save."""
        taken = [p.pseudonym for p in (self.case.persons if self.case else []) if p.pseudonym]
        names: dict[str, str | None] = {}
        for record in self.additions("persons"):
            data = record.data
            minor = is_minor(data.get("age"), data.get("birth_year"))
            if is_protected(
                data["role"], data.get("relationship"), has_identity="identity" in data, minor=minor
            ):
                names[record.key] = next_pseudonym(data["role"], taken)
                taken.append(names[record.key] or "")
            else:
                names[record.key] = None
        return names

    # -- saving -----------------------------------------------------------------------------------

    def changed_fields(self, form: dict[str, Any]) -> list[str]:
        return [name for name, value in form.items() if self.baseline.get(name) != value]

    def dirty(self, form: dict[str, Any]) -> bool:
        return any(not _blank_new_note(r) for r in self.pending) or bool(self.changed_fields(form))

    def plan(self, form: dict[str, Any], username: str) -> SavePlan:
        """What to send; raises InvalidInput (naming the field) for what the form can tell alone."""
        records = tuple(copy.deepcopy(r) for r in self.pending if not _blank_new_note(r))
        if self.case is None:
            fields = to_interchange(form)
            for kind in KINDS:
                fields[kind] = [dict(r.data) for r in records if r.kind == kind]
            for note in fields["notes"]:
                note.setdefault("author", username)
            return SavePlan(None, dict(form), fields, records)
        wanted = to_interchange(form)
        current = to_interchange(self.baseline)
        changes = {k: v for k, v in wanted.items() if current[k] != v}
        return SavePlan(self.case.reference, dict(form), changes, records)

    def saved(self, plan: SavePlan, case: Case, created: dict[str, str]) -> None:
        """After a save: the loaded case is the new baseline; what changed meanwhile stays pending.

        A record the user went on editing while the save ran stays pending; if it was a new
        record, it becomes a change to the record the save created.
        """
        self.case = case
        self.baseline = form_of(case)
        sent = {r.key: r for r in plan.records}
        kept: list[PendingRecord] = []
        for record in self.pending:
            snapshot = sent.get(record.key)
            if snapshot is None:  # added while the save ran, or a note not written in yet
                kept.append(record)
                continue
            if snapshot.data == record.data:
                continue
            if record.target is None and record.key in created:
                record.target = created[record.key]
            kept.append(record)
        self.pending = kept


def _blank_new_note(record: PendingRecord) -> bool:
    """A note added but never written in is not worth an error; it is left out of the save."""
    return record.kind == "notes" and record.target is None and not str(record.data.get("text", "")).strip()
