"""The printed form of the hearing summary, read back from the PDF with pdfplumber.

A.M. No. 11-9-4-SC (court filing): 14-point body, margins left 1.5", top 1.2", right and bottom
1.0", measured here from the boxes of the text actually drawn. Also: paper sizes, no page left
mostly empty, names never broken inside, fonts embedded, no shelter named, no-media verifier clean.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from io import BytesIO
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from caseintake.reports.hearing_summary import compose_hearing_summary
from caseintake.reports.pdf_document import LAYOUTS
from caseintake.reports.pdf_safety import verify_pdf_bytes
from caseintake.services.cases import load_case
from caseintake.services.summaries import write_hearing_summary
from tests.conftest import import_cases
from tests.unit.test_court_record import rich_case
from tests.unit.test_hearing_summary import TODAY

INCH = 72.0
SIZES = {"long": (612.0, 936.0), "a4": (595.28, 841.89), "letter": (612.0, 792.0)}
COURT_MARGINS = {"left": 1.5 * INCH, "top": 1.2 * INCH, "right": 1.0 * INCH, "bottom": 1.0 * INCH}
# Where the shelter is: the referral's agency and note. None of it may be printed.
SHELTER_WORDS = ["Haven", "Lahug", "Bahay", "Kalinga", "dormitory", "house parent"]
VAULT_WORDS = [
    "Rosalinda",
    "Maglasang",
    "Pagaduan",
    "Maricel",
    "Jun-Jun",
    "Teodora",
    "Bacalso",
    "Gemma",
    "Rodrigo",
    "Angelica",
    "Cabahug",
    "Kalubihan",
    "Tabok",
    "0917",
    "Inday",
    "2012-07-19",
]
NAMES = [
    "AAA",
    "BBB",
    "CCC",
    "EEE",
    "XXX",
    "YYY",
    "Bartholomew",
    "Kingsley-Fairweather",
    "BARTHOLOMEW",
    "KINGSLEY-FAIRWEATHER",
]
TRIAL = "2026-04-13"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bytes]:
    """The rich sample case's trial summary in every paper size and layout (made once: the
    database and the six documents are shared by the read-only tests below)."""
    folder = tmp_path_factory.mktemp("layout")
    with pytest.MonkeyPatch.context() as patch:
        from caseintake.storage import keyslots

        patch.setattr(keyslots, "DEFAULT_KDF", keyslots.Argon2Params(1, 1024, 1))
        patch.setenv("CASEINTAKE_LOG_DIR", str(folder / "logs"))
        return _render_all(folder)


def _render_all(folder: Path) -> dict[tuple[str, str], bytes]:
    from caseintake.services import users
    from caseintake.services.session import create_session, open_session

    path = folder / "data" / "cases.db"
    sup, _ = create_session(
        path,
        "sup",
        "supervisor passphrase",
        display_name="Ana Supervisor",
        office_name="Child Justice Legal Aid Office, Cebu",
    )
    users.add_user(sup, "worker", "social_worker", "worker passphrase", display_name="Juan Dela Cruz")
    users.add_user(sup, "lawyer", "lawyer", "lawyer passphrase", display_name="Atty. Maria L. Reyes")
    ref = import_cases(sup, rich_case())[0]
    lawyer = open_session(path, "lawyer", "lawyer passphrase")
    out: dict[tuple[str, str], bytes] = {}
    try:
        hearing = next(
            h.id for h in load_case(lawyer, ref).hearings if h.starts_at.date().isoformat() == TRIAL
        )
        for paper in SIZES:
            for layout in ("court", "working-copy"):
                target = folder / f"{paper}-{layout}.pdf"  # beside, not inside, the database folder
                write_hearing_summary(
                    lawyer,
                    ref,
                    target,
                    hearing_id=hearing,
                    paper=paper,
                    layout=layout,
                    today=TODAY.replace(year=2026, month=4, day=8),
                    invariant=True,
                )
                out[paper, layout] = target.read_bytes()
    finally:
        lawyer.close()
        sup.close()
    return out


def _pages(data: bytes) -> list[Any]:
    return list(pdfplumber.open(BytesIO(data)).pages)


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in _pages(data))


@pytest.mark.parametrize("paper", list(SIZES))
@pytest.mark.parametrize("layout", ["court", "working-copy"])
def test_paper_size(pdfs: dict[tuple[str, str], bytes], paper: str, layout: str) -> None:
    for page in _pages(pdfs[paper, layout]):
        assert (page.width, page.height) == pytest.approx(SIZES[paper], abs=0.5)


@pytest.mark.parametrize("paper", list(SIZES))
def test_court_margins_measured_from_the_text(pdfs: dict[tuple[str, str], bytes], paper: str) -> None:
    width, height = SIZES[paper]
    for page in _pages(pdfs[paper, "court"]):
        chars = page.chars
        left = min(c["x0"] for c in chars)
        right = width - max(c["x1"] for c in chars)
        top = min(c["top"] for c in chars)
        bottom = height - max(c["bottom"] for c in chars)
        assert left == pytest.approx(COURT_MARGINS["left"], abs=1.0), page.page_number
        assert right >= COURT_MARGINS["right"] - 0.5, page.page_number
        assert top >= COURT_MARGINS["top"] - 0.5, page.page_number
        assert bottom >= COURT_MARGINS["bottom"] - 0.5, page.page_number
        # and the lines and boxes drawn (banner, rules, table grid) stay inside too
        for shape in page.rects + page.lines:
            assert (
                shape["x0"] >= COURT_MARGINS["left"] - 0.5
                and shape["x1"] <= width - COURT_MARGINS["right"] + 0.5
            )
            assert shape["top"] >= COURT_MARGINS["top"] - 0.5
            assert shape["bottom"] <= height - COURT_MARGINS["bottom"] + 0.5
    widest = max(max(c["x1"] for c in page.chars) for page in _pages(pdfs[paper, "court"]))
    assert widest > width - COURT_MARGINS["right"] - 12  # the text width is used, not wasted


@pytest.mark.parametrize(("layout", "size"), [("court", 14.0), ("working-copy", 11.0)])
def test_body_font_size(pdfs: dict[tuple[str, str], bytes], layout: str, size: float) -> None:
    sizes: Counter[float] = Counter()
    for page in _pages(pdfs["long", layout]):
        sizes.update(round(c["size"], 1) for c in page.chars if c["text"].strip())
    assert sizes.most_common(1)[0][0] == size
    top, _bottom = _frame(layout, SIZES["long"][1])
    body = Counter(
        round(c["size"], 1)
        for page in _pages(pdfs["long", layout])
        for c in page.chars
        if c["text"].strip() and top - 1 <= c["top"] <= page.height - LAYOUTS[layout].frame_bottom
    )
    # Inside the text frame: 14-point text, 12-point table cells, nothing smaller than the
    # grouped SHA-256 digits (78% of the body size).
    assert min(body) >= round(size * 0.78, 1) - 0.05
    assert body[size] == max(body.values())


@pytest.mark.parametrize("key", [(p, lay) for p in SIZES for lay in ("court", "working-copy")])
def test_names_are_never_broken_inside(pdfs: dict[tuple[str, str], bytes], key: tuple[str, str]) -> None:
    lines = [line for page in _pages(pdfs[key]) for line in (page.extract_text() or "").splitlines()]
    joined = " ".join(lines)
    for name in NAMES[:6]:
        assert re.search(rf"\b{name}\b", joined), name
    for before, after in itertools.pairwise(lines):
        for name in NAMES:
            for cut in range(1, len(name)):
                head, tail = name[:cut], name[cut:]
                if before.rstrip().endswith((head, head + "-")) and after.lstrip().startswith(tail):
                    pytest.fail(f"{name!r} broken across lines: {before!r} / {after!r}")


def _frame(layout: str, height: float) -> tuple[float, float]:
    lay = LAYOUTS[layout]
    return lay.frame_top, height - lay.frame_bottom


@pytest.mark.parametrize("key", [(p, lay) for p in SIZES for lay in ("court", "working-copy")])
def test_no_page_but_the_last_is_mostly_empty(
    pdfs: dict[tuple[str, str], bytes], key: tuple[str, str]
) -> None:
    pages = _pages(pdfs[key])
    assert len(pages) >= 2
    for page in pages[:-1]:
        top, bottom = _frame(key[1], page.height)
        body = [c for c in page.chars if top - 1 <= c["top"] and c["bottom"] <= bottom + 1]
        filled = (max(c["bottom"] for c in body) - top) / (bottom - top)
        assert filled >= 0.4, f"page {page.page_number} of {key} is {filled:.0%} filled"


@pytest.mark.parametrize("key", [(p, lay) for p in SIZES for lay in ("court", "working-copy")])
def test_the_signature_never_stands_alone(pdfs: dict[tuple[str, str], bytes], key: tuple[str, str]) -> None:
    last = _pages(pdfs[key])[-1].extract_text() or ""
    assert "Prepared by:" in last
    before = last.split("Prepared from the records")[0]
    assert "•" in before or "Next setting" in before, last


def test_fonts_are_embedded(pdfs: dict[tuple[str, str], bytes]) -> None:
    for data in pdfs.values():
        for page in PdfReader(BytesIO(data)).pages:
            fonts = page["/Resources"]["/Font"]
            for ref in fonts.values():
                font = ref.get_object()
                descendants = font.get("/DescendantFonts")
                target = descendants[0].get_object() if descendants else font
                descriptor = target["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font[
                    "/BaseFont"
                ]


def test_no_shelter_no_vault_value_and_verifier_clean(pdfs: dict[tuple[str, str], bytes]) -> None:
    for key, data in pdfs.items():
        text = _text(data)
        for word in SHELTER_WORDS + VAULT_WORDS:
            assert word.casefold() not in text.casefold(), (key, word)
        assert "in residential care (DSWD)" in text
        assert verify_pdf_bytes(data) == [], key


def test_content_a_trial_lawyer_needs(pdfs: dict[tuple[str, str], bytes]) -> None:
    text = re.sub(r"\s+", " ", _text(pdfs["long", "court"]))
    for expected in [
        "REPUBLIC OF THE PHILIPPINES REGIONAL TRIAL COURT 7th JUDICIAL REGION Branch 12, Cebu City",
        "PEOPLE OF THE PHILIPPINES,",
        "Plaintiff,",
        "-versus-",
        "Accused.",
        "Crim. Case Nos.",
        "R-CEB-26-00123-CR",
        "R-CEB-26-00124-CR",
        "R-CEB-26-00125-CR",
        "Asst. City Prosecutor",
        # witnesses and the five-day rule: filed Apr 6 is on time, Apr 10 late, EEE not filed
        "Filed Apr 6, 2026, on time",
        "Filed Apr 10, 2026: LATE",
        "Not yet filed: due by Apr 8, 2026",
        # accused: detained since Jan 13 = 90 days on Apr 13
        "XXX Detained since 90",
        "YYY Detained since 90",
        "At large",
        # children: ages on the hearing day, measures with court status
        "AAA · victim · 13 or 14 on the hearing day",
        "Live-link television testimony",
        "Granted Mar 9, 2026",
        "Interpreter (Cebuano)",
        "Facilitator to put the questions to the child",
        "Denied Mar 9, 2026",
        # exhibits, motions, earlier outcomes, next steps
        "Marked for the prosecution",
        "Marked for the defense",
        "EV-001",
        "Motion to take the videotaped deposition of BBB",
        "Pre-trial terminated.",
        "Next setting: trial on Monday, May 11, 2026, 8:30 AM.",
    ]:
        assert expected in text, expected
    assert "Case conference" not in text and "nightmares" not in text  # no note unless chosen


def test_caption_names_the_charges_by_statute_and_section(pdfs: dict[tuple[str, str], bytes]) -> None:
    page = _pages(pdfs["long", "court"])[0]
    right = page.crop(
        (COURT_MARGINS["left"] + 0.61 * (page.width - 2.5 * INCH), 0, page.width, page.height / 2)
    )
    text = re.sub(r"\s+", " ", right.extract_text() or "")
    assert "Crim. Case Nos. R-CEB-26-00123-CR R-CEB-26-00124-CR R-CEB-26-00125-CR" in text
    charges = (
        "For: Violation of Sec. 4(c) of RA 11930 (3 counts); Sec. 4(a) in relation to Sec. 6(a) of RA 9208, "
        "as amended by RA 10364 and RA 11862; Sec. 5(b) of RA 7610"
    )
    assert charges in text


def test_working_copy_is_marked_on_every_page(pdfs: dict[tuple[str, str], bytes]) -> None:
    for page in _pages(pdfs["long", "working-copy"]):
        assert "WORKING COPY, NOT FOR FILING" in (page.extract_text() or "")
    assert "WORKING COPY" not in _text(pdfs["long", "court"])


def test_parts_name_the_record_and_field_of_every_printed_piece(store: dict[str, Any]) -> None:
    from caseintake.reports.hearing_summary import HearingSummary

    ref = import_cases(store["sup"], rich_case())[0]
    case = load_case(store["lawyer"], ref)
    trial = next(h for h in case.hearings if h.starts_at.date().isoformat() == TRIAL)
    note = case.notes[2]
    summary = HearingSummary(
        case=case,
        hearing=trial,
        document_id="d",
        prepared_by="p",
        prepared_role="lawyer",
        prepared_on=TODAY,
        note_ids=(str(note.id),),
    )
    doc = compose_hearing_summary(summary)
    parts = dict(doc.parts)
    assert parts["hearing of Apr 13, 2026: venue"].startswith("Hall of Justice")
    assert parts["hearing of Mar 9, 2026: outcome"].startswith("Pre-trial terminated")
    assert parts["evidence entry 1: custodian"] == "NBI Cybercrime Division"
    assert parts[f"note of Mar 20, 2026 by {note.author}: text"] == note.text
    assert parts["case: prosecutor"].startswith("Asst. City Prosecutor")
    assert all(value in doc.text for _label, value in doc.parts)
    assert not any("Haven" in value or "Bahay" in value for _label, value in doc.parts)


@pytest.mark.parametrize("layout", ["court", "office"])
def test_a_long_section_starts_where_there_is_room(layout: str) -> None:
    """A heading kept with a long table: in the summary's layouts it starts on the page that has
    room for it (the table breaks between rows); the office layout keeps ReportLab's plain
    keep-together, which sends the whole section to a new page and leaves this one mostly empty."""
    from reportlab.platypus import Paragraph, Table

    from caseintake.reports.pdf_document import DocumentSpec, render_pdf
    from caseintake.reports.pdf_style import document_styles

    st = document_styles(14.0)
    filler = [Paragraph("Filler line.", st.body) for _ in range(6)]
    heading = Paragraph("LONG SECTION", st.heading)
    table = Table([[Paragraph(f"row {i}", st.cell)] for i in range(80)])
    spec = DocumentSpec("t", "", "d", "f", "b", "b", paper="long", layout=layout)
    data = render_pdf(spec, [*filler, heading, table], invariant=True).data
    first = _pages(data)[0].extract_text() or ""
    assert ("LONG SECTION" in first) == (layout == "court")
