"""The GUI's one vocabulary is complete, and every text it shows can be extracted by `lupdate`.

Qt's `lupdate` reads only literal strings: `self.tr(name)` or `translate(ctx, table[code])`
compiles and runs, but its text never reaches a translator. So the source of `caseintake.ui` is
read with `ast`, and the one translation of a looked-up text allowed is `labels._translated`,
whose texts are all literal `QT_TRANSLATE_NOOP("labels", …)` entries (checked here too).
"""

from __future__ import annotations

import ast
import inspect
from enum import StrEnum
from pathlib import Path

import caseintake.ui
from caseintake.domain import codes
from caseintake.domain.audit_actions import AuditAction
from caseintake.ui import labels
from caseintake.ui.labels import ENUMS, LABELS, action_label, choices, label

UI = Path(caseintake.ui.__file__).parent
#: Where the text argument sits in each translating call.
TEXT_ARGUMENT = {"tr": 0, "translate": 1, "QT_TR_NOOP": 0, "QT_TRANSLATE_NOOP": 1}
#: The one call allowed a looked-up text: `labels._translated`, fed only from `LABELS`.
ALLOWED = {("labels.py", "_translated")}


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def unextractable(root: Path) -> list[str]:
    """Translating calls under `root` whose text (or context) is not a string literal."""
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        allowed = {
            id(inner)
            for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef) and (path.name, function.name) in ALLOWED
            for inner in ast.walk(function)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in allowed:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TEXT_ARGUMENT:
                continue
            at = TEXT_ARGUMENT[name]
            if not (len(node.args) > at and all(_is_literal(a) for a in node.args[: at + 1])):
                problems.append(f"{path.relative_to(root.parent)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return sorted(problems)


def test_the_scan_finds_a_translated_variable(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "model.py").write_text(
        "NAMES = {'a': 'A'}\n"
        "def header(self, key):\n"
        "    ok = self.tr('Status') + QCoreApplication.translate('Ctx', 'Kind')\n"
        "    return self.tr(NAMES[key]) + QCoreApplication.translate('Ctx', key)\n"
        "def more(ctx, n):\n"
        "    return QCoreApplication.translate(ctx, 'Text') + tr(f'{n} rows') + QT_TRANSLATE_NOOP('C', n)\n"
    )
    found = unextractable(tmp_path / "ui")
    assert [line.split(": ", 1)[0] for line in found] == ["ui/model.py:4"] * 2 + ["ui/model.py:6"] * 3
    assert not any("'Status'" in line or "'Kind'" in line for line in found)


def test_every_translated_text_in_the_gui_is_a_literal() -> None:
    assert unextractable(UI) == []


def test_labels_are_literal_noop_marks_in_the_labels_context() -> None:
    tree = ast.parse(inspect.getsource(labels))
    marks = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "QT_TRANSLATE_NOOP"
    ]
    assert all(_is_literal(m.args[0]) and ast.literal_eval(m.args[0]) == labels.CONTEXT for m in marks)
    assert all(_is_literal(m.args[1]) for m in marks)
    assert len(marks) == sum(len(table) for table in LABELS.values()), "every label is one literal mark"


def test_labels_are_marked_only_in_the_one_vocabulary() -> None:
    """No second label table grows elsewhere in the GUI."""
    elsewhere = [
        str(path.relative_to(UI))
        for path in sorted(UI.rglob("*.py"))
        if path.name != "labels.py" or path.parent != UI
        if "QT_TRANSLATE_NOOP" in path.read_text(encoding="utf-8")
    ]
    assert elsewhere == []


def test_every_code_of_every_vocabulary_has_a_label() -> None:
    enums_in_codes = {
        obj
        for obj in vars(codes).values()
        if inspect.isclass(obj) and issubclass(obj, StrEnum) and obj is not StrEnum
    }
    assert enums_in_codes - set(ENUMS.values()) == set(), "a vocabulary of domain/codes.py has no labels"
    for vocabulary, enum in ENUMS.items():
        values = {member.value for member in enum}
        assert values - set(LABELS[vocabulary]) == set(), f"codes of {vocabulary} without a label"
        assert set(LABELS[vocabulary]) - values == set(), f"labels of {vocabulary} for no code"


def test_every_audit_action_has_a_label() -> None:
    assert ENUMS["audit_action"] is AuditAction
    for action in AuditAction:
        assert action_label(action) != action.value
        assert action_label(action.value) == action_label(action)


def test_labels_read_as_people_read_them() -> None:
    assert label("status", "in_court") == "In court"
    assert label("hearing_kind", codes.HearingKind.PRE_TRIAL) == "Pre-trial"
    assert action_label("referral.add") == "Referral added"
    assert label("status", "archived_in_2031") == "archived_in_2031"  # a newer code shows as itself
    assert action_label("case.merge") == "case.merge"
    assert label("region", None) == ""
    assert choices("consent")[0] == ("yes", "Yes, counts may include this case")
    assert [code for code, _ in choices("sex")] == ["F", "M", "U"]
