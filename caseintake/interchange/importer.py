"""Reading an interchange file: JSON in, validated cases out, every problem one sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Case
from caseintake.interchange.schema import FORMAT, field_label, parse_case

MAX_FILE_BYTES = 512 * 1024 * 1024


def read_document(path: Path) -> Any:
    if not path.exists():
        raise NotFound(f"There is no file at {path}.", code="import_file_missing", params={"path": path})
    if path.is_dir():
        raise InvalidInput(
            f"{path} is a folder, not an import file.", code="import_is_folder", params={"path": path}
        )
    file = {"file": path.name}
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput(
            f"{path.name} is larger than 512 MB; split it into several files.",
            code="import_too_large",
            params=file,
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a byte-order mark from Windows tools is fine
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not UTF-8 text.", code="import_not_utf8", params=file) from None
    except OSError:
        raise InvalidInput(f"{path.name} cannot be read.", code="import_unreadable", params=file) from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{path.name} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).",
            code="import_not_json",
            params={"file": path.name, "line": exc.lineno, "column": exc.colno},
        ) from None
    except RecursionError:
        raise InvalidInput(
            f"{path.name} is nested too deeply to be an import file.", code="import_too_deep", params=file
        ) from None
    except _RepeatedField as exc:
        raise InvalidInput(
            f"{path.name}: {exc}.",
            code="import_repeated_field",
            params={"file": path.name, "field": exc.field},
        ) from None
    except ValueError as exc:  # a number too long to convert
        raise InvalidInput(
            f"{path.name}: {exc}.", code="import_bad_value", params={"file": path.name, "problem": exc}
        ) from None


_HUGE = 10**19


def _bounded_int(digits: str) -> int:
    """Numbers longer than any field allows stay out of range instead of costing a conversion;
    the field's own range check then names it."""
    return int(digits) if len(digits.lstrip("-")) <= 18 else _HUGE


class _RepeatedField(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"the field {key!r} appears twice in one object")
        self.field = field_label(key)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A repeated field would silently drop one of its values: refuse the file instead."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RepeatedField(key)
        result[key] = value
    return result


def parse_document(document: Any) -> list[Case]:
    if not isinstance(document, dict):
        raise InvalidInput(
            "The file must hold a JSON object with 'format' and 'cases'.", code="import_not_object"
        )
    unknown = sorted(set(document) - {"format", "cases"})
    if unknown:
        label = field_label(unknown[0])
        raise InvalidInput(
            f"{label}: unknown field at the top of the file", field=label, code="unknown_field"
        )
    if document.get("format") != FORMAT:
        raise InvalidInput(
            f"format: must be {FORMAT!r}", field="format", code="format_version", params={"expected": FORMAT}
        )
    cases = document.get("cases")
    if not isinstance(cases, list):
        raise InvalidInput("cases: must be a list", field="cases", code="type")
    parsed: list[Case] = []
    for index, raw in enumerate(cases):
        try:
            parsed.append(parse_case(raw))
        except InvalidInput as exc:
            raise exc.within(f"cases[{index}]", f"case {index}") from None
    return parsed


def read_cases(path: Path) -> list[Case]:
    return parse_document(read_document(path))
