"""Schema upgrade 10: the term lists of the case and note search indexes.

A search word longer than the indexed prefixes (four letters) is answered by FTS5 merging the
lists of every index word it starts; asked once per case, as the case list does when most cases
match and it walks its own order testing each one, that merge would run per case. The case list
(`storage/records/case_list.py`) instead rewrites such a word as the index words it starts,
found in these term lists (`fts5vocab`, one row per word and case, read by a seek per word). The
lists store nothing: they read the search indexes themselves.
"""

from __future__ import annotations

from caseintake.storage.database import Database
from caseintake.storage.search_index import TERM_TABLES


def upgrade(db: Database) -> None:
    for index, terms in TERM_TABLES.items():
        db.execute(f"DROP TABLE IF EXISTS {terms}")
        db.execute(f"CREATE VIRTUAL TABLE {terms} USING fts5vocab({index}, instance)")  # nosec B608 - constant names
