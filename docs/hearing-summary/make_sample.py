"""Rebuild the sample hearing summaries and their page images in this folder.

    python docs/hearing-summary/make_sample.py

The case is `docs/examples/rich-case.json` (every name, number and place in it is made up). It
goes through the real use case: a temporary encrypted database, an import, the identity-leak
guard, the no-media verifier and the document register. Output is reproducible: the date, the
document id and ReportLab's invariant mode are fixed. Page images need poppler's `pdftoppm`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from caseintake.interchange.importer import parse_document
from caseintake.services import users
from caseintake.services.cases import load_case
from caseintake.services.intake import add_cases
from caseintake.services.session import create_session, open_session
from caseintake.services.summaries import write_hearing_summary

HERE = Path(__file__).resolve().parent
CASE = HERE.parent / "examples" / "rich-case.json"
DOCUMENT_ID = "0193f2c4-7a10-7c3e-9d41-5b2e8f6a1c7{}"  # one id per document printed
TODAY = date(2026, 4, 8)  # five days before the trial setting of April 13, 2026
TRIAL = date(2026, 4, 13)
OFFICE = "Child Justice Legal Aid Office, Cebu"
PASS = {"boss": "sample supervisor passphrase", "mreyes": "sample lawyer passphrase"}
#: (paper, layout, pages to keep as images: None for all)
PRINTS = [("long", "court", None), ("long", "working-copy", None), ("a4", "court", 1), ("letter", "court", 1)]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="caseintake-sample-") as tmp:
        db = Path(tmp) / "data" / "cases.db"
        sup, _key = create_session(
            db, "boss", PASS["boss"], display_name="Office Supervisor", office_name=OFFICE
        )
        users.add_user(
            sup, "jdelacruz", "social_worker", "sample worker passphrase", display_name="Juan Dela Cruz"
        )
        users.add_user(sup, "mreyes", "lawyer", PASS["mreyes"], display_name="Atty. Maria L. Reyes")
        [reference] = add_cases(sup, parse_document(json.loads(CASE.read_text(encoding="utf-8"))))
        sup.close()
        lawyer = open_session(db, "mreyes", PASS["mreyes"])
        try:
            trial = next(h.id for h in load_case(lawyer, reference).hearings if h.starts_at.date() == TRIAL)
            for png in HERE.glob("*.png"):
                png.unlink()
            for number, (paper, layout, pages) in enumerate(PRINTS):
                pdf = Path(tmp) / f"{paper}-{layout}.pdf"
                write_hearing_summary(
                    lawyer,
                    reference,
                    pdf,
                    hearing_id=trial,
                    paper=paper,
                    layout=layout,
                    today=TODAY,
                    document_id=DOCUMENT_ID.format(number),
                    invariant=True,
                )
                if (paper, layout) == ("long", "court"):
                    shutil.copyfile(pdf, HERE / "sample-hearing-summary.pdf")
                _images(pdf, HERE / f"{paper}-{layout}", pages)
        finally:
            lawyer.close()


def _images(pdf: Path, stem: Path, pages: int | None) -> None:
    """`pdftoppm -png -r 60`, named stem-1.png, stem-2.png, ... (no zero padding)."""
    limit = ["-l", str(pages)] if pages else []
    subprocess.run(["pdftoppm", "-png", "-r", "60", *limit, str(pdf), str(stem)], check=True)  # noqa: S603, S607
    for made in stem.parent.glob(f"{stem.name}-*.png"):
        number = int(made.stem.rsplit("-", 1)[1])
        made.rename(made.with_name(f"{stem.name}-{number}.png"))


if __name__ == "__main__":
    main()
