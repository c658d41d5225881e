"""Child process for test_rotation_kills: rotate the database key again and again until killed.

    python tests/reliability/rotation_writer.py DB PASSPHRASE

Prints "ready" once unlocked and "rotated N" after every completed rotation, so the parent can
time its SIGKILL to land inside one.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from caseintake.services.keys import rotate_keys
    from caseintake.services.session import open_session
    from tests.reliability.support import SUPERVISOR, use_cheap_kdf

    use_cheap_kdf()
    session = open_session(Path(argv[0]), SUPERVISOR, argv[1])
    print("ready", flush=True)
    count = 0
    while True:
        epoch = rotate_keys(session)
        count += 1
        print(f"rotated {count} epoch {epoch}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
