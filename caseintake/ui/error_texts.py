"""What the GUI says for each error of the core, in the user's language.

The core raises typed errors with an English sentence (what the command line prints), a `code`
naming that sentence and the `params` it was made from (`domain/errors.py`). Here each code has
its wording as a literal `translate("errors", …)` for `lupdate`, with %1, %2, … standing for the
params named beside it, in that order. A param whose value is itself a code (a role, the reason
a write failed) is shown by its word in `_words()`.

`error_text` words an error; a code without a wording here, or an error that lacks a param its
wording needs, keeps the core's English sentence rather than showing a gap.
`tests/unit/test_error_codes.py` fails when a code raised in the core has no wording here, or a
wording whose placeholders differ from the params raised with it.

Field errors (`InvalidInput` naming a field) are worded by `field_text`, with the field's label
as %1 (`form_errors.readable` finds the label and the record the field belongs to).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from caseintake.domain.errors import CaseintakeError, IdentityLeak
from caseintake.ui.labels import label

CONTEXT = "errors"
_PLACEHOLDER = re.compile(r"%(\d+)")


class Wording(NamedTuple):
    """A translated template and the params its %1, %2, … stand for."""

    template: str
    names: tuple[str, ...]


def _w(template: str, *names: str) -> Wording:
    return Wording(template, names)


def messages() -> dict[str, Wording]:
    """The wording of every error that is a sentence of its own (no field), by code."""
    translate = QCoreApplication.translate
    return {
        # Who may do what.
        "permission_denied.edit_case": _w(
            translate("errors", "A %1 may not create or edit cases, people and referrals."), "role"
        ),
        "permission_denied.edit_notes": _w(
            translate("errors", "A %1 may not write notes and register evidence."), "role"
        ),
        "permission_denied.reveal_identity": _w(
            translate("errors", "A %1 may not reveal identities."), "role"
        ),
        "permission_denied.edit_hearings": _w(
            translate("errors", "A %1 may not create or edit hearings."), "role"
        ),
        "permission_denied.hearing_summary": _w(
            translate("errors", "A %1 may not print hearing summaries."), "role"
        ),
        "permission_denied.counts_export": _w(
            translate("errors", "A %1 may not export anonymized counts."), "role"
        ),
        "permission_denied.manage_team": _w(
            translate("errors", "A %1 may not enrol or revoke laptops and resolve sync conflicts."), "role"
        ),
        "permission_denied.manage_users": _w(
            translate("errors", "A %1 may not manage users and reset access."), "role"
        ),
        "permission_denied.allow_leak_word": _w(
            translate("errors", "A %1 may not allow a word past the identity-leak guard."), "role"
        ),
        "permission_denied.import": _w(translate("errors", "A %1 may not import case files."), "role"),
        "permission_denied.restore": _w(translate("errors", "A %1 may not restore a backup."), "role"),
        "permission_denied.backup": _w(translate("errors", "A %1 may not write a backup."), "role"),
        "permission_denied.list_users": _w(translate("errors", "A %1 may not list staff accounts."), "role"),
        "permission_denied.reassign_case": _w(translate("errors", "A %1 may not reassign cases."), "role"),
        "permission_denied.maintain_database": _w(
            translate("errors", "A %1 may not check and maintain the database."), "role"
        ),
        "permission_denied.demo_data": _w(
            translate("errors", "A %1 may not load or remove demo cases."), "role"
        ),
        "permission_denied.record_identity": _w(
            translate(
                "errors",
                "A %1 may not reveal identities. Recording an identity needs the right to reveal "
                "this case's.",
            ),
            "role",
        ),
        "permission_denied.edit_identity": _w(
            translate(
                "errors", "A %1 may not reveal identities. Editing an identity needs the right to reveal it."
            ),
            "role",
        ),
        "permission_denied.reveal_other_case": _w(
            translate(
                "errors",
                "A %1 may not reveal identities. Social workers may reveal identities only in their "
                "own cases.",
            ),
            "role",
        ),
        "assign_to_other": _w(
            translate(
                "errors",
                "Case %1: only a supervisor may open a case assigned to someone else ('%2'); "
                "a case you open is assigned to you.",
            ),
            "case_number",
            "username",
        ),
        "issue_keys_not_supervisor": _w(
            translate("errors", "Only a supervisor (or the recovery key) may issue keys for an account.")
        ),
        "reassign_not_supervisor": _w(translate("errors", "Only a supervisor may reassign a case.")),
        "identity_keys_locked": _w(translate("errors", "The identity keys are not unlocked.")),
        "case_key_not_shared": _w(
            translate("errors", "The identity key of this case was not shared with this account.")
        ),
        "restore_not_supervisor_live": _w(
            translate("errors", "Only a supervisor of this database may restore a backup over it.")
        ),
        "restore_not_supervisor_backup": _w(translate("errors", "Only a supervisor may restore a backup.")),
        "restore_older_backup": _w(
            translate(
                "errors",
                "This backup (last change %1) is older than the database it would replace (last change "
                "%2), so restoring it would undo every change since.",
            ),
            "made",
            "last_change",
        ),
        "not_demo_database": _w(
            translate(
                "errors",
                "This database holds real cases, so it takes no demo cases; create a separate demo "
                "database to try the application.",
            )
        ),
        "demo_cases_real": _w(
            translate(
                "errors",
                "This database was not created as a demo database, so its cases are real and are "
                "never removed.",
            )
        ),
        # The identity-leak guard.
        "identity_leak": _w(
            translate("errors", "The output was blocked: %1. Nothing was written."), "places"
        ),
        "identity_leak.hearing_summary": _w(
            translate("errors", "The hearing summary was blocked: %1. Nothing was written."), "places"
        ),
        "identity_leak.counts_export": _w(
            translate("errors", "The counts export was blocked: %1. Nothing was written."), "places"
        ),
        "identity_leak.calendar_file": _w(
            translate("errors", "The calendar file was blocked: %1. Nothing was written."), "places"
        ),
        "identity_leak.copy": _w(
            translate("errors", "The copy was blocked: %1. Nothing was copied."), "places"
        ),
        "allow_one_word": _w(translate("errors", "Only a single word (two or more letters) can be allowed.")),
        "protected_person_not_found": _w(translate("errors", "There is no such protected person.")),
        "pseudonym_not_found": _w(
            translate("errors", "Case %1 has no protected person %2."), "reference", "pseudonym"
        ),
        # Records that are not there.
        "case_not_found": _w(translate("errors", "There is no case '%1'."), "reference"),
        "case_removed": _w(translate("errors", "This case no longer exists.")),
        "person_not_found": _w(translate("errors", "There is no such person.")),
        "no_vault_identity": _w(translate("errors", "This person has no vault identity.")),
        "note_not_found": _w(translate("errors", "There is no such note.")),
        "hearing_not_found": _w(translate("errors", "There is no such hearing.")),
        "referral_not_found": _w(translate("errors", "There is no such referral.")),
        "evidence_not_found": _w(translate("errors", "There is no such evidence entry.")),
        "user_not_found": _w(translate("errors", "There is no user named '%1'."), "username"),
        "summary_no_hearings": _w(
            translate("errors", "Case %1 has no hearings; add a hearing before printing a summary."),
            "reference",
        ),
        "hearing_id_not_found": _w(
            translate("errors", "Case %1 has no hearing with id '%2'."), "reference", "id"
        ),
        "hearing_id_ambiguous": _w(
            translate("errors", "Case %1 has more than one hearing with id '%2'."), "reference", "id"
        ),
        "note_id_not_found": _w(translate("errors", "Case %1 has no note with id '%2'."), "reference", "id"),
        "note_id_ambiguous": _w(
            translate("errors", "Case %1 has more than one note with id '%2'."), "reference", "id"
        ),
        # Saving a case.
        "edit_conflict": _w(
            translate(
                "errors",
                "This case was changed elsewhere (another window or computer) since you opened it; "
                "nothing was saved.",
            )
        ),
        "agenda_end_before_start": _w(translate("errors", "The end date is before the start date.")),
        "unknown_sort": _w(translate("errors", "Cannot sort by '%1'."), "sort"),
        "cancelled": _w(translate("errors", "Cancelled; nothing was changed.")),
        # Staff accounts and passphrases.
        "user_exists": _w(translate("errors", "A user named '%1' already exists."), "username"),
        "last_supervisor": _w(
            translate("errors", "%1 is the last active supervisor; make another account a supervisor first."),
            "username",
        ),
        "own_account_disable": _w(translate("errors", "You cannot disable your own account.")),
        "own_account": _w(translate("errors", "You cannot change your own role.")),
        "already_disabled": _w(translate("errors", "The account '%1' is already disabled."), "username"),
        "active": _w(translate("errors", "The account '%1' is already active."), "username"),
        "disabled": _w(translate("errors", "The account '%1' is disabled; re-enable it first."), "username"),
        "disabled_no_recovery": _w(
            translate("errors", "The account '%1' is disabled; its access cannot be recovered."), "username"
        ),
        "same_role": _w(translate("errors", "%1 is already a %2."), "username", "role"),
        "office_prefix": _w(
            translate("errors", "The office prefix must be 1 to 10 capital letters or digits, such as CI.")
        ),
        "keys_locked": _w(
            translate("errors", "This account's keys are not unlocked; unlock again and retry.")
        ),
        "passphrase_spaces": _w(
            translate("errors", "A passphrase must not start or end with spaces or contain line breaks.")
        ),
        "passphrase_date": _w(
            translate(
                "errors",
                "This passphrase contains a date, which is easy to guess; four random words are strong "
                "and easy to remember, for example “%1”.",
            ),
            "example",
        ),
        "passphrase_digits": _w(
            translate(
                "errors",
                "This passphrase contains a phone number or a long run of digits, which is easy to guess; "
                "four random words are strong and easy to remember, for example “%1”.",
            ),
            "example",
        ),
        "passphrase_short": _w(
            translate(
                "errors",
                "A passphrase needs at least 12 characters; four random words are strong and easy to "
                "remember, for example “%1”.",
            ),
            "example",
        ),
        "passphrase_username": _w(
            translate(
                "errors",
                "This passphrase is made from your user name, which is easy to guess; four random words "
                "are strong and easy to remember, for example “%1”.",
            ),
            "example",
        ),
        "passphrase_guessable": _w(
            translate(
                "errors",
                "This passphrase is too easy to guess; four random words are strong and easy to remember, "
                "for example “%1”.",
            ),
            "example",
        ),
        # Unlocking.
        "unlock_refused": _w(translate("errors", "Wrong user name or passphrase.")),
        "unlock_delayed": _w(
            translate("errors", "Too many failed attempts; wait %1 seconds before trying again."), "seconds"
        ),
        "not_a_recovery_key": _w(
            translate("errors", "That is not a recovery key: it has 32 letters and digits in groups of four.")
        ),
        "wrong_recovery_key": _w(translate("errors", "Wrong recovery key.")),
        "no_recovery_slot": _w(translate("errors", "This database has no recovery key slot.")),
        # The database file and its key file.
        "database_missing": _w(translate("errors", "There is no database at %1."), "path"),
        "no_database_file": _w(translate("errors", "There is no database file at %1."), "path"),
        "database_exists": _w(
            translate("errors", "A database already exists at %1; refusing to overwrite it."), "path"
        ),
        "database_is_folder": _w(translate("errors", "%1 is a folder, not a caseintake database."), "path"),
        "database_unencrypted": _w(
            translate("errors", "%1 is an unencrypted SQLite file, not a caseintake database."), "path"
        ),
        "key_file_missing": _w(
            translate("errors", "%1 is not a caseintake database (its key file %2 is missing)."),
            "path",
            "key_file",
        ),
        "key_file_missing_unusable": _w(
            translate("errors", "The key file %1 is missing, so this is not a usable caseintake database."),
            "key_file",
        ),
        "key_file_damaged": _w(translate("errors", "The key file %1 is damaged or was altered."), "key_file"),
        "key_file_altered": _w(
            translate("errors", "The key file %1 was altered: its slots do not match the database."),
            "key_file",
        ),
        "key_file_other_database": _w(
            translate("errors", "The key file %1 belongs to a different database."), "key_file"
        ),
        "key_file_rolled_back": _w(
            translate(
                "errors",
                "The key file %1 is older than the database (key epoch %3, the database has %2): an older "
                "copy of the key file was put back; restore the matching backup.",
            ),
            "key_file",
            "ours",
            "theirs",
        ),
        "database_rolled_back": _w(
            translate(
                "errors",
                "The database %1 is older than its key file (key epoch %2, the key file has %3): an older "
                "copy of the database was put back; restore the matching backup.",
            ),
            "file",
            "ours",
            "theirs",
        ),
        "newer_schema": _w(
            translate(
                "errors",
                "This database was written by a newer caseintake (schema %1, this program knows %2); "
                "install the newer version to open it.",
            ),
            "schema",
            "known",
        ),
        "folder_not_created": _w(translate("errors", "The folder %1 cannot be created."), "folder"),
        "folder_not_writable": _w(translate("errors", "The folder %1 cannot be written to."), "folder"),
        "new_database_no_office_key": _w(translate("errors", "The new database has no office reveal key.")),
        "restore_interrupted": _w(
            translate(
                "errors",
                "A restore into %1 was interrupted; restore the same backup again (the files it was "
                "replacing are kept beside it, in %1.replaced-*).",
            ),
            "file",
        ),
        "database_damaged": _w(
            translate(
                "errors",
                "The database %1 is damaged or was altered; no change was made. Check the database and "
                "restore it from a backup.",
            ),
            "file",
        ),
        "laptop_copy_unknown_table": _w(
            translate(
                "errors",
                "The laptop's copy does not know what to take of the table %1; nothing was enrolled.",
            ),
            "table",
        ),
        "laptop_copy_dangling": _w(
            translate(
                "errors",
                "The laptop's copy would hold %1 rows whose parent row is missing; nothing was enrolled.",
            ),
            "count",
        ),
        "laptop_copy_failed": _w(
            translate("errors", "The laptop's database could not be written (%1); nothing was enrolled."),
            "reason",
        ),
        "database_first_page": _w(
            translate(
                "errors",
                "The database file %1 is damaged or was altered: its first page does not decrypt with "
                "the right key. Restore it from a backup.",
            ),
            "file",
        ),
        "disk_full": _w(translate("errors", "The disk holding %1 is full; nothing was saved."), "file"),
        "database_read_only": _w(
            translate("errors", "The database %1 cannot be written (read-only); nothing was saved."), "file"
        ),
        "database_busy": _w(
            translate("errors", "The database %1 is busy in another program; try again."), "file"
        ),
        "database_io": _w(translate("errors", "Reading or writing %1 failed; nothing was saved."), "file"),
        "too_big": _w(translate("errors", "The text is too large to store.")),
        "database_refused": _w(
            translate("errors", "The database refused the change (%1); nothing was saved."), "reason"
        ),
        "database_read_only.open": _w(
            translate(
                "errors",
                "The database %1 cannot be opened: its folder %2 or the file is read-only, and caseintake "
                "must write beside it. Nothing was changed.",
            ),
            "file",
            "folder",
        ),
        "database_read_only.create": _w(
            translate(
                "errors",
                "The database %1 cannot be created: its folder %2 or the file is read-only, and caseintake "
                "must write beside it. Nothing was changed.",
            ),
            "file",
            "folder",
        ),
        "database_disk_full.open": _w(
            translate(
                "errors",
                "The disk holding %1 is full, so the database cannot be opened; free some space and try "
                "again. Nothing was changed.",
            ),
            "file",
        ),
        "database_disk_full.create": _w(
            translate(
                "errors",
                "The disk holding %1 is full, so the database cannot be created; free some space and try "
                "again. Nothing was changed.",
            ),
            "file",
        ),
        "database_not_opened.open": _w(
            translate("errors", "The database %1 cannot be opened (%2); nothing was changed."),
            "file",
            "reason",
        ),
        "database_not_opened.create": _w(
            translate("errors", "The database %1 cannot be created (%2); nothing was changed."),
            "file",
            "reason",
        ),
        "wal_damaged": _w(
            translate(
                "errors",
                "The write-ahead log %1 is damaged or was altered: changes saved after frame %2 would be "
                "lost, so the database was not opened and nothing was changed. Restore it from a backup.",
            ),
            "file",
            "frame",
        ),
        "wal_missing": _w(
            translate(
                "errors",
                "The write-ahead log %1 is missing: changes saved after frame %2 would be lost, so the "
                "database was not opened and nothing was changed. Restore it from a backup.",
            ),
            "file",
            "frame",
        ),
        "upgrade_broken_reference": _w(
            translate(
                "errors", "Schema upgrade %1 left a broken reference between records; nothing was changed."
            ),
            "number",
        ),
        "upgrade_id_too_large": _w(
            translate("errors", "The %1 table holds an id too large to move; the database is damaged."),
            "table",
        ),
        "no_sqlcipher": _w(translate("errors", "The SQLCipher module (sqlcipher3) is not installed.")),
        "not_sqlcipher4": _w(
            translate("errors", "This SQLite build is not SQLCipher 4 (found %1); refusing to run."), "found"
        ),
        "no_fts5": _w(
            translate("errors", "This SQLCipher build lacks full-text search (FTS5); refusing to run.")
        ),
        "temp_store_not_memory": _w(
            translate("errors", "Temporary storage could not be forced into memory; refusing to run.")
        ),
        # Keys.
        "user_key_missing": _w(translate("errors", "A key of this database is missing; check the database.")),
        "escrowed_office_key_damaged": _w(
            translate("errors", "The office key held during an upgrade is damaged.")
        ),
        "no_office_key": _w(
            translate("errors", "This database has no office reveal key; check the database.")
        ),
        "office_grant_damaged": _w(translate("errors", "This account's office key grant is damaged.")),
        "case_key_damaged": _w(
            translate("errors", "The identity key of a case is damaged; check the database.")
        ),
        "case_key_missing": _w(
            translate("errors", "The identity key of a case is missing; check the database.")
        ),
        "vault_value_damaged": _w(
            translate(
                "errors",
                "A vault value does not decrypt with its case key (damaged or moved); check the database.",
            )
        ),
        "rotation_legacy_slots": _w(
            translate(
                "errors",
                "%1 account(s) or the recovery key have not been used since this database was upgraded, "
                "so their keys cannot be replaced yet; have each person unlock once (and use the "
                "recovery key once), then try again.",
            ),
            "count",
        ),
        "rotation_epoch_missing": _w(
            translate("errors", "The re-encrypted database does not carry its new key epoch.")
        ),
        "rotation_copy_failed": _w(
            translate("errors", "The re-encrypted copy failed its check; the database was not changed.")
        ),
        "rotation_copy_incomplete": _w(
            translate("errors", "The re-encrypted copy is incomplete; the database was not changed.")
        ),
        # Backups.
        "backup_is_database_file": _w(
            translate("errors", "Choose a backup file name that is not the database's own files.")
        ),
        "backup_not_found": _w(translate("errors", "There is no backup file at %1."), "path"),
        "not_a_backup": _w(translate("errors", "%1 is not a caseintake backup."), "file"),
        "backup_truncated": _w(translate("errors", "The backup file is truncated or damaged.")),
        "backup_slot_size": _w(translate("errors", "The backup file is damaged (impossible key-slot size).")),
        "backup_checksum": _w(
            translate("errors", "The backup file is damaged: its checksum does not match.")
        ),
        "backup_key_slots_damaged": _w(
            translate("errors", "The key slots inside the backup are damaged or were altered.")
        ),
        "backup_epochs_differ": _w(
            translate("errors", "The database and the key slots in the backup are of different key epochs.")
        ),
        "backup_damaged_problem": _w(translate("errors", "The backup is damaged: %1."), "problem"),
        "backup_wrong_passphrase": _w(
            translate(
                "errors",
                "Your passphrase does not open this backup; a backup keeps the passphrases of the day "
                "it was made.",
            )
        ),
        "restore_live_unreadable": _w(
            translate(
                "errors",
                "The database at %1 cannot be opened (it is damaged, its key file is missing, or a restore "
                "was interrupted), so your role on it cannot be confirmed.",
            ),
            "path",
        ),
        "restore_write_failed": _w(
            translate("errors", "The backup could not be restored into %1: %2; nothing was changed."),
            "folder",
            "reason",
        ),
        "backup_read_failed": _w(
            translate("errors", "The backup could not be read into %1: %2; nothing was changed."),
            "folder",
            "reason",
        ),
        # Files the application writes.
        "write_failed": _w(
            translate("errors", "Cannot write %1 in %2: %3; nothing was written."), "file", "folder", "reason"
        ),
        "cannot_write": _w(translate("errors", "Cannot write %1: %2."), "path", "reason"),
        "output_is_folder": _w(translate("errors", "%1 is a folder; give a file name to write to."), "path"),
        "output_no_folder": _w(translate("errors", "The folder %1 does not exist."), "folder"),
        "output_in_database_folder": _w(
            translate(
                "errors",
                "%1 would be written into the database's own folder (%2); choose a file in another folder.",
            ),
            "file",
            "folder",
        ),
        "output_is_link": _w(
            translate(
                "errors", "%1 is a symbolic link; outputs never follow links, so choose another file name."
            ),
            "path",
        ),
        "output_not_regular": _w(
            translate("errors", "%1 is not a regular file; choose another file name."), "path"
        ),
        "output_is_database_file": _w(
            translate(
                "errors", "%1 is the same file as one of the database's own files; choose another file name."
            ),
            "path",
        ),
        "output_is_backup": _w(
            translate(
                "errors",
                "%1 is a caseintake backup; outputs never replace a backup, so choose another file name.",
            ),
            "path",
        ),
        "output_exists": _w(
            translate("errors", "%1 already exists; choose the file again and agree to replace it."), "path"
        ),
        "output_became_link": _w(
            translate("errors", "%1 became a symbolic link while writing; nothing was written."), "path"
        ),
        # Hearing summaries.
        "unknown_paper_size": _w(translate("errors", "Unknown paper size '%1'; use %2."), "paper", "choices"),
        "unknown_layout": _w(translate("errors", "Unknown layout '%1'; use %2."), "layout", "choices"),
        "summary_unsafe": _w(
            translate("errors", "The hearing summary failed the no-media check (%1); nothing was written."),
            "kinds",
        ),
        # Anonymized counts.
        "counts_no_dimension": _w(translate("errors", "Name at least one dimension, e.g. %1."), "example"),
        "counts_unknown_dimension": _w(
            translate("errors", "Unknown dimension '%1'; choose from %2."), "dimension", "choices"
        ),
        "counts_dimension_twice": _w(translate("errors", "Name each dimension only once.")),
        "counts_too_many_dimensions": _w(
            translate("errors", "A counts table has at most %1 dimensions; %2 were named."), "most", "named"
        ),
        "counts_two_periods": _w(translate("errors", "Choose one period dimension: month, quarter or year.")),
        "month_format": _w(
            translate("errors", "%1 must be a month written YYYY-MM, e.g. 2026-01; got '%2'."),
            "bound",
            "given",
        ),
        "month_unreal": _w(translate("errors", "%1 is not a real month: '%2'."), "bound", "given"),
        "min_cell_type": _w(translate("errors", "The minimum cell size must be a whole number.")),
        "min_cell_small": _w(
            translate(
                "errors",
                "The minimum cell size must be at least %1 (got %2): smaller counts can identify a child.",
            ),
            "least",
            "given",
        ),
        "counts_unknown_unit": _w(
            translate("errors", "Unknown unit '%1'; choose from %2."), "unit", "choices"
        ),
        "counts_unknown_language": _w(
            translate("errors", "Unknown report language '%1'; choose from %2."), "language", "choices"
        ),
        "counts_empty_period": _w(
            translate("errors", "The period is empty: %1 comes after %2."), "first", "last"
        ),
        "counts_unsafe_beside_earlier": _w(
            translate(
                "errors",
                "This table cannot be published safely beside the %1 earlier export(s) of %2: choose "
                "other dimensions, a period that matches an earlier export, or fewer values.",
            ),
            "earlier",
            "unit",
        ),
        "counts_check_too_long": _w(
            translate(
                "errors",
                "Checking this table beside the %1 earlier export(s) of %2 took longer than %3 seconds, "
                "so it was not published: choose fewer dimensions or values, or a period that matches "
                "an earlier export.",
            ),
            "earlier",
            "unit",
            "seconds",
        ),
        "counts_file_suffix": _w(
            translate("errors", "The counts file must end in .csv or .pdf; got '%1'."), "file"
        ),
        "donor_report_suffix": _w(translate("errors", "The donor report is a PDF; got '%1'."), "file"),
        "counts_too_many_cells": _w(
            translate(
                "errors",
                "This table would have %1 cells (at most %2); choose fewer or coarser dimensions or a "
                "shorter period.",
            ),
            "cells",
            "most",
        ),
        "counts_pdf_too_many_rows": _w(
            translate(
                "errors",
                "This table has %1 rows, too many for a readable PDF (at most %2); write a CSV instead, "
                "or choose fewer dimensions or a shorter period.",
            ),
            "rows",
            "most",
        ),
        "counts_pdf_unsafe": _w(
            translate("errors", "The counts PDF was not written: it failed the no-media check (%1)."), "kinds"
        ),
        # Import files.
        "import_file_missing": _w(translate("errors", "There is no file at %1."), "path"),
        "import_no_space": _w(
            translate(
                "errors",
                "The disk holding the database has %1 free, less than the file %2 itself (%3); an "
                "import needs 10 to 20 times its file's size while it runs. Free some space and import "
                "again; nothing was changed.",
            ),
            "free",
            "file",
            "size",
        ),
        "import_is_folder": _w(translate("errors", "%1 is a folder, not an import file."), "path"),
        "import_too_large": _w(
            translate("errors", "%1 is larger than 512 MB; split it into several files."), "file"
        ),
        "import_not_utf8": _w(translate("errors", "%1 is not UTF-8 text."), "file"),
        "import_unreadable": _w(translate("errors", "%1 cannot be read."), "file"),
        "import_not_json": _w(
            translate("errors", "%1 is not valid JSON (the error is at line %2, column %3)."),
            "file",
            "line",
            "column",
        ),
        "import_too_deep": _w(translate("errors", "%1 is nested too deeply to be an import file."), "file"),
        "import_repeated_field": _w(
            translate("errors", "%1: the field %2 appears twice in one object."), "file", "field"
        ),
        "import_bad_value": _w(translate("errors", "%1: %2."), "file", "problem"),
        "import_not_object": _w(
            translate("errors", "The file must hold a JSON object with 'format' and 'cases'.")
        ),
        # Working as a team.
        "device_revoked": _w(
            translate("errors", "The laptop %1 was revoked; nothing more is written for it."), "device"
        ),
        "bundle_file_too_large": _w(
            translate("errors", "%1 is too large to be a bundle; nothing was applied."), "file"
        ),
        "bundle_unreadable": _w(translate("errors", "The bundle %1 cannot be read."), "file"),
        "bundle_revoked_device": _w(
            translate(
                "errors",
                "This bundle comes from the revoked laptop %1; it was quarantined and nothing was applied.",
            ),
            "device",
        ),
        "bundle_malformed": _w(
            translate("errors", "The bundle's changes are malformed; nothing was applied.")
        ),
        "bundle_audit_rewritten": _w(
            translate(
                "errors",
                "The audit history of laptop %1 does not continue what the office saw last: it was rolled "
                "back or rewritten. Nothing was applied.",
            ),
            "device",
        ),
        "bundle_does_not_fit": _w(
            translate(
                "errors",
                "The office's bundle does not fit this laptop's records; nothing was applied. Ask the office "
                "to enrol this laptop again.",
            )
        ),
        "team_not_joined": _w(
            translate(
                "errors",
                "This database is not part of a team: make it the office hub, or use a laptop database "
                "enrolled at the hub.",
            )
        ),
        "team_only_hub": _w(translate("errors", "This can only be done on the office hub.")),
        "team_only_device": _w(translate("errors", "This can only be done on an enrolled laptop.")),
        "team_already_joined": _w(translate("errors", "This database is already part of a team.")),
        "conflict_row_refused": _w(
            translate(
                "errors",
                "The laptop's record cannot be added as it is (it repeats a pseudonym or reference the "
                "office already uses); change it at the office instead.",
            )
        ),
        "conflict_row_gone": _w(
            translate(
                "errors",
                "The record this conflict is about no longer exists at the office; keep the office value "
                "instead.",
            )
        ),
        "enrol_legacy_slot": _w(
            translate(
                "errors",
                "A key slot for this laptop has not been used since the database was upgraded; have its "
                "owner unlock once at the office, then enrol again.",
            )
        ),
        "team_serials_used_up": _w(
            translate(
                "errors", "This laptop has no case references left for %1; sync with the office to get more."
            ),
            "year",
        ),
        # Team sync bundles.
        "bundle_damaged": _w(
            translate(
                "errors", "This file is not a caseintake bundle, or it is damaged; nothing was applied."
            )
        ),
        "bundle_other_office": _w(
            translate("errors", "This bundle belongs to another office's hub; nothing was applied.")
        ),
        "bundle_other_device": _w(
            translate("errors", "This bundle was written for another device; nothing was applied.")
        ),
        "bundle_unknown_sender": _w(
            translate(
                "errors",
                "This bundle comes from device %1, which is not enrolled here or was revoked; nothing "
                "was applied.",
            ),
            "sender",
        ),
        "bundle_tampered": _w(
            translate(
                "errors",
                "This bundle was altered after it was written, or sealed for another key; nothing was "
                "applied.",
            )
        ),
        "bundle_too_large": _w(
            translate(
                "errors",
                "These changes are too large for one bundle (over 256 MB unpacked); nothing was written.",
            )
        ),
        # Demo data.
        "demo_no_answer": _w(
            translate("errors", "The demo-data generator stopped answering; nothing was added.")
        ),
        "demo_failed": _w(
            translate("errors", "The demo-data generator failed (%1); nothing was added."), "reason"
        ),
    }


def field_problems() -> dict[str, Wording]:
    """The wording of a rejected field, by the code of its problem: %1 is the field's label as
    the form shows it, %2, … the params named."""
    translate = QCoreApplication.translate
    return {
        "device_required": _w(translate("errors", "%1: name the laptop this bundle is for.")),
        "device_unknown": _w(translate("errors", "%1: no laptop named %2 is enrolled."), "device"),
        "device_name": _w(translate("errors", "%1: give the laptop a short name (up to 60 characters).")),
        "device_name_taken": _w(translate("errors", "%1: a laptop named %2 is already enrolled."), "device"),
        "device_user_unknown": _w(translate("errors", "%1: there is no active user %2."), "user"),
        "conflict_unknown": _w(translate("errors", "%1: there is no open conflict %2."), "conflict"),
        "conflict_choice": _w(translate("errors", "%1: choose office or field.")),
        "required": _w(translate("errors", "%1 must be filled in.")),
        "identity_required": _w(translate("errors", "%1 must be filled in: this person is protected.")),
        "unknown_code": _w(translate("errors", "%1: choose one from the list.")),
        "date": _w(translate("errors", "%1 is not a date.")),
        "moment": _w(translate("errors", "%1 is not a date and time.")),
        "too_long": _w(translate("errors", "%1 is too long; please shorten it.")),
        "control_character": _w(
            translate("errors", "%1 contains characters that cannot be kept; type it again as plain text.")
        ),
        "multiline": _w(translate("errors", "%1 must fit on one line.")),
        "order": _w(translate("errors", "%1 is before the date the case was opened.")),
        "name_in_vault": _w(translate("errors", "%1: a protected person's name goes under Legal name.")),
        "type": _w(
            translate("errors", "%1 holds the wrong kind of value (text, a number, a list or an object).")
        ),
        "range": _w(translate("errors", "%1 must be between %2 and %3."), "low", "high"),
        "format": _w(translate("errors", "%1 must be a two-letter country code such as PH or US.")),
        "sha256": _w(translate("errors", "%1 must be a SHA-256 hash of 64 hexadecimal characters.")),
        "username_format": _w(
            translate(
                "errors",
                "%1: a user name is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', "
                "starting with a letter.",
            )
        ),
        "reference_format": _w(
            translate("errors", "%1 must look like CI-2026-00042 (prefix, year, serial).")
        ),
        "duplicate": _w(translate("errors", "%1 lists the same entry twice.")),
        "either_or": _w(translate("errors", "%1: give either a person of the case or a name, not both.")),
        "not_allowed": _w(translate("errors", "%1 does not apply here; leave it empty.")),
        "not_editable": _w(translate("errors", "%1 cannot be changed by an edit of the case.")),
        "identity_not_allowed": _w(translate("errors", "%1: only protected people have a vault identity.")),
        "protection_change": _w(
            translate(
                "errors",
                "%1: this change would alter whether the person is protected; record a new person instead.",
            )
        ),
        "author_is_saver": _w(translate("errors", "%1: a note is written by the user who saves it.")),
        "reference_kept": _w(translate("errors", "%1 cannot be changed: a case keeps its reference.")),
        "reference_repeated": _w(
            translate("errors", "%1: %2 is also used by case %3."), "reference", "other_number"
        ),
        "reference_taken": _w(translate("errors", "%1: %2 already exists in this database."), "reference"),
        "unknown_user": _w(
            translate("errors", "%1: no user named '%2' exists in this database."), "username"
        ),
        "unknown_field": _w(translate("errors", "%1: unknown field; the import format has no such field.")),
        "unknown_reference": _w(translate("errors", "%1: names nothing in this case.")),
        "unsaved_case": _w(translate("errors", "%1: the case has not been saved yet.")),
        "format_version": _w(translate("errors", "%1 must be '%2'."), "expected"),
    }


def _words() -> dict[str, dict[str, str]]:
    """Params whose value is a code, by param name: the word each code is shown as."""
    translate = QCoreApplication.translate
    return {
        "role": {
            "social_worker": translate("errors", "social worker"),
            "lawyer": translate("errors", "lawyer"),
            "supervisor": translate("errors", "supervisor"),
        },
        "reason": {
            "disk_full": translate("errors", "the disk is full"),
            "read_only": translate("errors", "the folder or file is read-only"),
        },
        "bound": {
            "from": translate("errors", "The first month"),
            "to": translate("errors", "The last month"),
            "month": translate("errors", "The month"),
        },
        "unit": {
            "cases": translate("errors", "cases"),
            "children": translate("errors", "children"),
            "accused": translate("errors", "accused"),
        },
    }


def fill(template: str, values: Sequence[str]) -> str:
    """%1, %2, … replaced in one pass, so a value that holds "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def _shown(wording: Wording, params: Mapping[str, str], first: Sequence[str] = ()) -> str | None:
    """The wording filled in, or None when a param it needs is missing."""
    if any(name not in params for name in wording.names):
        return None
    words = _words()
    values = [words.get(name, {}).get(params[name], params[name]) for name in wording.names]
    return fill(wording.template, [*first, *values])


def error_text(exc: CaseintakeError) -> str:
    """The error in the user's language; the core's sentence when there is no wording for it."""
    params = dict(exc.params)
    if isinstance(exc, IdentityLeak) and getattr(exc, "leaks", None):
        params["places"] = leak_places(exc.leaks)  # type: ignore[attr-defined]
    return coded_text(exc.code, params, str(exc))


def coded_text(code: str, params: Mapping[str, str], english: str) -> str:
    """The sentence named by `code` in the user's language, else `english` (the core's own):
    for a code that reaches the GUI without an error (a passphrase's verdict)."""
    wording = messages().get(code)
    if wording is None:
        return english
    return _shown(wording, params) or english


def field_text(code: str, label: str, params: Mapping[str, str]) -> str | None:
    """A rejected field's sentence, `label` naming the field; None for a code without a wording."""
    wording = field_problems().get(code)
    return None if wording is None else _shown(wording, params, (label,))


def leak_places(leaks: Sequence[object]) -> str:
    """Where each blocked detail is and whose it is, worded here (the core's `leak_guard.places`).

    The place itself ("note of 12 Mar 2026 by jdelacruz") is the core's label of a piece of the
    output, shown as it is."""
    translate = QCoreApplication.translate
    shown = []
    for leak in leaks[:4]:
        pseudonym = getattr(leak, "pseudonym", None)
        if pseudonym is None:
            whose = translate("errors", "a protected person of another case")
        else:
            owner = pseudonym
            if not getattr(leak, "own_case", True):
                owner = fill(
                    translate("errors", "%1 of %2"), [pseudonym, str(getattr(leak, "reference", ""))]
                )
            detail = label("leak_field", str(getattr(leak, "field", "")))
            whose = fill(translate("errors", "%1's %2"), [owner, detail])
        source = getattr(leak, "source", None)
        shown.append(fill(translate("errors", "%1 holds %2"), [source, whose]) if source else whose)
    text = translate("errors", "; ").join(shown)
    if len(leaks) > 4:
        text = fill(translate("errors", "%1 and %2 more"), [text, str(len(leaks) - 4)])
    if not getattr(leaks[0], "source", None):
        text = fill(translate("errors", "it contains %1"), [text])
    return text
