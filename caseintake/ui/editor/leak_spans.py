"""Where in a text the identity-leak guard would fire: spans, for highlighting while typing.

`leak_guard.VaultTerms.scan` answers *whether* a text holds a vault value; the editor also needs
*where*, to underline it and to replace it by the pseudonym. The spans found here follow the
guard exactly: the same `normalize` (case, accents, whitespace), the same word, phrase and phone
rules and the same terms, so a highlight appears precisely when an output would be blocked.
Matching runs on the normalized text; an index map carries positions back to the text as typed.

Qt-free (and no database): it runs on the main thread on every debounce tick, on terms loaded
once in the background.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from caseintake.services import leak_guard
from caseintake.services.leak_guard import Term, VaultTerms
from caseintake.ui.editor.draft import CaseDraft

# The guard's own pattern, so the two cannot drift apart.
_WORD = leak_guard.WORD

#: Fields whose value is a name: replaced by the bare pseudonym. Other fields ("birth date",
#: "address", ...) read better replaced by "AAA's address".
NAME_FIELDS = frozenset({"legal name", "alias"})


@dataclass(frozen=True)
class LeakSpan:
    start: int  # in the text as typed (Python string indices)
    end: int
    pseudonym: str
    field: str

    @property
    def is_name(self) -> bool:
        return self.field in NAME_FIELDS


def normalized_with_map(text: str) -> tuple[str, list[int]]:
    """`leak_guard.normalize(text)` and, for each of its characters, the index it came from."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(index)
            continue
        if ch.isascii():
            folded = ch.lower()
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        for piece in folded:
            if piece.isspace():  # a compatibility form that decomposes to a space
                if out and out[-1] != " ":
                    out.append(" ")
                    where.append(index)
                continue
            out.append(piece)
            where.append(index)
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def find_spans(terms: VaultTerms, text: str) -> list[LeakSpan]:
    """Non-overlapping spans of vault values in `text`, in order; the longest match names a span."""
    if not text or not (terms.words or terms.phrases or terms.phones):
        return []
    norm, where = normalized_with_map(text)
    found: list[LeakSpan] = []

    def add(start: int, end: int, term: Term) -> None:
        found.append(LeakSpan(where[start], where[end - 1] + 1, term.pseudonym, term.field))

    seen_first_words: set[str] = set()
    for match in _WORD.finditer(norm):
        token = match.group()
        for term in terms.words.get(token, ()):
            add(match.start(), match.end(), term)
            break
        if token in terms.phrases and token not in seen_first_words:
            seen_first_words.add(token)
            for term in terms.phrases[token]:
                for hit in re.finditer(rf"(?<!\w){re.escape(term.text)}(?!\w)", norm):
                    add(hit.start(), hit.end(), term)
    for start, end, term in terms.phone_hits(text):
        found.append(LeakSpan(start, end, term.pseudonym, term.field))
    found.sort(key=lambda s: (s.start, s.start - s.end))
    merged: list[LeakSpan] = []
    for span in found:
        last = merged[-1] if merged else None
        if last is not None and span.start < last.end:
            # Overlapping values ("Barangay Mabini" and "Mabini Elementary School") become one
            # span named after the first, so nothing of either is left unmarked.
            if span.end > last.end:
                merged[-1] = LeakSpan(last.start, span.end, last.pseudonym, last.field)
            continue
        merged.append(span)
    return merged


def add_terms(terms: VaultTerms, new: Iterable[Term]) -> None:
    for term in new:
        terms.add(term)


def draft_terms(pseudonym: str, identity: Mapping[str, Any], person_key: int) -> list[Term]:
    """Terms for an identity typed into the form but not saved yet (interchange dict)."""
    row = (
        identity.get("legal_name") or "",
        json.dumps(list(identity.get("aliases") or []), ensure_ascii=False),
        identity.get("birth_date"),
        identity.get("address"),
        identity.get("school"),
        identity.get("contact"),
    )
    return list(leak_guard.terms_for(person_key, pseudonym, row))


def typed_identity_terms(draft: CaseDraft) -> list[Term]:
    """Terms for identities typed into the draft (new people, revealed-and-changed ones)."""
    names = draft.provisional_pseudonyms()
    saved = {p.id: p.pseudonym for p in draft.case.persons} if draft.case else {}
    terms: list[Term] = []
    for index, record in enumerate(r for r in draft.pending if r.kind == "persons"):
        identity = record.data.get("identity")
        pseudonym = names.get(record.key) or saved.get(record.target or "")
        if identity and pseudonym:
            terms += draft_terms(pseudonym, identity, -1 - index)
    return terms


def combined(loaded: VaultTerms | None, extra: Iterable[Term]) -> VaultTerms | None:
    """The loaded terms plus draft terms, without touching the loaded object."""
    extra = list(extra)
    if loaded is None and not extra:
        return None
    terms = loaded.copy() if loaded is not None else VaultTerms()
    add_terms(terms, extra)
    return terms


def utf16_offsets(text: str, spans: list[LeakSpan]) -> list[LeakSpan]:
    """Spans in QTextDocument positions, which count UTF-16 units (an emoji counts two)."""
    if text.isascii() or all(ord(ch) <= 0xFFFF for ch in text):
        return spans
    shift = [0] * (len(text) + 1)
    for index, ch in enumerate(text):
        shift[index + 1] = shift[index] + (2 if ord(ch) > 0xFFFF else 1)
    return [LeakSpan(shift[s.start], shift[s.end], s.pseudonym, s.field) for s in spans]
