"""Rebuild the sample hearing summary and its page images in this folder.

    python docs/hearing-summary/make_sample.py

Everything in the sample is fictional (the accused "Richard Roe" and the witness "Juan Dela
Cruz" are placeholder names). It goes through the real use case: a temporary encrypted database,
an import, the identity-leak guard, the no-media verifier and the document register. Output is
reproducible: the date, the document id and ReportLab's invariant mode are fixed.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from caseintake.interchange.importer import parse_document
from caseintake.services import users
from caseintake.services.intake import add_cases
from caseintake.services.session import create_session, open_session
from caseintake.services.summaries import write_hearing_summary

HERE = Path(__file__).resolve().parent
PDF = HERE / "sample-hearing-summary.pdf"
DOCUMENT_ID = "0193f2c4-7a10-7c3e-9d41-5b2e8f6a1c07"
TODAY = date(2026, 11, 24)


def fake_hash(label: str) -> str:
    return hashlib.sha256(f"sample evidence {label}".encode()).hexdigest()


def sample_case() -> dict[str, Any]:
    def note(kind: str, at: str, author: str, text: str) -> dict[str, str]:
        return {"kind": kind, "written_at": at, "author": author, "text": text}

    def hearing(kind: str, at: str, status: str, **more: str) -> dict[str, str]:
        court = (
            "RTC Branch 12, Cebu City"
            if kind not in ("inquest", "preliminary_investigation")
            else ("Office of the City Prosecutor, Cebu City")
        )
        return {"court": court, "kind": kind, "starts_at": at, "status": status, "lawyer": "cilagan", **more}

    return {
        "reference": "CI-2026-00017",
        "status": "in_court",
        "opened_on": "2026-02-03",
        "region": "VII",
        "province": "Cebu",
        "offenses": ["osaec_livestream", "trafficking_sexual"],
        "source": {"kind": "foreign_referral", "reference": "FR-2026-0000"},
        "summary": (
            "Referred by the police after a foreign law-enforcement referral about paid livestreamed "
            "abuse. AAA and her younger brother BBB were rescued from their home during the police "
            "operation on February 3, 2026 and are in a DSWD residential facility. Their mother XXX "
            "was arrested at the house; the online customer RICHARD ROE is abroad."
        ),
        "assigned_to": "jdelapena",
        "consent_statistics": "yes",
        "accommodations": ["guardian_ad_litem", "live_link", "support_person"],
        "persons": [
            {
                "role": "victim",
                "sex": "F",
                "age": 13,
                "nationality": "PH",
                "identity": {
                    "legal_name": "Liza Mae Fictitia",
                    "birth_date": "2012-10-09",
                    "address": "Purok 9, Barangay Sample, Sample City",
                    "contact": "0900-000-0000",
                },
            },
            {
                "role": "victim",
                "sex": "M",
                "age": 9,
                "nationality": "PH",
                "identity": {"legal_name": "Jomar Fictitia"},
            },
            {
                "role": "accused",
                "relationship": "parent",
                "sex": "F",
                "nationality": "PH",
                "identity": {"legal_name": "Rowena Fictitia"},
            },
            {
                "role": "accused",
                "relationship": "foreign_online",
                "sex": "M",
                "nationality": "AU",
                "name": "Richard Roe",
            },
            {
                "role": "guardian",
                "sex": "F",
                "nationality": "PH",
                "identity": {"legal_name": "Perla Examplo"},
            },
            {"role": "witness", "sex": "M", "nationality": "PH", "name": "PO2 Juan Dela Cruz"},
        ],
        "referrals": [
            {
                "agency": "DSWD Region VII",
                "kind": "shelter",
                "referred_on": "2026-02-03",
                "status": "accepted",
                "follow_up_on": "2026-02-17",
                "note": "Both children placed at the regional facility.",
            },
            {
                "agency": "Women and Children Protection Unit",
                "kind": "medical",
                "referred_on": "2026-02-04",
                "status": "completed",
                "note": "Medico-legal examination done; report with the prosecutor.",
            },
            {
                "agency": "Sample Psychosocial Center",
                "kind": "psychosocial",
                "referred_on": "2026-02-10",
                "status": "accepted",
            },
        ],
        "notes": [
            note(
                "intake",
                "2026-02-03T16:20:00+08:00",
                "jdelapena",
                "Intake at the police station after the rescue. AAA was quiet but answered simple "
                "questions; BBB asked to stay with his sister. Both were given food and a change of "
                "clothes before the transfer to the shelter.",
            ),
            note(
                "interview",
                "2026-02-12T10:00:00+08:00",
                "jdelapena",
                "Rapport-building session at the shelter with the house parent present. AAA said she is "
                'worried about testifying "in front of Mama". Explained the live-link room and the role '
                "of the guardian ad litem in words she understood.",
            ),
            note(
                "case_conference",
                "2026-02-24T14:00:00+08:00",
                "cilagan",
                "Case conference with the shelter social worker and the prosecutor.\n\n"
                "Agreed: (1) move for live-link testimony of AAA; (2) ask that BBB's testimony be taken "
                "by videotaped deposition if needed; (3) prepare AAA with a courtroom visit before "
                "pre-trial.",
            ),
            note(
                "home_visit",
                "2026-06-18T09:30:00+08:00",
                "jdelapena",
                "Visit to the grandmother's house to assess it as a placement after the case. The "
                "house is safe and far from the former residence; CCC is willing and able to care for "
                "both children.",
            ),
        ],
        "hearings": [
            hearing(
                "inquest",
                "2026-02-04T09:00:00+08:00",
                "held",
                outcome="Inquest complaint filed against XXX for qualified trafficking and OSAEC.",
            ),
            hearing(
                "preliminary_investigation",
                "2026-02-20T13:30:00+08:00",
                "held",
                outcome="Probable cause found; information filed with the Regional Trial Court.",
            ),
            hearing(
                "arraignment",
                "2026-03-02T08:30:00+08:00",
                "held",
                docket="R-CEB-26-00000-CR",
                branch="Branch 12",
                outcome="XXX pleaded not guilty. Pre-trial set.",
            ),
            hearing(
                "pre_trial",
                "2026-05-14T08:30:00+08:00",
                "postponed",
                docket="R-CEB-26-00000-CR",
                branch="Branch 12",
                outcome="Reset at the instance of the defense.",
            ),
            hearing(
                "pre_trial",
                "2026-12-03T08:30:00+08:00",
                "scheduled",
                docket="R-CEB-26-00000-CR",
                branch="Branch 12",
                location="Hall of Justice, Cebu City, Room 304",
                notes="Motion for live-link testimony of AAA to be heard. Guardian ad litem and support "
                "person confirmed. Mark EV-001 to EV-004.",
            ),
            hearing(
                "trial",
                "2027-01-14T08:30:00+08:00",
                "scheduled",
                docket="R-CEB-26-00000-CR",
                branch="Branch 12",
            ),
        ],
        "evidence": [
            {
                "description": "Mobile phone seized at the house",
                "custodian": "NBI-CCD",
                "reference": "EV-001",
                "sha256": fake_hash("1"),
                "received_on": "2026-02-04",
            },
            {
                "description": "Laptop used for the livestream sessions",
                "custodian": "NBI-CCD",
                "reference": "EV-002",
                "sha256": fake_hash("2"),
                "received_on": "2026-02-04",
            },
            {
                "description": "Remittance records, 14 transfers from abroad (certified copies)",
                "custodian": "PNP-WCPC",
                "reference": "EV-003",
                "sha256": fake_hash("3"),
                "received_on": "2026-02-11",
            },
            {
                "description": "Forensic extraction report of EV-001",
                "custodian": "NBI-CCD",
                "reference": "EV-004",
                "sha256": fake_hash("4"),
                "received_on": "2026-03-20",
            },
        ],
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "sample.db"
        sup, _ = create_session(
            db, "admin", "sample supervisor passphrase", display_name="Office Supervisor",
            office_name="Sample Legal Aid Office, Region VII",
        )  # fmt: skip
        users.add_user(
            sup, "cilagan", "lawyer", "sample lawyer passphrase", display_name="Atty. Carmela Ilagan"
        )
        users.add_user(
            sup, "jdelapena", "social_worker", "sample worker passphrase", display_name="Jun Dela Peña"
        )
        add_cases(sup, parse_document({"format": "caseintake/1", "cases": [sample_case()]}))
        sup.close()
        lawyer = open_session(db, "cilagan", "sample lawyer passphrase")
        try:
            written = write_hearing_summary(
                lawyer, "CI-2026-00017", PDF, today=TODAY, document_id=DOCUMENT_ID, invariant=True
            )
        finally:
            lawyer.close()
    for old in HERE.glob("page-*.png"):
        old.unlink()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        subprocess.run([pdftoppm, "-r", "72", "-png", str(PDF), str(HERE / "page")], check=True)  # noqa: S603
    print(f"{PDF.name}: {written.pages} pages, SHA-256 {written.sha256}")


if __name__ == "__main__":
    main()
