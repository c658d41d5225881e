"""What the team screens say: sync results, times, laptops, and the values of a conflict.

Display-free (no widget), so the wording is tested on its own. A conflict's values are the
values as stored: codes are shown by their labels (`ui.labels`), an encrypted vault value
(`{"b": …}`) is never shown, only said to be there, and a whole record (a refused new record,
or an edit against a deletion) is summed up field by field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from caseintake.services.sync import Received, Sent
from caseintake.ui.labels import LABELS, label
from caseintake.ui.text import counted

#: Columns whose values are codes of a vocabulary of `ui.labels`.
CODE_COLUMNS: dict[tuple[str, str], str] = {
    ("cases", "status"): "status",
    ("cases", "region"): "region",
    ("cases", "source_kind"): "source",
    ("cases", "consent_statistics"): "consent",
    ("case_offense", "offense"): "offense",
    ("case_accommodation", "accommodation"): "accommodation",
    ("person", "role"): "role",
    ("person", "sex"): "sex",
    ("person", "relationship"): "relationship",
    ("referral", "kind"): "referral_kind",
    ("referral", "status"): "referral_status",
    ("note", "kind"): "note_kind",
    ("note_version", "kind"): "note_kind",
    ("hearing", "kind"): "hearing_kind",
    ("hearing", "status"): "hearing_status",
    ("child_measure", "measure"): "measure",
    ("child_measure", "status"): "measure_status",
    ("detention", "status"): "detention_status",
    ("motion", "status"): "motion_status",
    ("exhibit", "ruling"): "exhibit_ruling",
    ("case_court", "disposition"): "disposition",
}
#: Columns that hold the number of a staff account (the account list names no numbers).
ACCOUNT_COLUMNS = frozenset(
    {
        ("cases", "assigned_to"),
        ("note", "author"),
        ("note", "saved_by"),
        ("note_version", "author"),
        ("hearing", "lawyer"),
    }
)
#: Columns of a record that mean nothing to a reader (keys, links, bookkeeping).
HIDDEN_COLUMNS = frozenset(
    {
        "id",
        "uuid",
        "case_id",
        "person_id",
        "note_id",
        "hearing_id",
        "criminal_case_id",
        "evidence_id",
        "imported_by",
        "imported_at",
        "version",
        "updated_at",
        "starts_utc",
        "saved_by",
        "position",
        "holder",
        "parties",
    }
)
WHOLE_ROW = "*"
#: Longest value shown in a table cell; the whole value is in the details below the table.
CELL = 80

_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


# -- times, sizes, laptops --------------------------------------------------------------------------


def moment(value: str | None, never: str = "") -> str:
    """A stored time (ISO 8601, UTC) as this computer's local date and time; `never` if none."""
    if not value:
        return never or QCoreApplication.translate("TeamWords", "never")
    try:
        return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


def day(value: str | None) -> str:
    return moment(value)[:10] if value else ""


def size(count: int) -> str:
    return QLocale().formattedDataSize(count, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def safe_file_part(name: str) -> str:
    """A laptop's name as part of a file name: letters, digits, dot, dash and underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return cleaned or "laptop"


# -- what was sent and received -----------------------------------------------------------------------


def sent_text(sent: Sent, receiver: str) -> str:
    """One sentence per fact of a bundle written; `receiver` is "the office" or a laptop's name."""
    translate = QCoreApplication.translate
    lines = [
        translate("TeamWords", "Wrote a bundle for %1 (%2).")
        .replace("%1", receiver)
        .replace("%2", size(sent.size)),
        counted(
            sent.changes,
            translate("TeamWords", "%1 change in it."),
            translate("TeamWords", "%1 changes in it."),
        ),
    ]
    if sent.cases_whole:
        lines.append(
            counted(
                sent.cases_whole,
                translate("TeamWords", "%1 case sent whole (new to this laptop)."),
                translate("TeamWords", "%1 cases sent whole (new to this laptop)."),
            )
        )
    if sent.cases_dropped:
        lines.append(
            counted(
                sent.cases_dropped,
                translate("TeamWords", "%1 case to be removed from the laptop (no longer its user's)."),
                translate("TeamWords", "%1 cases to be removed from the laptop (no longer its user's)."),
            )
        )
    lines.append(translate("TeamWords", "File: %1").replace("%1", str(sent.path)))
    return "\n".join(lines)


def received_text(got: Received, sender: str, file_name: str, *, at_hub: bool) -> str:
    """One sentence per fact of a bundle applied; `sender` is "the office" or a laptop's name."""
    translate = QCoreApplication.translate
    if got.stale:
        return (
            translate("TeamWords", "%1 was already covered by a later bundle from %2; nothing changed.")
            .replace("%1", file_name)
            .replace("%2", sender)
        )
    lines = [
        translate("TeamWords", "Applied bundle %1 from %2.")
        .replace("%1", str(got.number))
        .replace("%2", sender),
        translate("TeamWords", "File: %1").replace("%1", file_name),
        counted(
            got.applied,
            translate("TeamWords", "%1 change applied."),
            translate("TeamWords", "%1 changes applied."),
        ),
    ]
    facts = (
        (
            got.skipped,
            translate("TeamWords", "%1 change was already here."),
            translate("TeamWords", "%1 changes were already here."),
        ),
        (
            got.cases_whole,
            translate("TeamWords", "%1 case received whole."),
            translate("TeamWords", "%1 cases received whole."),
        ),
        (
            got.cases_dropped,
            translate("TeamWords", "%1 case removed from this laptop."),
            translate("TeamWords", "%1 cases removed from this laptop."),
        ),
        (
            got.conflicts,
            translate("TeamWords", "%1 new conflict to resolve (Team → Conflicts)."),
            translate("TeamWords", "%1 new conflicts to resolve (Team → Conflicts)."),
        )
        if at_hub
        else (
            got.conflicts,
            translate("TeamWords", "%1 conflict waits for the office's decision."),
            translate("TeamWords", "%1 conflicts wait for the office's decision."),
        ),
        (
            got.quarantined,
            translate("TeamWords", "%1 change refused and kept aside (quarantined)."),
            translate("TeamWords", "%1 changes refused and kept aside (quarantined)."),
        ),
    )
    lines += [counted(count, one, many) for count, one, many in facts if count]
    return "\n".join(lines)


# -- conflicts ----------------------------------------------------------------------------------------


def record_field(table: str, column: str) -> str:
    """'Case · Province', 'Note · Text': which record and which of its fields."""
    record = label("sync_record", table) if table in LABELS["sync_record"] else _plain(table)
    field = label("sync_field", column) if column in LABELS["sync_field"] else _plain(column)
    return f"{record} · {field}"


def _plain(code: str) -> str:
    return code.replace("_", " ").capitalize()


def is_protected(value: Any) -> bool:
    """An encrypted vault value as it travels (`{"b": …}`): never shown."""
    return isinstance(value, Mapping) and set(value) == {"b"}


def value_text(table: str, column: str, value: Any, staff: Mapping[int, str] | None = None) -> str:
    """One stored value as a reader understands it (`staff` names the staff accounts)."""
    translate = QCoreApplication.translate
    if is_protected(value):
        return translate("TeamWords", "(protected value: reveal it in the case)")
    if value is None or value == "":
        return translate("TeamWords", "(empty)")
    if (table, column) in ACCOUNT_COLUMNS:
        if staff and isinstance(value, int) and value in staff:
            return staff[value]
        return translate("TeamWords", "(a staff account: see the case)")
    vocabulary = CODE_COLUMNS.get((table, column))
    if vocabulary is not None and isinstance(value, str):
        return label(vocabulary, value)
    if isinstance(value, bool) or (column == "protected" and value in (0, 1)):
        return translate("TeamWords", "Yes") if value else translate("TeamWords", "No")
    if isinstance(value, str) and _MOMENT.match(value):
        return moment(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def record_text(table: str, values: Any, staff: Mapping[int, str] | None = None) -> str:
    """A whole record as 'Field: value; Field: value', without its keys and links."""
    if not isinstance(values, Mapping):
        return value_text(table, WHOLE_ROW, values, staff)
    parts = [
        f"{record_field(table, column).split(' · ', 1)[1]}: {value_text(table, column, value, staff)}"
        for column, value in values.items()
        if column not in HIDDEN_COLUMNS and value not in (None, "")
    ]
    return "; ".join(parts) or QCoreApplication.translate("TeamWords", "(a record)")


def conflict_values(
    table: str, column: str, was: Any, office: Any, field: Any, staff: Mapping[int, str] | None = None
) -> tuple[str, str, str]:
    """(was, office now, field) in words. A whole record: a new record the office's records
    refused (a repeated pseudonym or reference), or a deletion against an edit."""
    translate = QCoreApplication.translate
    if column != WHOLE_ROW:
        return (
            value_text(table, column, was, staff),
            value_text(table, column, office, staff),
            value_text(table, column, field, staff),
        )
    if field is None:
        return (
            record_text(table, was, staff),
            record_text(table, office, staff),
            translate("TeamWords", "(deleted on the laptop)"),
        )
    return (
        translate("TeamWords", "(new on the laptop)"),
        translate("TeamWords", "(not added: it repeats a pseudonym or reference the office uses)"),
        record_text(table, field, staff),
    )


def cell(text: str) -> str:
    """A value for a table cell: one line, cut at `CELL` characters."""
    line = " ".join(text.split())
    return line if len(line) <= CELL else line[: CELL - 1].rstrip() + "…"


def choice_text(chosen: str | None) -> str:
    translate = QCoreApplication.translate
    if chosen == "office":
        return translate("TeamWords", "Office value kept")
    if chosen == "field":
        return translate("TeamWords", "Field value taken")
    return translate("TeamWords", "Open")
