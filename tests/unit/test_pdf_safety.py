"""The no-media verifier: clean ReportLab text passes, every smuggling route is caught.

Fixtures are built in the test so no binary PDF is committed.
"""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.annotations import Text
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from caseintake.reports.pdf_safety import (
    PdfFinding,
    UnsafePdf,
    ensure_safe_pdf,
    verify_pdf_bytes,
    verify_pdf_file,
)

SECRET = "Juan Dela Cruz"  # stands in for case data that must never be echoed
FONT = "Vera"  # ships with ReportLab; embedded, as every font of a clean PDF must be


def _embedded_font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(f"{FONT}-Bold", "VeraBd.ttf"))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=FONT, boldItalic=FONT)
    return FONT


def _embedded_canvas(*args: Any, **kwargs: Any) -> canvas.Canvas:
    kwargs["initialFontName"] = _embedded_font()
    return canvas.Canvas(*args, **kwargs)


def text_pdf(paragraphs: list[str], pages: int = 1) -> bytes:
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title="Hearing summary")
    style = getSampleStyleSheet()["BodyText"].clone("Embedded", fontName=_embedded_font())
    story: list[object] = []
    for page in range(pages):
        story.extend(Paragraph(text, style) for text in paragraphs)
        if page < pages - 1:
            story.append(PageBreak())
    doc.build(story, canvasmaker=_embedded_canvas)
    return buffer.getvalue()


def canvas_pdf(draw: object) -> bytes:
    buffer = BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, initialFontName=_embedded_font())
    draw(c)  # type: ignore[operator]
    c.showPage()
    c.save()
    return buffer.getvalue()


def image_stream() -> DecodedStreamObject:
    image = DecodedStreamObject()
    image.set_data(b"\x00")
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(1),
            NameObject("/Height"): NumberObject(1),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    return image


def page_writer(content: bytes, xobjects: DictionaryObject | None = None) -> PdfWriter:
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)
    if xobjects is not None:
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    return writer


def to_bytes(writer: PdfWriter) -> bytes:
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def kinds(findings: list[PdfFinding]) -> set[str]:
    return {f.kind for f in findings}


def test_clean_reportlab_text_passes() -> None:
    data = text_pdf(["Hearing of <b>AAA</b> v. XXX", "Evidence register: sha256 ab12"], pages=3)
    assert verify_pdf_bytes(data) == []
    ensure_safe_pdf(data)


def test_clean_text_with_embedded_truetype_font_passes() -> None:
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))

    def draw(c: canvas.Canvas) -> None:
        c.setFont("Vera", 12)
        c.drawString(72, 720, "Hearing of AAA — BI ID EI")

    assert verify_pdf_bytes(canvas_pdf(draw)) == []


def test_text_that_spells_inline_image_operators_is_not_flagged() -> None:
    assert verify_pdf_bytes(text_pdf(["BI ID EI", "x BI /W 1 ID \\000 EI y"])) == []
    tricky = b"BT /F1 12 Tf (BI /W 1 /H 1 ID x EI) Tj [(BI) 5 (EI)] TJ ET"
    assert verify_pdf_bytes(to_bytes(page_writer(tricky))) == []


def test_form_xobject_without_images_passes() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.beginForm("banner")
        c.drawString(10, 10, "CONFIDENTIAL")
        c.endForm()
        c.doForm("banner")

    assert verify_pdf_bytes(canvas_pdf(draw)) == []


def test_image_xobject_is_flagged() -> None:
    writer = page_writer(b"q 10 0 0 10 0 0 cm /Im0 Do Q")
    ref = writer._add_object(image_stream())
    page = writer.pages[0]
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): ref})}
    )
    assert "image" in kinds(verify_pdf_bytes(to_bytes(writer)))


def test_image_inside_form_xobject_is_flagged() -> None:
    writer = page_writer(b"/Fm0 Do")
    form = DecodedStreamObject()
    form.set_data(b"/Im0 Do")
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([NumberObject(n) for n in (0, 0, 10, 10)]),
            NameObject("/Resources"): DictionaryObject(
                {
                    NameObject("/XObject"): DictionaryObject(
                        {NameObject("/Im0"): writer._add_object(image_stream())}
                    )
                }
            ),
        }
    )
    writer.pages[0][NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): writer._add_object(form)})}
    )
    assert "image" in kinds(verify_pdf_bytes(to_bytes(writer)))


def test_inline_image_is_flagged() -> None:
    data = to_bytes(page_writer(b"q BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI Q"))
    findings = verify_pdf_bytes(data)
    assert [f.kind for f in findings] == ["inline_image"]
    assert findings[0].where == "page 1 contents"


def test_orphan_image_no_page_uses_is_flagged() -> None:
    writer = page_writer(b"")
    writer._add_object(image_stream())
    findings = verify_pdf_bytes(to_bytes(writer))
    assert [f.kind for f in findings] == ["image"]
    assert "unreferenced" in findings[0].where


def test_image_shadowed_by_incremental_update_is_flagged() -> None:
    # Revision 1 draws an image; revision 2 replaces that object with null, so viewers and the
    # object graph no longer see it, but its bytes are still in the file.
    writer = page_writer(b"q 10 0 0 10 0 0 cm /Im0 Do Q")
    ref = writer._add_object(image_stream())
    writer.pages[0][NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): ref})}
    )
    base = to_bytes(writer)
    previous = int(base[base.rindex(b"startxref") + 9 :].split()[0])
    root = writer.root_object.indirect_reference
    assert root is not None
    offset = len(base) + 1
    update = f"\n{ref.idnum} 0 obj\nnull\nendobj\n".encode()
    xref_at = len(base) + len(update)
    update += (
        f"xref\n0 1\n0000000000 65535 f \n{ref.idnum} 1\n{offset:010d} 00000 n \n"
        f"trailer\n<< /Size {ref.idnum + 1} /Root {root.idnum} 0 R /Prev {previous} >>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    ).encode()
    findings = verify_pdf_bytes(base + update)
    assert [f.kind for f in findings] == ["image"]
    assert "older revision" in findings[0].where


def test_embedded_file_is_flagged() -> None:
    writer = page_writer(b"")
    writer.add_attachment("statement.txt", SECRET.encode())
    assert "embedded_file" in kinds(verify_pdf_bytes(to_bytes(writer)))


def test_link_annotation_is_flagged() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.drawString(72, 720, "see website")
        c.linkURL("https://example.org/", (72, 710, 200, 730))

    found = kinds(verify_pdf_bytes(canvas_pdf(draw)))
    assert {"link", "action"} <= found


def test_text_annotation_is_flagged() -> None:
    writer = page_writer(b"")
    writer.add_annotation(0, Text(rect=(10, 10, 20, 20), text=SECRET))
    assert "annotation" in kinds(verify_pdf_bytes(to_bytes(writer)))


def test_javascript_is_flagged() -> None:
    writer = page_writer(b"")
    writer.add_open_action(JavaScript("app.alert(1);"))
    assert "javascript" in kinds(verify_pdf_bytes(to_bytes(writer)))


def test_open_action_is_flagged() -> None:
    writer = page_writer(b"")
    writer.open_destination = writer.pages[0]
    findings = verify_pdf_bytes(to_bytes(writer))
    assert (
        PdfFinding("action", "catalog", "An open action or additional-actions entry is present.") in findings
    )


def test_acroform_field_is_flagged() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.acroForm.textfield(name="victim", x=72, y=700, width=200, height=20)

    assert {"form", "annotation"} <= kinds(verify_pdf_bytes(canvas_pdf(draw)))


def test_xmp_metadata_is_flagged() -> None:
    writer = page_writer(b"")
    writer.xmp_metadata = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>'
    assert "xmp_metadata" in kinds(verify_pdf_bytes(to_bytes(writer)))


def test_unexpected_info_key_is_flagged_without_naming_it() -> None:
    writer = page_writer(b"")
    writer.add_metadata({"/Title": "Hearing summary", "/ChildName": SECRET})
    findings = verify_pdf_bytes(to_bytes(writer))
    assert [f.kind for f in findings] == ["info_field"]
    assert "ChildName" not in findings[0].where + findings[0].detail


def test_allowed_info_keys_can_be_narrowed() -> None:
    data = text_pdf(["Text only."])
    findings = verify_pdf_bytes(data, allowed_info_keys=frozenset({"/Title", "/Producer"}))
    assert kinds(findings) == {"info_field"}


def test_garbage_is_a_finding_not_an_exception() -> None:
    for data in (b"", b"not a pdf at all", b"%PDF-1.4\n\x00\xff garbage"):
        assert kinds(verify_pdf_bytes(data)) == {"unreadable"}


def test_truncated_pdf_does_not_raise() -> None:
    data = text_pdf(["Text only."])
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        verify_pdf_bytes(data[:cut])  # any findings, but no exception


def test_encrypted_pdf_is_a_finding() -> None:
    writer = page_writer(b"")
    writer.encrypt("secret", algorithm="AES-256")
    assert kinds(verify_pdf_bytes(to_bytes(writer))) == {"encrypted"}


def test_encrypted_with_empty_password_is_still_scanned() -> None:
    writer = page_writer(b"BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI")
    writer.encrypt("", algorithm="RC4-128")
    assert kinds(verify_pdf_bytes(to_bytes(writer))) == {"encrypted", "inline_image"}


def test_findings_never_echo_document_text() -> None:
    writer = page_writer(f"BT ({SECRET}) Tj ET BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI".encode())
    writer.add_attachment(f"{SECRET}.txt", SECRET.encode())
    writer.add_annotation(0, Text(rect=(10, 10, 20, 20), text=SECRET))
    writer.add_metadata({"/Title": SECRET, f"/{SECRET.replace(' ', '')}": SECRET})
    findings = verify_pdf_bytes(to_bytes(writer))
    assert len(findings) >= 4
    for finding in findings:
        assert "Juan" not in finding.where + finding.detail
        assert "Cruz" not in finding.where + finding.detail


def test_unsafe_pdf_summarises_in_one_sentence() -> None:
    data = to_bytes(page_writer(b"BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI"))
    with pytest.raises(UnsafePdf) as caught:
        ensure_safe_pdf(data)
    assert caught.value.findings[0].kind == "inline_image"
    assert str(caught.value) == "The PDF failed the no-media check with 1 problem: 1 inline_image."


def test_verify_pdf_file(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(text_pdf(["Text only."]))
    assert verify_pdf_file(good) == []
    assert kinds(verify_pdf_file(tmp_path / "missing.pdf")) == {"unreadable"}


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler pdfimages not installed")
def test_pdfimages_agrees_on_clean_and_image_pdfs(tmp_path: Path) -> None:
    clean = tmp_path / "clean.pdf"
    clean.write_bytes(text_pdf(["Text only."]))
    writer = page_writer(b"q 10 0 0 10 0 0 cm /Im0 Do Q")
    ref = writer._add_object(image_stream())
    writer.pages[0][NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): ref})}
    )
    image = tmp_path / "image.pdf"
    image.write_bytes(to_bytes(writer))
    for path, expect_images in ((clean, False), (image, True)):
        listing = subprocess.run(
            ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert bool(listing) == expect_images
        assert ("image" in kinds(verify_pdf_file(path))) == expect_images


# -- pictures drawn without images, and fonts that are not embedded ------------------------------


def shading_page(shading: DictionaryObject | DecodedStreamObject) -> bytes:
    """A page that paints `shading` with `sh`, as a picture smuggled without an image would."""
    writer = page_writer(b"q /Sh0 sh Q")
    page = writer.pages[0]
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Shading"): DictionaryObject({NameObject("/Sh0"): writer._add_object(shading)})}
    )
    return to_bytes(writer)


def sampled_function(samples: int) -> DecodedStreamObject:
    function = DecodedStreamObject()
    function.set_data(bytes(range(256)) * (samples * samples * 3 // 256 + 1))
    function.update(
        {
            NameObject("/FunctionType"): NumberObject(0),
            NameObject("/Domain"): ArrayObject([NumberObject(0), NumberObject(1)] * 2),
            NameObject("/Range"): ArrayObject([NumberObject(0), NumberObject(1)] * 3),
            NameObject("/Size"): ArrayObject([NumberObject(samples), NumberObject(samples)]),
            NameObject("/BitsPerSample"): NumberObject(8),
        }
    )
    return function


def mesh_shading(vertices: int) -> DecodedStreamObject:
    """A free-form triangle mesh (type 4): per vertex a flag byte, two 8-bit coordinates, RGB."""
    mesh = DecodedStreamObject()
    mesh.set_data(bytes([0, 10, 20, 255, 0, 0]) * vertices)
    mesh.update(
        {
            NameObject("/ShadingType"): NumberObject(4),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerCoordinate"): NumberObject(8),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/BitsPerFlag"): NumberObject(8),
            NameObject("/Decode"): ArrayObject([NumberObject(v) for v in (0, 200, 0, 200, 0, 1, 0, 1, 0, 1)]),
        }
    )
    return mesh


def test_sampled_function_shading_is_flagged() -> None:
    """A function-based shading over a grid of samples is a bitmap in all but name."""
    shading = DictionaryObject(
        {
            NameObject("/ShadingType"): NumberObject(1),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/Function"): sampled_function(64),
        }
    )
    found = verify_pdf_bytes(shading_page(shading))
    assert "sampled_function" in kinds(found)
    assert all(SECRET not in f.detail for f in found)


def test_mesh_shading_with_many_vertices_is_flagged() -> None:
    assert "mesh_shading" in kinds(verify_pdf_bytes(shading_page(mesh_shading(5000))))


def test_mesh_shading_with_a_handful_of_vertices_passes() -> None:
    """Three or six vertices make a gradient triangle, not a picture."""
    assert verify_pdf_bytes(shading_page(mesh_shading(6))) == []


def test_reportlab_gradient_passes() -> None:
    """An axial gradient (type 2 function) draws no picture and stays allowed."""

    def draw(c: canvas.Canvas) -> None:
        c.linearGradient(0, 0, 200, 0, [(1, 0, 0), (0, 0, 1)], extend=False)
        c.drawString(20, 20, "Gradient")

    assert verify_pdf_bytes(canvas_pdf(draw)) == []


def test_standard_font_referenced_without_embedding_is_flagged() -> None:
    """Helvetica is one of the standard 14: named, never embedded, so it is refused."""
    buffer = BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)  # ReportLab's default: Helvetica, by name only
    c.drawString(72, 720, "Text only.")
    c.showPage()
    c.save()
    found = verify_pdf_bytes(buffer.getvalue())
    assert [f.kind for f in found] == ["font_not_embedded"]


def test_truetype_font_without_its_font_file_is_flagged() -> None:
    writer = page_writer(b"BT /F9 12 Tf 10 10 Td (x) Tj ET")
    descriptor = DictionaryObject(
        {NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/Arial")}
    )
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/TrueType"),
            NameObject("/BaseFont"): NameObject("/Arial"),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
        }
    )
    writer.pages[0][NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F9"): writer._add_object(font)})}
    )
    assert kinds(verify_pdf_bytes(to_bytes(writer))) == {"font_not_embedded"}
