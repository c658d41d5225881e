"""Where in a text the identity-leak guard would fire: spans, for highlighting while typing.

The spans come from the guard's own matcher (`leak_guard.find_spans`, the same reader view and
candidate terms that block an output), over the digests of this case's vault terms plus the
identities typed into the draft, so a highlight appears precisely when an output would be
blocked for a value of this case.

Qt-free (and no database): it runs on the main thread on every debounce tick, on terms loaded
once in the background.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from caseintake.domain.records import Identity, Person
from caseintake.services import leak_guard
from caseintake.services.leak_guard import CaseTerms, Span
from caseintake.services.leak_terms import unsaved_case_terms
from caseintake.ui.editor.draft import CaseDraft

LeakSpan = Span
NAME_FIELDS = leak_guard.NAME_FIELDS

TypedIdentity = tuple[str, Mapping[str, Any]]


def find_spans(terms: CaseTerms, text: str) -> list[Span]:
    return leak_guard.find_spans(terms, text)


def typed_identities(draft: CaseDraft) -> list[TypedIdentity]:
    """(pseudonym, identity) for identities typed into the draft (new people, revealed-and-changed)."""
    names = draft.provisional_pseudonyms()
    saved = {p.id: p.pseudonym for p in draft.case.persons} if draft.case else {}
    typed: list[TypedIdentity] = []
    for item in draft.pending:
        identity = item.record.identity if isinstance(item.record, Person) else None
        pseudonym = names.get(item.key) or saved.get(item.target or "")
        if identity is not None and pseudonym:
            typed.append((pseudonym, _terms_of(identity)))
    return typed


def _terms_of(identity: Identity) -> dict[str, Any]:
    """An identity in the shape `CaseTerms.with_identity` reads."""
    return {
        "legal_name": identity.legal_name,
        "aliases": list(identity.aliases),
        "birth_date": None if identity.birth_date is None else identity.birth_date.isoformat(),
        "address": identity.address,
        "school": identity.school,
        "contact": identity.contact,
    }


def combined(loaded: CaseTerms | None, typed: list[TypedIdentity]) -> CaseTerms | None:
    """The loaded terms plus typed identities, without touching the loaded object.

    A new case has no loaded terms; its typed identities are digested with a key of their own,
    which is enough for highlighting within this one form.
    """
    if loaded is None and not typed:
        return None
    terms = loaded if loaded is not None else unsaved_case_terms()
    for pseudonym, identity in typed:
        terms = terms.with_identity(pseudonym, identity)
    return terms


def utf16_offsets(text: str, spans: list[Span]) -> list[Span]:
    """Spans in QTextDocument positions, which count UTF-16 units (an emoji counts two)."""
    if text.isascii() or all(ord(ch) <= 0xFFFF for ch in text):
        return spans
    shift = [0] * (len(text) + 1)
    for index, ch in enumerate(text):
        shift[index + 1] = shift[index] + (2 if ord(ch) > 0xFFFF else 1)
    return [Span(shift[s.start], shift[s.end], s.pseudonym, s.field) for s in spans]
