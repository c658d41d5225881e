"""The record homes: one module per record kind, the only place that knows its table.

Each home holds its table's columns, the mapping between a row and the domain record, and the
reads and writes of that table (inserting one record or a whole import batch goes through the
same mapping). Writes go through `storage.writes`, which hands out device-ranged ids. Services
call the homes and decide policy: permissions, audit, the leak guard. Nothing above `storage`
writes SQL.
"""
