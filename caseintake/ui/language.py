"""The GUI's language: which one, and where its compiled translation comes from.

The choice is a machine preference (QSettings `ui/language`, set in Preferences): "" follows the
system's language, else "en", "fil" (Filipino) or "ceb" (Cebuano). It is applied once, at
start-up, before any window is built, so a change shows at the next start. Dates keep following
the system's locale whatever the language.

The Qt Linguist sources, `resources/translations/caseintake_<language>.ts`, are the only
translation files kept in git (`packaging/translations.py update` refreshes them from the GUI's
source). Qt loads only compiled `.qm` files, which therefore come from one of two places:

- a bundle carries `resources/translations/caseintake_<language>.qm`, compiled from the `.ts` at
  build time by the PyInstaller spec;
- a source checkout has only the `.ts`: it is compiled here with PySide6's own `lrelease` into
  the per-user cache, under a name holding the hash of the `.ts`, so an edited `.ts` is compiled
  again at the next start and an unchanged one never.

Nothing here is user-visible text: the language names shown live in the Preferences dialog.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess  # nosec B404 - runs PySide6's own lrelease on our own .ts, nothing else
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QStandardPaths, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGE_KEY = "ui/language"
SYSTEM = ""  # the stored choice that follows the system's language
ENGLISH = "en"  # the language of the source texts: no translation is loaded
TRANSLATED = ("fil", "ceb")  # a `caseintake_<code>.ts` exists for each
CHOICES = (SYSTEM, ENGLISH, *TRANSLATED)
#: Language codes a system may report, and the translation that serves each.
_SYSTEM_CODES = {"en": ENGLISH, "fil": "fil", "tl": "fil", "ceb": "ceb"}
_COMPILE_SECONDS = 60


def chosen(settings: QSettings) -> str:
    """The stored choice; anything unknown (a hand-edited file, a later version) follows the system."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in CHOICES else SYSTEM


def set_chosen(choice: str, settings: QSettings) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def system_language(ui_languages: Sequence[str] | None = None) -> str:
    """The first of the system's languages (in its order of preference) that the GUI speaks.

    Tagalog counts as Filipino; a system preferring a language the GUI lacks gets English."""
    for tag in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        primary = tag.replace("_", "-").split("-", 1)[0].lower()
        if primary in _SYSTEM_CODES:
            return _SYSTEM_CODES[primary]
    return ENGLISH


def effective(choice: str, ui_languages: Sequence[str] | None = None) -> str:
    """The language the GUI runs in for a stored choice: "en", "fil" or "ceb"."""
    return choice if choice in (ENGLISH, *TRANSLATED) else system_language(ui_languages)


def cache_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "translations"


def lrelease() -> Path | None:
    """PySide6's own `lrelease` (shipped with pyside6-essentials); a bundle has none."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).resolve().parent / name
    return tool if tool.is_file() else None


def compile_translation(source: Path, target: Path) -> bool:
    """Compile a `.ts` into `target` (replaced whole, never half-written); False when it cannot."""
    tool = lrelease()
    if tool is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=target.stem, suffix=".qm.part", dir=target.parent)
    os.close(handle)
    try:
        done = subprocess.run(  # noqa: S603  # nosec B603 - our own .ts, PySide6's own tool, no shell
            [str(tool), "-silent", str(source), "-qm", partial],
            capture_output=True,
            timeout=_COMPILE_SECONDS,
            check=False,
        )
        if done.returncode != 0 or os.path.getsize(partial) == 0:
            log.warning("lrelease failed on %s (exit %s)", source.name, done.returncode)
            return False
        os.replace(partial, target)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", source.name, type(exc).__name__)
        return False
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def compiled(language: str, folder: Path = TRANSLATIONS, cache: Path | None = None) -> Path | None:
    """The `.qm` of a language: the bundle's, else one compiled from the `.ts` into the cache."""
    source = folder / f"caseintake_{language}.ts"
    shipped = folder / f"caseintake_{language}.qm"
    if shipped.is_file() and (not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.is_file():
        return None
    cache = cache if cache is not None else cache_folder()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache / f"caseintake_{language}-{digest}.qm"
    if target.is_file():
        return target
    if not compile_translation(source, target):
        return None
    for old in cache.glob(f"caseintake_{language}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def install(
    app: QCoreApplication, language: str, folder: Path = TRANSLATIONS, cache: Path | None = None
) -> list[QTranslator]:
    """Install the translators of `language` (Qt's own first, when Qt ships one); returns them.

    A missing or unreadable translation leaves the GUI in English, never stops it."""
    if language not in TRANSLATED:
        return []
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    path = compiled(language, folder, cache)
    ours = QTranslator(app)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
        log.info("GUI language %s, from %s", language, path.name)
    else:
        log.warning("no usable translation for %s; the GUI stays in English", language)
    return installed


def remove(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
