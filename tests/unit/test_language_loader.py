"""The GUI's language: the stored choice, the system's language, and where the .qm comes from."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from caseintake.ui import language

TS = language.TRANSLATIONS / "caseintake_fil.ts"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A translations folder holding a copy of the Filipino source only, as in a checkout."""
    copy = tmp_path / "translations"
    copy.mkdir()
    shutil.copy(TS, copy / TS.name)
    return copy


def test_the_choice_is_stored_and_an_unknown_one_follows_the_system(settings: QSettings) -> None:
    assert language.chosen(settings) == language.SYSTEM
    language.set_chosen("ceb", settings)
    assert language.chosen(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == "ceb"
    settings.setValue(language.LANGUAGE_KEY, "klingon")
    assert language.chosen(settings) == language.SYSTEM
    with pytest.raises(ValueError, match="klingon"):
        language.set_chosen("klingon", settings)


def test_the_system_language_picks_the_first_one_the_gui_speaks() -> None:
    assert language.system_language(["fil-PH", "en-US"]) == "fil"
    assert language.system_language(["tl_PH"]) == "fil"  # Tagalog reads Filipino
    assert language.system_language(["ceb-PH", "fil-PH"]) == "ceb"
    assert language.system_language(["de-DE", "ceb"]) == "ceb"
    assert language.system_language(["en-PH", "fil-PH"]) == "en"
    assert language.system_language(["ja-JP"]) == "en"
    assert language.system_language([]) == "en"


def test_an_explicit_choice_wins_over_the_system() -> None:
    assert language.effective(language.SYSTEM, ["fil-PH"]) == "fil"
    assert language.effective("en", ["fil-PH"]) == "en"
    assert language.effective("ceb", ["en-US"]) == "ceb"


def test_a_checkout_compiles_the_ts_once_into_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = language.compiled("fil", folder, cache)
    assert first is not None and first.parent == cache and first.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(first))
    assert translator.translate("MainWindow", "&File") == "&File"
    assert translator.translate("MainWindow", "&Save") == "I-&save"
    stamp = first.stat().st_mtime_ns
    assert language.compiled("fil", folder, cache) == first
    assert first.stat().st_mtime_ns == stamp, "an unchanged .ts is not compiled again"


def test_an_edited_ts_is_compiled_again_and_the_old_copy_goes(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = language.compiled("fil", folder, cache)
    source = folder / TS.name
    source.write_text(
        source.read_text(encoding="utf-8").replace(">I-&amp;save<", ">I-&amp;save ngayon<"), encoding="utf-8"
    )
    second = language.compiled("fil", folder, cache)
    assert second is not None and second != first
    assert sorted(cache.iterdir()) == [second]
    translator = QTranslator()
    assert translator.load(str(second))
    assert translator.translate("MainWindow", "&Save") == "I-&save ngayon"


def test_a_bundle_uses_its_compiled_file(folder: Path, tmp_path: Path) -> None:
    shipped = folder / "caseintake_fil.qm"
    shipped.write_bytes(b"compiled at build time")
    (folder / TS.name).unlink()  # the bundle carries the .qm instead of the .ts
    assert language.compiled("fil", folder, tmp_path / "cache") == shipped


def test_a_qm_older_than_its_ts_is_not_used(folder: Path, tmp_path: Path) -> None:
    stale = folder / "caseintake_fil.qm"
    stale.write_bytes(b"stale")
    os.utime(stale, (1_000_000, 1_000_000))
    found = language.compiled("fil", folder, tmp_path / "cache")
    assert found is not None and found.parent == tmp_path / "cache"


def test_without_lrelease_or_a_ts_there_is_no_translation(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert language.compiled("ceb", folder, tmp_path / "cache") is None  # no caseintake_ceb.ts here
    monkeypatch.setattr(language, "lrelease", lambda: None)
    assert language.compiled("fil", folder, tmp_path / "cache") is None
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_english_installs_nothing_and_filipino_installs_its_translator(
    qapp: QCoreApplication, folder: Path, tmp_path: Path
) -> None:
    assert language.install(qapp, "en", folder, tmp_path / "cache") == []
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"
    installed = language.install(qapp, "fil", folder, tmp_path / "cache")
    try:
        assert installed
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Umalis"
    finally:
        language.remove(qapp, installed)
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"
