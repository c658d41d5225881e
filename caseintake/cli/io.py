"""How the command line gets secrets and shows progress (DESIGN §6).

Secrets come from an explicit file option, else a no-echo prompt on a terminal, else the
environment. Nothing here ever prints a secret.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from caseintake.domain.errors import CaseintakeError


class UsageError(CaseintakeError):
    exit_status = 2


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def output_file(path: Path) -> Path:
    """Where a command may write: an existing folder and not a folder itself."""
    if path.is_dir():
        raise CaseintakeError(f"{path} is a folder; give a file name to write to.")
    if not path.parent.resolve().is_dir():
        raise CaseintakeError(f"The folder {path.parent} does not exist.")
    return path


def _first_line(path: str, what: str) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except OSError:
        raise UsageError(f"Cannot read the {what} file {path}.") from None
    except UnicodeDecodeError:
        raise UsageError(f"The {what} file {path} is not UTF-8 text.") from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def read_secret(file_option: str | None, env_name: str, prompt: str, what: str) -> str:
    if file_option:
        return _first_line(file_option, what)
    if _interactive():
        return getpass.getpass(prompt)
    value = os.environ.get(env_name)
    if value is not None:
        return value
    flag = "--" + what.replace(" ", "-") + "-file"
    raise UsageError(f"No {what} given: use {flag} FILE or set {env_name}.")


def read_new_secret(file_option: str | None, env_name: str, what: str) -> str:
    if file_option:
        return _first_line(file_option, what)
    if _interactive():
        first = getpass.getpass(f"New {what}: ")
        if getpass.getpass(f"Repeat the new {what}: ") != first:
            raise UsageError(f"The two {what}s differ; nothing was changed.")
        return first
    value = os.environ.get(env_name)
    if value is not None:
        return value
    flag = "--new-" + what.replace(" ", "-") + "-file"
    raise UsageError(f"No new {what} given: use {flag} FILE or set {env_name}.")


def wait_out(seconds: float) -> None:
    """The failed-unlock delay on the command line: say so, then wait."""
    import time

    print(
        f"caseintake: too many failed attempts; waiting {seconds:.0f} seconds before trying.",
        file=sys.stderr,
        flush=True,
    )
    time.sleep(seconds)


class Progress:
    """A progress line on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.live = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.live and total:
            print(f"\r{self.label} {done:,}/{total:,}", end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr)
