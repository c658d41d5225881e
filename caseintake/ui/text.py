"""Small text helpers shared by the widgets."""

from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    """Pick the singular or plural of already-translated text and put the count in for %1.

    Qt's own %n plurals need a compiled translation even for English; this keeps the English
    text right without one, while both forms still go through tr() for translators.
    """
    return (one if count == 1 else many).replace("%1", f"{count:,}")
