"""Restores the same backup over a database again and again, until the harness kills it.

python tests/reliability/restore_writer.py DB BACKUP PASSPHRASE
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from caseintake.services.maintenance import restore
    from caseintake.storage import keyslots
    from tests.reliability.support import CHEAP_KDF, SUPERVISOR

    keyslots.DEFAULT_KDF = CHEAP_KDF
    database, backup, passphrase = Path(argv[0]), Path(argv[1]), argv[2]
    print("ready", flush=True)
    while True:
        restore(database, backup, SUPERVISOR, passphrase)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
