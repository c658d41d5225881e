"""The hearing summary: guarded, text-only, reproducible, and robust to whatever a note holds."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from caseintake.domain.errors import IdentityLeak, InvalidInput, NotFound, PermissionDenied
from caseintake.domain.records import Case
from caseintake.interchange.schema import parse_case
from caseintake.reports.hearing_summary import HearingSummary, compose_hearing_summary, render_hearing_summary
from caseintake.reports.pdf_safety import verify_pdf_bytes
from caseintake.reports.pdf_style import escape_text, font_folder
from caseintake.services.cases import load_case
from caseintake.services.documents import list_documents
from caseintake.services.summaries import choose_hearing, write_hearing_summary
from tests.conftest import import_cases, sample_case

VICTIM_NAME = "Maria Luz Bautista"
VAULT_VALUES = ["Maria", "Bautista", "Neneng", "2012-07-19", "July 19, 2012", "Purok 3", "Mabini",
                "0917-123-4567", "1234567", "Rosario"]  # fmt: skip
TODAY = date(2026, 11, 24)
DOC_ID = "00000000-0000-4000-8000-000000000001"


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def summarize(store: dict[str, Any], ref: str, out: Path, who: str = "lawyer", **options: Any) -> Any:
    options.setdefault("today", TODAY)
    return write_hearing_summary(store[who], ref, out, **options)


@pytest.fixture
def case_ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def test_legal_name_in_notes_and_hearing_notes_is_blocked(store: dict[str, Any], tmp_path: Path) -> None:
    case = sample_case()
    case["notes"][0]["text"] = f"Interviewed {VICTIM_NAME} at the shelter."
    case["hearings"][0]["notes"] = f"Bring {VICTIM_NAME}'s guardian."
    ref = import_cases(store["sup"], case)[0]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "summary.pdf"
    with pytest.raises(IdentityLeak) as leak:
        summarize(store, ref, out)
    assert leak.value.exit_status == 5
    assert ("AAA", "legal name") in leak.value.hits
    assert "AAA's legal name" in str(leak.value)
    assert not any(part in str(leak.value) for part in VICTIM_NAME.split())
    assert list(folder.iterdir()) == []  # no temp file left behind either
    assert list_documents(store["sup"]) == []


def test_clean_case_prints_initials_and_no_vault_value(
    store: dict[str, Any], case_ref: str, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    written = summarize(store, case_ref, out)
    data = out.read_bytes()
    text = pdf_text(data)
    assert "AAA" in text
    assert "XXX" in text  # the accused parent, by initials
    assert "JOHN DOE" in text  # the unprotected accused, by name
    for value in VAULT_VALUES:
        assert value.casefold() not in text.casefold(), value
    assert verify_pdf_bytes(data) == []
    assert f"Page 1 of {written.pages}" in text
    assert DOC_ID not in text and written.document_id in text
    assert "Asia/Manila" in text and "8:30 AM" in text


def test_register_row_holds_the_file_hash(store: dict[str, Any], case_ref: str, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    written = summarize(store, case_ref, out, document_id=DOC_ID)
    [row] = list_documents(store["sup"])
    assert (row.id, row.kind, row.reference, row.username) == (DOC_ID, "hearing_summary", case_ref, "lawyer")
    assert row.sha256 == written.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()


@pytest.mark.parametrize("who", ["worker", "other"])
def test_social_workers_are_refused(store: dict[str, Any], case_ref: str, tmp_path: Path, who: str) -> None:
    out = tmp_path / "summary.pdf"
    with pytest.raises(PermissionDenied) as refused:
        summarize(store, case_ref, out, who=who)
    assert refused.value.exit_status == 5
    assert not out.exists()
    assert list_documents(store["sup"]) == []


def test_supervisors_may_print(store: dict[str, Any], case_ref: str, tmp_path: Path) -> None:
    assert summarize(store, case_ref, tmp_path / "s.pdf", who="sup").pages >= 1


def test_case_without_hearings_is_a_clear_error(store: dict[str, Any], tmp_path: Path) -> None:
    ref = import_cases(store["sup"], sample_case(hearings=[]))[0]
    with pytest.raises(NotFound, match="has no hearings"):
        summarize(store, ref, tmp_path / "s.pdf")
    assert not (tmp_path / "s.pdf").exists()


def test_unknown_paper_is_refused(store: dict[str, Any], case_ref: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="paper"):
        summarize(store, case_ref, tmp_path / "s.pdf", paper="legal")


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(store: dict[str, Any], case_ref: str, tmp_path: Path, paper: str, size: Any) -> None:
    out = tmp_path / "s.pdf"
    summarize(store, case_ref, out, paper=paper)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_metadata_is_title_and_office_only(store: dict[str, Any], case_ref: str, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    summarize(store, case_ref, out)
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert set(reader.metadata) == {"/Title", "/Author"}
    assert reader.metadata["/Title"] == f"Hearing summary {case_ref}"
    assert reader.trailer["/Root"].get("/Outlines") is None


def test_invariant_output_is_byte_identical(store: dict[str, Any], case_ref: str) -> None:
    case = load_case(store["lawyer"], case_ref)
    summary = HearingSummary(
        case=case, hearing=case.hearings[0], document_id=DOC_ID, prepared_by="Atty. Reyes",
        prepared_role="lawyer", prepared_on=TODAY, office_name="Legal Aid Office",
    )  # fmt: skip
    first = render_hearing_summary(compose_hearing_summary(summary), invariant=True).data
    second = render_hearing_summary(compose_hearing_summary(summary), invariant=True).data
    assert first == second
    other = replace(summary, document_id="00000000-0000-4000-8000-000000000002")
    assert render_hearing_summary(compose_hearing_summary(other), invariant=True).data != first


def test_service_output_is_reproducible(store: dict[str, Any], case_ref: str, tmp_path: Path) -> None:
    """The same inputs through the whole use case give the same bytes, so the hash is meaningful."""
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    summarize(store, case_ref, first, document_id=DOC_ID, invariant=True)
    store["lawyer"].db.execute("DELETE FROM document")  # the register refuses a repeated id
    summarize(store, case_ref, second, document_id=DOC_ID, invariant=True)
    assert first.read_bytes() == second.read_bytes()


def test_markup_in_case_text_prints_as_text(store: dict[str, Any], tmp_path: Path) -> None:
    hostile = '<img src="x.png"/> <a href="https://example.org">click</a> <font color="red">R&D</font> &amp;'
    case = sample_case()
    case["notes"][0]["text"] = hostile
    case["evidence"][0]["description"] = "<img src='/etc/passwd'/> phone"
    ref = import_cases(store["sup"], case)[0]
    out = tmp_path / "s.pdf"
    note = load_case(store["lawyer"], ref).notes[0].id
    summarize(store, ref, out, note_ids=[str(note)])
    text = re.sub(r"\s+", " ", pdf_text(out.read_bytes()))
    assert hostile in text
    assert "<img src='/etc/passwd'/> phone" in text
    assert verify_pdf_bytes(out.read_bytes()) == []


def test_note_text_can_be_left_out(store: dict[str, Any], case_ref: str, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    note = str(load_case(store["lawyer"], case_ref).notes[0].id)
    summarize(store, case_ref, out, note_ids=[note[-8:]], include_note_text=False)
    text = pdf_text(out.read_bytes())
    assert "calm during the intake" not in text
    assert "Intake note" in text and "Text not included" in text


def test_no_working_note_is_printed_unless_chosen(
    store: dict[str, Any], case_ref: str, tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    summarize(store, case_ref, out)
    text = pdf_text(out.read_bytes())
    assert "calm during the intake" not in text and "Intake note" not in text
    assert "working notes are not part of this summary" in text
    note = str(load_case(store["lawyer"], case_ref).notes[0].id)
    summarize(store, case_ref, out, note_ids=[note], force=True)
    assert "calm during the intake" in pdf_text(out.read_bytes())
    with pytest.raises(NotFound, match="no note with id"):
        summarize(store, case_ref, out, note_ids=["ffffffffffff"], force=True)


def test_evidence_hash_is_printed_in_full(store: dict[str, Any], case_ref: str, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    summarize(store, case_ref, out)
    assert "ab" * 32 in re.sub(r"\s+", "", pdf_text(out.read_bytes()))


# -- choosing the hearing ----------------------------------------------------------------------


def hearings_of(store: dict[str, Any], *starts: tuple[str, str]) -> Case:
    hearings = [
        {"court": "RTC Branch 12", "kind": "trial", "starts_at": at, "status": status}
        for at, status in starts
    ]
    ref = import_cases(store["sup"], sample_case(hearings=hearings))[0]
    return load_case(store["sup"], ref)


def test_default_is_the_next_scheduled_hearing_from_today(store: dict[str, Any]) -> None:
    case = hearings_of(
        store,
        ("2026-11-01T09:00:00+08:00", "held"),
        ("2027-01-10T09:00:00+08:00", "scheduled"),
        ("2026-11-24T08:00:00+08:00", "scheduled"),  # earlier today still counts
        ("2026-12-01T09:00:00+08:00", "postponed"),
    )
    chosen = choose_hearing(case.hearings, None, TODAY, "CI")
    assert chosen.starts_at.isoformat() == "2026-11-24T08:00:00+08:00"


def test_default_falls_back_to_the_latest_hearing(store: dict[str, Any]) -> None:
    case = hearings_of(
        store, ("2026-05-01T09:00:00+08:00", "held"), ("2026-06-01T09:00:00+08:00", "postponed")
    )
    assert choose_hearing(case.hearings, None, TODAY, "CI").starts_at.month == 6


def test_hearing_by_id_or_prefix(store: dict[str, Any]) -> None:
    case = hearings_of(store, ("2026-05-01T09:00:00+08:00", "held"), ("2026-06-01T09:00:00+08:00", "held"))
    first = case.hearings[0]
    assert first.id is not None
    assert choose_hearing(case.hearings, first.id.upper(), TODAY, "CI") is first
    assert choose_hearing(case.hearings, first.id[-8:], TODAY, "CI") is first
    with pytest.raises(NotFound, match="no hearing with id"):
        choose_hearing(case.hearings, "zzzzzzzz", TODAY, "CI")
    with pytest.raises(NotFound, match="more than one hearing"):
        choose_hearing(case.hearings, first.id[:8], TODAY, "CI")  # time-ordered ids share their start
    with pytest.raises(NotFound):
        choose_hearing(case.hearings, first.id[-3:], TODAY, "CI")  # too short to name one


# -- the PDF itself, checked with outside tools --------------------------------------------------


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


@pytest.fixture
def summary_pdf(store: dict[str, Any], case_ref: str, tmp_path: Path) -> Path:
    out = tmp_path / "summary.pdf"
    summarize(store, case_ref, out)
    return out


def test_pdfimages_lists_no_image(summary_pdf: Path) -> None:
    listing = subprocess.run(
        [tool("pdfimages"), "-list", summary_pdf], capture_output=True, text=True, check=True
    )
    assert listing.stdout.splitlines()[2:] == []


def test_pdffonts_shows_every_font_embedded(summary_pdf: Path) -> None:
    listing = subprocess.run([tool("pdffonts"), summary_pdf], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\byes\s+yes\s+yes\b", row), row  # emb, sub, uni
        assert "DejaVu" in row


def test_qpdf_check_is_clean(summary_pdf: Path) -> None:
    result = subprocess.run(
        [tool("qpdf"), "--check", summary_pdf], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_fonts_ship_with_their_license() -> None:
    folder = font_folder()
    assert (folder / "LICENSE").read_text("utf-8").count("Bitstream") > 3


# -- anything a note can hold ------------------------------------------------------------------

FRAGMENTS = st.sampled_from([
    "<img src='x.png'/>", '<a href="https://example.org">link</a>', "<font size=40>", "</para>", "<br/>",
    "&", "&amp;", "&#0;", "]]>", "<![CDATA[x]]>", "<!-- c -->", "😀", "👨‍👩‍👧", "🇵🇭", "مرحبا بالعالم",
    "שלום עולם", "\u202e", "ñandú é ü", "漢字", "\u200b", "x" * 400, "\n", "\n\n", "\t", "  ",
])  # fmt: skip
LONG_TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=25).map("".join)
SHORT_TEXT = LONG_TEXT.map(lambda s: " ".join(s.split())[:300] or "x")


def base_case() -> Case:
    case = parse_case(sample_case())
    case.reference = "CI-2026-00001"
    for person, pseudonym in zip(case.persons, ["AAA", "XXX", None], strict=True):
        person.pseudonym = pseudonym
    case.hearings[0].id = "h1"
    case.notes[0].id = "n1"
    return case


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    note=LONG_TEXT,
    short=SHORT_TEXT,
    outcome=LONG_TEXT,
    paper=st.sampled_from(["long", "a4", "letter"]),
    layout=st.sampled_from(["court", "working-copy"]),
)
def test_any_text_lays_out_without_media(
    note: str, short: str, outcome: str, paper: str, layout: str
) -> None:
    case = base_case()
    case.notes[0].text = note or "x"
    case.summary = outcome or "x"
    case.hearings[0].notes = note or None
    case.hearings[0].court = short
    case.persons[2].name = short
    case.evidence[0] = replace(case.evidence[0], description=short, custodian=short)
    case.referrals[0].note = outcome or None
    earlier = replace(
        case.hearings[0],
        id="h0",
        outcome=outcome or None,
        starts_at=case.hearings[0].starts_at.replace(year=2025),
    )
    case.hearings.insert(0, earlier)
    summary = HearingSummary(
        case=case, hearing=case.hearings[1], document_id=DOC_ID, prepared_by=short, prepared_role="lawyer",
        prepared_on=TODAY, office_name=short, paper=paper, layout=layout, note_ids=("n1",),
    )  # fmt: skip
    doc = compose_hearing_summary(summary)
    data = render_hearing_summary(doc, invariant=True).data
    assert verify_pdf_bytes(data) == []  # walks the whole object graph: no image, link, annotation


def test_characters_the_font_lacks_are_named_not_dropped() -> None:
    assert escape_text("sent 😘") == "sent [face throwing a kiss]"
    assert escape_text("שלום עולם") == "[Hebrew text] [Hebrew text]"
    assert escape_text("漢字 😀😀😀😀") == "[CJK text] [4 symbols]"
    assert escape_text("a\u0591b") == "ab"  # a combining mark the font lacks is dropped, not named
    assert escape_text("<b>&</b>\nñ") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>ñ"


def test_an_imported_note_is_never_credited_to_its_stated_author(
    store: dict[str, Any], case_ref: str, tmp_path: Path
) -> None:
    case = load_case(store["lawyer"], case_ref)
    note = case.notes[0]
    assert note.imported_by == "sup"  # imported by the supervisor in the fixture
    out = tmp_path / "s.pdf"
    summarize(store, case_ref, out, note_ids=[str(note.id)])
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "imported by Ana Supervisor" in text
