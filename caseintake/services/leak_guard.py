"""The identity-leak guard: every output's text is checked against the vault before it leaves.

Terms come from the protected people of the cases involved: the legal name and every name part
of three or more letters, aliases, the birth date in common written forms, the address and its
street-level parts, the school and the phone number (compared digit by digit, with or without
the country code). Matching ignores case and accents. A hit names the pseudonym and field,
never the value. A lawyer or supervisor may allow one word for one person (audit-logged) when a
name part is also an ordinary word.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from caseintake.domain.errors import IdentityLeak, InvalidInput, NotFound
from caseintake.domain.roles import Action
from caseintake.services.session import Session
from caseintake.storage.audit import now_utc

_PARTICLES = frozenset(
    {
        "de",
        "del",
        "dela",
        "delos",
        "las",
        "los",
        "san",
        "santa",
        "sta",
        "sto",
        "van",
        "von",
        "der",
        "jr",
        "sr",
        "iii",
        "mac",
        "mc",
        "ma",
    }
)
_STREET_WORDS = (
    "purok",
    "sitio",
    "barangay",
    "brgy",
    "street",
    "st.",
    "zone",
    "block",
    "blk",
    "lot",
    "phase",
    "subdivision",
    "village",
    "compound",
    "road",
    "avenue",
)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORD = re.compile(r"\w+")
DIGIT_RUN = re.compile(r"\+?\d[\d\s().\-]{5,}\d")


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def phone_key(digits: str) -> str | None:
    """The national part of a Philippine or foreign number, so 0917..., +63 917... compare equal."""
    if len(digits) < 7:
        return None
    return digits[-10:] if len(digits) >= 10 else digits


def birth_date_forms(day: date) -> list[str]:
    m, d, y = day.month, day.day, day.year
    month, short = _MONTHS[m - 1], _MONTHS[m - 1][:3]
    forms = {
        f"{y:04d}-{m:02d}-{d:02d}",
        f"{y:04d}/{m:02d}/{d:02d}",
        f"{d:02d}/{m:02d}/{y:04d}",
        f"{m:02d}/{d:02d}/{y:04d}",
        f"{d}/{m}/{y}",
        f"{m}/{d}/{y}",
        f"{d:02d}-{m:02d}-{y:04d}",
        f"{m:02d}-{d:02d}-{y:04d}",
        f"{d:02d}.{m:02d}.{y:04d}",
        f"{month} {d}, {y}",
        f"{month} {d} {y}",
        f"{d} {month} {y}",
        f"{short} {d}, {y}",
        f"{short}. {d}, {y}",
        f"{d} {short} {y}",
        f"{month} {d:02d}, {y}",
    }
    return [normalize(f) for f in forms]


@dataclass(frozen=True)
class Term:
    person_id: int
    pseudonym: str
    field: str
    text: str  # normalized; for "contact" digits only


@dataclass
class VaultTerms:
    words: dict[str, list[Term]] = field(default_factory=dict)
    phrases: dict[str, list[Term]] = field(default_factory=dict)  # keyed by first word
    phones: dict[str, list[Term]] = field(default_factory=dict)

    def add(self, term: Term) -> None:
        """File a term in the bucket its matching rule needs."""
        if not term.text:
            return
        if term.field == "contact" and term.text.isdigit():
            self.phones.setdefault(term.text, []).append(term)
        elif " " in term.text or not term.text.isalnum():
            first = WORD.findall(term.text)
            if first:
                self.phrases.setdefault(first[0], []).append(term)
        else:
            self.words.setdefault(term.text, []).append(term)

    def copy(self) -> VaultTerms:
        return VaultTerms(
            {k: list(v) for k, v in self.words.items()},
            {k: list(v) for k, v in self.phrases.items()},
            {k: list(v) for k, v in self.phones.items()},
        )

    def phone_hits(self, text: str) -> Iterator[tuple[int, int, Term]]:
        """(start, end, term) of every run of digits that contains a vault phone number.

        A number is found inside a longer run too ("0917-123-4567 2 times" reads as one run),
        by looking up every stretch of 7 to 10 digits of the run.
        """
        if not self.phones:
            return
        for run in DIGIT_RUN.finditer(text):
            digits = re.sub(r"\D", "", run.group())
            seen: set[str] = set()
            for size in range(7, 11):
                for start in range(len(digits) - size + 1):
                    piece = digits[start : start + size]
                    if piece in seen:
                        continue
                    seen.add(piece)
                    for term in self.phones.get(piece, ()):
                        yield run.start(), run.end(), term

    def scan(self, text: str) -> list[tuple[str, str]]:
        """(pseudonym, field) for every vault term found in `text`, without repeats."""
        norm = normalize(text)
        tokens = set(WORD.findall(norm))
        found: dict[tuple[str, str], None] = {}
        for token in tokens:
            for term in self.words.get(token, ()):
                found[(term.pseudonym, term.field)] = None
            for term in self.phrases.get(token, ()):
                if re.search(rf"(?<!\w){re.escape(term.text)}(?!\w)", norm):
                    found[(term.pseudonym, term.field)] = None
        for _start, _end, term in self.phone_hits(text):
            found[(term.pseudonym, term.field)] = None
        return list(found)


def terms_for(person_id: int, pseudonym: str, row: Sequence[object]) -> Iterable[Term]:
    """The terms of one person's vault row (legal name, aliases JSON, birth date, address,
    school, contact)."""
    legal_name, aliases_json, birth, address, school, contact = row

    def term(kind: str, value: str) -> Term:
        return Term(person_id, pseudonym, kind, normalize(value))

    for kind, names in (("legal name", [str(legal_name)]), ("alias", json.loads(str(aliases_json)))):
        for name in names:
            yield term(kind, name)
            for part in re.split(r"[\s,.\-']+", normalize(name)):
                if len(part) >= 3 and part.isalpha() and part not in _PARTICLES:
                    yield Term(person_id, pseudonym, kind, part)
    if birth:
        for form in birth_date_forms(date.fromisoformat(str(birth))):
            yield Term(person_id, pseudonym, "birth date", form)
    if address:
        yield term("address", str(address))
        for part in str(address).split(","):
            low = part.strip().lower()
            if len(low) >= 5 and (any(ch.isdigit() for ch in low) or low.startswith(_STREET_WORDS)):
                yield term("address", part)
    if school:
        yield term("school", str(school))
    if contact:
        key = phone_key(re.sub(r"\D", "", str(contact)))
        if key:
            yield Term(person_id, pseudonym, "contact", key)
        if "@" in str(contact):
            yield term("contact", str(contact))


def load_terms(session: Session, case_ids: Iterable[int]) -> VaultTerms:
    ids = sorted(set(case_ids))
    allowed: dict[int, set[str]] = defaultdict(set)
    terms = VaultTerms()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for person_id, word in session.db.all(
            f"SELECT a.person_id, a.word FROM leak_allowance a JOIN person p ON p.id = a.person_id"
            f" WHERE p.case_id IN ({marks})",
            chunk,
        ):
            allowed[person_id].add(word)
        for row in session.db.all(
            f"SELECT p.id, p.pseudonym, i.legal_name, i.aliases, i.birth_date, i.address, i.school,"
            f" i.contact FROM person p JOIN identity i ON i.person_id = p.id"
            f" WHERE p.protected = 1 AND p.case_id IN ({marks})",
            chunk,
        ):
            for t in terms_for(row[0], row[1] or "?", row[2:]):
                if t.text not in allowed[t.person_id]:
                    terms.add(t)
    return terms


def check_output(session: Session, text: str, case_ids: Iterable[int], *, what: str) -> None:
    """Raise `IdentityLeak` naming pseudonym and field if `text` holds any vault value."""
    hits = load_terms(session, case_ids).scan(text)
    if hits:
        shown = "; ".join(f"{pseudonym}'s {field}" for pseudonym, field in sorted(hits))
        raise IdentityLeak(f"The {what} was blocked: it contains {shown}. Nothing was written.", hits)


def allow_word(session: Session, person_id: str, word: str) -> None:
    """Let one ordinary word that is also a name part of this person pass the guard."""
    session.require(Action.ALLOW_LEAK_WORD)
    norm = normalize(word)
    if not norm.isalpha() or len(norm) < 3:
        raise InvalidInput("Only a single word of three or more letters can be allowed.")
    row = session.db.one(
        "SELECT p.id, c.uuid FROM person p JOIN cases c ON c.id = p.case_id"
        " WHERE p.uuid = ? AND p.protected = 1",
        (person_id,),
    )
    if row is None:
        raise NotFound("There is no such protected person.")
    with session.db.atomic():
        session.db.execute(
            "INSERT OR IGNORE INTO leak_allowance (person_id, word, allowed_by, allowed_at)"
            " VALUES (?, ?, ?, ?)",
            (row[0], norm, session.username, now_utc()),
        )
        session.audit("leak.allow_word", "person", person_id, {"case": row[1]})
