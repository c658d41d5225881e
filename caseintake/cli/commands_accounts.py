"""`init`, `users`, `passwd` and `recover`: creating a database and managing who may open it."""

from __future__ import annotations

import argparse
import json
import sys

from caseintake.cli.context import (
    database,
    new_passphrase,
    open_session,
    passphrase,
    print_table,
    user_name,
)
from caseintake.cli.io import Progress, read_new_secret, read_secret, wait_out
from caseintake.domain.errors import CaseintakeError


def cmd_init(args: argparse.Namespace) -> int:
    from caseintake.domain.validation import new_passphrase as check_new_passphrase
    from caseintake.services.session import create_session

    user = user_name(args)
    path = database(args)
    if path.exists():
        raise CaseintakeError(f"A database already exists at {path}; refusing to overwrite it.")
    secret = read_new_secret(args.passphrase_file, "CASEINTAKE_PASSPHRASE", "passphrase")
    check_new_passphrase(secret, user)
    session, recovery_key = create_session(
        path,
        user,
        secret,
        display_name=args.display_name,
        office_prefix=args.office_prefix,
        office_name=args.office_name,
        demo=args.demo,
    )
    session.close()
    if args.json:
        print(json.dumps({"recovery_key": recovery_key}))
    else:
        print(f"Created {path} with {user} as its first supervisor.")
        if args.demo:
            print("It is a demo database: 'caseintake demo' fills it with synthetic cases.")
        print()
        print(f"Recovery key: {recovery_key}")
        print()
        print("Write this key down or print it now and keep it locked away from the laptop.")
        print("It is shown only once. With it a supervisor can set a new passphrase for anyone.")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from caseintake.services import users

    with open_session(args) as session:
        if args.users_command == "add":
            new = new_passphrase(args)
            users.add_user(session, args.name, args.role, new, display_name=args.display_name)
            print(f"Added {args.name} ({args.role}).")
        elif args.users_command == "disable":
            from caseintake.services.progress import Task

            if users.disable_user(session, args.name, Task(Progress("Re-encrypting"))):
                print(f"Disabled {args.name}; the database key was rotated, so nothing of theirs opens it.")
            else:
                print(f"Disabled {args.name}; their passphrase no longer opens this database.")
                print(
                    "warning: the database key could not be rotated yet; run 'caseintake rotate-keys' "
                    "once every account has unlocked since the upgrade.",
                    file=sys.stderr,
                )
        elif args.users_command == "enable":
            users.enable_user(session, args.name, new_passphrase(args))
            print(f"Re-enabled {args.name}; they sign in with the new passphrase.")
        elif args.users_command == "role":
            users.change_role(session, args.name, args.role)
            print(f"{args.name} is now a {args.role.replace('_', ' ')}.")
        else:
            listed = users.list_users(session)
            if args.json:
                print(json.dumps([u.__dict__ for u in listed], indent=2))
            else:
                print_table(
                    [
                        (u.username, u.role, "active" if u.active else "disabled", u.display_name)
                        for u in listed
                    ],
                    ("USER", "ROLE", "STATE", "NAME"),
                )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from caseintake.services import users

    with open_session(args) as session:
        current = passphrase(args, session.username)
        users.change_passphrase(session, current, new_passphrase(args))
    print("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from caseintake.services import users

    user = user_name(args)
    key = read_secret(args.recovery_key_file, "CASEINTAKE_RECOVERY_KEY", "Recovery key: ", "recovery key")
    users.recover(database(args), key, user, new_passphrase(args), wait=wait_out)
    print(f"A new passphrase is set for {user}.")
    return 0
