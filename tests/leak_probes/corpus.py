"""The probe corpus: realistic Philippine case data and the ways a vault value slips into print.

Six fictional households (`FAMILIES`) hold the identity-vault values. Each probe is one case of a
household whose ordinary, victim-safe fields are filled from `base_case`, with one field replaced
by a realistic sentence that spells a vault value in a way a reader still reads as that value:
invisible characters inside a name, Cyrillic look-alikes, a birth date in Filipino, a phone number
with en dashes, a barangay written "Bgy.", a school's initials, a child from another case, a
shelter's name. The field rotates over every free-text field an output prints (notes, summary,
referral agency and note, hearing court/branch/location/notes/outcome, evidence
description/custodian/reference, source reference, docket), so every printed field is tried.

Negative controls (`expect_block=False`) are sentences that name no one although they share a
word with the vault ("go", "co", "Cebu City", "SY 2025-2026", "in residential care (DSWD)"): a
guard that blocks them blocks honest work.

`covered=False` marks a probe outside the promise of DESIGN §2.3–2.4 and issue 11 (the reason
says why); such probes are measured and reported but not required.

Nothing here is real: names, addresses, numbers and schools are made up for the tests.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

FIELDS = (
    "note",
    "summary",
    "referral agency",
    "referral note",
    "hearing court",
    "hearing branch",
    "hearing location",
    "hearing notes",
    "hearing outcome",
    "evidence description",
    "evidence custodian",
    "evidence reference",
    "source reference",
    "docket",
)
#: Fields that accept more than one line (the importer refuses a line break in a short field).
LONG_FIELDS = ("note", "summary", "referral note", "hearing notes", "hearing outcome")
#: Fields the calendar (.ics) prints besides the reference and the kind of hearing.
ICS_FIELDS = frozenset({"hearing court", "hearing branch"})
#: Fields where a sentence about a family reads naturally (two-letter surnames need that context).
_PROSE_FIELDS = (
    "note",
    "summary",
    "referral note",
    "hearing notes",
    "hearing outcome",
    "evidence description",
    "evidence custodian",
    "hearing location",
)

CATEGORIES = (
    "names and aliases",
    "birth dates",
    "phones and e-mail",
    "addresses",
    "schools",
    "office-wide",
    "under-18 of any role",
    "protected places",
    "negative controls",
)

# --- the households -------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    key: str
    role: str
    pseudonym: str | None  # the court initials the person is expected to get, if known
    sex: str
    age: int | None = None
    relationship: str | None = None
    identity: dict[str, Any] | None = None
    name: str | None = None  # a plain (non-vault) name: only for the under-18 checks
    birth_year: int | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "sex": self.sex, "nationality": "PH"}
        for key in ("age", "relationship", "birth_year", "name"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.identity is not None:
            out["identity"] = dict(self.identity)
            if "aliases" in out["identity"]:
                out["identity"]["aliases"] = list(out["identity"]["aliases"])
        return out


@dataclass(frozen=True)
class Family:
    key: str
    region: str
    province: str
    city: str
    court: str
    prosecutor: str
    docket: str
    persons: tuple[Person, ...]
    referrals: tuple[dict[str, Any], ...] = ()

    def person(self, suffix: str) -> Person:
        return next(p for p in self.persons if p.key == f"{self.key}.{suffix}")


def _id(**values: Any) -> dict[str, Any]:
    return values


FAMILIES: dict[str, Family] = {
    f.key: f
    for f in (
        Family(
            "F1",
            "VII",
            "Cebu",
            "Cebu City",
            "RTC Branch 12, Cebu City",
            "Office of the City Prosecutor, Cebu City",
            "R-CEB-26-00123-CR",
            (
                Person(
                    "F1.victim",
                    "victim",
                    "AAA",
                    "F",
                    13,
                    identity=_id(
                        legal_name="Angelica Mae Dela Cruz",
                        aliases=["Gelay"],
                        birth_date="2012-07-23",
                        address="Purok 3, Sitio Bangkal, Brgy. Lahug, Cebu City",
                        school="Bagong Silang National High School",
                        contact="0917 123 4567",
                    ),
                ),
                Person(
                    "F1.sibling",
                    "victim",
                    "BBB",
                    "M",
                    10,
                    identity=_id(legal_name="Jerome Dela Cruz", aliases=["Jun-Jun"], birth_date="2016-01-05"),
                ),
                Person(
                    "F1.mother",
                    "accused",
                    "XXX",
                    "F",
                    relationship="parent",
                    identity=_id(
                        legal_name="Rosalinda Pacaña Dela Cruz",
                        birth_date="1985-02-14",
                        contact="rosalinda.pacana@yahoo.com",
                    ),
                ),
                Person(
                    "F1.aunt",
                    "guardian",
                    "CCC",
                    "F",
                    identity=_id(
                        legal_name="Teresita Niño Abellana", birth_date="1968-09-09", contact="(032) 412-3456"
                    ),
                ),
            ),
        ),
        Family(
            "F2",
            "NCR",
            "Metro Manila",
            "Marikina City",
            "RTC Branch 273, Marikina City",
            "Office of the City Prosecutor, Marikina City",
            "R-MKN-26-00456-CR",
            (
                Person(
                    "F2.victim",
                    "victim",
                    "AAA",
                    "M",
                    15,
                    identity=_id(
                        legal_name="Junrey Ybañez Sy",
                        aliases=["Rey-Rey"],
                        birth_date="2010-03-05",
                        address="Zone 5, Purok Sampaguita, Brgy. Tumana, Marikina City",
                        school="San Nicolas Central Elementary School",
                        contact="+63 998 765 4321",
                    ),
                ),
                Person(
                    "F2.uncle",
                    "accused",
                    "XXX",
                    "M",
                    relationship="relative",
                    identity=_id(legal_name="Wilfredo Uy", birth_date="1979-04-30"),
                ),
                Person(
                    "F2.mother",
                    "guardian",
                    "BBB",
                    "F",
                    identity=_id(
                        legal_name="Marites Go Ybañez",
                        birth_date="1982-05-17",
                        contact="marites.ybanez@gmail.com",
                    ),
                ),
            ),
        ),
        Family(
            "F3",
            "XI",
            "Davao del Sur",
            "Davao City",
            "RTC Branch 9, Davao City",
            "Office of the City Prosecutor, Davao City",
            "R-DVO-26-00789-CR",
            (
                Person(
                    "F3.victim",
                    "victim",
                    "AAA",
                    "F",
                    14,
                    identity=_id(
                        legal_name="Kimberly Co",
                        aliases=["Kimkim"],
                        birth_date="2011-06-11",
                        address="Purok Maligaya, Brgy. Talomo, Davao City",
                        school="Agdao Central Elementary School",
                        contact="0922-888-1357",
                    ),
                ),
                Person(
                    "F3.partner",
                    "accused",
                    "XXX",
                    "M",
                    relationship="household",
                    identity=_id(legal_name="Benjie Yu", birth_date="1990-08-08"),
                ),
                Person(
                    "F3.mother",
                    "guardian",
                    "BBB",
                    "F",
                    identity=_id(legal_name="Liza Ng Co", birth_date="1987-10-21", contact="(082) 224-5678"),
                ),
            ),
        ),
        Family(
            "F4",
            "NCR",
            "Metro Manila",
            "Manila",
            "RTC Branch 25, Manila",
            "Office of the City Prosecutor, Manila",
            "R-MNL-26-01011-CR",
            (
                Person(
                    "F4.victim",
                    "victim",
                    "AAA",
                    "F",
                    12,
                    identity=_id(
                        legal_name="Princess Joy Tumulak",
                        aliases=["Cessa"],
                        birth_date="2013-12-25",
                        address="Sitio Paraiso, Brgy. Baseco, Tondo, Manila",
                        school="Vitas Integrated School",
                        contact="0905 246 8101",
                    ),
                ),
                Person(
                    "F4.father",
                    "accused",
                    "XXX",
                    "M",
                    relationship="parent",
                    identity=_id(legal_name="Roberto Ty Tumulak", birth_date="1978-11-03"),
                ),
                Person(
                    "F4.witness",
                    "witness",
                    "BBB",
                    "F",
                    11,
                    identity=_id(
                        legal_name="Kyla Mae Lu", birth_date="2014-08-19", school="Vitas Integrated School"
                    ),
                ),
            ),
        ),
        # The donor of the office-wide probes: its values are printed only in other cases.
        Family(
            "F5",
            "VII",
            "Cebu",
            "Cebu City",
            "RTC Branch 14, Cebu City",
            "Office of the City Prosecutor, Cebu City",
            "R-CEB-26-00321-CR",
            (
                Person(
                    "F5.victim",
                    "victim",
                    "AAA",
                    "F",
                    14,
                    identity=_id(
                        legal_name="Precious Lyn Bacalso",
                        aliases=["Ching"],
                        birth_date="2011-04-18",
                        address="Sitio Kalubihan, Brgy. Kinasang-an, Cebu City",
                        school="Pardo National High School",
                        contact="0926 555 0199",
                    ),
                ),
                Person(
                    "F5.father",
                    "accused",
                    "XXX",
                    "M",
                    relationship="parent",
                    identity=_id(legal_name="Edgardo Bacalso Lim"),
                ),
            ),
        ),
    )
}

#: Children recorded under a plain name in roles that are not protected by role (DESIGN §2.4: any
#: person under 18 is protected whatever the role). Each is its own case; the product may refuse
#: the plain name at input (then the child's name never reaches print: counted as blocked).
MINORS = {
    "U1": Person("U1.witness", "witness", None, "M", 12, name="Jasper Quijano Rosales"),
    "U2": Person("U2.other", "other", None, "F", 15, name="Mikaela Sarmiento Ocampo"),
    "U3": Person(
        "U3.accused", "accused", None, "M", 16, relationship="stranger_local", name="Carlo Dimaculangan"
    ),
    "U4": Person("U4.witness", "witness", None, "F", None, name="Rhea Mae Baguio", birth_year=2013),
}

#: Current placements of children: the agency and note of a `shelter` referral (DESIGN §2.4).
#: Each sits in its own case (P1, P2); the probes print them in other cases.
PLACEMENTS = {
    "P1": {
        "agency": "Bahay Tuluyan Shelter",
        "kind": "shelter",
        "referred_on": "2026-01-07",
        "status": "accepted",
        "note": "Placed at Bahay Tuluyan Shelter, Sitio Lantawan, Brgy. Busay, Cebu City.",
    },
    "P2": {
        "agency": "Tahanan ng Pag-asa Home for Girls",
        "kind": "shelter",
        "referred_on": "2026-01-09",
        "status": "accepted",
        "note": "Transferred to the home at Km 5, Brgy. Malinta, Valenzuela City.",
    },
}
PLACEMENT_FAMILY = {"P1": "F1", "P2": "F4"}

# --- where a value is placed ----------------------------------------------------------------

TEMPLATES: dict[str, tuple[str, ...]] = {
    "note": (
        "Home visit with the guardian. The neighbour said {v} was again seen at the internet café.",
        "Interview at the WCPD office: the child mentioned {v} twice, then asked for water.",
        "Called the guardian to confirm the schedule; she brought up {v} when asked about the chats.",
        "Case conference with the prosecutor: the statement about {v} will be attached to the affidavit.",
    ),
    "summary": (
        "Referred by police after a foreign referral; the report names {v}. AAA rescued with two siblings.",
        "Hotline report of livestreamed abuse; the caller identified {v}. Case build-up ongoing.",
        "Walk-in complaint by a relative about {v}; AAA now receives counselling.",
    ),
    "referral agency": (
        "DSWD psychosocial team (re {v})",
        "Women and Children Protection Unit, for {v}",
        "Barangay VAW desk – {v}",
    ),
    "referral note": (
        "Accepted for weekly counselling; the intake form lists {v}. Next session in two weeks.",
        "Medical examination done; the report refers to {v}. Results to follow.",
        "Counsellor asked us not to mention {v} during sessions.",
    ),
    "hearing court": (
        "Regional Trial Court, Seventh Judicial Region, Family Court Branch; re {v}",
        "RTC Branch 12 ({v})",
        "Family Court, Hall of Justice annex, courtroom for {v}",
    ),
    "hearing branch": (
        "Branch 12 (sala assigned to {v})",
        "Branch 25 – {v}",
        "Family Court Branch, case of {v}",
    ),
    "hearing location": (
        "Hall of Justice, Room 304 – bring {v}",
        "Live-link room, 3/F; escort for {v}",
        "Municipal session hall (pick-up: {v})",
    ),
    "hearing notes": (
        "Prepare the child-witness room. Defence may raise {v} on cross; object.",
        "Bring the original affidavit; the judge asked about {v} last time.",
        "GAL confirmed. Remind the prosecutor that {v} must not be mentioned in open court.",
    ),
    "hearing outcome": (
        "Held; respondent's counsel referred to {v}. Reset for preliminary investigation.",
        "Inquest done; the complaint cites {v}. Filed for preliminary investigation.",
        "Submitted for resolution after the affidavit about {v} was read.",
    ),
    "evidence description": (
        "Screenshots of the Messenger chat with {v}",
        "Mobile phone recovered at the house; contact list shows {v}",
        "Printout of the remittance slips sent to {v}",
    ),
    "evidence custodian": (
        "NBI-CCD (received from {v})",
        "PNP-WCPC evidence room; turned over by {v}",
        "Prosecutor's office, attention {v}",
    ),
    "evidence reference": (
        "EV-001/{v}",
        "NBI-{v}",
        "EV {v}",
    ),
    "source reference": (
        "CT-2026-0001234 / {v}",
        "Hotline log: {v}",
        "Referral letter re {v}",
    ),
    "docket": (
        "R-CEB-26-00123-CR ({v})",
        "NPS-VII-01-INQ-26A-0045 {v}",
        "XV-05-INV-26B-0112 re {v}",
    ),
}


#: Sentences for a value that is not a person's name: a birth date, a number, a place, a school.
KIND_TEMPLATES: dict[str, dict[str, str]] = {
    "birth date": {
        "note": "Birth certificate checked: the child was born {v}, so the case stays with the family court.",
        "summary": "AAA (born {v}) was rescued with two siblings after a foreign referral.",
        "referral agency": "WCPU age assessment (DOB {v})",
        "referral note": "The medical certificate gives the date of birth as {v}.",
        "hearing court": "Family Court Branch (minor born {v})",
        "hearing branch": "Branch 12 – minor, DOB {v}",
        "hearing location": "Chambers; the child born {v} testifies by live link",
        "hearing notes": "Bring the PSA birth certificate ({v}) to prove the age of the child.",
        "hearing outcome": "Age of the child established: born {v}. Reset for pre-trial.",
        "evidence description": "PSA birth certificate, date of birth {v}",
        "evidence custodian": "Civil registrar (entry of {v})",
        "evidence reference": "PSA-{v}",
        "source reference": "CT report, child DOB {v}",
        "docket": "R-CEB-26-00123-CR (minor b. {v})",
    },
    "contact": {
        "note": "The uploader reached the child through {v}; the guardian asked us to keep it confidential.",
        "summary": "The foreign referral traced the payments to the account linked to {v}.",
        "referral agency": "Telco subscriber check for {v}",
        "referral note": "The counsellor will call {v} before each session.",
        "hearing court": "Family Court Branch (contact {v})",
        "hearing branch": "Branch 12 – text {v} for changes",
        "hearing location": "Hall of Justice; call {v} on arrival",
        "hearing notes": "Send the subpoena by text to {v}.",
        "hearing outcome": "Reset; the guardian will be told at {v}.",
        "evidence description": "Chat export from the account registered to {v}",
        "evidence custodian": "PNP-ACG (subscriber {v})",
        "evidence reference": "SIM {v}",
        "source reference": "Hotline caller {v}",
        "docket": "R-CEB-26-00123-CR / {v}",
    },
    "address": {
        "note": "Home visit at {v}; the house is behind the sari-sari store.",
        "summary": "AAA was rescued from the house at {v} during an entrapment operation.",
        "referral agency": "Barangay VAW desk of {v}",
        "referral note": "Barangay officials of {v} will help with the safety plan.",
        "hearing court": "Family Court Branch (ocular inspection at {v})",
        "hearing branch": "Branch 12 – ocular inspection, {v}",
        "hearing location": "Ocular inspection at {v}",
        "hearing notes": "The judge may order an ocular inspection at {v}.",
        "hearing outcome": "Ocular inspection at {v} set for next month.",
        "evidence description": "Laptop and webcam seized at {v}",
        "evidence custodian": "Barangay hall of {v}",
        "evidence reference": "EV-001 ({v})",
        "source reference": "Blotter of {v}",
        "docket": "R-CEB-26-00123-CR ({v})",
    },
    "school": {
        "note": "Talked with the guidance counsellor of {v}; AAA will take modular classes.",
        "summary": "A teacher at {v} reported the abuse to the hotline.",
        "referral agency": "Guidance office, {v}",
        "referral note": "The principal of {v} agreed to transfer the records.",
        "hearing court": "Family Court Branch (teacher from {v} to testify)",
        "hearing branch": "Branch 12 – witness from {v}",
        "hearing location": "Hall of Justice; the adviser from {v} attends",
        "hearing notes": "Subpoena the adviser of {v} as a witness.",
        "hearing outcome": "The adviser from {v} testified on the child's absences.",
        "evidence description": "Class records from {v}",
        "evidence custodian": "Registrar, {v}",
        "evidence reference": "EV-002 {v}",
        "source reference": "Report from {v}",
        "docket": "R-CEB-26-00123-CR ({v})",
    },
    "placement": {
        "note": "Visited AAA at {v}; she asked to see her siblings on Sunday.",
        "summary": "AAA was moved to {v} after the rescue; case build-up ongoing.",
        "referral agency": "{v} (aftercare)",
        "referral note": "Coordinated with the house parent of {v} for the escort.",
        "hearing court": "Family Court Branch (child testifies from {v})",
        "hearing branch": "Branch 12 – live link to {v}",
        "hearing location": "Live link from {v}",
        "hearing notes": "Escort from {v} to the court at 7:00.",
        "hearing outcome": "Held by live link from {v}. Reset for trial.",
        "evidence description": "Visitors' logbook of {v}",
        "evidence custodian": "House parent, {v}",
        "evidence reference": "EV-003/{v}",
        "source reference": "Referral from {v}",
        "docket": "R-CEB-26-00123-CR ({v})",
    },
}


# --- the probe record -----------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """One attempt to print a vault value: where, how, and whether the guard must stop it."""

    id: str
    category: str
    field: str
    values: tuple[str, ...]  # the vault (or placement) values this text spells
    text: str  # the whole field as stored
    family: str  # the household whose case prints it (F1..F4; U1..U4 for the plain-name minors)
    owner: str = ""  # the person the value belongs to ("" for negative controls and placements)
    kind: str = ""  # name | birth date | contact | address | school | placement
    covered: bool = True
    reason: str = ""
    expect_block: bool = True

    @property
    def multiline(self) -> bool:
        return "\n" in self.text or "\r" in self.text


@dataclass
class _Builder:
    category: str
    prefix: str
    probes: list[Probe] = field(default_factory=list)

    def add(
        self,
        variant: str,
        *,
        family: str,
        owner: str,
        kind: str,
        values: Sequence[str],
        covered: bool = True,
        reason: str = "",
        fields: Sequence[str] | None = None,
        expect_block: bool = True,
        whole: bool = False,
    ) -> None:
        """Place `variant` in the next field of the rotation (long fields only for line breaks)."""
        n = len(self.probes)
        multiline = "\n" in variant or "\r" in variant
        choices = tuple(fields) if fields else (LONG_FIELDS if multiline else FIELDS)
        where = choices[n % len(choices)]
        templates = TEMPLATES[where]
        template = templates[(n // len(choices)) % len(templates)]
        template = KIND_TEMPLATES.get(kind, {}).get(where, template)
        text = variant if whole else template.format(v=variant)
        self.probes.append(
            Probe(
                id=f"{self.prefix}-{n + 1:03d}",
                category=self.category,
                field=where,
                values=tuple(values),
                text=text,
                family=family,
                owner=owner,
                kind=kind,
                covered=covered,
                reason=reason,
                expect_block=expect_block,
            )
        )


def _family_of(owner: str) -> str:
    return owner.partition(".")[0]


def _identity(owner: str) -> dict[str, Any]:
    family, _ = owner.split(".")
    person = FAMILIES[family].person(owner.split(".")[1])
    assert person.identity is not None
    return person.identity


def _name_probes() -> list[Probe]:
    b = _Builder("names and aliases", "name")

    def add(variant: str, owner: str, value_key: str = "legal_name", **kw: Any) -> None:
        ident = _identity(owner)
        value = ident["aliases"][0] if value_key == "alias" else ident[value_key]
        b.add(variant, family=_family_of(owner), owner=owner, kind="name", values=[value], **kw)

    # Invisible characters inside a given name or surname.
    invisibles = {
        "zero-width space": "\u200b",
        "zero-width non-joiner": "\u200c",
        "zero-width joiner": "\u200d",
        "word joiner": "\u2060",
        "soft hyphen": "\u00ad",
        "byte order mark": "\ufeff",
        "left-to-right mark": "\u200e",
        "right-to-left mark": "\u200f",
        "Arabic letter mark": "\u061c",
        "invisible separator": "\u2063",
    }
    for name, owner in (("Angelica", "F1.victim"), ("Tumulak", "F4.victim")):
        cut = len(name) // 2
        for ch in invisibles.values():
            add(name[:cut] + ch + name[cut:], owner)
        add("\u202e" + name + "\u202c", owner)  # right-to-left override ... pop
        add("\u2066" + name[:cut] + "\u2069" + name[cut:], owner)  # isolates around a part
    add("Ki\u200bm\u200bb\u200be\u200br\u200bl\u200by", "F3.victim")
    # Cyrillic and Greek look-alikes, alone or mixed.
    for text, owner in (
        ("R\u043esalinda", "F1.mother"),  # Cyrillic о
        ("Ros\u0430linda", "F1.mother"),  # Cyrillic а
        ("T\u0435r\u0435sita", "F1.aunt"),  # Cyrillic е
        ("\u0420a\u0441a\u00f1a", "F1.mother"),  # Cyrillic Р, с
        ("M\u0430rit\u0435s", "F2.mother"),  # Cyrillic а, е
        ("\u0410ngelica", "F1.victim"),  # Cyrillic А
        ("\u0391bellana", "F1.aunt"),  # Greek Alpha
        ("\u039aimberly", "F3.victim"),  # Greek Kappa
        ("Jun\u0433ey", "F2.victim"),  # Cyrillic г for r
        ("\u0422umulak", "F4.victim"),  # Cyrillic Т
        ("B\u0435nji\u0435 Yu", "F3.partner"),
        ("Pr\u0456n\u0441\u0435ss Joy", "F4.victim"),  # Cyrillic і, с, е
    ):
        add(text, owner)
    # Full-width letters.
    for text, owner in (
        ("\uff21\uff4e\uff47\uff45\uff4c\uff49\uff43\uff41", "F1.victim"),
        ("\uff34\uff35\uff2d\uff35\uff2c\uff21\uff2b", "F4.victim"),
        ("\uff2a\uff55\uff4e\uff52\uff45\uff59", "F2.victim"),
    ):
        add(text, owner)
    # Accents dropped (the vault has them) or added (it does not).
    for text, owner in (
        ("Teresita Nino Abellana", "F1.aunt"),
        ("NINO", "F1.aunt"),
        ("Ybanez", "F2.victim"),
        ("YBANEZ", "F2.victim"),
        ("Pacana", "F1.mother"),
        ("Ang\u00e9lica", "F1.victim"),
        ("Tumul\u00e1k", "F4.victim"),
        ("J\u00e9rome", "F1.sibling"),
        ("Kimberl\u00ff", "F3.victim"),
        ("Ange\u0301lica", "F1.victim"),  # a combining acute accent
    ):
        add(text, owner)
    # Letter-spaced.
    for text, owner in (
        ("A n g e l i c a", "F1.victim"),
        ("T U M U L A K", "F4.victim"),
        ("J-u-n-r-e-y", "F2.victim"),
        ("K.i.m.b.e.r.l.y", "F3.victim"),
    ):
        add(text, owner)
    # Hyphenated across a line break (long fields only).
    for text, owner in (
        ("Ange-\nlica", "F1.victim"),
        ("Tumu-\nlak", "F4.victim"),
        ("Abel-\r\nlana", "F1.aunt"),
        ("Kim-\nberly", "F3.victim"),
        ("Rosa-\n  linda", "F1.mother"),
    ):
        add(text, owner)
    # Compound surnames joined, split, camel-cased.
    for text in (
        "Dela Cruz",
        "Delacruz",
        "DelaCruz",
        "de la Cruz",
        "Dela-Cruz",
        "DELACRUZ",
        "delacruz",
        "De La Cruz",
        "Angelica Delacruz",
    ):
        add(text, "F1.victim")
    # Reduplicated nicknames with or without the hyphen or space.
    for text, owner in (
        ("Jun-Jun", "F1.sibling"),
        ("Junjun", "F1.sibling"),
        ("Jun Jun", "F1.sibling"),
        ("JunJun", "F1.sibling"),
        ("JUNJUN", "F1.sibling"),
        ("Reyrey", "F2.victim"),
        ("Rey Rey", "F2.victim"),
        ("Kim-Kim", "F3.victim"),
        ("Kim Kim", "F3.victim"),
    ):
        add(text, owner, "alias")
    # A name part inside a username, handle or link.
    for text, owner in (
        ("angelica2012", "F1.victim"),
        ("@junjun_delacruz", "F1.sibling"),
        ("gelay.delacruz", "F1.victim"),
        ("kimberlyco_11", "F3.victim"),
        ("princess.tumulak13", "F4.victim"),
        ("fb.com/junrey.sy.0310", "F2.victim"),
        ("xx_tumulak_xx", "F4.victim"),
        ("cessa_143", "F4.victim"),
    ):
        add(text, owner)
    # Possessives and ALL CAPS.
    for text, owner in (
        ("Angelica's", "F1.victim"),
        ("Angelica\u2019s", "F1.victim"),
        ("Tumulak's", "F4.victim"),
        ("Abellana's", "F1.aunt"),
        ("Junrey's", "F2.victim"),
        ("ANGELICA MAE DELA CRUZ", "F1.victim"),
        ("KIMBERLY CO", "F3.victim"),
        ("PRINCESS JOY TUMULAK", "F4.victim"),
        ("TERESITA ABELLANA", "F1.aunt"),
        ("angelica mae", "F1.victim"),
    ):
        add(text, owner)
    # Aliases plainly.
    add("Gelay", "F1.victim", "alias")
    add("Cessa", "F4.victim", "alias")
    # Two-letter surnames in a name context.
    for text, owner in (
        ("Mr. Sy", "F2.victim"),
        ("Junrey Sy", "F2.victim"),
        ("the Sy family", "F2.victim"),
        ("Sy household", "F2.victim"),
        ("Mr. Uy", "F2.uncle"),
        ("the Uy family", "F2.uncle"),
        ("Uy residence", "F2.uncle"),
        ("Mrs. Go", "F2.mother"),
        ("the Go household", "F2.mother"),
        ("Marites Go", "F2.mother"),
        ("Ms. Co", "F3.victim"),
        ("the Co family", "F3.victim"),
        ("Liza Co", "F3.mother"),
        ("Mr. Yu", "F3.partner"),
        ("the Yu household", "F3.partner"),
        ("Mrs. Ng", "F3.mother"),
        ("the Ng family", "F3.mother"),
        ("Liza Ng", "F3.mother"),
        ("Mr. Ty", "F4.father"),
        ("Roberto Ty", "F4.father"),
        ("the Ty family", "F4.father"),
    ):
        add(text, owner, fields=_PROSE_FIELDS)
    # Outside the promise: a nickname the vault does not hold.
    add(
        "Gelai",
        "F1.victim",
        "alias",
        covered=False,
        reason="a spelling of the nickname the vault does not hold (Gelai vs Gelay): no matcher can know it",
    )
    return b.probes


_FIL_MONTHS = (
    "Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo",
    "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre",
)  # fmt: skip


def _birth_probes() -> list[Probe]:
    b = _Builder("birth dates", "birth")

    def add(variant: str, owner: str, **kw: Any) -> None:
        value = _identity(owner)["birth_date"]
        b.add(variant, family=_family_of(owner), owner=owner, kind="birth date", values=[value], **kw)

    main = "F1.victim"  # 2012-07-23
    for text in (
        "2012-07-23",
        "2012/07/23",
        "2012.07.23",
        "20120723",
        "23/07/2012",
        "23-07-2012",
        "23.07.2012",
        "23 07 2012",
        "23/7/2012",
        "23/07/12",
        "23-7-12",
        "07/23/2012",
        "7/23/2012",
        "07-23-2012",
        "7.23.2012",
        "07/23/12",
        "7/23/12",
        "July 23, 2012",
        "July 23 2012",
        "23 July 2012",
        "Jul 23, 2012",
        "Jul. 23, 2012",
        "23 Jul 2012",
        "23-Jul-2012",
        "JULY 23, 2012",
        "july 23, 2012",
        "July 23rd, 2012",
        "23rd July 2012",
        "the 23rd of July 2012",
        "the 23rd of July, 2012",
        "Hulyo 23, 2012",
        "23 Hulyo 2012",
        "ika-23 ng Hulyo 2012",
        "ika-23 ng Hulyo, 2012",
        "HULYO 23, 2012",
        "July\n23, 2012",
        "23 July\n2012",
        "2012-07-\n23",
        "2012\u201307\u201323",  # en dashes
        "23\u00a0July\u00a02012",  # non-breaking spaces
    ):
        add(text, main)
    # Every Filipino month, on the people born in it; abbreviations with and without a dot.
    for owner in (
        "F1.sibling",
        "F1.mother",
        "F2.victim",
        "F2.uncle",
        "F2.mother",
        "F3.victim",
        "F3.partner",
        "F1.aunt",
        "F3.mother",
        "F4.father",
        "F4.victim",
    ):
        born = date.fromisoformat(_identity(owner)["birth_date"])
        fil = _FIL_MONTHS[born.month - 1]
        add(f"{fil} {born.day}, {born.year}", owner)
        add(f"ika-{born.day} ng {fil.lower()} {born.year}", owner)
    for text, owner in (
        ("Sept. 9, 1968", "F1.aunt"),
        ("Sep 9 1968", "F1.aunt"),
        ("9/9/68", "F1.aunt"),
        ("Feb. 14, 1985", "F1.mother"),
        ("14-Feb-1985", "F1.mother"),
        ("05/03/2010", "F2.victim"),  # day first
        ("03/05/2010", "F2.victim"),  # month first
        ("5 March 2010", "F2.victim"),
        ("Dec. 25, 2013", "F4.victim"),
        ("25th of December 2013", "F4.victim"),
        ("2011-06-11", "F3.victim"),
        ("11.06.2011", "F3.victim"),
    ):
        add(text, owner)
    add(
        "July 23",
        main,
        covered=False,
        reason="a day and month without the year: every day of the year is someone's birthday",
    )
    add("2012", main, covered=False, reason="a year alone (also the year of many hearings and documents)")
    return b.probes


def _contact_probes() -> list[Probe]:
    b = _Builder("phones and e-mail", "phone")

    def add(variant: str, owner: str, **kw: Any) -> None:
        value = _identity(owner)["contact"]
        b.add(variant, family=_family_of(owner), owner=owner, kind="contact", values=[value], **kw)

    for text in (
        "0917 123 4567",
        "0917-123-4567",
        "0917.123.4567",
        "09171234567",
        "0917\u2013123\u20134567",  # en dashes
        "0917\u2014123\u20144567",  # em dashes
        "0917/123/4567",
        "0917_123_4567",
        "0917,123,4567",
        "(0917) 123-4567",
        "[0917] 123 4567",
        "0917\u00a0123\u00a04567",
        "O917 123 4567",
        "+63 917 123 4567",
        "+639171234567",
        "63 917 123 4567",
        "639171234567",
        "+63 (917) 123-4567",
        "0917 123 45 67",
        "0917 123\n4567",
        "0 9 1 7 1 2 3 4 5 6 7",
        "+63-917-123-4567",
    ):
        add(text, "F1.victim")
    for text in ("0998 765 4321", "09987654321", "+63 998-765-4321", "(+63) 998 765 4321", "0998.765.4321"):
        add(text, "F2.victim")
    for text in ("O922 888 1357", "0922\u2013888\u20131357", "0922 888 1357"):
        add(text, "F3.victim")
    for text in ("O9O5 246 81O1", "0905-246-8101"):
        add(text, "F4.victim")
    for text in (
        "(032) 412-3456",
        "032 4123456",
        "032-412-3456",
        "+63 32 412 3456",
        "(032)4123456",
        "412-3456",
    ):
        add(text, "F1.aunt")
    for text in ("082 224 5678", "(082) 2245678", "224-5678"):
        add(text, "F3.mother")
    for text in (
        "rosalinda.pacana@yahoo.com",
        "ROSALINDA.PACANA@YAHOO.COM",
        "Rosalinda.Pacana@Yahoo.com",
        "rosalinda.pacana\u200b@yahoo.com",
    ):
        add(text, "F1.mother")
    for text in ("marites.ybanez@gmail.com", "MARITES.YBANEZ@GMAIL.COM", "<marites.ybanez@gmail.com>"):
        add(text, "F2.mother")
    add(
        "0922 888 l357",
        "F3.victim",
        covered=False,
        reason="a lower-case L for the digit 1: the issue names only the letter O for zero",
    )
    add(
        "marites.ybanez at gmail dot com",
        "F2.mother",
        covered=False,
        reason="an e-mail address spelled out in words; the local part's surname is caught as a name anyway",
    )
    return b.probes


def _address_probes() -> list[Probe]:
    b = _Builder("addresses", "addr")

    def add(variant: str, owner: str, **kw: Any) -> None:
        value = _identity(owner)["address"]
        b.add(variant, family=_family_of(owner), owner=owner, kind="address", values=[value], **kw)

    for text in (
        "Brgy. Lahug",
        "Brgy Lahug",
        "Bgy. Lahug",
        "Barangay Lahug",
        "BRGY. LAHUG",
        "Lahug",
        "Sitio Bangkal",
        "SITIO BANGKAL",
        "Bangkal, Lahug",
        "Purok 3, Sitio Bangkal",
        "Purok 3, Lahug",
        "Brgy. L\u0430hug",  # Cyrillic а
        "Brgy.\nLahug",
        "Purok 3, Sitio Bangkal, Brgy. Lahug, Cebu City",
    ):
        add(text, "F1.victim")
    for text in (
        "Purok Sampaguita",
        "Brgy. Tumana",
        "Bgy Tumana",
        "Barangay Tumana",
        "Tumana",
        "Zone 5, Tumana",
        "Tumana, Marikina",
    ):
        add(text, "F2.victim")
    for text in ("Purok Maligaya", "Brgy. Talomo", "Talomo"):
        add(text, "F3.victim")
    for text in ("Sitio Paraiso", "Brgy. Baseco", "Baseco, Tondo", "Baseco"):
        add(text, "F4.victim")
    add(
        "Purok 3",
        "F1.victim",
        covered=False,
        reason="a numbered purok alone: every barangay has a Purok 3; the named parts identify",
    )
    return b.probes


def _school_probes() -> list[Probe]:
    b = _Builder("schools", "school")

    def add(variant: str, owner: str, **kw: Any) -> None:
        value = _identity(owner)["school"]
        b.add(variant, family=_family_of(owner), owner=owner, kind="school", values=[value], **kw)

    for text in (
        "Bagong Silang National High School",
        "Bagong Silang NHS",
        "Bagong Silang National HS",
        "Bagong Silang HS",
        "Bagong Silang High",
        "Bagong Silang Nat'l High School",
        "Bagong Silang",
        "BSNHS",
        "B.S.N.H.S.",
        "BAGONG SILANG NATIONAL HIGH SCHOOL",
    ):
        add(text, "F1.victim")
    for text in (
        "San Nicolas Central Elementary School",
        "San Nicolas Central ES",
        "San Nicolas Central Elem.",
        "San Nicolas Central Elem School",
        "SNCES",
        "San Nicolas Central",
    ):
        add(text, "F2.victim")
    for text in ("Agdao Central ES", "Agdao Central Elem.", "Agdao Central"):
        add(text, "F3.victim")
    for text in ("Vitas Integrated", "Vitas Integrated School"):
        add(text, "F4.victim")
    add(
        "VIS",
        "F4.victim",
        covered=False,
        reason="a three-letter acronym (Vitas Integrated School) is too common a string to protect",
    )
    return b.probes


def _office_wide_probes() -> list[Probe]:
    """Values of the F5 household (another case) printed in the cases of F1..F4."""
    b = _Builder("office-wide", "office")
    victim = FAMILIES["F5"].person("victim").identity
    father = FAMILIES["F5"].person("father").identity
    assert victim is not None and father is not None
    homes = ("F1", "F2", "F3", "F4")
    for i, (text, kind, value, owner) in enumerate(
        (
            ("Precious Lyn Bacalso", "name", victim["legal_name"], "F5.victim"),
            ("Bacalso", "name", victim["legal_name"], "F5.victim"),
            ("Bacalso's", "name", victim["legal_name"], "F5.victim"),
            ("\u0420r\u0435\u0441ious", "name", victim["legal_name"], "F5.victim"),
            ("Ching", "name", victim["aliases"][0], "F5.victim"),
            ("Edgardo Lim", "name", father["legal_name"], "F5.father"),
            ("April 18, 2011", "birth date", victim["birth_date"], "F5.victim"),
            ("2011-04-18", "birth date", victim["birth_date"], "F5.victim"),
            ("18/04/2011", "birth date", victim["birth_date"], "F5.victim"),
            ("ika-18 ng Abril 2011", "birth date", victim["birth_date"], "F5.victim"),
            ("Sitio Kalubihan", "address", victim["address"], "F5.victim"),
            ("Brgy. Kinasang-an", "address", victim["address"], "F5.victim"),
            ("Kinasang-an", "address", victim["address"], "F5.victim"),
            ("Pardo National High School", "school", victim["school"], "F5.victim"),
            ("Pardo NHS", "school", victim["school"], "F5.victim"),
            ("0926 555 0199", "contact", victim["contact"], "F5.victim"),
            ("09265550199", "contact", victim["contact"], "F5.victim"),
            ("+63 926 555 0199", "contact", victim["contact"], "F5.victim"),
        )
    ):
        b.add(text, family=homes[i % len(homes)], owner=owner, kind=kind, values=[value])
    return b.probes


def _minor_probes() -> list[Probe]:
    """Children in roles that are not protected by role: a child witness with a vault identity
    (F4), and the plain-name minors of `MINORS` (their own cases)."""
    b = _Builder("under-18 of any role", "minor")
    witness = FAMILIES["F4"].person("witness").identity
    assert witness is not None
    for text in ("Kyla Mae", "Kyla", "KYLA MAE LU", "Kyla's", "the Lu family", "Kyla Mae Lu", "Ky\u200bla"):
        b.add(text, family="F4", owner="F4.witness", kind="name", values=[witness["legal_name"]])
    b.add(
        "19 August 2014", family="F4", owner="F4.witness", kind="birth date", values=[witness["birth_date"]]
    )
    for key, person in MINORS.items():
        assert person.name is not None
        first, *_, last = person.name.split()
        for variant in (person.name, f"{first} {last}".upper()):
            b.add(variant, family=key, owner=person.key, kind="name", values=[person.name])
    return b.probes


def _placement_probes() -> list[Probe]:
    """A child's current placement (the agency and note of a `shelter` referral, in cases P1/P2)
    printed in the cases of other households."""
    b = _Builder("protected places", "place")
    one, two = PLACEMENTS["P1"], PLACEMENTS["P2"]
    homes = ("F2", "F3", "F4", "F1")
    for i, (text, place) in enumerate(
        (
            ("Bahay Tuluyan Shelter", one),
            ("Bahay Tuluyan", one),
            ("BAHAY TULUYAN", one),
            ("Bahay\u200bTuluyan", one),
            ("the Tuluyan shelter", one),
            ("Sitio Lantawan", one),
            ("Brgy. Busay", one),
            ("Lantawan, Busay", one),
            ("Bahay Tuluyan Shelter, Sitio Lantawan, Brgy. Busay", one),
            ("Tahanan ng Pag-asa", two),
            ("Tahanan ng Pag-asa Home for Girls", two),
            ("TAHANAN NG PAG-ASA", two),
            ("Brgy. Malinta", two),
            ("Malinta, Valenzuela", two),
        )
    ):
        b.add(
            text,
            family=homes[i % len(homes)],
            owner="",
            kind="placement",
            values=[str(place["agency"]), str(place["note"])],
        )
    return b.probes


def _negative_controls() -> list[Probe]:
    """Sentences that name no one; each shares something with the vault. None may block."""
    b = _Builder("negative controls", "clean")
    for text, family, where in (
        ("Hearing moved to the Hall of Justice, Cebu City.", "F1", "note"),
        ("RTC Branch 12, Cebu City", "F1", "hearing court"),
        ("Cebu City", "F1", "hearing location"),
        ("Marikina City", "F2", "hearing location"),
        (
            "Referred by the Marikina City police; AAA rescued during an entrapment operation.",
            "F2",
            "summary",
        ),
        ("Davao City", "F3", "hearing branch"),
        ("Family court, Manila", "F4", "hearing court"),
        ("The social worker will go to the barangay hall on Monday.", "F2", "note"),
        ("Go over the chat logs with the GAL before the hearing.", "F2", "hearing notes"),
        ("The co-accused appeared with counsel.", "F3", "hearing outcome"),
        ("Co-parenting plan discussed with the guardian.", "F3", "referral note"),
        ("Uy, the clerk said the hearing was moved, so we called everyone again.", "F2", "note"),
        ("Kinausap ng social worker ang lola ng bata.", "F3", "note"),
        ("Enrolled for SY 2025-2026 through the alternative learning system.", "F2", "referral note"),
        ("AAA remains in residential care (DSWD).", "F1", "summary"),
        ("Referred to the DSWD Field Office VII for residential care.", "F1", "referral note"),
        ("Dinalaw ang bahay ng lola; maayos ang kalagayan.", "F4", "note"),
        ("Hearing reset to July 23, 2026 at 8:30.", "F1", "hearing outcome"),
        ("Affidavit executed on 23 July 2025.", "F1", "evidence description"),
        ("Call the WCPD desk at 0917 123 4568 for the escort.", "F1", "hearing notes"),
        ("PNP hotline 117; DSWD hotline 8931-8101.", "F4", "note"),
        ("The national high school principal confirmed enrolment.", "F1", "note"),
        ("Elementary school records requested from the division office.", "F2", "referral note"),
        ("Angel of the Family Foundation (counselling)", "F1", "referral agency"),
        ("R-CEB-26-00123-CR", "F1", "docket"),
        ("CT-2026-0004411", "F1", "source reference"),
        ("Marian and Lucy from the partner NGO joined the conference.", "F1", "note"),
        ("AAA and BBB testified via live link; XXX was present with counsel.", "F2", "hearing outcome"),
        ("Region VII, Cebu", "F1", "hearing branch"),
        ("NBI-CCD", "F3", "evidence custodian"),
        ("The #SavingCommunities poster was shown to the barangay council.", "F1", "hearing notes"),
        ("Tumulong ang DSWD sa pamilya.", "F2", "hearing outcome"),
    ):
        b.add(
            text, family=family, owner="", kind="", values=[], fields=[where], expect_block=False, whole=True
        )
    return b.probes


def all_probes() -> list[Probe]:
    probes = [
        *_name_probes(),
        *_birth_probes(),
        *_contact_probes(),
        *_address_probes(),
        *_school_probes(),
        *_office_wide_probes(),
        *_minor_probes(),
        *_placement_probes(),
        *_negative_controls(),
    ]
    ids = [p.id for p in probes]
    assert len(ids) == len(set(ids)), "probe ids repeat"
    return probes


PROBES: list[Probe] = all_probes()


# --- the cases ------------------------------------------------------------------------------

OPENED_ON = "2026-01-05"
#: The summary is printed as of this day: the main hearing is the next one after it.
PRINT_DAY = date(2026, 2, 1)
FIRST_MAIN_HEARING = date(2026, 3, 2)
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def hearing_day(index: int) -> date:
    """A day of its own for each case's main hearing, so a one-day calendar holds only it."""
    return FIRST_MAIN_HEARING + timedelta(days=index)


def base_case(family_key: str, index: int, *, assigned_to: str, lawyer: str) -> dict[str, Any]:
    """A victim-safe case of one household (or of one plain-name minor), ready for a probe."""
    if family_key in MINORS:
        fam = FAMILIES["F1"]
        persons = [FAMILIES["F1"].person("victim").as_json(), MINORS[family_key].as_json()]
    else:
        fam = FAMILIES[family_key]
        persons = [p.as_json() for p in fam.persons]
    day = hearing_day(index)
    return {
        "status": "in_court",
        "opened_on": OPENED_ON,
        "region": fam.region,
        "province": fam.province,
        "offenses": ["osaec_livestream", "trafficking_sexual"],
        "source": {"kind": "cybertipline", "reference": "CT-2026-0004411"},
        "summary": "Referred by the Women and Children Protection Desk after a foreign referral; "
        "AAA rescued during an entrapment operation.",
        "assigned_to": assigned_to,
        "consent_statistics": "yes",
        "accommodations": ["guardian_ad_litem", "live_link"],
        "persons": persons,
        "referrals": [
            {
                "agency": "DSWD psychosocial team",
                "kind": "psychosocial",
                "referred_on": "2026-01-08",
                "status": "accepted",
                "note": "Weekly sessions agreed with the guardian.",
            }
        ],
        "notes": [
            {
                "kind": "intake",
                "written_at": "2026-01-06T10:15:00+08:00",
                "author": assigned_to,
                "text": "Intake interview at the WCPD office; AAA calm, safety plan discussed.",
            }
        ],
        "hearings": [
            {
                "court": fam.prosecutor,
                "kind": "inquest",
                "starts_at": "2026-01-10T09:00:00+08:00",
                "status": "held",
                "outcome": "Referred for preliminary investigation.",
            },
            {
                "court": fam.court,
                "branch": fam.court.split(",")[0].replace("RTC ", ""),
                "docket": fam.docket,
                "kind": "arraignment",
                "starts_at": f"{day.isoformat()}T08:30:00+08:00",
                "location": f"Hall of Justice, {fam.city}",
                "status": "scheduled",
                "lawyer": lawyer,
                "notes": "Prepare the live-link room; GAL confirmed.",
            },
        ],
        "evidence": [
            {
                "description": "Mobile phone seized at the house",
                "custodian": "NBI-CCD",
                "reference": "EV-001",
                "sha256": SHA,
                "received_on": "2026-01-07",
            }
        ],
    }


def place(case: dict[str, Any], where: str, text: str) -> dict[str, Any]:
    """The case with `text` as the whole of one field."""
    out = copy.deepcopy(case)
    main, earlier = out["hearings"][1], out["hearings"][0]
    if where == "note":
        out["notes"][0]["text"] = text
    elif where == "summary":
        out["summary"] = text
    elif where == "referral agency":
        out["referrals"][0]["agency"] = text
    elif where == "referral note":
        out["referrals"][0]["note"] = text
    elif where == "hearing court":
        main["court"] = text
    elif where == "hearing branch":
        main["branch"] = text
    elif where == "hearing location":
        main["location"] = text
    elif where == "hearing notes":
        main["notes"] = text
    elif where == "hearing outcome":
        earlier["outcome"] = text  # printed with the earlier hearings
    elif where == "evidence description":
        out["evidence"][0]["description"] = text
    elif where == "evidence custodian":
        out["evidence"][0]["custodian"] = text
    elif where == "evidence reference":
        out["evidence"][0]["reference"] = text
    elif where == "source reference":
        out["source"]["reference"] = text
    elif where == "docket":
        main["docket"] = text
    else:
        raise ValueError(f"unknown field {where!r}")
    return out


@dataclass(frozen=True)
class PlannedCase:
    """One case of the probe database: a probe's case, or a clean case of a household."""

    index: int
    label: str  # the probe id, or "clean-F1", "placement-P1", ...
    case: dict[str, Any]
    probe: Probe | None = None


def plan_cases(
    probes: Sequence[Probe], *, assigned_to: str, lawyer: str, clean: bool = True
) -> Iterator[PlannedCase]:
    """The probe cases, then a clean case per household and per placement and minor."""
    index = 0
    for probe in probes:
        base = base_case(probe.family, index, assigned_to=assigned_to, lawyer=lawyer)
        yield PlannedCase(index, probe.id, place(base, probe.field, probe.text), probe)
        index += 1
    if not clean:
        return
    for key in (*FAMILIES, *MINORS):
        yield PlannedCase(
            index, f"clean-{key}", base_case(key, index, assigned_to=assigned_to, lawyer=lawyer)
        )
        index += 1
    for key, referral in PLACEMENTS.items():
        case = base_case(PLACEMENT_FAMILY[key], index, assigned_to=assigned_to, lawyer=lawyer)
        case["referrals"].append(dict(referral))
        case["summary"] = "AAA is in residential care (DSWD) after the rescue; case build-up ongoing."
        yield PlannedCase(index, f"placement-{key}", case)
        index += 1
    yield from sentinel_cases(index, assigned_to=assigned_to, lawyer=lawyer)


def sentinel(where: str) -> str:
    """A word no output prints unless it prints `where`: finds which fields each output shows."""
    return "Sentinelzq" + "abcdefghijklmnop"[FIELDS.index(where)] * 3


def sentinel_cases(first_index: int, *, assigned_to: str, lawyer: str) -> Iterator[PlannedCase]:
    """One clean case per field, with a sentinel word placed in that field."""
    for n, where in enumerate(FIELDS):
        index = first_index + n
        base = base_case("F2", index, assigned_to=assigned_to, lawyer=lawyer)
        yield PlannedCase(index, f"sentinel-{where}", place(base, where, f"See {sentinel(where)} here"))


def secrets_of(probe: Probe) -> list[str]:
    """Strings that must never appear in a block message (or any output) for this probe."""
    out: list[str] = []
    generic = {
        "purok", "sitio", "brgy", "barangay", "city", "zone", "national", "high", "school", "elementary",
        "central", "integrated", "shelter", "home", "for", "girls", "placed", "transferred", "the", "at",
        "to", "cebu", "davao", "manila", "marikina", "valenzuela", "tondo", "yahoo", "gmail", "com",
    }  # fmt: skip
    for value in probe.values:
        out.append(value)
        for word in value.replace(",", " ").replace(".", " ").replace("@", " ").split():
            if len(word) >= 4 and word.isalpha() and word.casefold() not in generic:
                out.append(word)
        digits = "".join(ch for ch in value if ch.isdigit())
        if len(digits) >= 7:
            out.append(digits[-7:])
    return out
