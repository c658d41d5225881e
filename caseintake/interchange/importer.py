"""Reading an interchange file: JSON in, validated cases out one by one, every problem one sentence.

The file is read in chunks and each case is decoded, checked and handed on before the next one is
read, so memory stays flat whatever the file's size (`CaseStream`). What is accepted and refused
is DESIGN §7's, as it was when the whole document was loaded at once; a problem found part-way
stops the stream with the same sentence, and the caller's transaction undoes what went before.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Case
from caseintake.interchange.schema import FORMAT, field_label, parse_case

MAX_FILE_BYTES = 512 * 1024 * 1024
#: Bytes read at a time; a case longer than this is read in several reads.
CHUNK_BYTES = 64 * 1024
#: A decoding error this close to the end of what was read may only mean the value goes on.
_CUT_MARGIN = 16
_SPACE = " \t\n\r"


def _checked_path(path: Path) -> None:
    if not path.exists():
        raise NotFound(f"There is no file at {path}.", code="import_file_missing", params={"path": path})
    if path.is_dir():
        raise InvalidInput(
            f"{path} is a folder, not an import file.", code="import_is_folder", params={"path": path}
        )
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput(
            f"{path.name} is larger than 512 MB; split it into several files.",
            code="import_too_large",
            params={"file": path.name},
        )


def _not_json(name: str, problem: str, line: int, column: int) -> InvalidInput:
    return InvalidInput(
        f"{name} is not valid JSON ({problem} at line {line}, column {column}).",
        code="import_not_json",
        params={"file": name, "line": line, "column": column},
    )


def _bad_value(name: str, exc: BaseException) -> InvalidInput:
    """A decoding problem that is not a syntax error, as one sentence."""
    if isinstance(exc, RecursionError):
        return InvalidInput(
            f"{name} is nested too deeply to be an import file.",
            code="import_too_deep",
            params={"file": name},
        )
    if isinstance(exc, _RepeatedField):
        return InvalidInput(
            f"{name}: {exc}.", code="import_repeated_field", params={"file": name, "field": exc.field}
        )
    # a number too long to convert
    return InvalidInput(f"{name}: {exc}.", code="import_bad_value", params={"file": name, "problem": exc})


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


_DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_int=_bounded_int)


def _not_object() -> InvalidInput:
    return InvalidInput(
        "The file must hold a JSON object with 'format' and 'cases'.", code="import_not_object"
    )


def _unknown_top_field(key: str) -> InvalidInput:
    label = field_label(key)
    return InvalidInput(f"{label}: unknown field at the top of the file", field=label, code="unknown_field")


def _wrong_format() -> InvalidInput:
    return InvalidInput(
        f"format: must be {FORMAT!r}", field="format", code="format_version", params={"expected": FORMAT}
    )


def _not_a_list() -> InvalidInput:
    return InvalidInput("cases: must be a list", field="cases", code="type")


def _parsed(raw: Any, index: int) -> Case:
    try:
        return parse_case(raw)
    except InvalidInput as exc:
        raise exc.within(f"cases[{index}]", f"case {index}") from None


def parse_document(document: Any) -> list[Case]:
    if not isinstance(document, dict):
        raise _not_object()
    unknown = sorted(set(document) - {"format", "cases"})
    if unknown:
        raise _unknown_top_field(unknown[0])
    if document.get("format") != FORMAT:
        raise _wrong_format()
    cases = document.get("cases")
    if not isinstance(cases, list):
        raise _not_a_list()
    return [_parsed(raw, index) for index, raw in enumerate(cases)]


class _JsonText:
    """The file's text as it is read: JSON values decoded one at a time from a moving window.

    Only the window (a chunk, or one value longer than a chunk) is held. Positions in error
    messages count lines and columns from the start of the file, as a whole-file decode does."""

    def __init__(self, file: IO[bytes], name: str) -> None:
        self._file = file
        self.name = name
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self.text = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self._line = 1  # line and column of text[0] in the file
        self._column = 1

    def more(self) -> None:
        """Drop what was decoded, and read on: at least a chunk, more for a long value."""
        done = self.text[: self.pos]
        lines = done.count("\n")
        if lines:
            self._line += lines
            self._column = len(done) - done.rindex("\n")
        else:
            self._column += len(done)
        self.text = self.text[self.pos :]
        self.pos = 0
        try:
            data = self._file.read(max(CHUNK_BYTES, len(self.text)))
            self.bytes_read += len(data)
            self.text += self._utf8.decode(data, final=not data)
        except UnicodeDecodeError:
            raise InvalidInput(
                f"{self.name} is not UTF-8 text.", code="import_not_utf8", params={"file": self.name}
            ) from None
        except OSError:
            raise InvalidInput(
                f"{self.name} cannot be read.", code="import_unreadable", params={"file": self.name}
            ) from None
        self.eof = not data

    def syntax_error(self, problem: str, pos: int) -> InvalidInput:
        lines = self.text.count("\n", 0, pos)
        column = pos - self.text.rindex("\n", 0, pos) if lines else self._column + pos
        return _not_json(self.name, problem, self._line + lines, column)

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end of the file."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _SPACE:
                pos += 1
            self.pos = pos
            if pos < len(text) or self.eof:
                return text[pos] if pos < len(text) else ""
            self.more()

    def take(self, expected: str, problem: str) -> None:
        if self.peek() != expected:
            raise self.syntax_error(problem, self.pos)
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value, read on until it is whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(self.text) - _CUT_MARGIN
                if self.eof or not cut:
                    raise self.syntax_error(exc.msg, exc.pos) from None
                self.more()
                continue
            except (RecursionError, ValueError) as exc:
                raise _bad_value(self.name, exc) from None
            if end >= len(self.text) and not self.eof:  # a number may go on in the next chunk
                self.more()
                continue
            self.pos = end
            return value

    def items(self) -> Iterator[Any]:
        """The values of the array that starts here, one by one."""
        self.take("[", "Expecting value")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.take("]", "Expecting ',' delimiter")
            return


class CaseStream:
    """The cases of an interchange file, decoded and checked one at a time.

    Iterate once. A problem anywhere (the JSON, the document's shape, any case) raises one
    `InvalidInput` sentence when the reading reaches it, naming the case's position and field as
    `parse_document` does; nothing was written by this class, so the caller's transaction decides
    what is undone. `position` and `size` (bytes) measure progress.
    """

    def __init__(self, path: Path) -> None:
        _checked_path(path)
        self.path = path
        self.size = path.stat().st_size
        self.cases_read = 0
        self._text: _JsonText | None = None

    @property
    def position(self) -> int:
        return 0 if self._text is None else self._text.bytes_read

    def __iter__(self) -> Iterator[Case]:
        try:
            file = self.path.open("rb")
        except OSError:
            name = self.path.name
            raise InvalidInput(
                f"{name} cannot be read.", code="import_unreadable", params={"file": name}
            ) from None
        with file:
            self._text = _JsonText(file, self.path.name)
            yield from self._document(self._text)

    def _document(self, text: _JsonText) -> Iterator[Case]:
        first = text.peek()
        if first != "{":
            if first == "[":  # read through, item by item, so a syntax error is still named
                for _ in text.items():
                    pass
            else:
                text.value()
            self._end(text)
            raise _not_object()
        text.pos += 1
        seen: set[str] = set()
        format_given: Any = None
        cases_given = False
        if text.peek() == "}":
            text.pos += 1
        else:
            while True:
                if text.peek() != '"':
                    raise text.syntax_error("Expecting property name enclosed in double quotes", text.pos)
                key = text.value()
                text.take(":", "Expecting ':' delimiter")
                if key in seen:
                    raise _bad_value(text.name, _RepeatedField(key))
                seen.add(key)
                if key not in ("format", "cases"):
                    raise _unknown_top_field(key)
                if key == "format":
                    format_given = text.value()
                    if format_given != FORMAT:
                        raise _wrong_format()
                elif text.peek() == "[":  # a format given after the cases is checked at the end
                    cases_given = True
                    for raw in text.items():
                        yield _parsed(raw, self.cases_read)
                        self.cases_read += 1
                else:
                    text.value()
                    raise _not_a_list()
                if text.peek() == ",":
                    text.pos += 1
                    continue
                text.take("}", "Expecting ',' delimiter")
                break
        self._end(text)
        if format_given != FORMAT:
            raise _wrong_format()
        if not cases_given:
            raise _not_a_list()

    @staticmethod
    def _end(text: _JsonText) -> None:
        if text.peek():
            raise text.syntax_error("Extra data", text.pos)


def read_cases(path: Path) -> list[Case]:
    """Every case of a file at once (small files and tests; imports iterate a `CaseStream`)."""
    return list(CaseStream(path))
