"""The command line is a face over the services (DESIGN §5): it imports nothing below them,
and its own modules import one way, so no command module needs the parser back."""

from __future__ import annotations

import ast
from pathlib import Path

import caseintake.cli

CLI = Path(caseintake.cli.__file__).parent
ALLOWED = (
    "caseintake.cli",
    "caseintake.services",
    "caseintake.domain",
    "caseintake.logging_setup",
    "caseintake.core_dumps",
)


def _imports(path: Path) -> set[str]:
    """Every `caseintake` module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("caseintake")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("caseintake"):
            if node.module == "caseintake":
                found |= {f"caseintake.{alias.name}" for alias in node.names}
            else:
                found.add(node.module)
    return found


def _modules() -> dict[str, set[str]]:
    return {
        "caseintake.cli" + ("" if p.stem == "__init__" else f".{p.stem}"): _imports(p)
        for p in sorted(CLI.glob("*.py"))
    }


def test_the_command_line_reaches_the_core_only_through_services_and_domain() -> None:
    wrong = {
        (module, imported)
        for module, imports in _modules().items()
        for imported in imports
        if imported != "caseintake.__version__"
        and not any(imported == a or imported.startswith(a + ".") for a in ALLOWED)
    }
    assert wrong == set()


def test_the_command_line_modules_import_one_way() -> None:
    graph = {
        module: {i for i in imports if i.startswith("caseintake.cli.")}
        for module, imports in _modules().items()
    }
    assert set().union(*graph.values()) <= set(graph), "an import names a module that does not exist"

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, set()):
            if nxt == target or (nxt not in seen and reaches(nxt, target, seen | {nxt})):
                return True
        return False

    cycles = sorted(module for module in graph if reaches(module, module, {module}))
    assert cycles == []
    back = sorted(m for m, imports in _modules().items() if "caseintake.cli" in imports)
    assert back == [], "a module imports the package, which imports every command"
