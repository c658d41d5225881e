"""Every text the GUI translates can be found by lupdate and is looked up where lupdate put it.

lupdate reads the source without running it: `self.tr(name)` runs, but the text in `name` never
reaches a translator; `form.tr("Change")` is filed under the context "form" while Qt looks it up
under the class of `form` at run time, so it stays English; and a call through an alias
(`t = QCoreApplication.translate; t("Ctx", "Text")`) is not seen at all. The GUI's source
(caseintake/ui and caseintake/app.py) is walked with `ast` for all three.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = [*sorted((ROOT / "caseintake" / "ui").rglob("*.py")), ROOT / "caseintake" / "app.py"]
#: Where the context and the text sit in each translating call; None: the context is the class.
ARGUMENTS: dict[str, tuple[int | None, int]] = {
    "tr": (None, 0),
    "translate": (0, 1),
    "QT_TR_NOOP": (None, 0),
    "QT_TRANSLATE_NOOP": (0, 1),
}
#: Aliases lupdate still reads: a bare `translate(context, text)` call is extracted as such.
READABLE_ALIASES = {"translate"}
#: `labels._translated` translates a text looked up in `labels.LABELS`, whose entries are all
#: literal `QT_TRANSLATE_NOOP` marks (tests/unit/test_ui_labels.py checks them).
ALLOWED = {("labels.py", "_translated")}


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def offenders(path: Path, source: str | None = None) -> list[str]:
    text = source if source is not None else path.read_text(encoding="utf-8")
    tree = ast.parse(text, str(path))
    allowed = {
        id(inner)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and (path.name, function.name) in ALLOWED
        for inner in ast.walk(function)
    }
    found = []

    def report(node: ast.AST, why: str) -> None:
        found.append(f"{path.name}:{getattr(node, 'lineno', 0)}: {why}: {ast.unparse(node)[:90]}")

    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr in ("translate", "tr")
            and not {getattr(target, "id", "") for target in node.targets} <= READABLE_ALIASES
        ):
            report(node, "an alias lupdate cannot follow")
        if not isinstance(node, ast.Call) or id(node) in allowed:
            continue
        name = _name(node.func)
        if name not in ARGUMENTS:
            continue
        context_at, text_at = ARGUMENTS[name]
        needed = [text_at] if context_at is None else [context_at, text_at]
        if not all(len(node.args) > i and _literal(node.args[i]) for i in needed):
            report(node, "a text or context that is not a string literal")
        if name == "tr" and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                report(node, "tr() on something other than self")
    return found


def test_the_walk_finds_each_kind_of_offender() -> None:
    source = (
        "from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP\n"
        "NAMES = {'a': 'A'}\n"
        "class Dialog:\n"
        "    def fine(self):\n"
        "        translate = QCoreApplication.translate\n"
        "        return self.tr('Save'), translate('Ctx', 'Kind'), QT_TRANSLATE_NOOP('labels', 'Other')\n"
        "    def wrong(self, form, key, ctx):\n"
        "        t = QCoreApplication.translate\n"
        "        return (self.tr(NAMES[key]), form.tr('Change'), t('Ctx', 'Alias'),\n"
        "                QCoreApplication.translate(ctx, 'Text'), self.tr(f'{key} rows'))\n"
    )
    found = offenders(Path("dialog.py"), source)
    assert [line.split(": ")[1] for line in found] == [
        "an alias lupdate cannot follow",
        "a text or context that is not a string literal",
        "tr() on something other than self",
        "a text or context that is not a string literal",
        "a text or context that is not a string literal",
    ]
    assert all(":8:" in line or ":9:" in line or ":10:" in line for line in found)


def test_every_translated_text_of_the_gui_is_found_by_lupdate() -> None:
    found = [line for path in GUI for line in offenders(path)]
    assert found == [], "\n".join(found)
