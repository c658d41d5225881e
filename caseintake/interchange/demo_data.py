"""Synthetic cases for ``caseintake demo``: realistic, fictional and deterministic.

The benchmark, the GUI and the counts report need many believable cases, and nobody may ever copy
a real file to get them. Cases are plain dicts in the interchange format (DESIGN §7, without
``reference``), so demo data takes the same validator and insert path as a real import.

- Same arguments, same cases byte for byte: one ``random.Random(seed)``, no clock.
- Free text is built only from the templates in ``demo_words`` and pseudonyms (victims ``AAA``,
  ``BBB``... in listing order, the first accused relative ``XXX``). Names sharing a word of 3+
  letters with any fixed text are dropped at import, and plain names never share a part with the
  case's vault names, so the identity-leak guard never fires on demo data.
- Speed (the demo must insert ≥ 5,000 cases/s): draws are one ``rng.random()`` indexing
  precomputed weighted tables and ISO date strings, never ``choices`` or ``date`` objects.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TypeVar

from caseintake.interchange import demo_words as w

__all__ = ["generate_cases"]

_T = TypeVar("_T")
_WORD = re.compile(r"[^\W\d_]+")
_MARGIN = 400  # days of date table before the oldest opening and after today


def _weighted(pairs: Iterable[tuple[_T, int]]) -> tuple[_T, ...]:
    """Expand weights into a table, so that a weighted draw is one ``random()`` and an index."""
    return tuple(item for item, weight in pairs for _ in range(weight))


def _name_parts(text: str) -> set[str]:
    """Words of 3+ letters, without case or accents, as the identity-leak guard compares them."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return {part.casefold() for part in _WORD.findall(plain) if len(part) >= 3}


class _Keep(dict[str, str]):
    """Leaves unknown ``{fields}`` in place, so templates can be filled in two stages."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --- places and courts ---------------------------------------------------------------------
# (region, province, "town, province" suffixes, courts as (city, docket code, prosecutor office))
_Province = tuple[str, str, tuple[str, ...], tuple[tuple[str, str, str], ...]]


def _prosecutor(city: str, province: str) -> str:
    if city.endswith(" City") or city == "Manila":
        return f"Office of the City Prosecutor, {city}"
    return f"Office of the Provincial Prosecutor, {province}"


_PROVINCES: tuple[_Province, ...] = _weighted(
    ((region, name, tuple(f"{town}, {name}" for town in w._split(towns)),
      tuple((city, code, _prosecutor(city, name))
            for city, code in (court.split(":") for court in w._split(courts)))), weight)
    for region, name, weight, towns, courts in w.PROVINCES
)  # fmt: skip
_AGENCIES = {  # "DSWD Field Office {region}" filled in
    region: {kind: tuple(a.format(region=region) for a in names) for kind, names in w.AGENCIES.items()}
    for region in dict.fromkeys(province[0] for province in _PROVINCES)
}
_PUROKS = (
    *(f"Purok {n}" for n in range(1, 10)),
    *(f"Sitio {s}" for s in w.SITIOS),
    *(f"Zone {n}" for n in range(1, 6)),
    *(f"Blk {b} Lot {lot}" for b in (3, 7, 12, 21) for lot in (2, 9, 14)),
)
_SCHOOLS = tuple(
    (f"{b} Elementary School", f"{b} National High School") for b in w.BARANGAYS
)  # fmt: skip
_D3 = tuple(f"{n:03d}" for n in range(1000))
_D4 = tuple(f"{n:04d}" for n in range(10000))
_BIRTH_MD = tuple((m * 100 + d, f"-{m:02d}-{d:02d}") for m in range(1, 13) for d in range(1, 29))

# --- how people are described in text ------------------------------------------------------
_GUARDIANS = _weighted((guardian[:4], guardian[4]) for guardian in w.GUARDIANS)
_FOREIGN = {nat: (w._split(given), w._split(surnames)) for nat, *_, given, surnames in w.FOREIGN_NAMES}
_FOREIGN_NATIONALITIES = _weighted((nat, weight) for nat, weight, *_ in w.FOREIGN_NAMES)
_FOREIGN_PHRASES = {
    nat: ("an " if adjective[0] in "AEIOU" else "a ") + adjective + " customer"
    for nat, _, adjective, *_ in w.FOREIGN_NAMES
}
_NO_FOREIGN = "customers abroad"
_NO_GUARDIAN = "the family"
_CONTEXT = {"a": "", "arel": "", "g": _NO_GUARDIAN, "G": "The family", "foreign": _NO_FOREIGN}
_CONTEXT.update(le="", liaison="", hotline="")
_FIXED_TEXTS = (  # every fixed string the demo can put into free text or a court document
    *(t for table in w.TEMPLATES for group in table.values() for t in group),
    *w.POSTPONED_OUTCOMES, *w.HEARING_NOTES, *w.LAW_ENFORCEMENT, *w.CUSTODIANS, *w.EVIDENCE,
    *(hotline[0] for hotline in w.HOTLINES), *(liaison[2] for liaison in w.LIAISONS),
    *_FOREIGN_PHRASES.values(), *(guardian[0] for guardian in _GUARDIANS),
    *(word for words in w.RELATION_WORDS.values() for word in words),
    *(a for kinds in _AGENCIES.values() for group in kinds.values() for a in group),
    *(f"{p[1]} {city} {office}" for p in _PROVINCES for city, _, office in p[3]),
    _NO_FOREIGN, _NO_GUARDIAN, "RTC Branch", "Hall of Justice",
)  # fmt: skip
_FIXED_WORDS = frozenset(part for text in _FIXED_TEXTS for part in _name_parts(text))


def _safe(names: Sequence[str]) -> tuple[str, ...]:
    """Drop names sharing a word with fixed text: a name must never be found in a template."""
    kept = tuple(name for name in names if not _name_parts(name) & _FIXED_WORDS)
    assert kept, "every name collided with the templates"
    return kept


_GIVEN = {"F": _safe(w.FEMALE_GIVEN), "M": _safe(w.MALE_GIVEN)}
_SURNAMES = _safe(w.SURNAMES)
_NICKNAMES = {"F": _safe(w.FEMALE_NICKNAMES), "M": _safe(w.MALE_NICKNAMES)}

# --- templates, filled for 1-4 victims at import ------------------------------------------------
_VICTIM_PSEUDONYMS = ("AAA", "BBB", "CCC", "DDD")


def _victim_words(count: int) -> _Keep:
    names = _VICTIM_PSEUDONYMS[:count]
    one = count == 1
    return _Keep(
        v=names[0] if one else ", ".join(names[:-1]) + " and " + names[-1],
        v1=names[0],
        was="was" if one else "were",
        is_="is" if one else "are",
        child="the child" if one else "the children",
        Child="The child" if one else "The children",
    )


def _per_count(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Templates indexed by kind, then by victim count (index 0 unused)."""
    filled = [_victim_words(n) if n else _Keep() for n in range(5)]
    return {
        kind: tuple(tuple(t.replace("{is}", "{is_}").format_map(f) for t in group) for f in filled)
        for kind, group in table.items()
    }


_SOURCE_TEXT = _per_count(w.SOURCE_TEXT)
_OFFENSE_TEXT = _per_count(w.OFFENSE_TEXT)
_OFFENSE_TEXT_REL = _per_count(w.OFFENSE_TEXT_REL)
_STATUS_TEXT = _per_count(w.STATUS_TEXT)
_NOTE_TEXT = _per_count(w.NOTE_TEXT)
_NOTE_TEXT_REL = _per_count({k: v + w.NOTE_TEXT_REL.get(k, ()) for k, v in w.NOTE_TEXT.items()})
_REFERRAL_TEXT = _per_count(w.REFERRAL_TEXT)
_OUTCOMES = _per_count(w.HEARING_OUTCOMES)
_POSTPONED = _per_count({"postponed": w.POSTPONED_OUTCOMES})["postponed"]
_HEARING_NOTES = _per_count({"scheduled": w.HEARING_NOTES})["scheduled"]


# --- weighted tables -----------------------------------------------------------------------
def _table(text: str) -> tuple[str, ...]:
    """Parse ``"a:3|b:1"`` from ``demo_words`` into a weighted table."""
    pairs = (item.rsplit(":", 1) for item in w._split(text))
    return _weighted((item, int(weight)) for item, weight in pairs)


def _combos(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item.split("+")) for item in _table(text))


_STATUS_BY_AGE = tuple((days, _table(text)) for days, text in w.STATUS_BY_AGE)
_OFFENSES = _combos(w.OFFENSES)
_ACCUSED_PLANS = {offense: _combos(text) for offense, text in w.ACCUSED_PLANS.items()}
_PLAN_FOR = {"grooming": "online", "sextortion": "online", "csaem_distribution": "online"}
_PROTECTED = frozenset(("parent", "relative", "household"))
# plain names are checked against the vault names listed before them
assert all(
    sorted(plan, key=lambda relationship: relationship not in _PROTECTED) == list(plan)
    for plans in _ACCUSED_PLANS.values()
    for plan in plans
), "protected relatives must come first in an accused plan"
_SOURCES = _table(w.SOURCES)
_VICTIM_COUNTS = tuple(int(n) for n in _table(w.VICTIM_COUNTS))
_VICTIM_AGES = tuple(int(n) for n in _table(w.VICTIM_AGES))
_CONSENT = _table(w.CONSENT)
_ACCOMMODATIONS = _combos(w.ACCOMMODATIONS)
_REFERRAL_KINDS = _table(w.REFERRAL_KINDS)
_RECENT_REFERRAL = _table(w.RECENT_REFERRAL_STATUS)
_OLD_REFERRAL = _table(w.REFERRAL_STATUS)
_NOTE_KINDS = _table(w.NOTE_KINDS)
_NOTE_TIMES = tuple(f"T{h:02d}:{m:02d}:00+08:00" for h in range(8, 18) for m in range(0, 60, 5))
_HEARING_TIMES = tuple(f"T{t}:00+08:00" for t in _table(w.HEARING_TIMES))
_PROSECUTOR_STAGES = frozenset(w.FIRST_STAGE)
_EVIDENCE_REFS = tuple(f"EV-{n:03d}" for n in range(1, 10))


class _CaseFactory:
    """One run of the generator: the rng, ISO date tables around ``today``, the staff to assign.

    Draws are written out as ``table[int(r() * len(table))]``: a helper call per draw would cost
    a third of the generation time.
    """

    def __init__(
        self, seed: int, workers: tuple[str, ...], lawyers: tuple[str, ...], today: date, years: int
    ) -> None:
        rng = random.Random(seed)  # noqa: S311  (synthetic data, not security)
        self._r = rng.random
        self._bits = rng.getrandbits
        self._workers = workers
        self._lawyers = lawyers
        self._today = today.toordinal()
        try:
            self._span = (today - today.replace(year=today.year - years)).days
        except ValueError:  # 29 February
            self._span = (today - today.replace(year=today.year - years, day=28)).days
        self._base = self._today - self._span - _MARGIN
        days = [date.fromordinal(o) for o in range(self._base, self._today + _MARGIN + 1)]
        self._iso = [d.isoformat() for d in days]
        self._year = [d.year for d in days]
        self._md = [d.month * 100 + d.day for d in days]

    def case(self) -> dict[str, Any]:
        r, span = self._r, self._span
        # recent cases likelier: 70% from a density falling linearly with age, 30% uniform
        age = min(span - 1, int(span * (1.0 - math.sqrt(r())) if r() < 0.7 else span * r()))
        opened = self._today - age
        status = "closed"
        for younger_than, statuses in _STATUS_BY_AGE:
            if age < younger_than:
                status = statuses[int(r() * len(statuses))]
                break
        region, province, towns, courts = _PROVINCES[int(r() * len(_PROVINCES))]
        offenses = _OFFENSES[int(r() * len(_OFFENSES))]
        main = "osaec_livestream" if "osaec_livestream" in offenses else offenses[0]
        kind = _SOURCES[int(r() * len(_SOURCES))]
        ctx = _CONTEXT.copy()  # the per-case words of the templates
        ctx["le"] = w.LAW_ENFORCEMENT[int(r() * len(w.LAW_ENFORCEMENT))]
        source = self._source(kind, opened, ctx)
        persons, nv, related = self._persons(opened, main, towns, ctx)
        worker = self._workers[int(r() * len(self._workers))]

        summary = [_pick(r, _SOURCE_TEXT[kind][nv])]
        texts = _OFFENSE_TEXT_REL.get(main) if related and r() < 0.7 else None
        summary.append(_pick(r, (texts or _OFFENSE_TEXT[main])[nv]))
        if len(offenses) > 1 and r() < 0.6:
            other = offenses[-1] if offenses[-1] != main else offenses[0]
            summary.append(_pick(r, _OFFENSE_TEXT[other][nv]))
        summary.append(_pick(r, _STATUS_TEXT[status][nv]))
        referrals, notes, evidence = w.COUNTS[status]
        chance = 0.65 if status in ("in_court", "closed") else 0.2 if status == "active" else 0.0
        return {
            "status": status,
            "opened_on": self._iso[opened - self._base],
            "region": region,
            "province": province,
            "offenses": list(offenses),
            "source": source,
            "summary": " ".join(summary).format_map(ctx),
            "assigned_to": worker,
            "consent_statistics": _CONSENT[int(r() * len(_CONSENT))],
            "accommodations": list(_pick(r, _ACCOMMODATIONS)) if r() < chance else [],
            "persons": persons,
            "referrals": self._referrals(_pick(r, referrals), opened, age, _AGENCIES[region], nv),
            "notes": self._notes(_pick(r, notes), opened, age, worker, ctx, related=related, nv=nv),
            "hearings": self._hearings(status, age, opened, courts, nv=nv, ctx=ctx, region=region),
            "evidence": self._evidence(_pick(r, evidence), opened, age),
        }

    def _referrals(
        self, count: int, opened: int, age: int, agencies: dict[str, tuple[str, ...]], nv: int
    ) -> list[dict[str, str]]:
        """Referrals in the first two months; recent ones still pending more often."""
        r, iso, base = self._r, self._iso, self._base
        referrals = []
        for day in sorted(opened + int(r() * (min(age, 60) + 1)) for _ in range(count)):
            kind = _REFERRAL_KINDS[int(r() * len(_REFERRAL_KINDS))]
            statuses = _RECENT_REFERRAL if self._today - day < 14 else _OLD_REFERRAL
            status = statuses[int(r() * len(statuses))]
            names = agencies[kind]
            referral = {
                "agency": names[int(r() * len(names))],
                "kind": kind,
                "referred_on": iso[day - base],
                "status": status,
            }
            if status in ("pending", "accepted") and r() < 0.7:
                referral["follow_up_on"] = iso[day - base + 7 + int(r() * 38)]
            if r() < 0.7:
                lines = _REFERRAL_TEXT[kind][nv]
                referral["note"] = lines[int(r() * len(lines))]
            referrals.append(referral)
        return referrals

    def _notes(
        self, count: int, opened: int, age: int, worker: str, ctx: dict[str, str], *,
        related: bool, nv: int,
    ) -> list[dict[str, str]]:  # fmt: skip
        """The intake note before noon on the opening day, then later notes in time order."""
        r, iso, base = self._r, self._iso, self._base
        first = int(r() * 48)
        notes = [
            {
                "kind": "intake",
                "written_at": iso[opened - base] + _NOTE_TIMES[first],
                "author": worker,
                "text": _pick(r, _NOTE_TEXT["intake"][nv]).format_map(ctx),
            }
        ]
        if age:
            later = min(age, 1000)
            times = [(opened + 1 + int(r() * later), int(r() * 120)) for _ in range(count - 1)]
        else:
            times = [(opened, first + 1 + int(r() * (119 - first))) for _ in range(count - 1)]
        times.sort()
        texts = _NOTE_TEXT_REL if related else _NOTE_TEXT
        workers = self._workers
        for day, minute in times:
            kind = _NOTE_KINDS[int(r() * len(_NOTE_KINDS))]
            templates = texts[kind][nv]
            notes.append(
                {
                    "kind": kind,
                    "written_at": iso[day - base] + _NOTE_TIMES[minute],
                    "author": worker if r() < 0.8 else workers[int(r() * len(workers))],
                    "text": templates[int(r() * len(templates))].format_map(ctx),
                }
            )
        return notes

    def _evidence(self, count: int, opened: int, age: int) -> list[dict[str, str]]:
        """Items registered by description and hash only, in the weeks after the opening."""
        r, iso, base = self._r, self._iso, self._base
        days = sorted(opened + int(r() * (min(age, 45) + 1)) for _ in range(count))
        return [
            {
                "description": w.EVIDENCE[int(r() * len(w.EVIDENCE))],
                "custodian": w.CUSTODIANS[int(r() * len(w.CUSTODIANS))],
                "reference": _EVIDENCE_REFS[number],
                "sha256": f"{self._bits(256):064x}",
                "received_on": iso[day - base],
            }
            for number, day in enumerate(days)
        ]

    def _source(self, kind: str, opened: int, ctx: dict[str, str]) -> dict[str, str]:
        """How the case came in; the outside report usually predates the opening by weeks."""
        r = self._r
        year = self._year[opened - self._base - int(r() * 30)]
        if kind == "cybertipline":
            reference = f"CT-{year}-{1 + int(r() * 9_999_998):07d}"
        elif kind == "foreign_referral":
            code, nationality, phrase = _pick(r, w.LIAISONS)
            ctx["liaison"], ctx["nationality"] = phrase, nationality
            reference = f"{code}-{year}-{1 + int(r() * 9998):04d}"
        elif kind == "hotline":
            ctx["hotline"], code = _pick(r, w.HOTLINES)
            reference = f"{code}-{year}-{1 + int(r() * 99998):05d}"
        elif kind == "police":
            reference = f"{_pick(r, w.POLICE_REFERENCES)}-{year}-{1 + int(r() * 9998):04d}"
        elif kind == "other" and r() < 0.5:
            reference = f"BCPC-{year}-{1 + int(r() * 998):03d}"
        else:
            return {"kind": kind}
        return {"kind": kind, "reference": reference}

    def _persons(
        self, opened: int, main: str, towns: tuple[str, ...], ctx: dict[str, str]
    ) -> tuple[list[dict[str, Any]], int, bool]:
        """Victims, maybe a guardian, then the accused, protected relatives first.

        Siblings share the family surname and, as middle name, their mother's maiden name, as in
        Filipino names. Returns the persons, the victim count and whether a relative is accused.
        """
        r = self._r
        year, md = self._year[opened - self._base], self._md[opened - self._base]
        family, maiden = self._surnames()
        barangay = int(r() * len(w.BARANGAYS))
        home = f"{_pick(r, _PUROKS)}, Brgy. {w.BARANGAYS[barangay]}, {_pick(r, towns)}"
        used: list[str] = []
        persons: list[dict[str, Any]] = []
        nv = _VICTIM_COUNTS[int(r() * len(_VICTIM_COUNTS))]
        for number in range(nv):
            sex = "F" if r() < 0.75 else "M"
            surname, middle = (family, maiden) if not number or r() < 0.8 else self._surnames()
            identity: dict[str, Any] = {"legal_name": f"{self._given(sex, used)} {middle} {surname}"}
            if r() < 0.3:
                nicknames = _NICKNAMES[sex]
                identity["aliases"] = [nicknames[int(r() * len(nicknames))]]
            age = _VICTIM_AGES[int(r() * len(_VICTIM_AGES))]
            key, month_day = _BIRTH_MD[int(r() * len(_BIRTH_MD))]
            identity["birth_date"] = f"{year - age - (key > md)}{month_day}"
            identity["address"] = home
            if age < 18 and r() < 0.85:
                school = barangay if r() < 0.7 else int(r() * len(_SCHOOLS))
                identity["school"] = _SCHOOLS[school][age > 11]
            if age > 10 and r() < 0.6:
                identity["contact"] = self._phone()
            persons.append(
                {"role": "victim", "sex": sex, "age": age, "nationality": "PH", "identity": identity}
            )
        if r() < 0.55:
            word, sex, youngest, spread = _GUARDIANS[int(r() * len(_GUARDIANS))]
            ctx["g"], ctx["G"] = word, word[0].upper() + word[1:]
            identity = {"legal_name": f"{self._given(sex, used)} {self._surnames()[0]} {maiden}"}
            if r() < 0.6:
                identity["address"] = home
            if r() < 0.9:
                identity["contact"] = self._phone()
            age = youngest + int(r() * spread)
            persons.append(
                {"role": "guardian", "sex": sex, "age": age, "nationality": "PH", "identity": identity}
            )
        related = False
        taken: set[str] = set()  # protected name parts, which a plain name must not share
        plans = _ACCUSED_PLANS[_PLAN_FOR.get(main, main)]
        for relationship in plans[int(r() * len(plans))]:
            if relationship in _PROTECTED:
                persons.append(self._relative(relationship, family, maiden, home, used=used, ctx=ctx))
                related = True
                continue
            if not taken:
                taken = {part for person in persons for part in _vault_parts(person["identity"])}
            if relationship == "foreign_online":
                nationality = ctx.pop("nationality", "") or _pick(r, _FOREIGN_NATIONALITIES)
                given, surnames = _FOREIGN[nationality]
                if ctx["foreign"] == _NO_FOREIGN:
                    ctx["foreign"] = _FOREIGN_PHRASES[nationality]
                person: dict[str, Any] = {"role": "accused", "sex": "M"}
                if r() < 0.7:  # an offender abroad is often known only by an account
                    person["age"] = 34 + int(r() * 38)
                person["nationality"] = nationality
                person["relationship"] = relationship
                person["name"] = self._plain_name(given, surnames, taken)
                persons.append(person)
            else:  # a neighbor or a local stranger is not protected: a plain name
                sex = "M" if r() < 0.8 else "F"
                name = self._plain_name(_GIVEN[sex], _SURNAMES, taken)
                persons.append(
                    {"role": "accused", "sex": sex, "age": 19 + int(r() * 45), "nationality": "PH",
                     "relationship": relationship, "name": name}
                )  # fmt: skip
        ctx.pop("nationality", None)
        return persons, nv, related

    def _relative(
        self, relationship: str, family: str, maiden: str, home: str, *, used: list[str],
        ctx: dict[str, str],
    ) -> dict[str, Any]:  # fmt: skip
        """An accused parent, relative or household member: protected, so a vault identity."""
        r = self._r
        if relationship == "parent":
            sex = "F" if r() < 0.65 else "M"
            middle, surname = (maiden if sex == "F" else self._surnames()[0]), family
            age = 26 + int(r() * 28)
        elif relationship == "relative":
            sex = "F" if r() < 0.5 else "M"
            middle, surname = self._surnames()[0], (family if r() < 0.5 else maiden)
            age = 19 + int(r() * 45)
        else:
            sex = "M" if r() < 0.75 else "F"
            middle, surname = self._surnames()
            age = 20 + int(r() * 35)
        identity: dict[str, Any] = {"legal_name": f"{self._given(sex, used)} {middle} {surname}"}
        if r() < 0.35:
            identity["aliases"] = [_pick(r, _NICKNAMES[sex])]
        if r() < 0.6:
            identity["address"] = home
        if not ctx["a"]:  # the first protected accused is XXX
            ctx["a"], ctx["arel"] = "XXX", _pick(r, w.RELATION_WORDS[relationship, sex])
        return {"role": "accused", "sex": sex, "age": age, "nationality": "PH",
                "relationship": relationship, "identity": identity}  # fmt: skip

    def _hearings(
        self, status: str, age: int, opened: int, courts: tuple[tuple[str, str, str], ...], *,
        nv: int, ctx: dict[str, str], region: str,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Court dates in the real order; past ones held or postponed, future ones scheduled."""
        r = self._r
        plan: tuple[str, ...]
        if status == "in_court":
            plan, limit = (_pick(r, w.FIRST_STAGE), *w.IN_COURT_PLAN), 2 + int(r() * 4)
            spread = min(150, max(14, 2 * (age + 10) // (limit - 1) - 28))  # reach about today
        elif status == "closed" and r() < 0.75:
            plan, limit = _pick(r, w.CLOSED_PLANS), 5
            spread = max(7, (age - 40) // 6)
        elif status == "active" and r() < 0.3:
            plan, limit, spread = (_pick(r, w.FIRST_STAGE),), 2, 30
        else:
            return []
        city, code, prosecutor = _pick(r, courts)
        court = f"RTC Branch {1 + int(r() * 80)}, {city}"
        location = f"Hall of Justice, {city}"
        lawyer = _pick(r, self._lawyers) if self._lawyers else ""
        iso, base, today = self._iso, self._base, self._today
        number = f"{iso[opened - base][2:4]}-{1 + int(r() * 99998):05d}"  # year of filing
        dockets = {True: f"NPS-{region}-INV-{number}", False: f"R-{code}-{number}-CR"}
        day = opened + 7 + int(r() * 30)
        step = 0
        hearings: list[dict[str, Any]] = []
        while step < len(plan) and len(hearings) < limit:
            weekday = (day + 6) % 7
            if weekday > 4:
                day += 7 - weekday
            if day - base >= len(iso) or (day > today and status == "closed"):
                break
            kind = plan[step]
            at_prosecutor = kind in _PROSECUTOR_STAGES
            hearing = {
                "court": prosecutor if at_prosecutor else court,
                "docket": dockets[at_prosecutor],
                "kind": kind,
                "starts_at": iso[day - base] + _HEARING_TIMES[int(r() * len(_HEARING_TIMES))],
                "location": location,
            }
            if day > today:
                hearing["status"] = "scheduled"
                step += 1
            elif r() < 0.22 and (status != "closed" or len(hearings) + len(plan) - step < limit):
                hearing["status"] = "postponed"  # a closed case keeps room for its judgment
                hearing["outcome"] = _pick(r, _POSTPONED[nv])
            else:
                hearing["status"] = "held"
                hearing["outcome"] = _pick(r, _OUTCOMES[kind][nv])
                step += 1
            if lawyer:
                hearing["lawyer"] = lawyer
            if r() < 0.4:
                hearing["notes"] = _pick(r, _HEARING_NOTES[nv]).format_map(ctx)
            hearings.append(hearing)
            if day > today and r() < 0.6:
                break  # usually only the next date or two are set
            day += 14 + int(r() * spread)
        return hearings

    def _given(self, sex: str, used: list[str]) -> str:
        """A given name not yet used in this case, so that siblings differ."""
        names = _GIVEN[sex]
        while True:
            name = names[int(self._r() * len(names))]
            if name not in used:
                used.append(name)
                return name

    def _plain_name(self, given: Sequence[str], surnames: Sequence[str], taken: set[str]) -> str:
        """An unprotected person's name sharing no part with the case's vault names.

        A hearing summary prints it next to pseudonyms; a shared part would trip the leak guard.
        """
        r = self._r
        while True:
            name = f"{given[int(r() * len(given))]} {surnames[int(r() * len(surnames))]}"
            if taken.isdisjoint(name.split()):
                return name

    def _surnames(self) -> tuple[str, str]:
        r = self._r
        return _SURNAMES[int(r() * len(_SURNAMES))], _SURNAMES[int(r() * len(_SURNAMES))]

    def _phone(self) -> str:
        r = self._r
        prefix = w.MOBILE_PREFIXES[int(r() * len(w.MOBILE_PREFIXES))]
        return f"{prefix}-{_D3[int(r() * 1000)]}-{_D4[int(r() * 10000)]}"


def _vault_parts(identity: dict[str, Any]) -> Iterator[str]:
    """The words of a vault name and its aliases, spelled as in the word lists."""
    for name in (identity["legal_name"], *identity.get("aliases", ())):
        yield from name.replace("-", " ").split()


def _pick(r: Callable[[], float], items: Sequence[_T]) -> _T:
    """Cold-path draw; hot loops write the same expression inline."""
    return items[int(r() * len(items))]


def generate_cases(
    count: int,
    *,
    seed: int = 0,
    workers: Sequence[str],
    lawyers: Sequence[str],
    today: date,
    years: int = 4,
) -> Iterator[dict[str, Any]]:
    """Yield ``count`` synthetic cases in the interchange format, without ``reference``.

    ``workers`` are assigned cases and write notes; ``lawyers`` (may be empty) attend hearings.
    Cases open over the ``years`` before ``today``, recent ones likelier; hearings may lie up to
    about a year after it. Arguments are checked now, not at the first ``next()``.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if not workers:
        raise ValueError("at least one worker is needed to assign cases to")
    if years < 1:
        raise ValueError("years must be at least 1")
    factory = _CaseFactory(seed, tuple(workers), tuple(lawyers), today, years)
    return (factory.case() for _ in range(count))
