"""Where the core makes its errors, read from the source: each error's code and params.

`tests/unit/test_error_codes.py` holds the rules; this module only reads. A construction is a
call of a `CaseintakeError` class (`NotFound(...)`, `InvalidInput.at(...)`). Its code is a
literal, a choice of literals (`"a" if x else "b"`), a local name set only to literals, a copy
of another error's code (`exc.code`), a call of a known code family (`denied_code(action)`), or
a parameter of the function it is in: then every call of that function in the core must pass
one of those (its default counts when the call leaves it out), and so on up. Params are read
the same way and paired with the code they came with.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import caseintake
from caseintake.domain.errors import CaseintakeError

PACKAGE = Path(caseintake.__file__).parent
CORE = ("services", "domain", "storage", "interchange", "stats", "reports")

#: A code that is copied from another error (`exc.code`): that error was checked where it was made.
COPY = "<copy>"


@dataclass(frozen=True)
class Made:
    """One code a construction can carry, with the params it comes with."""

    where: str  # "services/cases.py:61"
    error: str  # the class's name, or "InvalidInput.at"
    code: str | None  # None: no code (a failure of the rules)
    params: frozenset[str] | None  # None: not readable as a literal
    field: bool  # an InvalidInput naming a field: worded by the field's label and the code
    problem: str = ""  # why this site breaks the rules, if it does


def error_classes() -> dict[str, type[CaseintakeError]]:
    """Every CaseintakeError class of the application, by name (all modules imported)."""
    for info in pkgutil.walk_packages([str(PACKAGE)], "caseintake."):
        if ".ui" in info.name or info.name.endswith((".app", ".__main__")):
            continue
        importlib.import_module(info.name)
    found: dict[str, type[CaseintakeError]] = {}
    todo: list[type[CaseintakeError]] = [CaseintakeError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _text(node: ast.expr | None) -> str | None:
    """A string literal's text, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_str(node: ast.expr | None) -> bool:
    return _text(node) is not None


@dataclass
class _Function:
    node: ast.FunctionDef | ast.AsyncFunctionDef
    path: str
    cls: str | None  # the class it is a method of

    @property
    def params(self) -> list[ast.arg]:
        args = self.node.args
        every = [*args.posonlyargs, *args.args]
        if self.cls is not None and every and every[0].arg in ("self", "cls"):
            every = every[1:]
        return [*every, *args.kwonlyargs]

    def default(self, name: str) -> ast.expr | None:
        args = self.node.args
        positional = [*args.posonlyargs, *args.args]
        for arg, value in zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True):
            if arg.arg == name:
                return value
        for arg, kw_value in zip(args.kwonlyargs, args.kw_defaults, strict=True):
            if arg.arg == name:
                return kw_value
        return None


@dataclass(frozen=True)
class _Value:
    """An expression to read in the context of a function (None: at module level)."""

    expr: ast.expr | None
    function: _Function | None


class Scan:
    def __init__(
        self,
        root: Path,
        packages: tuple[str, ...],
        classes: set[str],
        families: dict[str, set[str]],
        carriers: set[str],
    ) -> None:
        self.classes = classes
        self.families = families
        self.carriers = carriers
        self.functions: list[_Function] = []
        self.calls: list[tuple[ast.Call, _Function | None, str]] = []
        for package in packages:
            for path in sorted((root / package).rglob("*.py")):
                tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
                self._walk(tree, None, None, str(path.relative_to(root)))

    def _walk(self, node: ast.AST, function: _Function | None, cls: str | None, path: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._walk(child, function, child.name, path)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = _Function(child, path, cls)
                self.functions.append(inner)
                self._walk(child, inner, None, path)
            else:
                if isinstance(child, ast.Call):
                    self.calls.append((child, function, path))
                self._walk(child, function, cls, path)

    # -- what a call makes ---------------------------------------------------------------

    def constructions(self) -> Iterator[tuple[ast.Call, _Function | None, str, str]]:
        """(call, function, path, what): every call that makes an error."""
        for call, function, path in self.calls:
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "at" and _name(func.value) == "InvalidInput":
                yield call, function, path, "InvalidInput.at"
            elif isinstance(func, ast.Name | ast.Attribute) and _name(func) in self.classes | self.carriers:
                yield call, function, path, _name(func)
            elif _name(func) == "__init__" and function is not None and self._in_error_class(function):
                yield call, function, path, "__init__"

    def _in_error_class(self, function: _Function) -> bool:
        return function.cls in self.classes and function.node.name == "__init__"

    def made(self, defaults: dict[str, str | None]) -> list[Made]:
        found: list[Made] = []
        for call, function, path, what in self.constructions():
            where = f"{path}:{call.lineno}"
            field = False
            if what == "InvalidInput.at":
                code = _argument(call, 2, "code")
                params = _argument(call, 3, "params")
                first = _argument(call, 0, "field")
                field = _text(first) != ""
            else:
                code = _keyword(call, "code")
                params = _keyword(call, "params")
                given = _keyword(call, "field")
                field = given is not None and _text(given) != ""
            if what == "__init__":
                assert function is not None
                if code is None or (isinstance(code, ast.Name) and code.id in _names(function.params)):
                    continue  # a constructor passing on its caller's code: checked where it is called
            if code is None:
                default = defaults.get(what)
                if what in self.carriers:
                    continue  # a carrier without a code carries no error (a passphrase judged fine)
                if default is None:
                    found.append(
                        Made(where, what, None, None, field, "no code= and the class has no default_code")
                    )
                continue  # the class's default code; its params come from its __init__
            for code_value, params_value, problem in self._pairs(
                _Value(code, function), _Value(params, function), 0
            ):
                found.append(Made(where, what, code_value, params_value, field, problem))
        return found

    # -- reading a code and its params ---------------------------------------------------

    def _pairs(
        self, code: _Value, params: _Value, depth: int
    ) -> Iterator[tuple[str | None, frozenset[str] | None, str]]:
        if depth > 6:
            yield None, None, "passed on through too many functions"
            return
        codes, code_forward = self._codes(code)
        keys, params_forward = self._params(params)
        if code_forward is None and params_forward is None:
            for value in codes:
                for key_set in keys:
                    yield value, key_set, ""
            return
        function = code.function if code_forward is not None else params.function
        assert function is not None
        for value in codes:  # the literal branches of an `or` beside a passed-on code
            for key_set in keys:
                yield value, key_set, ""
        callers = list(self._callers(function))
        if not callers:
            return
        for call, caller in callers:
            next_code = self._passed(call, function, code_forward, caller) if code_forward else code
            next_params = self._passed(call, function, params_forward, caller) if params_forward else params
            yield from self._pairs(next_code, next_params, depth + 1)

    def _codes(self, value: _Value) -> tuple[list[str | None], str | None]:
        """(codes read here, the parameter it is passed on from, if any)."""
        node, function = value.expr, value.function
        if node is None:
            return [None], None
        text = _text(node)
        if text is not None:
            return ([text] if text else []), None
        if isinstance(node, ast.Constant) and node.value is None:
            return [], None
        if isinstance(node, ast.IfExp):
            left, _ = self._codes(_Value(node.body, function))
            right, _ = self._codes(_Value(node.orelse, function))
            if all(_is_str(n) for n in (node.body, node.orelse)):
                return left + right, None
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            codes: list[str | None] = []
            forward: str | None = None
            for operand in node.values:
                found, passed = self._codes(_Value(operand, function))
                codes += found
                forward = forward or passed
            return codes, forward
        if isinstance(node, ast.Attribute) and node.attr == "code":
            return [COPY], None
        if isinstance(node, ast.Call) and _name(node.func) in self.families:
            return list(sorted(self.families[_name(node.func)])), None
        if isinstance(node, ast.Name) and function is not None:
            if node.id in _names(function.params):
                return [], node.id
            assigned = _assignments(function, node.id)
            if assigned and all(_is_str(a) or isinstance(a, ast.IfExp) for a in assigned):
                codes = []
                for expr in assigned:
                    codes += self._codes(_Value(expr, function))[0]
                return codes, None
        return [None], None

    def _params(self, value: _Value) -> tuple[list[frozenset[str] | None], str | None]:
        node, function = value.expr, value.function
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return [frozenset()], None
        if isinstance(node, ast.Dict):
            keys = [_text(k) for k in node.keys]
            if all(k is not None for k in keys):
                return [frozenset(k for k in keys if k is not None)], None
            return [None], None
        if isinstance(node, ast.Attribute) and node.attr == "params":
            return [frozenset({COPY})], None
        if isinstance(node, ast.Name) and function is not None:
            if node.id in _names(function.params):
                return [], node.id
            assigned = _assignments(function, node.id)
            if assigned and all(isinstance(a, ast.Dict) for a in assigned):
                found: list[frozenset[str] | None] = []
                for expr in assigned:
                    found += self._params(_Value(expr, function))[0]
                return found, None
            if assigned:  # built another way (a copy shifted, say): only a copied code may do that
                return [frozenset({COPY})], None
        return [None], None

    def _callers(self, function: _Function) -> Iterator[tuple[ast.Call, _Function | None]]:
        name = function.node.name
        for call, caller, _path in self.calls:
            if _name(call.func) == name:
                yield call, caller

    def _passed(self, call: ast.Call, function: _Function, param: str, caller: _Function | None) -> _Value:
        names = _names(function.params)
        index = names.index(param)
        positional = [p.arg for p in function.params if p not in function.node.args.kwonlyargs]
        if param in positional and index < len(call.args):
            return _Value(call.args[index], caller)
        for keyword in call.keywords:
            if keyword.arg == param:
                return _Value(keyword.value, caller)
        return _Value(function.default(param), None)


def _names(params: list[ast.arg]) -> list[str]:
    return [p.arg for p in params]


def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    if index < len(call.args):
        return call.args[index]
    return _keyword(call, name)


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _assignments(function: _Function, name: str) -> list[ast.expr]:
    found: list[ast.expr] = []
    for node in ast.walk(function.node):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            found.append(node.value)
    return found


def default_codes(classes: dict[str, type[CaseintakeError]]) -> dict[str, str | None]:
    return {name: cls.default_code for name, cls in classes.items()}


def scan(
    root: Path = PACKAGE,
    packages: tuple[str, ...] = CORE,
    classes: dict[str, type[CaseintakeError]] | None = None,
    families: dict[str, set[str]] | None = None,
    carriers: set[str] | None = None,
) -> list[Made]:
    """Every code the core's errors can carry. `families` are functions that make a code
    (`denied_code`) with every code each can make; `carriers` are other classes that carry a
    code into an error (`PassphraseVerdict`)."""
    classes = error_classes() if classes is None else classes
    made = Scan(root, packages, set(classes), families or {}, carriers or set()).made(default_codes(classes))
    # A class with a default code raised without one carries that code, with the params its
    # own __init__ gives it (read above as an "__init__" construction with that code).
    for name, cls in classes.items():
        default = cls.default_code
        if default is None or not inspect.getmodule(cls):
            continue
        if not any(m.code == default for m in made):
            made.append(Made(f"{name}.default_code", name, default, frozenset(), False))
    return made
