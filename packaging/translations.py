"""The GUI's Qt Linguist files: bring them up to date with the source, or compile them.

    .venv/bin/python packaging/translations.py update          # after changing a text of the GUI
    .venv/bin/python packaging/translations.py compile [--out DIR]

`update` runs PySide6's lupdate over every Python file of caseintake/ui plus caseintake/app.py
(as git lists them, committed or new but not ignored, so a dialog written today counts before
its first commit) into each resources/translations/caseintake_<language>.ts. lupdate merges:
translations already made are kept, new texts arrive unfinished, and texts gone from the source
are dropped (-no-obsolete). Open a .ts with `.venv/bin/pyside6-linguist` to translate.

lupdate knows no plural rules for Cebuano and refuses to merge into a Cebuano file that already
holds translations ("the target language is not recognized"). That file is therefore merged
under a stand-in language with the same single plural form, Malay, and given its own language
code back; its texts and translations are untouched.

`compile` runs lrelease on each .ts into DIR (default build/translations). The PyInstaller spec
calls it, so a bundle carries .qm files made from the .ts it was built from; a source checkout
compiles its own at start-up (caseintake/ui/language.py). No .qm is kept in git.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fil", "ceb")
#: What lupdate reads: the git pathspecs of the GUI's source.
PATHSPECS = ("caseintake/ui/*.py", "caseintake/ui/**/*.py", "caseintake/app.py")
#: Languages lupdate has no plural rules for, and a language with the same plural forms it has.
STAND_INS = {"ceb": "ms"}
_LANGUAGE = re.compile(r'(<TS\b[^>]*\blanguage=")([^"]*)(")')


def tool(name: str) -> str:
    """A PySide6 command-line tool (pyside6-lupdate, ...) of this Python's environment."""
    scripts = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(scripts)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6 in this environment.")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The GUI's Python files as git lists them, sorted (`git ls-files ... | sort -u`), new ones too."""
    listed = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *PATHSPECS],  # noqa: S607 - git from PATH, as a developer runs it
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return sorted(set(listed.split()))


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"caseintake_{language}.ts"


def lupdate(target: Path, root: Path = ROOT) -> None:
    """Merge the source's texts into `target` (created when missing), keeping its translations."""
    command = [tool("lupdate"), *sources(root), "-ts", str(target), "-no-obsolete"]
    subprocess.run(command, cwd=root, check=True)  # noqa: S603 - our own files, no shell


def merge(target: Path, root: Path = ROOT) -> None:
    """`lupdate` into `target`, through a stand-in language where lupdate would refuse."""
    stand_in = STAND_INS.get(target.stem.rsplit("_", 1)[-1])
    if stand_in is None or not target.exists():
        lupdate(target, root)
        return
    text = target.read_text(encoding="utf-8")
    found = _LANGUAGE.search(text)
    own = found.group(2) if found else ""
    stamp = target.stat().st_mtime_ns
    work = target.with_name(f".merging_{target.name}")
    try:
        work.write_text(_LANGUAGE.sub(rf"\g<1>{stand_in}\g<3>", text, count=1), encoding="utf-8")
        lupdate(work, root)
        merged = _LANGUAGE.sub(rf"\g<1>{own}\g<3>", work.read_text(encoding="utf-8"), count=1)
        if target.stat().st_mtime_ns != stamp:
            raise SystemExit(f"{target.name} was changed while it was merged; run update again.")
        work.write_text(merged, encoding="utf-8")
        os.replace(work, target)
    finally:
        work.unlink(missing_ok=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("lrelease"), str(source), "-qm", str(target)], check=True)  # noqa: S603


def update() -> None:
    for language in LANGUAGES:
        merge(ts_file(language))


def compile_all(out: Path) -> list[Path]:
    """Compile every .ts into a fresh `out` (no .qm of a language since removed survives)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    made = []
    for language in LANGUAGES:
        target = out / f"caseintake_{language}.qm"
        lrelease(ts_file(language), target)
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="refresh the .ts files from the GUI's source")
    compiling = commands.add_parser("compile", help="compile the .ts files into .qm files")
    compiling.add_argument("--out", type=Path, default=ROOT / "build" / "translations")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        for path in compile_all(args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
