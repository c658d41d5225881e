"""The court record (schema 6): import, storage round trip, case JSON, editing, and the upgrade."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput, PermissionDenied
from caseintake.domain.records import Charge, CriminalCase, Disposition
from caseintake.interchange.case_json import case_json, with_court_json
from caseintake.services.cases import load_case
from caseintake.services.court_record import save_court_record
from caseintake.services.session import open_session
from caseintake.storage import migrations
from tests.conftest import SUPERVISOR_PASS, import_cases, sample_case, wind_back_device_ids

RICH = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rich-case.json"
_USERS = {"jdelacruz": "worker", "mreyes": "lawyer"}


def rich_case() -> dict[str, Any]:
    """The documented sample, with its usernames mapped onto the test database's users."""
    case: dict[str, Any] = json.loads(RICH.read_text(encoding="utf-8"))["cases"][0]
    case["assigned_to"] = _USERS[case["assigned_to"]]
    for item in case["notes"]:
        item["author"] = _USERS[item["author"]]
    for item in case["hearings"]:
        item["lawyer"] = _USERS[item["lawyer"]]
    return case


@pytest.fixture
def rich_ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], rich_case())[0]


def test_rich_case_round_trips(store: dict[str, Any], rich_ref: str) -> None:
    case = load_case(store["lawyer"], rich_ref)
    assert [c.number for c in case.criminal_cases] == [
        "R-CEB-26-00123-CR",
        "R-CEB-26-00124-CR",
        "R-CEB-26-00125-CR",
    ]
    assert case.criminal_cases[1].charges[0].statute == "RA 9208, as amended by RA 10364 and RA 11862"
    assert case.criminal_cases[0].charges[0].counts == 3
    assert case.criminal_cases[0].judicial_region == 7
    assert case.prosecutor and case.prosecutor.startswith("Asst. City Prosecutor")
    mother = case.persons[4]
    assert mother.detention is not None and mother.detention.status == "detained"
    assert str(mother.detention.since) == "2026-01-13"
    aaa = case.persons[0]
    assert [m.measure for m in aaa.measures][:3] == ["guardian_ad_litem", "live_link", "support_person"]
    interpreter = next(m for m in aaa.measures if m.measure == "interpreter")
    assert interpreter.language == "Cebuano" and interpreter.status == "granted"
    trial = case.hearings[2]
    assert trial.witnesses[0].person == aaa.id
    assert trial.witnesses[1].name and trial.witnesses[1].person is None
    assert trial.witnesses[2].person == case.persons[7].id and trial.witnesses[2].affidavit_filed_on is None
    assert [m.status for m in trial.motions] == ["pending", "pending", "pending"]
    phone = next(x for x in case.exhibits if x.marking == "B")
    assert phone.evidence == next(e.id for e in case.evidence if e.reference == "EV-001")
    assert [x.marking for x in case.exhibits] == ["A", "B", "C", "D", "E", "F", "1", "2"]


def test_case_show_json_adds_the_court_record(store: dict[str, Any], rich_ref: str) -> None:
    case = load_case(store["lawyer"], rich_ref)
    shown = with_court_json(case_json(case), case)
    assert shown["criminal_cases"][2]["charges"] == [
        {"statute": "RA 7610", "section": "Sec. 5(b)", "counts": 1,
         "description": "Child prostitution and other sexual abuse"}
    ]  # fmt: skip
    assert shown["persons"][4]["detention"]["status"] == "detained"
    assert shown["hearings"][2]["witnesses"][0]["person"] == shown["persons"][0]["id"]
    assert shown["exhibits"][1]["evidence"] == shown["evidence"][0]["id"]
    assert "identity" not in json.dumps(shown)
    plain = load_case(store["lawyer"], import_cases(store["sup"], sample_case())[0])
    assert with_court_json(case_json(plain), plain) == case_json(plain)  # nothing added when nothing kept


def test_a_file_without_court_data_imports_as_before(store: dict[str, Any]) -> None:
    ref = import_cases(store["sup"], sample_case())[0]
    case = load_case(store["sup"], ref)
    assert case.exhibits == [] and case.prosecutor is None and case.disposition is None
    assert all(p.detention is None and p.measures == [] for p in case.persons)
    assert case.criminal_cases == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda c: c["hearings"][2]["witnesses"].append({"person": 40}),
            r"hearings\[2\]\.witnesses\[3\]\.person",
        ),
        (lambda c: c["hearings"][2]["witnesses"].append({"person": 1, "name": "x"}), "either person"),
        (
            lambda c: c["exhibits"].append({"marking": "G", "description": "d", "evidence": "EV-404"}),
            r"exhibits\[8\]\.evidence",
        ),
        (lambda c: c["exhibits"].append({"marking": "A", "description": "again"}), "same marking"),
        (lambda c: c["persons"][0].update(detention={"status": "detained"}), r"persons\[0\]\.detention"),
        (
            lambda c: c["persons"][0]["measures"].append({"measure": "screen", "language": "Waray"}),
            r"persons\[0\]\.measures\[6\]\.language",
        ),
        (lambda c: c["persons"][0]["measures"].append({"measure": "live_link"}), "same measure"),
        (lambda c: c["persons"][0]["measures"].append({"measure": "magic_wand"}), "measure"),
        (lambda c: c["criminal_cases"][0]["charges"][0].update(counts=0), "counts"),
        (lambda c: c["criminal_cases"].append({"number": "R-CEB-26-00123-CR"}), "same case number"),
        (lambda c: c.update(disposition={"kind": "pardon", "on": "2026-09-01"}), r"disposition\.kind"),
        (lambda c: c["hearings"][2]["motions"].append({"title": "t", "filed_by": "judge"}), "filed_by"),
        (lambda c: c.update(verdict="guilty"), "verdict: unknown field"),
    ],
)
def test_bad_court_data_is_refused_with_its_path(store: dict[str, Any], change: Any, message: str) -> None:
    case = rich_case()
    change(case)
    with pytest.raises(InvalidInput, match=message):
        import_cases(store["sup"], case)
    assert store["sup"].db.scalar("SELECT count(*) FROM cases") == 0


def test_lawyer_edits_the_court_record_and_social_worker_may_not(
    store: dict[str, Any], rich_ref: str
) -> None:
    case = load_case(store["lawyer"], rich_ref)
    case.criminal_cases.append(CriminalCase("R-CEB-26-00200-CR", [Charge("RA 11930", "Sec. 4(a)", 2)]))
    case.disposition = Disposition("conviction", case.opened_on.replace(month=9))
    case.hearings[2].motions[2].status = "denied"
    case.exhibits = case.exhibits[:2]
    case.exhibits[1].ruling = "admitted"
    with pytest.raises(PermissionDenied):
        save_court_record(store["worker"], copy.deepcopy(case))
    save_court_record(store["lawyer"], case)
    again = load_case(store["sup"], rich_ref)
    assert [c.number for c in again.criminal_cases][-1] == "R-CEB-26-00200-CR"
    assert again.criminal_cases[-1].charges == [Charge("RA 11930", "Sec. 4(a)", 2)]
    assert again.disposition == Disposition("conviction", case.opened_on.replace(month=9))
    assert again.hearings[2].motions[2].status == "denied"
    assert [(x.marking, x.ruling) for x in again.exhibits] == [("A", "pending"), ("B", "admitted")]
    assert again.exhibits[1].evidence == case.exhibits[1].evidence
    actions = [r[0] for r in store["sup"].db.all("SELECT action FROM audit")]
    assert "court.edit" in actions


def test_editing_refuses_a_witness_from_another_case(store: dict[str, Any], rich_ref: str) -> None:
    case = load_case(store["lawyer"], rich_ref)
    case.hearings[2].witnesses[0].person = "not-a-person-of-this-case"
    with pytest.raises(InvalidInput, match="not a person of this case"):
        save_court_record(store["lawyer"], case)
    assert load_case(store["lawyer"], rich_ref).hearings[2].witnesses[0].person == case.persons[0].id


_V6_TABLES = ("case_court", "charge", "criminal_case", "detention", "child_measure", "hearing_witness",
              "motion", "exhibit")  # fmt: skip


def test_upgrade_6_converts_a_database_holding_real_rows(store: dict[str, Any]) -> None:
    first = sample_case()
    first["hearings"].append(dict(first["hearings"][0], docket="R-CEB-26-00999-CR",
                                  starts_at="2026-01-05T08:30:00+08:00"))  # fmt: skip
    refs = import_cases(store["sup"], first, sample_case(region="NCR"))
    db = store["sup"].db
    # Wind the database back to schema 5: the court tables did not exist yet, ids had no device.
    wind_back_device_ids(db)
    with db.atomic():
        for table in _V6_TABLES:
            db.execute(f"DROP TABLE {table}")
        db.execute("PRAGMA user_version = 5")
    for name in ("sup", "worker", "other", "lawyer"):
        store[name].close()
    session = open_session(store["path"], "sup", SUPERVISOR_PASS)
    try:
        assert session.db.scalar("PRAGMA user_version") == migrations.SCHEMA_VERSION
        case = load_case(session, refs[0])
        dockets = [h.docket for h in sorted(case.hearings, key=lambda h: h.starts_at) if h.docket]
        assert [c.number for c in case.criminal_cases] == list(dict.fromkeys(dockets))
        assert case.criminal_cases[0].number == "R-CEB-26-00999-CR"  # the earliest heard comes first
        assert len(load_case(session, refs[1]).criminal_cases) == len(
            {h["docket"] for h in sample_case()["hearings"] if h.get("docket")}
        )
        assert migrations.upgrade(session.db) == 0
    finally:
        session.close()
