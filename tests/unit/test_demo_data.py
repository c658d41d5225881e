"""The demo generator: deterministic, valid interchange cases, and never a vault value in text."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from caseintake.interchange.demo_data import generate_cases

TODAY = date(2026, 3, 2)
WORKERS = ("jdelacruz", "msantos", "rflores")
LAWYERS = ("mreyes", "agarcia")

STATUSES = {"intake", "active", "in_court", "closed"}
REGIONS = {
    "NCR", "CAR", "I", "II", "III", "IV-A", "MIMAROPA", "V", "VI", "NIR", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "BARMM",
}  # fmt: skip
OFFENSES = {
    "osaec_livestream", "csaem_production", "csaem_distribution", "grooming", "sextortion",
    "trafficking_sexual", "trafficking_labor", "child_abuse", "other",
}  # fmt: skip
SOURCES = {"cybertipline", "foreign_referral", "hotline", "walk_in", "school", "police", "other"}
CONSENT = {"yes", "no", "unknown"}
ACCOMMODATIONS = {"guardian_ad_litem", "live_link", "screen", "support_person", "interpreter"}
ROLES = {"victim", "accused", "guardian", "witness", "other"}
RELATIONSHIPS = {
    "parent", "relative", "household", "neighbor", "stranger_local", "foreign_online", "other",
}  # fmt: skip
PROTECTED_RELATIONSHIPS = {"parent", "relative", "household"}
REFERRAL_KINDS = {
    "shelter", "medical", "psychosocial", "legal", "law_enforcement", "social_welfare",
    "education", "livelihood", "other",
}  # fmt: skip
REFERRAL_STATUSES = {"pending", "accepted", "declined", "completed"}
NOTE_KINDS = {"intake", "home_visit", "interview", "case_conference", "general"}
HEARING_ORDER = [
    "inquest", "preliminary_investigation", "arraignment", "pre_trial", "trial", "promulgation",
]  # fmt: skip
HEARING_STATUSES = {"scheduled", "held", "postponed", "cancelled"}

# every field the generator may emit: DESIGN §7 plus the §3 fields follow_up_on, location, outcome
CASE_KEYS = {
    "status", "opened_on", "region", "province", "offenses", "source", "summary", "assigned_to",
    "consent_statistics", "accommodations", "persons", "referrals", "notes", "hearings",
    "evidence",
}  # fmt: skip
CASE_REQUIRED = {
    "status", "opened_on", "region", "offenses", "summary", "assigned_to", "consent_statistics",
}  # fmt: skip
PERSON_KEYS = {"role", "sex", "age", "nationality", "relationship", "name", "identity"}
IDENTITY_KEYS = {"legal_name", "aliases", "birth_date", "address", "school", "contact"}
REFERRAL_KEYS = {"agency", "kind", "referred_on", "status", "follow_up_on", "note"}
NOTE_KEYS = {"kind", "written_at", "author", "text"}
HEARING_KEYS = {
    "court", "docket", "kind", "starts_at", "status", "location", "lawyer", "outcome", "notes",
}  # fmt: skip
EVIDENCE_KEYS = {"description", "custodian", "reference", "sha256", "received_on"}

_WORD = re.compile(r"[^\W\d_]+")


def cases(count: int = 1500, *, seed: int = 11, **kwargs: Any) -> list[dict[str, Any]]:
    options: dict[str, Any] = {"workers": WORKERS, "lawyers": LAWYERS, "today": TODAY}
    options.update(kwargs)
    return list(generate_cases(count, seed=seed, **options))


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return cases()


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> set[str]:
    return set(_WORD.findall(plain(text)))


def free_text(case: dict[str, Any]) -> str:
    parts = [case["summary"]]
    parts += [note["text"] for note in case["notes"]]
    parts += [referral.get("note", "") for referral in case["referrals"]]
    parts += [hearing.get(key, "") for hearing in case["hearings"] for key in ("notes", "outcome")]
    return "\n".join(parts)


def test_same_seed_same_bytes_and_other_seed_differs() -> None:
    first = json.dumps(cases(300, seed=5), ensure_ascii=False, sort_keys=False)
    again = json.dumps(cases(300, seed=5), ensure_ascii=False, sort_keys=False)
    other = json.dumps(cases(300, seed=6), ensure_ascii=False, sort_keys=False)
    assert first == again
    assert first != other


def test_a_prefix_of_a_run_is_the_shorter_run() -> None:
    assert cases(40, seed=3) == cases(200, seed=3)[:40]


def test_arguments_are_checked_at_the_call() -> None:
    with pytest.raises(ValueError):
        generate_cases(3, workers=[], lawyers=LAWYERS, today=TODAY)
    with pytest.raises(ValueError):
        generate_cases(-1, workers=WORKERS, lawyers=LAWYERS, today=TODAY)
    with pytest.raises(ValueError):
        generate_cases(1, workers=WORKERS, lawyers=LAWYERS, today=TODAY, years=0)
    assert list(generate_cases(0, workers=WORKERS, lawyers=LAWYERS, today=TODAY)) == []


def test_cases_have_the_required_fields_and_known_codes(sample: list[dict[str, Any]]) -> None:
    for case in sample:
        assert CASE_REQUIRED <= set(case) <= CASE_KEYS
        assert "reference" not in case
        assert case["status"] in STATUSES
        assert case["region"] in REGIONS
        assert case["province"]
        assert case["offenses"] and set(case["offenses"]) <= OFFENSES
        assert len(set(case["offenses"])) == len(case["offenses"])
        assert case["source"]["kind"] in SOURCES and set(case["source"]) <= {"kind", "reference"}
        assert case["summary"].strip()
        assert case["assigned_to"] in WORKERS
        assert case["consent_statistics"] in CONSENT
        assert set(case["accommodations"]) <= ACCOMMODATIONS
        for referral in case["referrals"]:
            assert {"agency", "kind", "referred_on", "status"} <= set(referral) <= REFERRAL_KEYS
            assert referral["kind"] in REFERRAL_KINDS
            assert referral["status"] in REFERRAL_STATUSES
        for note in case["notes"]:
            assert set(note) == NOTE_KEYS
            assert note["kind"] in NOTE_KINDS and note["author"] in WORKERS and note["text"]
        for hearing in case["hearings"]:
            assert {"court", "kind", "starts_at", "status"} <= set(hearing) <= HEARING_KEYS
            assert hearing["kind"] in HEARING_ORDER and hearing["status"] in HEARING_STATUSES
            assert hearing["lawyer"] in LAWYERS
        for item in case["evidence"]:
            assert set(item) == EVIDENCE_KEYS
            assert re.fullmatch(r"[0-9a-f]{64}", item["sha256"])
            assert re.fullmatch(r"EV-\d{3}", item["reference"])


def test_persons_protected_have_identity_others_a_plain_name(sample: list[dict[str, Any]]) -> None:
    for case in sample:
        victims = [p for p in case["persons"] if p["role"] == "victim"]
        accused = [p for p in case["persons"] if p["role"] == "accused"]
        assert 1 <= len(victims) <= 4 and 1 <= len(accused) <= 3
        for person in case["persons"]:
            assert set(person) <= PERSON_KEYS and person["role"] in ROLES
            assert person["sex"] in {"F", "M"}
            assert re.fullmatch(r"[A-Z]{2}", person["nationality"])
            protected = person["role"] in {"victim", "guardian"} or (
                person.get("relationship") in PROTECTED_RELATIONSHIPS
            )
            if person["role"] == "accused":
                assert person["relationship"] in RELATIONSHIPS
            if protected:
                assert "name" not in person
                assert set(person["identity"]) <= IDENTITY_KEYS
                assert person["identity"]["legal_name"].strip()
                aliases = person["identity"].get("aliases", [])
                assert isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)
            else:
                assert "identity" not in person and person["name"].strip()


def test_dates_are_iso_and_in_range(sample: list[dict[str, Any]]) -> None:
    earliest = TODAY.replace(year=TODAY.year - 4)
    for case in sample:
        opened = date.fromisoformat(case["opened_on"])
        assert earliest <= opened <= TODAY
        for referral in case["referrals"]:
            referred = date.fromisoformat(referral["referred_on"])
            assert opened <= referred <= TODAY
            if "follow_up_on" in referral:
                assert date.fromisoformat(referral["follow_up_on"]) > referred
        stamps = [datetime.fromisoformat(note["written_at"]) for note in case["notes"]]
        assert case["notes"][0]["kind"] == "intake" and stamps == sorted(stamps)
        for stamp in stamps:
            assert stamp.utcoffset() == timedelta(hours=8)
            assert opened <= stamp.date() <= TODAY
        for item in case["evidence"]:
            assert opened <= date.fromisoformat(item["received_on"]) <= TODAY


def test_recent_cases_are_likelier_and_old_ones_further_on() -> None:
    sample = cases(4000, seed=2)
    ages = [(TODAY - date.fromisoformat(c["opened_on"])).days for c in sample]
    recent = sum(age < 365 for age in ages)
    oldest = sum(age >= 3 * 365 for age in ages)
    assert recent > 2 * oldest
    closed_share = {
        young: Counter(c["status"] for c, a in zip(sample, ages, strict=True) if (a < 365) == young)
        for young in (True, False)
    }
    old, new = closed_share[False], closed_share[True]
    assert old["closed"] / old.total() > new["closed"] / new.total()
    assert new["intake"] > 0 and old["intake"] == 0


def test_hearings_follow_the_court_order_and_the_calendar(sample: list[dict[str, Any]]) -> None:
    with_hearings = 0
    for case in sample:
        hearings = case["hearings"]
        if case["status"] == "intake":
            assert hearings == []
        with_hearings += bool(hearings)
        ranks = [HEARING_ORDER.index(h["kind"]) for h in hearings]
        assert ranks == sorted(ranks)
        opened = date.fromisoformat(case["opened_on"])
        moments = []
        for hearing in hearings:
            starts = datetime.fromisoformat(hearing["starts_at"])
            assert starts.tzinfo is not None and starts.utcoffset() == timedelta(hours=8)
            assert starts.weekday() < 5 and starts.strftime("%H:%M") in {
                "08:30", "09:00", "10:00", "13:30",
            }  # fmt: skip
            assert starts.date() > opened
            if starts.date() > TODAY:
                assert hearing["status"] == "scheduled" and case["status"] != "closed"
                assert "outcome" not in hearing
            else:
                assert hearing["status"] in {"held", "postponed"} and hearing["outcome"]
            moments.append(starts)
        assert moments == sorted(moments)
    assert with_hearings > len(sample) // 4


def test_no_lawyers_means_hearings_without_lawyer() -> None:
    for case in cases(300, lawyers=()):
        assert all("lawyer" not in hearing for hearing in case["hearings"])


def test_victim_birth_dates_agree_with_ages(sample: list[dict[str, Any]]) -> None:
    ages = Counter()
    for case in sample:
        opened = date.fromisoformat(case["opened_on"])
        for person in case["persons"]:
            if person["role"] != "victim":
                continue
            born = date.fromisoformat(person["identity"]["birth_date"])
            age = opened.year - born.year - ((opened.month, opened.day) < (born.month, born.day))
            assert age == person["age"]
            ages[age] += 1
    assert min(ages) >= 4 and max(ages) <= 20
    assert sum(n for age, n in ages.items() if age < 18) > 0.9 * ages.total()


def test_no_vault_value_appears_in_free_text(sample: list[dict[str, Any]]) -> None:
    checked = 0
    for case in sample:
        text = plain(free_text(case))
        found = words(text)
        for person in case["persons"]:
            identity = person.get("identity")
            if not identity:
                continue
            names = [identity["legal_name"], *identity.get("aliases", [])]
            parts = {part for name in names for part in words(name) if len(part) >= 3}
            assert not parts & found, (parts & found, case["summary"])
            values = [*names, *(identity.get(k, "") for k in ("birth_date", "address", "school"))]
            for value in filter(None, values):  # whole values, as the guard matches them
                assert not re.search(rf"(?<!\w){re.escape(plain(value))}(?!\w)", text)
            if "contact" in identity:
                assert identity["contact"][-8:] not in text
            checked += 1
    assert checked > len(sample)


def test_plain_names_share_no_part_with_vault_names(sample: list[dict[str, Any]]) -> None:
    """A hearing summary prints plain names beside pseudonyms; the leak guard must stay quiet."""
    for case in sample:
        vault: set[str] = set()
        for person in case["persons"]:
            if "identity" in person:
                for name in [person["identity"]["legal_name"], *person["identity"].get("aliases", [])]:
                    vault |= {part for part in words(name) if len(part) >= 3}
        for person in case["persons"]:
            if "name" in person:
                assert not words(person["name"]) & vault, person["name"]


def test_texts_use_only_the_pseudonyms_of_listed_people(sample: list[dict[str, Any]]) -> None:
    for case in sample:
        victims = sum(p["role"] == "victim" for p in case["persons"])
        related = sum(p.get("relationship") in PROTECTED_RELATIONSHIPS for p in case["persons"])
        text = free_text(case)
        for number, pseudonym in enumerate(("AAA", "BBB", "CCC", "DDD")):
            if number >= victims:
                assert pseudonym not in text
        if not related:
            assert "XXX" not in text
        assert "AAA" in case["summary"]


def test_content_is_varied_and_weighted_like_a_caseload() -> None:
    sample = cases(3000, seed=4)
    regions = Counter(c["region"] for c in sample)
    assert regions.most_common(1)[0][0] == "VII" and len(regions) >= 12
    consent = Counter(c["consent_statistics"] for c in sample)
    assert consent["yes"] > 0.7 * len(sample) and consent["no"] and consent["unknown"]
    combos = Counter(tuple(sorted(c["offenses"])) for c in sample)
    assert combos[("osaec_livestream", "trafficking_sexual")] == max(combos.values())
    accused = Counter(p["relationship"] for c in sample for p in c["persons"] if p["role"] == "accused")
    assert accused["foreign_online"] and accused["parent"] and accused["neighbor"]
    foreign = Counter(
        p["nationality"] for c in sample for p in c["persons"] if p.get("relationship") == "foreign_online"
    )
    assert len(foreign) >= 6 and "PH" not in foreign
    names = {p["identity"]["legal_name"] for c in sample for p in c["persons"] if "identity" in p}
    assert len(names) > 0.8 * sum("identity" in p for c in sample for p in c["persons"])
    kinds = Counter(c["source"]["kind"] for c in sample)
    assert set(kinds) == SOURCES
    tips = [c["source"]["reference"] for c in sample if c["source"]["kind"] == "cybertipline"]
    assert all(re.fullmatch(r"CT-\d{4}-\d{7}", ref) for ref in tips)


def test_the_importer_accepts_every_case_unchanged() -> None:
    schema = pytest.importorskip("caseintake.interchange.schema")
    for case in cases(500, seed=9):
        schema.parse_case(case)
