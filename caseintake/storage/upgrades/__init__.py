"""Schema upgrades after the first, one module each, registered in order by `storage.migrations`.

Each module has one `upgrade(db)` run inside the transaction that bumps `PRAGMA user_version`.
"""
