"""The GUI's one vocabulary: the label people read for every code, marked for Qt Linguist.

Codes are what the database, the audit log and the interchange format hold (`domain.codes`,
`domain.audit_actions`); every table model, form and tab of `caseintake.ui` shows them through
`label()` and `choices()` here, so a code reads the same everywhere on screen. Each text is a
literal `QT_TRANSLATE_NOOP("labels", ...)` for `lupdate`, translated when it is shown, so a
language change needs no restart of the tables already built. Paper has its own words
(`reports.labels`, `reports.court_labels`), which stay free of Qt.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from caseintake.domain import codes
from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.counts import NONE, OTHER, TOTAL, UNKNOWN

CONTEXT = "labels"

LABELS: dict[str, dict[str, object]] = {  # QT_TRANSLATE_NOOP returns its text
    "status": {
        "intake": QT_TRANSLATE_NOOP("labels", "Intake"),
        "active": QT_TRANSLATE_NOOP("labels", "Active"),
        "in_court": QT_TRANSLATE_NOOP("labels", "In court"),
        "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    },
    "region": {
        "NCR": QT_TRANSLATE_NOOP("labels", "NCR – National Capital Region"),
        "CAR": QT_TRANSLATE_NOOP("labels", "CAR – Cordillera Administrative Region"),
        "I": QT_TRANSLATE_NOOP("labels", "I – Ilocos Region"),
        "II": QT_TRANSLATE_NOOP("labels", "II – Cagayan Valley"),
        "III": QT_TRANSLATE_NOOP("labels", "III – Central Luzon"),
        "IV-A": QT_TRANSLATE_NOOP("labels", "IV-A – CALABARZON"),
        "MIMAROPA": QT_TRANSLATE_NOOP("labels", "MIMAROPA"),
        "V": QT_TRANSLATE_NOOP("labels", "V – Bicol Region"),
        "VI": QT_TRANSLATE_NOOP("labels", "VI – Western Visayas"),
        "NIR": QT_TRANSLATE_NOOP("labels", "NIR – Negros Island Region"),
        "VII": QT_TRANSLATE_NOOP("labels", "VII – Central Visayas"),
        "VIII": QT_TRANSLATE_NOOP("labels", "VIII – Eastern Visayas"),
        "IX": QT_TRANSLATE_NOOP("labels", "IX – Zamboanga Peninsula"),
        "X": QT_TRANSLATE_NOOP("labels", "X – Northern Mindanao"),
        "XI": QT_TRANSLATE_NOOP("labels", "XI – Davao Region"),
        "XII": QT_TRANSLATE_NOOP("labels", "XII – SOCCSKSARGEN"),
        "XIII": QT_TRANSLATE_NOOP("labels", "XIII – Caraga"),
        "BARMM": QT_TRANSLATE_NOOP("labels", "BARMM – Bangsamoro"),
    },
    "leak_field": {
        "legal name": QT_TRANSLATE_NOOP("labels", "legal name"),
        "alias": QT_TRANSLATE_NOOP("labels", "alias"),
        "birth date": QT_TRANSLATE_NOOP("labels", "birth date"),
        "address": QT_TRANSLATE_NOOP("labels", "address"),
        "school": QT_TRANSLATE_NOOP("labels", "school"),
        "contact": QT_TRANSLATE_NOOP("labels", "contact"),
        "placement": QT_TRANSLATE_NOOP("labels", "placement"),
    },
    "offense": {
        "osaec_livestream": QT_TRANSLATE_NOOP("labels", "Online sexual abuse (livestream)"),
        "csaem_production": QT_TRANSLATE_NOOP("labels", "Abuse material: production"),
        "csaem_distribution": QT_TRANSLATE_NOOP("labels", "Abuse material: distribution"),
        "grooming": QT_TRANSLATE_NOOP("labels", "Grooming"),
        "sextortion": QT_TRANSLATE_NOOP("labels", "Sextortion"),
        "trafficking_sexual": QT_TRANSLATE_NOOP("labels", "Trafficking (sexual exploitation)"),
        "trafficking_labor": QT_TRANSLATE_NOOP("labels", "Trafficking (labour)"),
        "child_abuse": QT_TRANSLATE_NOOP("labels", "Child abuse"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "source": {
        "cybertipline": QT_TRANSLATE_NOOP("labels", "CyberTipline report"),
        "foreign_referral": QT_TRANSLATE_NOOP("labels", "Foreign law-enforcement referral"),
        "hotline": QT_TRANSLATE_NOOP("labels", "Hotline"),
        "walk_in": QT_TRANSLATE_NOOP("labels", "Walk-in"),
        "school": QT_TRANSLATE_NOOP("labels", "School"),
        "police": QT_TRANSLATE_NOOP("labels", "Police"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "consent": {
        "yes": QT_TRANSLATE_NOOP("labels", "Yes, counts may include this case"),
        "no": QT_TRANSLATE_NOOP("labels", "No"),
        "unknown": QT_TRANSLATE_NOOP("labels", "Not asked yet"),
    },
    "accommodation": {
        "guardian_ad_litem": QT_TRANSLATE_NOOP("labels", "Guardian ad litem"),
        "live_link": QT_TRANSLATE_NOOP("labels", "Live-link testimony"),
        "screen": QT_TRANSLATE_NOOP("labels", "Screen in the courtroom"),
        "support_person": QT_TRANSLATE_NOOP("labels", "Support person"),
        "interpreter": QT_TRANSLATE_NOOP("labels", "Interpreter"),
    },
    "role": {
        "victim": QT_TRANSLATE_NOOP("labels", "Victim"),
        "accused": QT_TRANSLATE_NOOP("labels", "Accused"),
        "guardian": QT_TRANSLATE_NOOP("labels", "Guardian"),
        "witness": QT_TRANSLATE_NOOP("labels", "Witness"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "relationship": {
        "parent": QT_TRANSLATE_NOOP("labels", "Parent"),
        "relative": QT_TRANSLATE_NOOP("labels", "Relative"),
        "household": QT_TRANSLATE_NOOP("labels", "Household member"),
        "neighbor": QT_TRANSLATE_NOOP("labels", "Neighbour"),
        "stranger_local": QT_TRANSLATE_NOOP("labels", "Local stranger"),
        "foreign_online": QT_TRANSLATE_NOOP("labels", "Foreign online offender"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "sex": {
        "F": QT_TRANSLATE_NOOP("labels", "Female"),
        "M": QT_TRANSLATE_NOOP("labels", "Male"),
        "U": QT_TRANSLATE_NOOP("labels", "Not known"),
    },
    "referral_kind": {
        "shelter": QT_TRANSLATE_NOOP("labels", "Shelter"),
        "medical": QT_TRANSLATE_NOOP("labels", "Medical"),
        "psychosocial": QT_TRANSLATE_NOOP("labels", "Psychosocial"),
        "legal": QT_TRANSLATE_NOOP("labels", "Legal"),
        "law_enforcement": QT_TRANSLATE_NOOP("labels", "Law enforcement"),
        "social_welfare": QT_TRANSLATE_NOOP("labels", "Social welfare"),
        "education": QT_TRANSLATE_NOOP("labels", "Education"),
        "livelihood": QT_TRANSLATE_NOOP("labels", "Livelihood"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "referral_status": {
        "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
        "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
        "declined": QT_TRANSLATE_NOOP("labels", "Declined"),
        "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    },
    "note_kind": {
        "intake": QT_TRANSLATE_NOOP("labels", "Intake"),
        "home_visit": QT_TRANSLATE_NOOP("labels", "Home visit"),
        "interview": QT_TRANSLATE_NOOP("labels", "Interview"),
        "case_conference": QT_TRANSLATE_NOOP("labels", "Case conference"),
        "general": QT_TRANSLATE_NOOP("labels", "General"),
    },
    "hearing_kind": {
        "inquest": QT_TRANSLATE_NOOP("labels", "Inquest"),
        "preliminary_investigation": QT_TRANSLATE_NOOP("labels", "Preliminary investigation"),
        "arraignment": QT_TRANSLATE_NOOP("labels", "Arraignment"),
        "pre_trial": QT_TRANSLATE_NOOP("labels", "Pre-trial"),
        "trial": QT_TRANSLATE_NOOP("labels", "Trial"),
        "promulgation": QT_TRANSLATE_NOOP("labels", "Promulgation"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "hearing_status": {
        "scheduled": QT_TRANSLATE_NOOP("labels", "Scheduled"),
        "held": QT_TRANSLATE_NOOP("labels", "Held"),
        "postponed": QT_TRANSLATE_NOOP("labels", "Postponed"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "user_role": {
        "social_worker": QT_TRANSLATE_NOOP("labels", "Social worker"),
        "lawyer": QT_TRANSLATE_NOOP("labels", "Lawyer"),
        "supervisor": QT_TRANSLATE_NOOP("labels", "Supervisor"),
    },
    "measure": {
        "guardian_ad_litem": QT_TRANSLATE_NOOP("labels", "Guardian ad litem"),
        "interpreter": QT_TRANSLATE_NOOP("labels", "Interpreter"),
        "facilitator": QT_TRANSLATE_NOOP("labels", "Facilitator to put the questions to the child"),
        "support_person": QT_TRANSLATE_NOOP("labels", "Support person during testimony"),
        "waiting_area": QT_TRANSLATE_NOOP("labels", "Separate waiting area"),
        "courtroom_arrangement": QT_TRANSLATE_NOOP("labels", "Child-friendly arrangement of the courtroom"),
        "testimonial_aids": QT_TRANSLATE_NOOP("labels", "Testimonial aids (dolls, drawings)"),
        "comfort_object": QT_TRANSLATE_NOOP("labels", "Emotional security item (comfort object)"),
        "appropriate_hours": QT_TRANSLATE_NOOP(
            "labels", "Testimony at hours suited to the child, with recesses"
        ),
        "closed_door": QT_TRANSLATE_NOOP("labels", "Exclusion of the public (closed-door hearing)"),
        "live_link": QT_TRANSLATE_NOOP("labels", "Live-link television testimony"),
        "screen": QT_TRANSLATE_NOOP("labels", "Screen or one-way mirror"),
        "videotaped_deposition": QT_TRANSLATE_NOOP("labels", "Videotaped deposition"),
        "recorded_interview": QT_TRANSLATE_NOOP(
            "labels", "Admission of the recorded investigative interview"
        ),
        "protective_order": QT_TRANSLATE_NOOP("labels", "Protective order over records and recordings"),
    },
    "measure_status": {
        "requested": QT_TRANSLATE_NOOP("labels", "Requested"),
        "granted": QT_TRANSLATE_NOOP("labels", "Granted"),
        "denied": QT_TRANSLATE_NOOP("labels", "Denied"),
        "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    },
    "detention_status": {
        "detained": QT_TRANSLATE_NOOP("labels", "Detained"),
        "on_bail": QT_TRANSLATE_NOOP("labels", "Released on bail"),
        "recognizance": QT_TRANSLATE_NOOP("labels", "Released on recognizance"),
        "at_large": QT_TRANSLATE_NOOP("labels", "At large"),
        "released": QT_TRANSLATE_NOOP("labels", "Released"),
    },
    "party": {
        "prosecution": QT_TRANSLATE_NOOP("labels", "Prosecution"),
        "private_prosecutor": QT_TRANSLATE_NOOP("labels", "Private prosecutor"),
        "defense": QT_TRANSLATE_NOOP("labels", "Defense"),
        "court": QT_TRANSLATE_NOOP("labels", "Court (motu proprio)"),
    },
    "motion_status": {
        "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
        "granted": QT_TRANSLATE_NOOP("labels", "Granted"),
        "denied": QT_TRANSLATE_NOOP("labels", "Denied"),
        "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
        "moot": QT_TRANSLATE_NOOP("labels", "Moot"),
    },
    "exhibit_ruling": {
        "pending": QT_TRANSLATE_NOOP("labels", "Not yet ruled on"),
        "admitted": QT_TRANSLATE_NOOP("labels", "Admitted"),
        "denied": QT_TRANSLATE_NOOP("labels", "Denied"),
    },
    "disposition": {
        "conviction": QT_TRANSLATE_NOOP("labels", "Conviction"),
        "acquittal": QT_TRANSLATE_NOOP("labels", "Acquittal"),
        "dismissal": QT_TRANSLATE_NOOP("labels", "Dismissal"),
        "plea": QT_TRANSLATE_NOOP("labels", "Plea of guilty (plea bargaining)"),
        "archived": QT_TRANSLATE_NOOP("labels", "Archived"),
    },
    "audit_action": {
        AuditAction.SESSION_UNLOCK: QT_TRANSLATE_NOOP("labels", "Signed in"),
        AuditAction.USER_ADD: QT_TRANSLATE_NOOP("labels", "User added"),
        AuditAction.USER_DISABLE: QT_TRANSLATE_NOOP("labels", "User disabled"),
        AuditAction.USER_CREDENTIAL_CHANGE: QT_TRANSLATE_NOOP("labels", "Passphrase changed"),
        AuditAction.USER_RECOVER: QT_TRANSLATE_NOOP("labels", "Passphrase reset with the recovery key"),
        AuditAction.USER_ENABLE: QT_TRANSLATE_NOOP("labels", "User re-enabled"),
        AuditAction.USER_ROLE_CHANGE: QT_TRANSLATE_NOOP("labels", "User's role changed"),
        AuditAction.CASE_CREATE: QT_TRANSLATE_NOOP("labels", "Case opened"),
        AuditAction.CASE_IMPORT: QT_TRANSLATE_NOOP("labels", "Case imported"),
        AuditAction.CASE_DEMO: QT_TRANSLATE_NOOP("labels", "Demo case generated"),
        AuditAction.CASE_DEMO_REMOVE: QT_TRANSLATE_NOOP("labels", "Demo cases removed"),
        AuditAction.CASE_EDIT: QT_TRANSLATE_NOOP("labels", "Case details changed"),
        AuditAction.CASE_VIEW: QT_TRANSLATE_NOOP("labels", "Case viewed"),
        AuditAction.COURT_EDIT: QT_TRANSLATE_NOOP("labels", "Court record changed"),
        AuditAction.PERSON_ADD: QT_TRANSLATE_NOOP("labels", "Person added"),
        AuditAction.PERSON_EDIT: QT_TRANSLATE_NOOP("labels", "Person changed"),
        AuditAction.IDENTITY_REVEAL: QT_TRANSLATE_NOOP("labels", "Identity revealed"),
        AuditAction.IDENTITY_SEARCH: QT_TRANSLATE_NOOP("labels", "Cases searched by identity"),
        AuditAction.LEAK_ALLOW_WORD: QT_TRANSLATE_NOOP("labels", "Word allowed past the leak guard"),
        AuditAction.REFERRAL_ADD: QT_TRANSLATE_NOOP("labels", "Referral added"),
        AuditAction.REFERRAL_EDIT: QT_TRANSLATE_NOOP("labels", "Referral changed"),
        AuditAction.NOTE_ADD: QT_TRANSLATE_NOOP("labels", "Note written"),
        AuditAction.NOTE_EDIT: QT_TRANSLATE_NOOP("labels", "Note edited"),
        AuditAction.HEARING_ADD: QT_TRANSLATE_NOOP("labels", "Court date added"),
        AuditAction.HEARING_EDIT: QT_TRANSLATE_NOOP("labels", "Court date changed"),
        AuditAction.EVIDENCE_ADD: QT_TRANSLATE_NOOP("labels", "Evidence registered"),
        AuditAction.EVIDENCE_EDIT: QT_TRANSLATE_NOOP("labels", "Evidence entry corrected"),
        AuditAction.DOCUMENT_REGISTER: QT_TRANSLATE_NOOP("labels", "Document generated"),
        AuditAction.SUMMARY_WRITE: QT_TRANSLATE_NOOP("labels", "Hearing summary written"),
        AuditAction.COUNTS_EXPORT: QT_TRANSLATE_NOOP("labels", "Anonymized counts exported"),
        AuditAction.DATABASE_CREATE: QT_TRANSLATE_NOOP("labels", "Database created"),
        AuditAction.DATABASE_CHECK: QT_TRANSLATE_NOOP("labels", "Database checked"),
        AuditAction.DATABASE_UPGRADE: QT_TRANSLATE_NOOP("labels", "Database upgraded"),
        AuditAction.BACKUP_CREATE: QT_TRANSLATE_NOOP("labels", "Backup made"),
        AuditAction.BACKUP_RESTORE: QT_TRANSLATE_NOOP("labels", "Backup restored"),
        AuditAction.KEYS_ROTATE: QT_TRANSLATE_NOOP("labels", "Keys rotated"),
        AuditAction.RECOVERY_KEY_REPLACE: QT_TRANSLATE_NOOP("labels", "Recovery key replaced"),
        AuditAction.TEAM_HUB_START: QT_TRANSLATE_NOOP("labels", "Made the office hub"),
        AuditAction.TEAM_ENROL: QT_TRANSLATE_NOOP("labels", "Laptop enrolled"),
        AuditAction.TEAM_REVOKE: QT_TRANSLATE_NOOP("labels", "Laptop revoked"),
        AuditAction.SYNC_EXPORT: QT_TRANSLATE_NOOP("labels", "Sync bundle written"),
        AuditAction.SYNC_IMPORT: QT_TRANSLATE_NOOP("labels", "Sync bundle applied"),
        AuditAction.SYNC_REFUSED: QT_TRANSLATE_NOOP("labels", "Sync bundle refused"),
        AuditAction.SYNC_RESOLVE: QT_TRANSLATE_NOOP("labels", "Sync conflict resolved"),
    },
    "case_column": {
        "reference": QT_TRANSLATE_NOOP("labels", "Reference"),
        "status": QT_TRANSLATE_NOOP("labels", "Status"),
        "opened_on": QT_TRANSLATE_NOOP("labels", "Opened"),
        "region": QT_TRANSLATE_NOOP("labels", "Region"),
        "province": QT_TRANSLATE_NOOP("labels", "Province"),
        "assigned_to": QT_TRANSLATE_NOOP("labels", "Assigned to"),
        "parties": QT_TRANSLATE_NOOP("labels", "Victims"),
    },
    "agenda_column": {
        "when": QT_TRANSLATE_NOOP("labels", "When (Manila)"),
        "case": QT_TRANSLATE_NOOP("labels", "Case"),
        "kind": QT_TRANSLATE_NOOP("labels", "Kind"),
        "court": QT_TRANSLATE_NOOP("labels", "Court"),
        "lawyer": QT_TRANSLATE_NOOP("labels", "Lawyer"),
        "status": QT_TRANSLATE_NOOP("labels", "Status"),
    },
    "user_column": {
        "username": QT_TRANSLATE_NOOP("labels", "User name"),
        "display_name": QT_TRANSLATE_NOOP("labels", "Full name"),
        "role": QT_TRANSLATE_NOOP("labels", "Role"),
        "status": QT_TRANSLATE_NOOP("labels", "Status"),
    },
    "court_column": {  # the Court tab's tables (`editor.court_rows.columns`)
        "number": QT_TRANSLATE_NOOP("labels", "Criminal case no."),
        "statute": QT_TRANSLATE_NOOP("labels", "Statute"),
        "section": QT_TRANSLATE_NOOP("labels", "Section"),
        "counts": QT_TRANSLATE_NOOP("labels", "Counts"),
        "description": QT_TRANSLATE_NOOP("labels", "Description"),
        "filed_on": QT_TRANSLATE_NOOP("labels", "Filed on"),
        "status": QT_TRANSLATE_NOOP("labels", "Status"),
        "since": QT_TRANSLATE_NOOP("labels", "Since (arrest or commitment)"),
        "bail": QT_TRANSLATE_NOOP("labels", "Bail"),
        "child": QT_TRANSLATE_NOOP("labels", "Child"),
        "measure": QT_TRANSLATE_NOOP("labels", "Measure"),
        "requested_on": QT_TRANSLATE_NOOP("labels", "Requested on"),
        "ruled_on": QT_TRANSLATE_NOOP("labels", "Ruled on"),
        "language": QT_TRANSLATE_NOOP("labels", "Language"),
        "hearing": QT_TRANSLATE_NOOP("labels", "Hearing"),
        "person": QT_TRANSLATE_NOOP("labels", "Person"),
        "official": QT_TRANSLATE_NOOP("labels", "Or name (an official)"),
        "affidavit_filed_on": QT_TRANSLATE_NOOP("labels", "Judicial affidavit filed on"),
        "title": QT_TRANSLATE_NOOP("labels", "Title"),
        "filed_by": QT_TRANSLATE_NOOP("labels", "Filed by"),
        "resolved_on": QT_TRANSLATE_NOOP("labels", "Resolved on"),
        "marking": QT_TRANSLATE_NOOP("labels", "Marking"),
        "offered_by": QT_TRANSLATE_NOOP("labels", "Offered by"),
        "evidence": QT_TRANSLATE_NOOP("labels", "Evidence"),
        "offered_on": QT_TRANSLATE_NOOP("labels", "Offered on"),
        "ruling": QT_TRANSLATE_NOOP("labels", "Ruling"),
    },
    "count_dimension": {
        "month": QT_TRANSLATE_NOOP("labels", "Month opened"),
        "quarter": QT_TRANSLATE_NOOP("labels", "Quarter opened"),
        "year": QT_TRANSLATE_NOOP("labels", "Year opened"),
        "region": QT_TRANSLATE_NOOP("labels", "Region"),
        "offense": QT_TRANSLATE_NOOP("labels", "Offense"),
        "victim_sex": QT_TRANSLATE_NOOP("labels", "Victim sex"),
        "victim_age": QT_TRANSLATE_NOOP("labels", "Victim age"),
        "status": QT_TRANSLATE_NOOP("labels", "Status"),
        "source": QT_TRANSLATE_NOOP("labels", "Source of the report"),
        "referral": QT_TRANSLATE_NOOP("labels", "Referral kind"),
        "accused_relationship": QT_TRANSLATE_NOOP("labels", "Accused relationship"),
        "accused_nationality": QT_TRANSLATE_NOOP("labels", "Accused nationality"),
    },
    "file_filter": {
        ".csv": QT_TRANSLATE_NOOP("labels", "CSV files (*.csv)"),
        ".pdf": QT_TRANSLATE_NOOP("labels", "PDF files (*.pdf)"),
    },
    "count_value": {
        TOTAL: QT_TRANSLATE_NOOP("labels", "Total"),
        NONE: QT_TRANSLATE_NOOP("labels", "None recorded"),
        UNKNOWN: QT_TRANSLATE_NOOP("labels", "Unknown"),
        OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "integrity_check": {  # what each check of `services.maintenance.CHECKS` looks at
        "pages": QT_TRANSLATE_NOOP("labels", "Encryption of every page (nothing altered or unreadable)"),
        "structure": QT_TRANSLATE_NOOP("labels", "Structure of the tables and their indexes"),
        "search": QT_TRANSLATE_NOOP(
            "labels",
            "Search indexes of cases, notes and identities, the counts kept for reports, and the "
            "agenda's list of hearings",
        ),
        "audit": QT_TRANSLATE_NOOP("labels", "Audit log: no event edited, removed or reordered"),
        "keys": QT_TRANSLATE_NOOP("labels", "Keys and signatures: key file, key epoch, signed events"),
    },
    "integrity_advice": {  # what a failed check means, for the report's "what to do next"
        "pages": QT_TRANSLATE_NOOP(
            "labels",
            "Parts of the file cannot be read or were changed outside caseintake (a failing disk, "
            "an interrupted copy, or tampering).",
        ),
        "structure": QT_TRANSLATE_NOOP(
            "labels",
            "The database's inner structure is damaged, usually by a failing disk or by a copy made "
            "while it was open.",
        ),
        "search": QT_TRANSLATE_NOOP(
            "labels",
            "A search index is damaged: searching may miss cases, or the agenda may miss hearings, "
            "although the records themselves may be intact.",
        ),
        "audit": QT_TRANSLATE_NOOP(
            "labels",
            "The audit log was altered or cut short, or an older copy of the database was put back. "
            "Keep the file as it is: it is evidence of what happened.",
        ),
        "keys": QT_TRANSLATE_NOOP(
            "labels",
            "The key file and the database do not match, or an event is not signed by its author: "
            "a file was replaced by an older copy or edited outside caseintake.",
        ),
    },
    "integrity_fact": {  # the facts `services.maintenance.check` reports
        "cases": QT_TRANSLATE_NOOP("labels", "Cases"),
        "audit_events": QT_TRANSLATE_NOOP("labels", "Audit events"),
        "schema_version": QT_TRANSLATE_NOOP("labels", "Schema version"),
        "key_epoch": QT_TRANSLATE_NOOP("labels", "Key epoch (database key changes)"),
        "audit_signed": QT_TRANSLATE_NOOP("labels", "Audit events signed by their author"),
        "audit_unsigned_system": QT_TRANSLATE_NOOP("labels", "System events (unsigned by design)"),
        "audit_before_signing": QT_TRANSLATE_NOOP("labels", "Events from before signing began"),
        "identity_keys": QT_TRANSLATE_NOOP("labels", "Identity keys"),
        "audit_head_in_key_file": QT_TRANSLATE_NOOP("labels", "Last audit event recorded in the key file"),
    },
}

#: The vocabularies whose codes are a closed enum; each of its values must have a label (tested).
ENUMS: dict[str, type[StrEnum]] = {
    "status": codes.CaseStatus,
    "region": codes.Region,
    "offense": codes.Offense,
    "source": codes.SourceKind,
    "consent": codes.Consent,
    "accommodation": codes.Accommodation,
    "role": codes.PersonRole,
    "relationship": codes.Relationship,
    "sex": codes.Sex,
    "referral_kind": codes.ReferralKind,
    "referral_status": codes.ReferralStatus,
    "note_kind": codes.NoteKind,
    "hearing_kind": codes.HearingKind,
    "hearing_status": codes.HearingStatus,
    "user_role": codes.Role,
    "measure": codes.ChildWitnessMeasure,
    "measure_status": codes.MeasureStatus,
    "detention_status": codes.DetentionStatus,
    "party": codes.Party,
    "motion_status": codes.MotionStatus,
    "exhibit_ruling": codes.ExhibitRuling,
    "disposition": codes.DispositionKind,
    "audit_action": AuditAction,
}


def _translated(text: object) -> str:
    """The one place a label is translated: `text` always comes from `LABELS`, marked above."""
    return QCoreApplication.translate(CONTEXT, str(text))


def label(vocabulary: str, code: str | None) -> str:
    """The translated label of a code; an unknown code is shown as itself rather than hidden."""
    if code is None:
        return ""
    text = LABELS[vocabulary].get(code)
    return code if text is None else _translated(text)


def choices(vocabulary: str) -> list[tuple[str, str]]:
    """(code, label) pairs in the order of the vocabulary, for combo boxes and check lists."""
    return [(code, _translated(text)) for code, text in LABELS[vocabulary].items()]


def action_label(action: str) -> str:
    """What an audit event's action reads as; an action of a newer version is shown as stored."""
    return label("audit_action", action)


# Working as a team (issue 15): the record and the field a sync conflict is about, as the case
# editor names them (`ui/team/words.py`); keyed by the table and the column of the change journal.
LABELS["sync_record"] = {
    "cases": QT_TRANSLATE_NOOP("labels", "Case"),
    "case_text": QT_TRANSLATE_NOOP("labels", "Case"),
    "case_offense": QT_TRANSLATE_NOOP("labels", "Case offense"),
    "case_accommodation": QT_TRANSLATE_NOOP("labels", "Case accommodation"),
    "case_key": QT_TRANSLATE_NOOP("labels", "Case identity key"),
    "person": QT_TRANSLATE_NOOP("labels", "Person"),
    "identity": QT_TRANSLATE_NOOP("labels", "Identity"),
    "leak_allowance": QT_TRANSLATE_NOOP("labels", "Allowed word"),
    "detention": QT_TRANSLATE_NOOP("labels", "Detention"),
    "child_measure": QT_TRANSLATE_NOOP("labels", "Child-witness measure"),
    "referral": QT_TRANSLATE_NOOP("labels", "Referral"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
    "note_version": QT_TRANSLATE_NOOP("labels", "Earlier note version"),
    "evidence": QT_TRANSLATE_NOOP("labels", "Evidence"),
    "hearing": QT_TRANSLATE_NOOP("labels", "Hearing"),
    "hearing_witness": QT_TRANSLATE_NOOP("labels", "Witness"),
    "motion": QT_TRANSLATE_NOOP("labels", "Motion"),
    "exhibit": QT_TRANSLATE_NOOP("labels", "Exhibit"),
    "case_court": QT_TRANSLATE_NOOP("labels", "Court record"),
    "criminal_case": QT_TRANSLATE_NOOP("labels", "Criminal case"),
    "charge": QT_TRANSLATE_NOOP("labels", "Charge"),
}
LABELS["sync_field"] = {
    "*": QT_TRANSLATE_NOOP("labels", "Whole record"),
    "status": QT_TRANSLATE_NOOP("labels", "Status"),
    "reference": QT_TRANSLATE_NOOP("labels", "Reference"),
    "opened_on": QT_TRANSLATE_NOOP("labels", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("labels", "Closed on"),
    "region": QT_TRANSLATE_NOOP("labels", "Region"),
    "province": QT_TRANSLATE_NOOP("labels", "Province"),
    "source_kind": QT_TRANSLATE_NOOP("labels", "Reached us through"),
    "source_reference": QT_TRANSLATE_NOOP("labels", "Outside reference"),
    "assigned_to": QT_TRANSLATE_NOOP("labels", "Assigned worker"),
    "consent_statistics": QT_TRANSLATE_NOOP("labels", "Statistics consent"),
    "summary": QT_TRANSLATE_NOOP("labels", "Summary"),
    "offense": QT_TRANSLATE_NOOP("labels", "Offense"),
    "accommodation": QT_TRANSLATE_NOOP("labels", "Accommodation"),
    "role": QT_TRANSLATE_NOOP("labels", "Role"),
    "pseudonym": QT_TRANSLATE_NOOP("labels", "Pseudonym"),
    "sex": QT_TRANSLATE_NOOP("labels", "Sex"),
    "age": QT_TRANSLATE_NOOP("labels", "Age at intake"),
    "birth_year": QT_TRANSLATE_NOOP("labels", "Birth year"),
    "nationality": QT_TRANSLATE_NOOP("labels", "Nationality"),
    "relationship": QT_TRANSLATE_NOOP("labels", "Relationship to the victim"),
    "protected": QT_TRANSLATE_NOOP("labels", "Protected"),
    "name": QT_TRANSLATE_NOOP("labels", "Name"),
    "legal_name": QT_TRANSLATE_NOOP("labels", "Legal name"),
    "aliases": QT_TRANSLATE_NOOP("labels", "Aliases"),
    "birth_date": QT_TRANSLATE_NOOP("labels", "Birth date"),
    "address": QT_TRANSLATE_NOOP("labels", "Address"),
    "school": QT_TRANSLATE_NOOP("labels", "School"),
    "contact": QT_TRANSLATE_NOOP("labels", "Contact"),
    "word": QT_TRANSLATE_NOOP("labels", "Allowed word"),
    "since": QT_TRANSLATE_NOOP("labels", "Since"),
    "bail": QT_TRANSLATE_NOOP("labels", "Bail"),
    "measure": QT_TRANSLATE_NOOP("labels", "Measure"),
    "requested_on": QT_TRANSLATE_NOOP("labels", "Requested on"),
    "ruled_on": QT_TRANSLATE_NOOP("labels", "Ruled on"),
    "language": QT_TRANSLATE_NOOP("labels", "Language"),
    "agency": QT_TRANSLATE_NOOP("labels", "Agency"),
    "kind": QT_TRANSLATE_NOOP("labels", "Kind"),
    "referred_on": QT_TRANSLATE_NOOP("labels", "Referred on"),
    "follow_up_on": QT_TRANSLATE_NOOP("labels", "Follow up on"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
    "author": QT_TRANSLATE_NOOP("labels", "Author"),
    "stated_author": QT_TRANSLATE_NOOP("labels", "Written by (as stated)"),
    "written_at": QT_TRANSLATE_NOOP("labels", "Written"),
    "text": QT_TRANSLATE_NOOP("labels", "Text"),
    "description": QT_TRANSLATE_NOOP("labels", "Description"),
    "custodian": QT_TRANSLATE_NOOP("labels", "Custodian"),
    "sha256": QT_TRANSLATE_NOOP("labels", "SHA-256"),
    "received_on": QT_TRANSLATE_NOOP("labels", "Received on"),
    "court": QT_TRANSLATE_NOOP("labels", "Court"),
    "branch": QT_TRANSLATE_NOOP("labels", "Branch"),
    "docket": QT_TRANSLATE_NOOP("labels", "Docket"),
    "starts_at": QT_TRANSLATE_NOOP("labels", "Date and time"),
    "location": QT_TRANSLATE_NOOP("labels", "Location"),
    "lawyer": QT_TRANSLATE_NOOP("labels", "Lawyer"),
    "outcome": QT_TRANSLATE_NOOP("labels", "Outcome"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
    "affidavit_filed_on": QT_TRANSLATE_NOOP("labels", "Judicial affidavit filed on"),
    "title": QT_TRANSLATE_NOOP("labels", "Title"),
    "filed_by": QT_TRANSLATE_NOOP("labels", "Filed by"),
    "filed_on": QT_TRANSLATE_NOOP("labels", "Filed on"),
    "resolved_on": QT_TRANSLATE_NOOP("labels", "Resolved on"),
    "marking": QT_TRANSLATE_NOOP("labels", "Marking"),
    "offered_by": QT_TRANSLATE_NOOP("labels", "Offered by"),
    "offered_on": QT_TRANSLATE_NOOP("labels", "Offered on"),
    "ruling": QT_TRANSLATE_NOOP("labels", "Ruling"),
    "prosecutor": QT_TRANSLATE_NOOP("labels", "Prosecutor"),
    "disposition": QT_TRANSLATE_NOOP("labels", "Disposition"),
    "disposition_on": QT_TRANSLATE_NOOP("labels", "Disposition on"),
    "number": QT_TRANSLATE_NOOP("labels", "Criminal case no."),
    "judicial_region": QT_TRANSLATE_NOOP("labels", "Judicial region"),
    "station": QT_TRANSLATE_NOOP("labels", "Station"),
    "statute": QT_TRANSLATE_NOOP("labels", "Statute"),
    "section": QT_TRANSLATE_NOOP("labels", "Section"),
    "counts": QT_TRANSLATE_NOOP("labels", "Counts"),
}
