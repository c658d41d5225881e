"""Schema upgrade 4: who imported a record, and when; a note's author as a file stated it.

An interchange file can say that a note was written by any user on any date. Stored as if that
user had written it in the application, a file could put words in a colleague's mouth. From this
version every imported row (case, person, referral, note, hearing, evidence) carries the
importing user and the time of the import, and an imported note keeps the file's author as
`stated_author` (text, as stated) while its `author` is the user who imported it.

An existing database is converted from its audit log: each case with a `case.import` event gets
that event's user and time, and so do its notes first saved no later than that event (a note
added in the application afterwards was saved later); their former author becomes the stated
author. The people, referrals, hearings and evidence of cases imported before this version carry
no timestamp to tell them from later additions, so only their case says they were imported.
"""

from __future__ import annotations

from caseintake.storage.database import Database

IMPORTED_TABLES = ("cases", "person", "referral", "note", "hearing", "evidence")


def upgrade(db: Database) -> None:
    for table in IMPORTED_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN imported_by INTEGER REFERENCES users(id)")  # nosec B608
        db.execute(f"ALTER TABLE {table} ADD COLUMN imported_at TEXT")  # nosec B608
    db.execute("ALTER TABLE note ADD COLUMN stated_author TEXT")
    _convert_earlier_imports(db)


def _convert_earlier_imports(db: Database) -> None:
    db.execute(
        "CREATE TEMP TABLE earlier_import AS"
        " SELECT c.id AS case_id, u.id AS user_id, min(a.at) AS at"
        " FROM audit a JOIN cases c ON c.uuid = a.entity_id JOIN users u ON u.username = a.username"
        " WHERE a.action = 'case.import' AND a.entity = 'case' GROUP BY c.id"
    )
    try:
        db.execute(
            "UPDATE cases SET imported_by = e.user_id, imported_at = e.at"
            " FROM earlier_import e WHERE e.case_id = cases.id"
        )
        # A note's first save: its oldest kept version, else the note itself (never edited).
        db.execute(
            "UPDATE note SET stated_author = (SELECT username FROM users WHERE id = note.author),"
            " author = e.user_id, imported_by = e.user_id, imported_at = e.at"
            " FROM earlier_import e WHERE e.case_id = note.case_id"
            " AND coalesce((SELECT min(v.saved_at) FROM note_version v WHERE v.note_id = note.id),"
            " note.updated_at) <= e.at"
        )
    finally:
        db.execute("DROP TABLE temp.earlier_import")
