"""The case being edited, as plain data: what was loaded, and what waits to be saved.

Qt-free, so what is dirty, what a save sends and what is left after it are tested without a
display. Records added or changed in the tabs wait here as domain records (`Person`, `Note`...)
until Save sends them all in one background transaction: every change or none, and the form
keeps what was typed whatever the outcome.

The draft also remembers which version of the case it was loaded at (`SeenVersion`): a save
expects that version, so a case changed in another window meanwhile is refused, never silently
overwritten (`services/edit_conflicts.py`).
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from caseintake.domain import checks
from caseintake.domain.errors import InvalidInput
from caseintake.domain.pseudonyms import next_pseudonym
from caseintake.domain.records import Case, Evidence, Hearing, Note, Person, Referral

KINDS = ("persons", "referrals", "notes", "hearings", "evidence")
_keys = itertools.count(1)

Record = Person | Referral | Note | Hearing | Evidence

#: How each kind's records are checked.
_CHECKS: dict[str, Any] = {
    "persons": checks.check_person,
    "referrals": checks.check_referral,
    "notes": checks.check_note,
    "hearings": checks.check_hearing,
    "evidence": checks.check_evidence,
}


def form_of(case: Case) -> dict[str, Any]:
    """The Overview fields of a loaded case, in the flat shape the form edits (`CASE_FIELDS`)."""
    return {
        "status": case.status,
        "opened_on": case.opened_on,
        "closed_on": case.closed_on,
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
        "opened_on": today,
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


def case_of(form: dict[str, Any], reference: str | None = None) -> Case:
    """The form's fields as a `Case` of its own fields only (not checked yet)."""
    return Case(
        status=form["status"],
        opened_on=form["opened_on"],
        closed_on=form["closed_on"],
        region=form["region"],
        province=form["province"].strip() or None,
        offenses=tuple(sorted(form["offenses"])),
        source_kind=form["source_kind"],
        source_reference=form["source_reference"].strip() or None,
        summary=form["summary"],
        assigned_to=form["assigned_to"],
        consent_statistics=form["consent_statistics"],
        accommodations=tuple(sorted(form["accommodations"])),
        reference=reference,
    )


def checked_case(case: Case) -> Case:
    """`check_case_fields`, with the sentence a form needs for a region not chosen yet."""
    if not case.region:
        raise InvalidInput.at("region", "choose the region where the case is handled", "required")
    return checks.check_case_fields(case)


@dataclass
class SeenVersion:
    """The version of the open case this editor last loaded or saved.

    Work on the database thread sets it, in the order the editor's work runs there: a save queued
    behind another save of the same editor (the court record's, then the case's) expects the
    version the first one left, not the one the form was loaded at. A new load makes a new one,
    so work still running for an earlier load cannot change it."""

    value: int | None = None


@dataclass
class PendingRecord:
    """A record added (`target` None) or changed (`target` = its id) in the form, not saved yet."""

    kind: str
    record: Record
    target: str | None = None
    key: str = field(default_factory=lambda: f"new-{next(_keys)}")


@dataclass(frozen=True)
class SavePlan:
    """A snapshot of everything one save sends; the database thread reads only this."""

    reference: str | None  # None: a new case
    form: dict[str, Any]
    #: A new case: the whole case with its records. An open case: its own fields, as the form has them.
    case: Case
    changed: tuple[str, ...]  # the case fields that differ from the loaded case (`CASE_FIELDS`)
    records: tuple[PendingRecord, ...]
    #: The version the save expects the case to be at; the save moves it on (shared, not copied).
    seen: SeenVersion = field(default_factory=SeenVersion)

    @property
    def empty(self) -> bool:
        return self.reference is not None and not self.changed and not self.records


class CaseDraft:
    def __init__(self, case: Case | None, baseline: dict[str, Any], version: int | None = None) -> None:
        self.case = case
        self.baseline = baseline
        self.pending: list[PendingRecord] = []
        self.seen = SeenVersion(version)

    @property
    def version(self) -> int | None:
        """The version of the case this draft was loaded (or last saved) at; None for a new case."""
        return self.seen.value

    @property
    def reference(self) -> str | None:
        return None if self.case is None else self.case.reference

    # -- pending records --------------------------------------------------------------------------

    def put(self, kind: str, record: Record, target: str | None = None) -> PendingRecord:
        """Record an addition, or a change to a saved record (replacing an earlier change)."""
        if target is not None:
            for item in self.pending:
                if item.kind == kind and item.target == target:
                    item.record = record
                    return item
        item = PendingRecord(kind, record, target)
        self.pending.append(item)
        return item

    def find(self, key: str) -> PendingRecord | None:
        return next((r for r in self.pending if r.key == key), None)

    def change_for(self, kind: str, target: str) -> PendingRecord | None:
        return next((r for r in self.pending if r.kind == kind and r.target == target), None)

    def additions(self, kind: str) -> list[PendingRecord]:
        return [r for r in self.pending if r.kind == kind and r.target is None]

    def drop(self, item: PendingRecord) -> None:
        self.pending = [r for r in self.pending if r is not item]

    def provisional_pseudonyms(self) -> dict[str, str | None]:
        """The initials new people will get, so the form can name them before the save."""
        taken = [p.pseudonym for p in (self.case.persons if self.case else []) if p.pseudonym]
        names: dict[str, str | None] = {}
        for item in self.additions("persons"):
            person = item.record
            if isinstance(person, Person) and person.protected:
                names[item.key] = next_pseudonym(person.role, taken)
                taken.append(names[item.key] or "")
            else:
                names[item.key] = None
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
            case = checked_case(case_of(form))
            for kind in KINDS:
                kept = [copy.deepcopy(r.record) for r in records if r.kind == kind]
                if kind == "notes":
                    kept = [replace(n, author=n.author or username) for n in kept]
                for index, record in enumerate(kept):
                    _CHECKS[kind](record, f"{kind}[{index}]")
                setattr(case, kind, kept)
            return SavePlan(None, dict(form), case, tuple(checks.CASE_FIELDS), records, self.seen)
        wanted = case_of(form, self.case.reference)
        current = case_of(self.baseline, self.case.reference)
        changed = tuple(n for n in checks.CASE_FIELDS if getattr(wanted, n) != getattr(current, n))
        if changed:
            checked_case(wanted)
        return SavePlan(self.case.reference, dict(form), wanted, changed, records, self.seen)

    def saved(self, plan: SavePlan, case: Case, created: dict[str, str]) -> None:
        """After a save: the loaded case is the new baseline; what changed meanwhile stays pending.

        A record the user went on editing while the save ran stays pending; if it was a new
        record, it becomes a change to the record the save created.
        """
        self.case = case
        self.baseline = form_of(case)
        sent = {r.key: r for r in plan.records}
        kept: list[PendingRecord] = []
        for item in self.pending:
            snapshot = sent.get(item.key)
            if snapshot is None:  # added while the save ran, or a note not written in yet
                kept.append(item)
                continue
            if snapshot.record == item.record:
                continue
            if item.target is None and item.key in created:
                item.target = created[item.key]
            kept.append(item)
        self.pending = kept


def _blank_new_note(item: PendingRecord) -> bool:
    """A note added but never written in is not worth an error; it is left out of the save."""
    note = item.record
    return item.target is None and isinstance(note, Note) and not (note.text or "").strip()
