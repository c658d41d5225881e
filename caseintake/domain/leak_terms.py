"""The canonical terms of vault values: what the leak guard looks for, in every common spelling.

Each value is turned into the canonical terms of `leak_match` (``w:``, ``c:``, ``d:``, ``p:``,
``e:``), so that one digest lookup finds it however it is written:

- names and aliases: every name part of three or more letters, compound surnames joined
  ("Dela Cruz" -> ``delacruz``), reduplicated nicknames joined ("Jun-Jun" -> ``junjun``),
  neighbouring parts joined; two-letter parts and parts that are ordinary words ("Sy", "Go",
  "Ang", "May", "Grace") only in a name context (``c:``);
- a birth date as one ``d:`` term, which every written form of the date reduces to;
- telephone numbers by their national digits (and the local number of a landline), e-mail
  addresses whole and the handle in them;
- addresses by their street-level part: barangay, sitio, purok and street names alone when they
  are distinctive, with their qualifier ("Brgy. Mabini") when they are ordinary words; the city
  or province alone is not identifying and is never a term;
- schools by the distinctive part of the name, with or without the generic words and their
  abbreviations ("Elem.", "ES", "NHS"), and by the initials acronym;
- a child's placement (the agency and note of a shelter referral) like an address.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import date

from caseintake.domain.leak_match import MONTHS
from caseintake.domain.leak_text import fold, word_set

FIELD_LEGAL_NAME = "legal name"
FIELD_ALIAS = "alias"
FIELD_BIRTH_DATE = "birth date"
FIELD_ADDRESS = "address"
FIELD_SCHOOL = "school"
FIELD_CONTACT = "contact"
FIELD_PLACEMENT = "placement"

PARTICLES = word_set(
    "de del dela della delos dellos la las los le da das do dos di du san santa sta sto santo "
    "van von der den ten ter mac mc ma"
)
SUFFIXES = word_set("jr sr ii iii iv v")

# Name parts that are also ordinary words in the texts this office writes (English, Filipino,
# Cebuano, month names, court words): matched only in a name context, so that "May 2026" or
# "ang bata" does not block every document of an office where someone is called May or Ang.
ORDINARY_WORDS = word_set(
    " ".join(MONTHS) + " mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday"
    " ang mga nang kay sina siya niya ako ito iyan iyon para pero dito doon bata may wala"
    " hindi ikaw kami tayo sila lang din rin ano sino nga kini kana ila ato amo dili naa"
    " diri didto ug kag kon kung nag mag pag"
    " the and for are but not you all any can her was one our out day get has him his how"
    " man new now old see two way who boy did its let put say she too use dad mom son"
    " will bill mark rose joy grace hope faith love star honey angel baby king prince"
    " princess queen pearl ruby jade amber crystal dawn summer happy lucky sweet cherry"
    " lady mercy charity precious lovely gay ivy iris lily daisy violet hazel holly chase"
    " hunter mason cash case court judge law justice young long black white brown green"
    " gray grey gold silver stone wood hill field rice bush bell child girl home house"
    " family office region city branch hall trial police center school church saint"
    " victory glory gift blessing miracle unity liberty peace harmony melody trinity"
    " people page note notes hearing evidence victim witness guardian accused mother"
    " father sister brother aunt uncle cousin"
    " jun"
)
# Place words that are ordinary words, hero names or found in every town ("Poblacion",
# "Rizal", "Mabini", "Maligaya" = happy): a term only with their qualifier ("Brgy. Mabini").
COMMON_PLACES = word_set(
    "poblacion centro proper san santo santa sto sta rizal mabini bonifacio luna burgos "
    "magsaysay quezon roxas osmena aguinaldo lapulapu jacinto legaspi recto taft mckinley "
    "bagong bagumbayan maligaya masagana malinis ibaba ilaya tulay looc tabok bucana suba "
    "cogon lawaan tambo carmen guadalupe riverside mangga lubi katipunan kalayaan bayanihan "
    "pag asa pagasa mabuhay maharlika liwanag silangan kanluran hilaga timog bukid bundok "
    "ilog dagat tabing dagat baybay lungsod bayan upper lower east west north south"
)
ADDRESS_WORDS = word_set(
    "purok prk sitio zone barangay brgy bgy brg barrio street st road rd avenue ave village "
    "vill subdivision subd compound cmpd phase ph block blk lot house no num number unit bldg "
    "building extension ext interior int corner cor lane ln drive highway hwy city "
    "municipality mun province prov district dist of the"
)
_QUALIFIERS = {
    "barangay": ("barangay", "brgy", "bgy", "brg"),
    "brgy": ("barangay", "brgy", "bgy", "brg"),
    "bgy": ("barangay", "brgy", "bgy", "brg"),
    "brg": ("barangay", "brgy", "bgy", "brg"),
    "barrio": ("barrio", "barangay", "brgy", "bgy"),
    "sitio": ("sitio",),
    "purok": ("purok", "prk"),
    "prk": ("purok", "prk"),
    "zone": ("zone",),
}
_STREET_QUALIFIERS = ("street", "st", "road", "rd", "avenue", "ave", "extension", "ext", "lane", "drive")
SCHOOL_WORDS = word_set(
    "school elementary elem es national high nhs hs shs jhs senior junior integrated central "
    "cs ces ics academy college university institute learning center centre of the memorial "
    "science technical vocational catholic christian montessori inc day care daycare primary "
    "secondary annex campus public private sped agricultural trade comprehensive pilot main "
    "paaralan mababang mataas pambansang"
)
_SCHOOL_QUALIFIERS = sorted(word_set("es elem elementary school nhs hs national high central"))
PLACEMENT_WORDS = word_set(
    "shelter home house center centre haven residential care facility foundation inc for of "
    "the and girls boys children child women youth dswd region regional field office crisis "
    "temporary processing unit bahay tahanan balay ng sa mga"
)
_WORDS = re.compile(r"[^\W\d_]+|\d+")
_CHUNK_SPLIT = re.compile(r"[\s,;/]+")
_EMAIL = re.compile(r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")


def _tokens(text: str) -> list[str]:
    return _WORDS.findall(fold(text))


def _word(part: str) -> str:
    """``w:`` for a distinctive word, ``c:`` for a short or ordinary one."""
    if len(part) < 3 or part in ORDINARY_WORDS:
        return "c:" + part
    return "w:" + part


def name_terms(name: str) -> Iterator[str]:
    chunks = [_tokens(chunk) for chunk in _CHUNK_SPLIT.split(fold(name))]
    chunks = [c for c in chunks if c and not (len(c) == 1 and c[0] in SUFFIXES)]
    # Particles attach to what follows: "de la Cruz" and "Dela Cruz" are the compound "delacruz".
    compounds: list[list[str]] = []
    pending: list[str] = []
    for chunk in chunks:
        if len(chunk) == 1 and chunk[0] in PARTICLES:
            pending += chunk
            continue
        compounds.append(pending + chunk)
        pending = []
    if pending:
        compounds.append(pending)
    for compound in compounds:
        for part in compound:
            if part.isalpha() and part not in PARTICLES:
                yield _word(part)
        if len(compound) > 1:
            yield "w:" + "".join(compound)
            core = [p for p in compound if p not in PARTICLES]
            if len(core) > 1:
                yield "w:" + "".join(core)
    for left, right in itertools.pairwise(compounds):
        # Two neighbouring parts joined matter only when one is a short or ordinary word, which
        # alone is a term only in a name context ("Grace Uy" -> "graceuy").
        weak = any(_word(part).startswith("c:") for part in left + right if part not in PARTICLES)
        if weak and len(left) + len(right) <= 3:
            yield "w:" + "".join(left + right)


def birth_date_terms(day: date) -> Iterator[str]:
    yield day.strftime("d:%Y%m%d")


def contact_terms(contact: str) -> Iterator[str]:
    text = fold(contact)
    for email in _EMAIL.findall(text):
        yield "e:" + email
        handle = "".join(_WORDS.findall(email.split("@")[0]))
        if len(handle) >= 6:
            yield "w:" + handle
    without_email = _EMAIL.sub(" ", text)
    for number in re.split(r"[;,]|\bor\b|\bat\b", without_email):
        digits = re.sub(r"\D", "", number.replace("o", "0") if re.search(r"\d", number) else number)
        if len(digits) < 7:
            continue
        national = digits[2:] if digits.startswith("63") and len(digits) >= 11 else digits
        national = national.lstrip("0")
        if 7 <= len(national) <= 10:
            yield "p:" + national
        if not (len(national) == 10 and national.startswith("9")):  # a landline: local number too
            for size in (7, 8):
                if len(national) > size:
                    yield "p:" + national[-size:]


def _components(text: str) -> list[list[str]]:
    return [tokens for part in re.split(r"[,;\n]+", fold(text)) if (tokens := _WORDS.findall(part))]


def _place_name_terms(words: list[str], qualifiers: Iterable[str]) -> Iterator[str]:
    """A place name alone when distinctive, and with each of its qualifiers in front."""
    name = "".join(words)
    if not name.isalpha() or len(name) < 3:
        return
    distinctive = len(name) >= 4 and not all(w in COMMON_PLACES for w in words)
    if distinctive and not (len(words) == 1 and words[0] in ORDINARY_WORDS):
        yield "w:" + name  # found inside "Brgy. Lahug" too: the qualified forms add nothing
        return
    for qualifier in qualifiers:
        yield "w:" + qualifier + name


_BARANGAY_WORDS = frozenset({"barangay", "brgy", "bgy", "brg", "barrio"})


def address_terms(address: str) -> Iterator[str]:
    """The street-level parts of an address; the town, city and province are never terms.

    Philippine addresses run from the house to the province, so what follows the barangay is
    the municipality and province; without a barangay, the last part is the town (the last two
    when there are three or more parts, unless the last says it is a city).
    """
    components = _components(address)
    barangay = [i for i, tokens in enumerate(components) if _BARANGAY_WORDS & set(tokens)]
    if barangay:
        street_level = components[: barangay[-1] + 1]
    elif components and {"city", "municipality"} & set(components[-1]):
        street_level = components[:-1]  # "..., Mabolo, Cebu City": the city is the last part
    elif len(components) >= 3:
        street_level = components[:-2]
    else:
        street_level = components[:-1] if len(components) > 1 else components
    for tokens in street_level:
        if any(t in ("city", "municipality", "province") for t in tokens):
            continue
        yield from _component_terms(tokens)


def _component_terms(tokens: list[str]) -> Iterator[str]:
    qualifier = next((t for t in tokens if t in _QUALIFIERS), None)
    names = [t for t in tokens if t not in ADDRESS_WORDS and not t.isdigit()]
    numbers = [t for t in tokens if t.isdigit()]
    street = any(t in _STREET_QUALIFIERS for t in tokens)
    if not names:
        return
    if qualifier is not None:
        yield from _place_name_terms(names, _QUALIFIERS[qualifier])
    elif street:
        yield from _place_name_terms(names, ())
        base = "".join(names)
        for word in _STREET_QUALIFIERS:
            yield "w:" + base + word
        for number in numbers:
            yield "w:" + number + base
    else:
        yield from _place_name_terms(names, ())
        for number in numbers:
            yield "w:" + number + "".join(names)


def school_terms(school: str) -> Iterator[str]:
    words = _tokens(school)
    distinctive = [w for w in words if w not in SCHOOL_WORDS and w.isalpha()]
    if distinctive:
        name = "".join(distinctive)
        alone = len(distinctive) > 1 or (
            len(name) >= 4 and name not in COMMON_PLACES and name not in ORDINARY_WORDS
        )
        if alone:
            yield "w:" + name  # found inside "Bagong Silang NHS" too
        else:
            for qualifier in _SCHOOL_QUALIFIERS:
                yield "w:" + name + qualifier
    initials = "".join(w[0] for w in words if w not in ("of", "the", "ng"))
    if len(initials) >= 4:
        yield "w:" + initials
    if distinctive and len(distinctive) > 1:
        short = "".join(w[0] for w in distinctive)
        for qualifier in ("es", "nhs", "hs"):
            if len(short + qualifier) >= 4:
                yield "w:" + short + qualifier


def placement_terms(agency: str, note: str | None) -> Iterator[str]:
    """A shelter's own name and where it is; the agency kind alone ("DSWD") is not a term."""
    distinctive = [w for w in _tokens(agency) if w not in PLACEMENT_WORDS and w.isalpha()]
    if distinctive:
        name = "".join(distinctive)
        if len(name) >= 4 and name not in ORDINARY_WORDS:
            yield "w:" + name
        if len(distinctive) > 1:
            for word in distinctive:
                if len(word) >= 5 and word not in ORDINARY_WORDS and word not in COMMON_PLACES:
                    yield "w:" + word
    for text in (agency, note or ""):
        for tokens in _components(text):
            if any(t in _QUALIFIERS or t in _STREET_QUALIFIERS for t in tokens):
                yield from _component_terms(tokens)


def identity_terms(
    legal_name: str,
    aliases: Iterable[str],
    birth_date: date | None,
    address: str | None,
    school: str | None,
    contact: str | None,
) -> list[tuple[str, str]]:
    """(field, canonical term) for one person's vault values, without repeats."""
    found: dict[tuple[str, str], None] = {}

    def add(field: str, terms: Iterable[str]) -> None:
        for term in terms:
            # A namespace and three characters; two-letter surnames only in a name context.
            if len(term) > 4 or (term.startswith("c:") and len(term) > 3):
                found.setdefault((field, term), None)

    add(FIELD_LEGAL_NAME, name_terms(legal_name))
    for alias in aliases:
        add(FIELD_ALIAS, name_terms(alias))
    if birth_date is not None:
        add(FIELD_BIRTH_DATE, birth_date_terms(birth_date))
    if address:
        add(FIELD_ADDRESS, address_terms(address))
    if school:
        add(FIELD_SCHOOL, school_terms(school))
    if contact:
        add(FIELD_CONTACT, contact_terms(contact))
    return list(found)
