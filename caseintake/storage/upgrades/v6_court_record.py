"""Schema upgrade: charges, exhibits, motions and other court data."""

from __future__ import annotations

from caseintake.storage.database import Database


def upgrade(db: Database) -> None:
    """Not written yet: a no-op keeps the version numbers stable while the feature is built."""
