"""The identity-leak guard: every output is checked against the whole office's vault before it leaves.

One matcher serves every exit (PDF, CSV, calendar, clipboard) and the editor's highlighting: the
text is read as a reader sees it (`domain.leak_text`), every candidate term is listed in one
linear pass (`domain.leak_match`) and looked up among the keyed digests of every vault term of
the office (`storage.guard_index`), whatever case the output is about. A hit names the record
and field it came from and whose detail it is, never the value; a protected person of a case the
user may not reveal is named only as "a protected person of another case".

A lawyer or supervisor clears a false hit by allowing one word for one person (audit-logged,
listed in the case history).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import IdentityLeak, InvalidInput, NotFound
from caseintake.domain.leak_match import Found, scan
from caseintake.domain.leak_terms import FIELD_BIRTH_DATE, identity_terms
from caseintake.domain.leak_text import fold, reader_view
from caseintake.domain.records import Identity
from caseintake.domain.roles import Action, may_reveal
from caseintake.services.progress import Task
from caseintake.services.session import Session
from caseintake.storage import guard_index
from caseintake.storage.audit import now_utc
from caseintake.storage.guard_index import OWNER_PERSON, GuardRow, TermDigester
from caseintake.storage.records import allowances, persons, users
from caseintake.storage.records import cases as cases_home

log = logging.getLogger(__name__)

#: (where in the output, text): a label such as "note of 12 Mar 2026 by jdelacruz", or None.
Part = tuple[str | None, str]
ANOTHER_CASE = "a protected person of another case"
OWNERS_NAMED = 8  # a term many people share is named after the first few of them


@dataclass(frozen=True)
class Leak:
    """One vault value found in an output. `word` is the output's own text at the hit: shown
    only to those who may allow it (lawyers and supervisors), never in a message or log."""

    source: str | None
    pseudonym: str | None
    field: str
    reference: str | None
    person_id: str | None
    word: str = dataclass_field(repr=False)
    own_case: bool = True
    #: The owner belongs to one of the cases the output is about.
    printed_case: bool = True

    @property
    def whose(self) -> str:
        if self.pseudonym is None:
            return ANOTHER_CASE
        owner = self.pseudonym if self.own_case else f"{self.pseudonym} of {self.reference}"
        return f"{owner}'s {self.field}"


@dataclass
class OfficeGuard:
    """The digests of every vault term of the office, loaded once and reloaded when they change."""

    version: int
    digest: TermDigester
    digests: set[bytes]
    allowed: dict[int, set[bytes]] = dataclass_field(default_factory=dict)


_CACHE_ATTRIBUTE = "_leak_guard"  # the guard lives and dies with its session


def _allowed_digests(session: Session, digest: TermDigester) -> dict[int, set[bytes]]:
    allowed: dict[int, set[bytes]] = defaultdict(set)
    for person_id, word in allowances.all_words(session.db):
        allowed[person_id] |= {digest("w:" + word), digest("c:" + word)}
    return dict(allowed)


def _allowed_for_everyone(session: Session, allowed: dict[int, set[bytes]]) -> set[bytes]:
    """Digests allowed for every person who has them: no longer terms at all, so an allowed
    word does not even make its neighbours a name context."""
    everyone: set[bytes] = set()
    values: set[bytes] = set().union(*allowed.values()) if allowed else set()
    for value in values:

        def excused(row: GuardRow, value: bytes = value) -> bool:
            return row.owner == OWNER_PERSON and value in allowed.get(row.owner_id, ())

        if not guard_index.owners_of(session.db, value, skip=excused, limit=1):
            everyone.add(value)
    return everyone


def office_guard(session: Session) -> OfficeGuard:
    """The cached guard of this session, reloaded if any vault term changed since (any process)."""
    current = guard_index.version(session.db)
    guard: OfficeGuard | None = getattr(session, _CACHE_ATTRIBUTE, None)
    if guard is None or guard.version != current:
        digest = guard_index.digester(session.db)
        guard = OfficeGuard(current, digest, guard_index.all_digests(session.db))
        guard.allowed = _allowed_digests(session, digest)
        guard.digests -= _allowed_for_everyone(session, guard.allowed)
        setattr(session, _CACHE_ATTRIBUTE, guard)
        log.debug("leak guard loaded digests=%d version=%d", len(guard.digests), current)
    return guard


def warm(session: Session) -> None:
    """Load the guard ahead of the first output (called in the background after unlock)."""
    office_guard(session)


def _parts(text: str | Sequence[Part]) -> Sequence[Part]:
    return [(None, text)] if isinstance(text, str) else text


def _safe_label(source: str | None, guard: OfficeGuard, memo: dict[str, bytes | None]) -> str | None:
    """A label that would itself print a vault value (one built from a record's own text) is
    replaced: the message that explains a block must not leak."""
    if source and scan(source, guard.digest, guard.digests.__contains__, memo=memo):
        return "an entry of the document"
    return source


def find_leaks(
    session: Session, text: str | Sequence[Part], case_ids: Iterable[int] = (), task: Task | None = None
) -> list[Leak]:
    """Every vault value of the office in `text`, resolved to record, field and owner.

    Small pieces (a calendar's thousands of court names) are read together, in batches joined by
    a separator no value can span, so the cost is one pass over the text, not a pass per piece.
    """
    guard = office_guard(session)
    case_ids = list(case_ids)
    memo: dict[str, bytes | None] = {}
    hits: list[tuple[str | None, Found, bool]] = []
    permitted: list[str] | None = None
    batches = _batches(_parts(text))
    for index, (joined, starts, sources) in enumerate(batches):
        if task is not None:
            task.step(index, len(batches))
        found = scan(joined, guard.digest, guard.digests.__contains__, memo=memo)
        if found:
            names = permitted if permitted is not None else (permitted := _permitted_names(session, case_ids))
            inside = _within_names(joined, names)
            for hit in found:
                # Labels are read only for a hit: they are the document's own words, needed only
                # to say where the hit is.
                source = _safe_label(sources[bisect.bisect_right(starts, hit.start) - 1], guard, memo)
                hits.append((source, hit, any(a <= hit.start and hit.end <= b for a, b in inside)))
    if not hits:
        return []
    return _resolve(session, guard, hits, set(case_ids))


_SEPARATOR = "\n|||||||\n"  # ASCII (the fast reading), and longer than any gap inside a value
_BATCH_CHARS = 200_000


def _batches(parts: Sequence[Part]) -> list[tuple[str, list[int], list[str | None]]]:
    """The distinct pieces joined into texts of about `_BATCH_CHARS`, with where each starts."""
    batches: list[tuple[str, list[int], list[str | None]]] = []
    texts: list[str] = []
    starts: list[int] = []
    sources: list[str | None] = []
    size = 0
    seen: set[str] = set()
    # Plain ASCII pieces first, the rest after: one accented name would otherwise send a whole
    # batch through the slower character-by-character reading.
    ordered = sorted(parts, key=lambda part: not part[1].isascii())
    for source, body in ordered:
        if not body or (source is None and body in seen):
            continue
        seen.add(body)
        if texts and (size >= _BATCH_CHARS or texts[0].isascii() != body.isascii()):
            batches.append((_SEPARATOR.join(texts), starts, sources))
            texts, starts, sources, size = [], [], [], 0
        starts.append(size)
        sources.append(source)
        texts.append(body)
        size += len(body) + len(_SEPARATOR)
    if texts:
        batches.append((_SEPARATOR.join(texts), starts, sources))
    return batches


def _permitted_names(session: Session, case_ids: Sequence[int]) -> list[str]:
    """Names an output may print though a child of another case shares a word of them: the
    plain names of the unprotected people of the cases it is about (an accused stranger) and
    the names of the office's staff. A child of the printed case is never excused this way."""
    names = [v for pair in users.display_names(session.db).items() for v in pair if v]
    names += persons.plain_names(session.db, case_ids)
    return sorted({fold(n) for n in names if len(n.strip()) >= 3}, key=len, reverse=True)


def _within_names(body: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where in `body` (as typed) each permitted name stands, as a whole-word match."""
    view = reader_view(body)
    spans = []
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", view.text):
            spans.append(view.span(match.start(), match.end()))
    return spans


def _resolve(
    session: Session,
    guard: OfficeGuard,
    hits: list[tuple[str | None, Found, bool]],
    case_ids: set[int],
) -> list[Leak]:
    leaks: dict[tuple[Any, ...], Leak] = {}
    people: dict[int, tuple[str, str | None]] = {}
    cases: dict[int, tuple[str, int]] = {}
    for source, found, within_a_permitted_name in hits:

        def excused(row: GuardRow, found: Found = found, permitted: bool = within_a_permitted_name) -> bool:
            allowed = row.owner == OWNER_PERSON and found.digest in guard.allowed.get(row.owner_id, ())
            return allowed or (permitted and row.case_id not in case_ids)

        owners = guard_index.owners_of(session.db, found.digest, skip=excused, limit=OWNERS_NAMED)
        for row in owners:
            if row.case_id not in cases:
                cases[row.case_id] = cases_home.reference_and_assignee(session.db, row.case_id) or ("?", -1)
            reference, assigned_to = cases[row.case_id]
            own = row.case_id in case_ids and len(case_ids) == 1  # else the case is named too
            revealable = row.case_id in case_ids or may_reveal(
                session.role, assigned_to_self=assigned_to == session.user.id
            )
            pseudonym: str | None = None
            person_uuid: str | None = None
            if row.owner == OWNER_PERSON:
                if row.owner_id not in people:
                    people[row.owner_id] = persons.label(session.db, row.owner_id) or ("?", None)
                person_uuid, pseudonym = people[row.owner_id]
                pseudonym = pseudonym or "?"
            else:
                pseudonym = "the case"
            if not revealable:
                pseudonym, person_uuid, reference_shown = None, None, None
            else:
                reference_shown = reference
            leak = Leak(
                source,
                pseudonym,
                row.field,
                reference_shown,
                person_uuid,
                found.term[2:],
                own or not revealable,
                row.case_id in case_ids,
            )
            leaks.setdefault((source, leak.whose, person_uuid), leak)
    # One line per place and owner: the same person found twice in one field is said once.
    return list(leaks.values())


def describe(leaks: Sequence[Leak], what: str, nothing: str = "Nothing was written.") -> str:
    """One sentence naming where each leak is and whose detail it is, never the value."""
    return f"The {what} was blocked: {places(leaks)}. {nothing}"


def places(leaks: Sequence[Leak]) -> str:
    """Where each leak is and whose detail it is (the middle of `describe`'s sentence)."""
    shown = []
    for leak in leaks[:4]:
        shown.append(f"{leak.source} holds {leak.whose}" if leak.source else leak.whose)
    more = f" and {len(leaks) - 4} more" if len(leaks) > 4 else ""
    holds = "" if leaks[0].source else "it contains "
    return f"{holds}{'; '.join(shown)}{more}"


def check_output(
    session: Session,
    text: str | Sequence[Part],
    case_ids: Iterable[int],
    *,
    what: str,
    nothing: str = "Nothing was written.",
    task: Task | None = None,
    sources: Sequence[Part] = (),
    code: str = "identity_leak",
) -> None:
    """Raise `IdentityLeak` (naming record, field and owner, never the value) if `text` holds
    any vault value of the office; `case_ids` are the cases the output is about. `code` names
    the output in the error ("identity_leak.hearing_summary"), for the GUI's wording.

    `sources` are the labelled pieces of case text the output was made of ("note of 12 Mar 2026
    by jdelacruz", text): the whole `text` is what is checked (a value can straddle two pieces
    or sit in fixed wording), and only when it holds a leak are the pieces read again to say
    where it came from.
    """
    case_ids = list(case_ids)
    leaks = find_leaks(session, text, case_ids, task)
    if leaks and sources:
        named = find_leaks(session, sources, case_ids)
        # Not in any piece of case text: the hit is in what the document itself wrote (a hearing
        # date, a detention date). Such a date that is also the birthday of a child of another
        # case says nothing about that child; every other hit still blocks.
        leaks = named or [leak for leak in leaks if leak.printed_case or leak.field != FIELD_BIRTH_DATE]
    if leaks:
        hits = [(leak.pseudonym or ANOTHER_CASE, leak.field) for leak in leaks]
        error = IdentityLeak(
            describe(leaks, what, nothing), hits, code=code, params={"places": places(leaks)}
        )
        error.leaks = leaks  # type: ignore[attr-defined]
        raise error


def _allowed_word(word: str) -> str:
    norm = "".join(re.findall(r"[^\W\d_]+", fold(word)))
    if not norm or len(norm) < 2 or len(word.split()) > 3:
        raise InvalidInput("Only a single word (two or more letters) can be allowed.", code="allow_one_word")
    return norm


def allow_word(session: Session, person_id: str, word: str) -> None:
    """Let one ordinary word that is also a vault term of this person pass the guard."""
    session.require(Action.ALLOW_LEAK_WORD)
    norm = _allowed_word(word)
    owner = persons.protected_owner(session.db, person_id)
    if owner is None:
        raise NotFound("There is no such protected person.", code="protected_person_not_found")
    row_id, case_uuid = owner
    with session.db.atomic():
        allowances.allow(session.db, row_id, norm, session.username, now_utc())
        guard_index.bump(session.db)
        session.audit(AuditAction.LEAK_ALLOW_WORD, "person", person_id, {"case": case_uuid})


def allow_word_in_case(session: Session, reference: str, pseudonym: str, word: str) -> str:
    """`allow_word` for the person known by `pseudonym` in case `reference`; returns their id."""
    session.require(Action.ALLOW_LEAK_WORD)
    reference, pseudonym = reference.strip().upper(), pseudonym.strip().upper()
    person_uuid = persons.protected_by_pseudonym(session.db, reference, pseudonym)
    if person_uuid is None:
        raise NotFound(
            f"Case {reference} has no protected person {pseudonym}.",
            code="pseudonym_not_found",
            params={"reference": reference, "pseudonym": pseudonym},
        )
    allow_word(session, person_uuid, word)
    return person_uuid


# --- the editor's highlighting: the same matcher over one case's terms ---------------------------


#: Fields whose value is a name: replaced by the bare pseudonym in the editor; other fields
#: ("birth date", "address", ...) read better replaced by "AAA's address".
NAME_FIELDS = frozenset({"legal name", "alias"})


@dataclass(frozen=True)
class Span:
    start: int  # in the text as typed
    end: int
    pseudonym: str
    field: str

    @property
    def is_name(self) -> bool:
        return self.field in NAME_FIELDS


@dataclass
class CaseTerms:
    """The digests of one case's vault terms with whose they are, for highlighting while typing.

    Loaded only for users who may reveal the case: for anyone else a highlight would confirm a
    guessed name. Terms of identities typed but not saved yet are added with `with_identity`.
    """

    digest: TermDigester
    known: dict[bytes, tuple[str, str]] = dataclass_field(default_factory=dict)

    def with_identity(self, pseudonym: str, identity: Identity | Mapping[str, Any]) -> CaseTerms:
        """These terms and those of an identity typed but not saved (a record, or a form's
        values as typed, which may be incomplete)."""
        if isinstance(identity, Identity):
            terms = identity_terms(
                identity.legal_name or "",
                list(identity.aliases),
                identity.birth_date,
                identity.address,
                identity.school,
                identity.contact,
            )
        else:
            birth = identity.get("birth_date")
            try:
                birth_day = date.fromisoformat(str(birth)) if birth else None
            except ValueError:
                birth_day = None
            terms = identity_terms(
                str(identity.get("legal_name") or ""),
                [str(a) for a in identity.get("aliases") or []],
                birth_day,
                identity.get("address"),
                identity.get("school"),
                identity.get("contact"),
            )
        known = dict(self.known)
        for field_name, term in terms:
            known.setdefault(self.digest(term), (pseudonym, field_name))
        return CaseTerms(self.digest, known)


def case_terms(session: Session, case_id: int) -> CaseTerms:
    digest = guard_index.digester(session.db)
    allowed = _allowed_digests(session, digest)
    pseudonyms = persons.pseudonyms(session.db, case_id)
    known: dict[bytes, tuple[str, str]] = {}
    for value, owner, owner_id, field_name in guard_index.case_terms(session.db, case_id):
        if owner == OWNER_PERSON:
            if value in allowed.get(owner_id, ()):
                continue
            known.setdefault(value, (pseudonyms.get(owner_id) or "?", field_name))
        else:
            known.setdefault(value, ("the case", field_name))
    return CaseTerms(digest, known)


def find_spans(terms: CaseTerms, text: str) -> list[Span]:
    """Non-overlapping spans of vault values in `text`, in order, merged where they overlap."""
    if not text or not terms.known:
        return []
    found = sorted(scan(text, terms.digest, terms.known.__contains__), key=lambda f: (f.start, -f.end))
    merged: list[Span] = []
    for hit in found:
        pseudonym, field_name = terms.known[hit.digest]
        last = merged[-1] if merged else None
        # Overlapping values become one span; so do the words of one name ("Maria Luz
        # Bautista"), so that replacing it leaves one "AAA", not three.
        one_name = (
            last is not None
            and last.pseudonym == pseudonym
            and last.is_name
            and field_name in NAME_FIELDS
            and not text[last.end : hit.start].strip(" \t.,-")
        )
        if last is not None and (hit.start < last.end or one_name):
            if hit.end > last.end:
                merged[-1] = Span(last.start, hit.end, last.pseudonym, last.field)
            continue
        merged.append(Span(hit.start, hit.end, pseudonym, field_name))
    return merged
