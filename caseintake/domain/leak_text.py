"""The text of an output as a reader sees it, for the identity-leak guard.

A reader does not see zero-width characters, does not notice a Cyrillic "а" in "Mаria", reads
"A n g e l i c a" and "Ange-<line break>lica" as one word and "ＭＡＲＩＡ" as "maria". The guard
therefore matches on a *reader view* of the text: NFKC, default-ignorable and format characters
removed, combining marks removed, case folded, confusable letters folded to a Latin skeleton
(the Cyrillic and Greek look-alikes and full-width forms of Unicode TR39), whitespace collapsed,
words hyphenated across a line break joined and letter-spaced words closed up. Each character
of the view remembers where it came from, so a hit can be highlighted in the text as typed.

Pure Python: the PDF, calendar, CSV and clipboard guards and the editor's highlighting all use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Look-alike letters folded to the Latin letter a reader takes them for (after case folding):
# the single-letter Cyrillic and Greek entries of Unicode TR39's confusables, plus a few Latin
# letters with hooks or strokes that NFKD does not decompose.
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j",
    "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ѵ": "v", "ү": "y", "ɡ": "g", "ᴦ": "r",
    "ь": "b", "п": "n", "г": "r", "и": "u", "ц": "u", "л": "n", "ѡ": "w", "ꙅ": "s", "ԍ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ς": "s", "σ": "o", "ϲ": "c",
    "ϳ": "j", "ω": "w",
    # Latin letters a reader reads as the plain letter
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ɑ": "a", "ɩ": "i",
    "ɪ": "i", "ʀ": "r", "ʏ": "y", "ᴀ": "a", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ᴊ": "j", "ᴋ": "k",
    "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ß": "ss",
}  # fmt: skip
# Capitals look like other Latin letters than their small forms (Greek "Μ" is "M", "μ" is "u"):
# they are folded before case folding.
_CAPITAL_CONFUSABLES = {
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ϲ": "c", "Ϳ": "j",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "У": "y", "Х": "x", "І": "i", "Ј": "j", "Ѕ": "s", "Ԁ": "d", "Ԛ": "q", "Ԝ": "w",
}  # fmt: skip
# Invisible characters that NFKC keeps: format controls (category Cf: zero-width space, joiners,
# word joiner, soft hyphen, BOM, bidi controls) are found by category; these are the
# default-ignorables of other categories.
_IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
)
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212\u00ad")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\u0085\u000b\u000c")
# A run of three or more single letters each followed by one space, dot or hyphen: letter-spaced.
_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ .\-]){2,}[^\W\d_](?![^\W\d_])")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character as a reader sees it: '' for invisible ones, else lower-case Latin skeleton."""
    if ch in _IGNORABLE or unicodedata.category(ch) == "Cf":
        return ""
    out = []
    for piece in unicodedata.normalize("NFKC", ch):
        for base in unicodedata.normalize("NFKD", piece):
            if unicodedata.combining(base):
                continue
            if base in _CAPITAL_CONFUSABLES:
                out.append(_CAPITAL_CONFUSABLES[base])
                continue
            for folded in base.casefold():
                out.append(_CONFUSABLES.get(folded, folded))
    return "".join(out)


class ReaderView:
    """The reader's text and, for each of its characters, the index in the original it came from.

    The index map of plain ASCII text is built only when asked for (a hit, a capital to check):
    most documents have no hit, and the map is most of the cost of reading them.
    """

    __slots__ = ("_build", "_cased", "_origin", "source", "text")

    def __init__(
        self, text: str, origin: list[int] | Callable[[], list[int]], source: str, cased: str | None = None
    ) -> None:
        self.text = text
        self.source = source
        self._cased = cased  # `text` before case folding, where it has the same positions
        self._origin: list[int] | None = origin if isinstance(origin, list) else None
        self._build = None if isinstance(origin, list) else origin

    @property
    def origin(self) -> list[int]:
        if self._origin is None:
            if self._build is None:  # pragma: no cover - every view has one or the other
                raise ValueError("a reader view without an index map")
            self._origin = self._build()
        return self._origin

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the view's [start, end)."""
        origin = self.origin
        return origin[start], origin[end - 1] + 1

    @property
    def has_case_text(self) -> bool:
        return self._cased is not None

    def original_case(self, start: int, end: int) -> str:
        """The word at view [start, end) with the capitals it was typed with (letters may be
        stand-ins: only upper or lower case counts)."""
        if self._cased is not None:
            return self._cased[start:end]
        return "".join(self.source[i] for i in self.origin[start:end])

    def small(self, start: int) -> bool:
        """Whether the original character behind view position `start` is lower case."""
        if self._cased is not None:
            return self._cased[start].islower()
        return self.source[self.origin[start]].islower()

    def capitalised(self, start: int) -> bool:
        """Whether the original character behind view position `start` is upper case."""
        if self._cased is not None:
            return self._cased[start].isupper()
        return self.source[self.origin[start]].isupper()


def _hyphen_break_end(text: str, index: int) -> int | None:
    """If text[index] is a hyphen ending a line inside a word, where the word goes on; else None."""
    if index == 0 or not text[index - 1].isalpha():
        return None
    cursor = index + 1
    saw_break = False
    while cursor < len(text) and text[cursor].isspace():
        saw_break = saw_break or text[cursor] in _LINE_BREAKS
        cursor += 1
    if saw_break and cursor < len(text) and text[cursor].isalpha():
        # "-versus-<break>CATHERINE" starts a new word; "Ange-<break>lica", "ANGE-<break>LICA" go on.
        if text[index - 1].islower() and text[cursor].isupper():
            return None
        return cursor
    return None


_NON_SPACE = re.compile(r"\S+")
_HYPHEN_BREAK = re.compile(
    r"([^\W\d_])[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*?[\n\r\u2028\u2029\u0085\x0b\x0c]\s*(?=([^\W\d_]))"
)


def _has_hyphen_break(text: str) -> bool:
    """A word hyphenated at the end of a line ("Ange-/lica"), not "-versus-/CATHERINE". The
    next line's first letter is looked at, not taken, so a break right after a "-versus-" one
    ("é-/B-/a") is still seen, as `_hyphen_break_end` sees it."""
    return any(not (m.group(1).islower() and m.group(2).isupper()) for m in _HYPHEN_BREAK.finditer(text))


_ASCII_HYPHEN_BREAK = re.compile(
    r"(?:(?<=[a-z])-\s*?[\r\n\x0b\x0c]\s*(?=[a-z])|(?<=[A-Z])-\s*?[\r\n\x0b\x0c]\s*(?=[A-Za-z]))"
)


def _ascii_view(text: str) -> tuple[str, list[int]]:
    """The reader view of plain ASCII text, a run of non-space characters at a time."""
    pieces: list[str] = []
    origin: list[int] = []
    segment_start = 0
    breaks = [(m.start(), m.end()) for m in _ASCII_HYPHEN_BREAK.finditer(text)]
    for segment_end, resume in [*breaks, (len(text), len(text))]:
        glued = segment_start > 0  # the word goes on after a hyphen at the end of a line
        for match in _NON_SPACE.finditer(text, segment_start, segment_end):
            start, end = match.span()
            if pieces and not (glued and start == segment_start):
                pieces.append(" ")
                origin.append(start - 1)
            glued = False
            pieces.append(text[start:end].lower())
            origin.extend(range(start, end))
        segment_start = resume
    return "".join(pieces), origin


def reader_view(text: str) -> ReaderView:
    if text.isascii() and not _ASCII_HYPHEN_BREAK.search(text):
        cased = " ".join(text.split())
        joined = cased.lower()
        if not _SPACED.search(joined):
            return ReaderView(joined, lambda: _ascii_view(text)[1], text, cased)
    if not text.isascii() and not _has_hyphen_break(text):
        view = _translated_view(text)
        if view is not None:
            return view
    joined, origin = _ascii_view(text) if text.isascii() else _general_view(text)
    return _close_letter_spacing(joined, origin, text)


def _case_flag(ch: str) -> str:
    """A stand-in with the same case as `ch`: only whether a letter is a capital is read."""
    if ch.isupper():
        return "A"
    return "a" if ch.isalpha() else "."


def _translated_view(text: str) -> ReaderView | None:
    """The reader view of text with a few accents or dashes, each replaced by its reading (a
    regular expression finds them: far quicker than `str.translate` over a long document);
    the index map is built (a character at a time) only if asked for. None when letter-spacing
    needs closing, which needs the map."""
    table = {ch: _fold_char(ch) for ch in set(text) if ord(ch) > 127}
    others = re.compile("[" + re.escape("".join(table)) + "]")
    joined = " ".join(others.sub(lambda m: table[m.group()], text).lower().split())
    if _SPACED.search(joined):
        return None
    cased: str | None = None
    if all(len(v) == 1 and not v.isspace() for k, v in table.items() if not k.isspace()):
        flags = {k: " " if k.isspace() else _case_flag(k) for k in table}
        cased = " ".join(others.sub(lambda m: flags[m.group()], text).split())
    return ReaderView(joined, lambda: _general_view(text)[1], text, cased)


def _general_view(text: str) -> tuple[str, list[int]]:
    """The reader view of any text, a character at a time."""
    chars: list[str] = []
    origin: list[int] = []
    index = 0
    length = len(text)
    while index < length:
        ch = text[index]
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                origin.append(index)
            index += 1
            continue
        if ch in _HYPHENS:
            resume = _hyphen_break_end(text, index)
            if resume is not None:
                index = resume
                continue
        folded = ch if ("a" <= ch <= "z" or "0" <= ch <= "9") else _fold_char(ch)
        if "A" <= ch <= "Z":
            folded = ch.lower()
        for piece in folded:
            if piece.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    origin.append(index)
                continue
            chars.append(piece)
            origin.append(index)
        index += 1
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return "".join(chars), origin


def _close_letter_spacing(joined: str, origin: list[int], text: str) -> ReaderView:
    if _SPACED.search(joined):
        keep = [True] * len(joined)
        for match in _SPACED.finditer(joined):
            for position in range(match.start() + 1, match.end(), 2):
                keep[position] = False
        joined = "".join(c for c, k in zip(joined, keep, strict=True) if k)
        origin = [o for o, k in zip(origin, keep, strict=True) if k]
    return ReaderView(joined, origin, text)


def word_set(text: str) -> frozenset[str]:
    """Word lists written as one string of words."""
    return frozenset(text.split())


def fold(text: str) -> str:
    """The reader view's text alone (for vault values and allowed words)."""
    if text.isascii():  # the common case, without the per-character walk
        joined = " ".join(_ASCII_HYPHEN_BREAK.sub("", text).lower().split())
        if not _SPACED.search(joined):
            return joined
    return reader_view(text).text
