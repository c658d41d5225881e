"""Where an output could name a protected person: every candidate term of a text, in one pass.

The guard never keeps vault values in the clear outside the identity vault: what it knows of the
office is a set of keyed digests of *canonical terms* (see `leak_terms`). To check a text it
lists the canonical terms the text could contain, at every position, digests them and looks each
digest up. The listing is linear in the text: a fixed number of candidates per word.

Canonical terms, one namespace each:

- ``w:`` letters and digits of one to three consecutive words, joined without separators, so
  "Dela Cruz", "Delacruz", "DelaCruz", "de la Cruz" and "Dela-Cruz" are one term, as are
  "Jun-Jun", "Junjun" and "Jun Jun". Inside a username-like word ("angelica2012",
  "@junjun_delacruz", "xXAngelicaXx") every stretch of four or more letters is a candidate too.
- ``c:`` a short or ordinary word that is also a name part ("Sy", "Uy", "Go", "Ang", "Grace"):
  a candidate only as a capitalised word in a name context (after a title, before "family" or
  "household", or next to another name part).
- ``d:`` a date, YYYYMMDD, from every common English and Filipino written form.
- ``p:`` seven to ten consecutive digits of a telephone number, whatever separates them.
- ``e:`` an e-mail address.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from caseintake.domain.leak_text import ReaderView, reader_view, word_set

MAX_WINDOW = 3  # words joined into one candidate
MAX_GAP = 4  # characters of punctuation and space allowed between the words of a value
MIN_SUBSTRING = 4  # letters of a name part found inside a username-like word

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero ene",
        "february feb febr pebrero peb febrero",
        "march mar marso marzo",
        "april apr abril",
        "may mayo",
        "june jun hunyo junio",
        "july jul hulyo julio",
        "august aug agosto ago",
        "september sep sept setyembre septiyembre septyembre setiembre set",
        "october oct oktubre octubre okt",
        "november nov nobyembre noviembre",
        "december dec disyembre diciembre dis",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

TITLES = word_set(
    "mr mrs ms miss mx dr atty engr hon fr sr sis bro gng g bb ginang ginoo binibini mang aling "
    "kuya ate manong manang nanay tatay lola lolo tita tito tiya tiyo inday dodong nong nang"
)
FAMILY_WORDS = word_set(
    "family household home house residence clan siblings children kids pamilya familia balay"
)

_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _trie(words: list[str]) -> str:
    """One regular expression for a set of words, as a trie: each position of a long text fails
    after a letter or two instead of trying every month name in turn."""
    if not words or words == [""]:
        return ""
    branches = []
    optional = "" in words
    for first in sorted({w[0] for w in words if w}):
        rest = _trie([w[1:] for w in words if w and w[0] == first])
        branches.append(first + rest)
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + ("?" if optional else "")


_MONTH = _trie(sorted(MONTHS))
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(\d{4}|\d{2})(?!\d)"
_DATE_FORMS = (
    # July 19, 2012 / Jul. 19 2012 / Hulyo 19, 2012
    re.compile(rf"(?=({_MONTH})\.? ?(\d{{1,2}}){_ORD} ?[,.]? ?{_YEAR})"),
    # 19 July 2012 / the 19th of July, 2012 / ika-19 ng Hulyo 2012 / 19-Jul-2012
    re.compile(
        rf"(?<!\d)(?=(\d{{1,2}}){_ORD} ?[-/.,]? ?(?:(?:day )?of |ng |sa )?({_MONTH})(?![a-z])\.? ?"
        rf"[-/.,]? ?(?:of |sa |ng )?{_YEAR})"
    ),
    # 2012 July 19 / 2012-Jul-19
    re.compile(rf"(?<!\d)(?=(\d{{4}}) ?[-/.,]? ?({_MONTH})(?![a-z])\.? ?[-/.,]? ?(\d{{1,2}})(?!\d))"),
)
# Inside a look-ahead, so that overlapping dates ("… 2012 19/07/2012") are all read.
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?=(\d{1,4}) ?[-/._,\u2013\u2014 ] ?(\d{1,2}) ?[-/._,\u2013\u2014 ] ?(\d{2,4})(?!\d))"
)
_COMPACT_DATE = re.compile(r"(?<!\d)(\d{8}|\d{6})(?!\d)")
# A run of digits (with "O" read as zero after the first) and any separators; it may follow a
# word directly ("Bautista0917..."), but an "O" starts one only as a word of its own.
_PHONE = re.compile(r"(?<!\d)(?:[+(\[]|(?<![a-z])o)?\d(?:[ .\-\u2013\u2014/_,()\[\]\u00a0]{0,3}[\do]){5,}")
_EMAIL = re.compile(r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # in the reader view
    end: int
    term: str  # canonical, with its namespace


def _years(text: str) -> list[int]:
    year = int(text)
    if len(text) == 4:
        return [year] if 1900 <= year <= 2100 else []
    return [2000 + year, 1900 + year]


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).strftime("d:%Y%m%d")
    except ValueError:
        return None


_DIGITS = re.compile(r"\d+")
_REACH = 40  # characters a date or a number reaches from its digits ("the 19th day of July")


def _near_digits(view: str) -> list[tuple[int, int]]:
    """Stretches of the text around its digits: every date and telephone number has some, so
    the costlier patterns need not look anywhere else in a long document."""
    windows: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(view):
        start, end = max(0, match.start() - _REACH), min(len(view), match.end() + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _find(pattern: re.Pattern[str], view: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for start, end in windows:
        yield from pattern.finditer(view, start, end)


def date_terms(view: str, windows: list[tuple[int, int]] | None = None) -> Iterator[Candidate]:
    """Every (year, month, day) a reader could take from a date written in the text."""
    windows = _near_digits(view) if windows is None else windows
    for form_index, form in enumerate(_DATE_FORMS):
        for match in _find(form, view, windows):
            if match.group(2 if form_index == 1 else 1 + (form_index == 2)) not in MONTHS:
                continue
            if form_index == 0:
                month, day, years = MONTHS[match.group(1)], int(match.group(2)), _years(match.group(3))
            elif form_index == 1:
                day, month, years = int(match.group(1)), MONTHS[match.group(2)], _years(match.group(3))
            else:
                years, month, day = _years(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
            for year in years:
                term = _day(year, month, day)
                if term:
                    yield Candidate(match.start(1), match.end(3), term)
    for match in _find(_NUMERIC_DATE, view, windows):
        a, b, c = match.groups()
        readings: list[tuple[int, int, int]] = []
        spaced = not view[match.end(1) : match.start(3)].replace(b, "").strip()
        if spaced and len(c) == 2 and len(a) <= 2:
            continue  # "10 8 11" in a table of counts; "19 07 2012" is still a date
        if len(a) == 4:
            readings += [(int(a), int(b), int(c))] if len(c) <= 2 else []
        elif len(c) >= 2 and len(a) <= 2:
            for year in _years(c) if len(c) in (2, 4) else []:
                readings += [(year, int(b), int(a)), (year, int(a), int(b))]
        for year, month, day in readings:
            term = _day(year, month, day)
            if term:
                yield Candidate(match.start(1), match.end(3), term)
    for match in _find(_COMPACT_DATE, view, windows):
        digits = match.group(1)
        if len(digits) == 8:
            readings = [
                (int(digits[:4]), int(digits[4:6]), int(digits[6:])),
                (int(digits[4:]), int(digits[2:4]), int(digits[:2])),
                (int(digits[4:]), int(digits[:2]), int(digits[2:4])),
            ]
        else:
            readings = [(year, int(digits[2:4]), int(digits[4:])) for year in _years(digits[:2])] + [
                (year, int(digits[2:4]), int(digits[:2])) for year in _years(digits[4:])
            ]
        for year, month, day in readings:
            term = _day(year, month, day)
            if term:
                yield Candidate(match.start(), match.end(), term)


def phone_terms(view: str, windows: list[tuple[int, int]] | None = None) -> Iterator[Candidate]:
    """Every stretch of 7 to 10 digits of every number-like run ("O" read as zero)."""
    windows = _near_digits(view) if windows is None else windows
    for match in _find(_PHONE, view, windows):
        digits = "".join("0" if ch == "o" else ch for ch in match.group() if ch.isdigit() or ch == "o")
        if sum(ch.isdigit() for ch in match.group()) < 6:
            continue
        seen: set[str] = set()
        for size in range(7, 11):
            for start in range(len(digits) - size + 1):
                piece = digits[start : start + size]
                if piece not in seen:
                    seen.add(piece)
                    yield Candidate(match.start(), match.end(), "p:" + piece)


def _mixed_case(original: str) -> bool:
    """Capitals inside a word ("DelaCruz", "xXAngelicaXx"), not "Maria" or "MARIA"."""
    return not (original.islower() or original.isupper() or original.istitle())


def _username_like(view: ReaderView, start: int, end: int) -> bool:
    """A word glued to digits, underscores or '@': a handle, whose letters may hide a name
    anywhere ("iloveangelica2012"). A camel-cased word is read by its pieces instead."""
    text = view.text
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before in "@_" or before.isdigit() or after in "@_" or after.isdigit()


def _camel_pieces(view: ReaderView, start: int, end: int) -> list[tuple[int, int]]:
    """A word split where the original turns from lower to upper case ("MabiniMaria")."""
    upper, small = view.capitalised, view.small
    # "MabiniMaria" and "XAngelica": before a capital after a small letter, and before the last
    # capital of a run of capitals followed by a small letter.
    cuts = [
        k
        for k in range(start + 1, end)
        if upper(k) and (small(k - 1) or (upper(k - 1) and k + 1 < end and small(k + 1)))
    ]
    return list(itertools.pairwise([start, *cuts, end]))


_CAPITAL_INSIDE = re.compile(r"(?<![^\W\d_])[^\W\d_]+?[A-Z]")  # from a word's start to a capital inside
_HEX = re.compile(r"(?<![0-9a-z])(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{8,})(?![0-9a-z])")
_GLUE = re.compile(r"(?<=[@_\d])[^\W\d_]|[^\W\d_](?=[@_\d])")


def _tokens(view: ReaderView, extra: list[Candidate]) -> list[tuple[int, int]]:
    """The words of the view, camel-cased words split; whole camel words and the letter
    stretches of username-like words go to `extra`.

    Most words are plain: the per-word checks run only where the text has a capital inside a
    word or a letter glued to a digit, '@' or '_' somewhere.
    """
    text = view.text
    # Words with a capital after their first letter: the only ones that may need splitting.
    cased = view.original_case(0, len(text)) if view.has_case_text else None
    capital_inside = None if cased is None else {m.start() for m in _CAPITAL_INSIDE.finditer(cased)}
    glued = {m.start() for m in _GLUE.finditer(text)}
    # Hashes and other hexadecimal strings ("09bea4b3") are machine text: their letters are no words.
    machine = {
        position
        for m in _HEX.finditer(text)
        if not m.group().isdigit() and not m.group().isalpha()
        for position in range(m.start(), m.end())
    }
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if capital_inside is not None and not (capital_inside or glued or machine):
        return spans  # plain prose: nothing to split, glue or skip
    tokens: list[tuple[int, int]] = []
    for start, end in spans:
        if start in machine:
            continue
        camel = capital_inside is None or start in capital_inside
        if end - start <= 3 or not (camel or start in glued or end - 1 in glued):
            tokens.append((start, end))
            continue
        word = text[start:end]
        if not word.isalpha():
            tokens.append((start, end))
            continue
        original = view.original_case(start, end)
        pieces = _camel_pieces(view, start, end) if _mixed_case(original) else [(start, end)]
        if len(pieces) > 1:
            extra.append(Candidate(start, end, "w:" + word))
        if len(word) > MIN_SUBSTRING and _username_like(view, start, end):
            for a in range(len(word) - MIN_SUBSTRING + 1):
                for b in range(a + MIN_SUBSTRING, len(word) + 1):
                    if (a, b) != (0, len(word)):
                        extra.append(Candidate(start + a, start + b, "w:" + word[a:b]))
        tokens += pieces
    return tokens


def word_terms(view: ReaderView) -> Iterator[Candidate]:
    """``w:`` windows of one to three words and ``c:`` words in a name context."""
    text = view.text
    extra: list[Candidate] = []
    tokens = _tokens(view, extra)
    yield from extra
    words = [text[s:e] for s, e in tokens]
    count = len(tokens)
    for i, (start, end) in enumerate(tokens):
        joined = words[i]
        yield Candidate(start, end, "w:" + joined)
        last_end = end
        for j in range(i + 1, min(i + MAX_WINDOW, count)):
            next_start, next_end = tokens[j]
            if next_start - last_end > MAX_GAP:
                break
            joined += words[j]
            last_end = next_end
            yield Candidate(start, next_end, "w:" + joined)
        word = words[i]
        if (
            len(word) <= 12
            and _name_context(words, tokens, i)
            and word.isalpha()
            and capital_word(view, tokens, i)
        ):
            yield Candidate(start, end, "c:" + word)


def _name_context(words: list[str], tokens: list[tuple[int, int]], i: int) -> bool:
    """After a title, or before "family"/"household" (next to a name part: see `scan`)."""
    if i > 0 and words[i - 1] in TITLES and tokens[i][0] - tokens[i - 1][1] <= 2:
        return True
    if i + 1 < len(words) and words[i + 1] in FAMILY_WORDS:
        return True
    return i + 2 < len(words) and words[i + 1] == "s" and words[i + 2] in FAMILY_WORDS


def candidates(view: ReaderView) -> Iterator[Candidate]:
    yield from word_terms(view)
    yield from date_terms(view.text)
    yield from phone_terms(view.text)
    for match in _EMAIL.finditer(view.text):
        yield Candidate(match.start(), match.end(), "e:" + match.group())


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # in the original text
    end: int
    term: str  # canonical candidate that matched (plaintext of the *output*, never of the vault)
    digest: bytes


def scan(
    text: str,
    digest: Callable[[str], bytes],
    known: Callable[[bytes], bool],
    *,
    neighbours: bool = True,
    memo: dict[str, bytes | None] | None = None,
) -> list[Found]:
    """Every candidate of `text` whose digest is known, with its place in `text`.

    A capitalised word next to a known name part is in a name context too ("Ana Go"): a
    second look at the neighbours of each hit finds those (`neighbours=False` skips it).
    `memo` carries digest look-ups from one text to the next of the same output.

    The word windows, nearly all of the candidates, are walked inline rather than through
    `candidates`: this loop is the guard's whole cost on a long document.
    """
    if not text:
        return []
    view = reader_view(text)
    memo = {} if memo is None else memo
    found: list[Found] = []

    def look(term: str) -> bytes | None:
        value = digest(term)
        hit = value if known(value) else None
        memo[term] = hit
        return hit

    def check(candidate: Candidate) -> None:
        term = candidate.term
        hit = memo[term] if term in memo else look(term)
        if hit is not None:
            start, end = view.span(candidate.start, candidate.end)
            found.append(Found(start, end, term, hit))

    vtext = view.text
    extra: list[Candidate] = []
    tokens = _tokens(view, extra)
    words = ["w:" + vtext[s:e] for s, e in tokens]
    count = len(tokens)
    for i in range(count):
        start, end = tokens[i]
        term = words[i]
        hit = memo[term] if term in memo else look(term)
        if hit is not None:
            found.append(Found(*view.span(start, end), term, hit))
        last_end = end
        for j in range(i + 1, min(i + MAX_WINDOW, count)):
            next_start, next_end = tokens[j]
            if next_start - last_end > MAX_GAP:
                break
            term += words[j][2:]
            last_end = next_end
            hit = memo[term] if term in memo else look(term)
            if hit is not None:
                found.append(Found(*view.span(start, next_end), term, hit))
    plain = [w[2:] for w in words]
    # Name contexts are few: only the words right after a title or before "family" are looked at.
    contexts = {i + 1 for i, w in enumerate(plain) if w in TITLES} | {
        i - step for i, w in enumerate(plain) if w in FAMILY_WORDS for step in (1, 2)
    }
    for i in sorted(c for c in contexts if 0 <= c < count):
        start, end = tokens[i]
        if (
            len(plain[i]) <= 12
            and _name_context(plain, tokens, i)
            and plain[i].isalpha()
            and capital_word(view, tokens, i)
        ):
            check(Candidate(start, end, "c:" + plain[i]))
    for candidate in extra:
        check(candidate)
    windows = _near_digits(vtext)
    for candidate in date_terms(vtext, windows):
        check(candidate)
    for candidate in phone_terms(vtext, windows):
        check(candidate)
    for match in _EMAIL.finditer(vtext):
        check(Candidate(match.start(), match.end(), "e:" + match.group()))
    if neighbours and found:
        for candidate in _beside_names(view, found):
            check(candidate)
    return found


def capital_word(view: ReaderView, tokens: list[tuple[int, int]], i: int) -> bool:
    """A word written as a name: capitalised ("Sy", "Go"), or in capitals among words that are
    not ("Mr. SY"). In a line of capitals ("TAHANAN NG PAG-ASA") capitals say nothing."""
    start, end = tokens[i]
    if not view.capitalised(start):
        return False
    if end - start == 1 or not view.capitalised(start + 1):
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            a, b = tokens[j]
            if b - a > 1 and view.capitalised(a) and view.capitalised(a + 1):
                return False
    return True


def _beside_names(view: ReaderView, found: list[Found]) -> Iterator[Candidate]:
    """Capitalised short words right before or after a word that is a known name part."""
    text = view.text
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    hit_starts = {f.start for f in found if f.term.startswith(("w:", "c:"))}
    for i, (start, end) in enumerate(tokens):
        if view.span(start, end)[0] not in hit_starts:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(tokens):
                s, e = tokens[j]
                gap = text[end:s] if j > i else text[e:start]
                if len(gap) <= 2 and text[s:e].isalpha() and capital_word(view, tokens, j):
                    yield Candidate(s, e, "c:" + text[s:e])
