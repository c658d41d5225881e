"""Every action the code writes to the audit log is an `AuditAction`, and every one has a label.

The source is read with `ast`, so a new `session.audit("typo.add", ...)` fails here before it
fails at run time; the writers themselves refuse an unknown action before writing anything.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

import caseintake
from caseintake.domain.audit_actions import AuditAction
from caseintake.storage import audit

SOURCE = Path(caseintake.__file__).parent


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _member(node: ast.AST | None) -> str | None:
    """`AuditAction.X` written as a member: its value, or the name itself when there is no such member."""
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "AuditAction"
    ):
        return AuditAction[node.attr].value if node.attr in AuditAction.__members__ else node.attr
    return None


def _imports_storage_append(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "caseintake.storage.audit"
        and any(alias.name == "append" for alias in node.names)
        for node in ast.walk(tree)
    )


def written_actions(tree: ast.Module) -> list[ast.AST]:
    """The expressions that name an audit action where one is written or chosen for writing.

    `…audit(ACTION, …)` (`Session.audit`), `audit.append(db, user, ACTION, …)` (also imported as
    `append`), `audit.append_many(db, user, [(ACTION, …), …])`, `action=` arguments and defaults
    (`add_cases(…, action="case.create")`) and `…_ACTION = "…"` constants.
    """
    bare_append = _imports_storage_append(tree)
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            on_audit = (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "audit"
            )
            if name == "audit" and node.args:
                found.append(node.args[0])
            elif (on_audit and name == "append") or (
                bare_append and isinstance(func, ast.Name) and name == "append"
            ):
                if len(node.args) > 2:
                    found.append(node.args[2])
            elif on_audit and name == "append_many" and len(node.args) > 2:
                events = node.args[2]
                elements = events.elts if isinstance(events, ast.List | ast.Tuple) else []
                if isinstance(events, ast.ListComp):
                    elements = [events.elt]
                found.extend(e.elts[0] for e in elements if isinstance(e, ast.Tuple) and e.elts)
            if name != "add_argument":  # argparse's action="store_true" is not an audit action
                found.extend(k.value for k in node.keywords if k.arg == "action")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            positional = args.posonlyargs + args.args
            for arg, default in zip(
                positional[len(positional) - len(args.defaults) :], args.defaults, strict=True
            ):
                if arg.arg == "action":
                    found.append(default)
            for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
                if arg.arg == "action" and kw_default is not None:
                    found.append(kw_default)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.endswith("_ACTION") for t in node.targets
        ):
            found.append(node.value)
    return found


def scan(root: Path) -> dict[str, list[str]]:
    """Each action written as a literal or member under `root`, with where it is written."""
    actions: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for expr in written_actions(tree):
            value = _literal(expr) or _member(expr)
            if value is not None:
                actions.setdefault(value, []).append(f"{path.relative_to(root.parent)}:{expr.lineno}")
    return actions


def test_the_scanner_finds_a_misspelt_action(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "service.py").write_text(
        "from caseintake.storage.audit import append\n"
        "def f(session, db, action='case.imprt'):\n"
        "    session.audit('referral.ad', 'referral', 'x', {})\n"
        "    audit.append(db, 'u', 'note.edit', 'note', 'x', {})\n"
        "    append(db, 'u', 'database.creat', 'database', 'x', {})\n"
        "    audit.append_many(db, 'u', [('case.mport', 'case', c, {}) for c in cases])\n"
        "    add(session, action='case.creat')\n"
        "    parser.add_argument('--json', action='store_true')\n"
        "    session.audit(AuditAction.NO_SUCH_MEMBER, 'case', 'x')\n"
        "DEMO_ACTION = 'case.dem'\n"
    )
    found = scan(tmp_path / "pkg")
    assert set(found) == {
        "case.imprt",
        "referral.ad",
        "note.edit",
        "database.creat",
        "case.mport",
        "case.creat",
        "NO_SUCH_MEMBER",
        "case.dem",
    }


def test_every_action_the_code_writes_is_an_audit_action() -> None:
    found = scan(SOURCE)
    assert len(found) >= 25, (
        f"the scan found too few audit actions to be reading the writers: {sorted(found)}"
    )
    unknown = {
        action: where for action, where in found.items() if action not in AuditAction.__members__.values()
    }
    assert unknown == {}, "audit actions missing from AuditAction (or misspelt)"


def test_every_audit_action_is_written_somewhere() -> None:
    """A member no code writes is stale, except the system event an upgrade may write."""
    written = set(scan(SOURCE))
    unused = {member.value for member in AuditAction} - written
    assert unused <= {AuditAction.DATABASE_UPGRADE.value}


def test_every_audit_action_has_a_label() -> None:
    from caseintake.ui.labels import LABELS

    labelled = LABELS["audit_action"]
    assert [a for a in AuditAction if a.value not in labelled] == []
    assert set(labelled) <= set(AuditAction.__members__.values())
    assert all(isinstance(text, str) and text and text != key for key, text in labelled.items())


def test_session_refuses_an_unknown_action_before_writing(store: dict[str, Any]) -> None:
    session = store["sup"]
    before = audit.head(session.db)
    with pytest.raises(ValueError, match=r"referral\.ad"):
        session.audit("referral.ad", "referral", "x", {})
    assert audit.head(session.db) == before
    session.audit(AuditAction.CASE_VIEW, "case", "x", {})
    assert session.db.scalar("SELECT action FROM audit ORDER BY seq DESC LIMIT 1") == "case.view"


def test_storage_refuses_an_unknown_action_in_a_batch(store: dict[str, Any]) -> None:
    db = store["sup"].db
    before = audit.head(db)
    with pytest.raises(ValueError, match=r"case\.imprt"):
        audit.append_many(db, "sup", [("case.import", "case", "a", {}), ("case.imprt", "case", "b", {})])
    assert audit.head(db) == before
    assert audit.verify_chain(db) == []
