"""Child process for test_sync_kills: write or apply sync bundles again and again until killed.

    python tests/reliability/sync_writer.py export DB USER PASSPHRASE BUNDLE
    python tests/reliability/sync_writer.py import DB USER PASSPHRASE BUNDLE

`export` writes the laptop's bundle to BUNDLE over and over (each time under a new number);
`import` applies BUNDLE at the hub once, then again and again (each later time changes nothing).
Prints "ready" once unlocked and "done N" after each finished round, so the parent can time its
SIGKILL to land inside one.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from caseintake.services import sync
    from caseintake.services.session import open_session
    from tests.reliability.support import use_cheap_kdf

    use_cheap_kdf()
    mode, db, user, passphrase, target = argv
    session = open_session(Path(db), user, passphrase)
    print("ready", flush=True)
    count = 0
    while True:
        if mode == "export":
            sync.export_bundle(session, Path(target), force=True)
        else:
            sync.import_bundle(session, Path(target))
        count += 1
        print(f"done {count}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
