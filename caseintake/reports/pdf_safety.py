"""The no-media verifier: every generated PDF, and any file given to ``verify-pdf``, passes here.

DESIGN rule 2 says a document carries text only: no images, embedded files, links, JavaScript,
annotations, forms or metadata beyond title and office. Checking what a page *draws* is not
enough, because a PDF can carry objects no page uses (orphans, older revisions left behind by an
incremental update, name trees). So the whole object graph is walked from the trailer, then every
object in the cross-reference table, then every ``N G obj`` header in the raw bytes that the
current table no longer points to. Findings name object numbers and fixed phrases only, never
document text, because the document may hold case data.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    IndirectObject,
    PdfObject,
    StreamObject,
    read_object,
)

__all__ = [
    "DEFAULT_ALLOWED_INFO_KEYS",
    "PdfFinding",
    "UnsafePdf",
    "ensure_safe_pdf",
    "verify_pdf_bytes",
    "verify_pdf_file",
]

logger = logging.getLogger(__name__)

#: Title and Author carry the document title and the office name (DESIGN section 8). The rest are
#: technical fields ReportLab always writes; their values are checked by the identity-leak guard,
#: not here. Anything else (custom keys in particular) is a place to smuggle data, so it is flagged.
DEFAULT_ALLOWED_INFO_KEYS: frozenset[str] = frozenset(
    {"/Title", "/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate", "/Subject",
     "/Trapped", "/Keywords"}
)  # fmt: skip

_ACTION_TYPES = frozenset(
    {"/GoTo", "/GoToR", "/GoToE", "/GoToDp", "/Launch", "/Thread", "/URI", "/Sound", "/Movie",
     "/Hide", "/Named", "/SubmitForm", "/ResetForm", "/ImportData", "/JavaScript", "/SetOCGState",
     "/Rendition", "/Trans", "/GoTo3DView", "/RichMediaExecute"}
)  # fmt: skip
_ANNOT_SUBTYPES = frozenset(
    {"/Link", "/Widget", "/Text", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon",
     "/PolyLine", "/Highlight", "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret",
     "/Ink", "/Popup", "/FileAttachment", "/Sound", "/Movie", "/Screen", "/PrinterMark",
     "/TrapNet", "/Watermark", "/3D", "/Redact", "/Projection", "/RichMedia"}
)  # fmt: skip
_MEDIA_TYPES = frozenset({"/Sound", "/MediaClip", "/Rendition", "/RichMediaContent"})
# Streams with these keys are fonts, ICC profiles, functions or images, never content streams.
_NOT_CONTENT_KEYS = frozenset(
    {"/Length1", "/Length2", "/Length3", "/N", "/FunctionType", "/ShadingType", "/Width"}
)
# A font program must travel in the file: a font only named (the standard 14 included) is drawn
# from whatever the reader's computer has, so the court's copy may not show what was printed.
_FONT_SUBTYPES = frozenset({"/Type1", "/MMType1", "/TrueType", "/CIDFontType0", "/CIDFontType2"})
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
#: A picture can be drawn without an image: a sampled function (type 0) is a grid of samples, and
#: a mesh shading (types 4 to 7) a grid of coloured vertices. A gradient needs only a handful.
MESH_VERTEX_LIMIT = 32
_COLOUR_COMPONENTS = {"/DeviceGray": 1, "/CalGray": 1, "/DeviceRGB": 3, "/CalRGB": 3, "/Lab": 3,
                      "/DeviceCMYK": 4}  # fmt: skip
_DELIMS = rb"\s()<>\[\]{}/%"
# A BI token outside a string; only a cheap pre-filter, the real parse decides.
_BI_TOKEN = re.compile(rb"(?<![^" + _DELIMS + rb"])BI(?![^" + _DELIMS + rb"])")
_PAGE_LABEL = re.compile(r"page \d+")
_OBJ_HEADER = re.compile(rb"(?<![^\s])(\d{1,10})[\s\x00]+(\d{1,5})[\s\x00]+obj(?![A-Za-z])")


@dataclass(frozen=True)
class PdfFinding:
    """One reason a PDF is refused; ``where`` and ``detail`` never quote document text."""

    kind: str
    where: str
    detail: str


class UnsafePdf(Exception):
    """Raised instead of writing a PDF that carries media, actions or stray metadata."""

    def __init__(self, findings: list[PdfFinding]) -> None:
        self.findings = list(findings)
        counts = Counter(f.kind for f in self.findings)
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        total = len(self.findings)
        noun = "problem" if total == 1 else "problems"
        super().__init__(f"The PDF failed the no-media check with {total} {noun}: {kinds}.")


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _name(d: DictionaryObject, key: str) -> str | None:
    value = _resolve(d.get(key))
    return str(value) if isinstance(value, str) and value.startswith("/") else None


def _number(value: Any) -> int | None:
    value = _resolve(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _mesh_vertices(d: DictionaryObject) -> int:
    """How many vertices (or patch control points) a mesh shading stream holds, from its size.

    Each vertex is two coordinates and a colour (and a flag, in type 4); the count errs high (one
    colour component when the colour space is not a plain one), so a refusal is never missed."""
    if not isinstance(d, StreamObject):
        return 0
    try:
        size_bits = len(d.get_data()) * 8
    except Exception:
        return MESH_VERTEX_LIMIT + 1  # cannot be measured: treated as a picture
    coordinate = _number(d.get("/BitsPerCoordinate")) or 1
    component = _number(d.get("/BitsPerComponent")) or 1
    # Types 6 and 7 carry one flag per patch, not per point: counted for type 4 only.
    flag = (_number(d.get("/BitsPerFlag")) or 0) if _number(d.get("/ShadingType")) == 4 else 0
    space = _resolve(d.get("/ColorSpace"))
    colours = 1 if "/Function" in d else _COLOUR_COMPONENTS.get(str(space), 1)
    per_vertex = max(1, flag + 2 * coordinate + colours * component)
    return size_bits // per_vertex


def _skip_space(data: bytes, offset: int) -> int:
    window = data[offset : offset + 64]
    return offset + len(window) - len(window.lstrip())


class _GraphScan:
    """Iterative walk (deep nesting cannot hit the recursion limit) over one parsed PDF."""

    def __init__(self, reader: PdfReader, labels: dict[tuple[int, int], str]) -> None:
        self.reader = reader
        self.labels = labels
        self.visited: set[tuple[int, int]] = set()
        self.findings: dict[tuple[str, str], PdfFinding] = {}
        self.suffix = ""

    def add(self, kind: str, where: str, detail: str) -> None:
        # One finding per kind and place keeps the summary readable for a cluttered file.
        self.findings.setdefault((kind, where), PdfFinding(kind, where, detail))

    def walk(self, start: Any, where: str, hint: str = "") -> None:
        stack: list[tuple[Any, str, str]] = [(start, where, hint)]
        while stack:
            obj, where, hint = stack.pop()
            if isinstance(obj, IndirectObject):
                ref = (obj.idnum, obj.generation)
                if ref in self.visited:
                    continue
                self.visited.add(ref)
                if ref in self.labels:
                    where = self.labels[ref]
                elif hint in ("/Contents", "/Annots") and _PAGE_LABEL.fullmatch(where):
                    where = f"{where} {'contents' if hint == '/Contents' else 'annotation'}"
                else:
                    where = f"object {ref[0]} {ref[1]}{self.suffix}"
                try:
                    obj = self.reader.get_object(obj)
                except Exception:
                    self.add("unreadable", where, "This object could not be parsed.")
                    continue
            if isinstance(obj, DictionaryObject):
                self.inspect(obj, where, hint)
                # Glyph procedures sit one level below /CharProcs, under glyph names.
                glyphs = hint == "/CharProcs" and not isinstance(obj, StreamObject)
                stack.extend(
                    (v, where, hint if glyphs else str(k)) for k, v in obj.items() if k != "/Encrypt"
                )
            elif isinstance(obj, ArrayObject):
                stack.extend((v, where, hint) for v in obj)

    def inspect(self, d: DictionaryObject, where: str, hint: str) -> None:
        """Flag what this dictionary *is* (by type) and what it *points to* (by key)."""
        keys = {str(k) for k in d}
        type_, subtype, action = _name(d, "/Type"), _name(d, "/Subtype"), _name(d, "/S")
        is_stream = isinstance(d, StreamObject)
        if subtype == "/Image" or hint == "/Thumb" or (is_stream and {"/Width", "/Height"} <= keys):
            self.add("image", where, "An image XObject is present.")
        if type_ == "/EmbeddedFile" or keys & {"/EF", "/EmbeddedFiles", "/Collection"}:
            self.add("embedded_file", where, "An embedded file or file attachment is present.")
        if type_ == "/Filespec" or "/AF" in keys:
            self.add("embedded_file", where, "A file specification or associated file is present.")
        if keys & {"/JS", "/JavaScript"} or action == "/JavaScript":
            self.add("javascript", where, "JavaScript is present.")
        if action in _ACTION_TYPES or type_ == "/Action" or (hint == "/A" and action):
            self.add("action", where, "An action dictionary is present.")
        if keys & {"/OpenAction", "/AA"}:
            self.add("action", where, "An open action or additional-actions entry is present.")
        if "/URI" in keys or subtype == "/Link":
            self.add("link", where, "A link or URI is present.")
        elif type_ == "/Annot" or hint == "/Annots" or subtype in _ANNOT_SUBTYPES:
            self.add("annotation", where, "An annotation is present.")
        if keys & {"/AcroForm", "/XFA", "/FT"}:
            self.add("form", where, "An interactive form or form field is present.")
        if type_ == "/Metadata" or hint == "/Metadata" or (is_stream and subtype == "/XML"):
            self.add("xmp_metadata", where, "An XMP metadata stream is present.")
        if type_ in _MEDIA_TYPES:
            self.add("media", where, "A sound, movie or rich-media object is present.")
        if _number(d.get("/FunctionType")) == 0:
            self.add("sampled_function", where, "A sampled function (type 0), which can draw a picture.")
        shading = _number(d.get("/ShadingType"))
        if shading in (4, 5, 6, 7) and _mesh_vertices(d) > MESH_VERTEX_LIMIT:
            self.add("mesh_shading", where, "A mesh shading with many vertices, which can draw a picture.")
        if subtype in _FONT_SUBTYPES and (type_ == "/Font" or "/BaseFont" in keys):
            descriptor = _resolve(d.get("/FontDescriptor"))
            if not isinstance(descriptor, DictionaryObject) or not any(k in descriptor for k in _FONT_FILES):
                self.add("font_not_embedded", where, "A font is used without being embedded.")
        if is_stream and (
            hint in ("/Contents", "/CharProcs")
            or subtype == "/Form"
            or type_ == "/Pattern"
            or (type_ is None and subtype is None and not keys & _NOT_CONTENT_KEYS)
        ):
            self.check_content(d, where)

    def check_content(self, stream: DictionaryObject, where: str) -> None:
        """Find BI/ID/EI inline images by real tokenising, so "BI" inside text is not a hit."""
        try:
            data = stream.get_data() if isinstance(stream, StreamObject) else b""
        except Exception:
            self.add("unreadable", where, "A stream could not be decoded, so it was not checked.")
            return
        if not _BI_TOKEN.search(data):
            return
        try:
            operations = ContentStream(stream, self.reader).operations
        except Exception:
            self.add("unreadable", where, "A content stream with a BI token could not be parsed.")
            return
        if any(op == b"INLINE IMAGE" for _, op in operations):
            self.add("inline_image", where, "A content stream draws an inline image.")

    def scan_revisions(self, data: bytes) -> None:
        """Parse object headers the current xref does not point to (earlier revisions)."""
        current: set[int] = set()
        for entries in self.reader.xref.values():
            for start in entries.values():
                if isinstance(start, int) and 0 <= start < len(data):
                    # Tolerate tables that point at the whitespace before a header.
                    current.add(_skip_space(data, start))
        for match in _OBJ_HEADER.finditer(data):
            if match.start() in current:
                continue
            obj = self._read_at(data, match.end())
            if obj is not None:
                label = f"object {int(match[1])} {int(match[2])} (older revision)"
                self.walk(obj, label)

    def _read_at(self, data: bytes, offset: int) -> PdfObject | None:
        stream = BytesIO(data)
        stream.seek(_skip_space(data, offset))
        try:
            return read_object(stream, self.reader)
        except Exception:
            return None


def _scan(reader: PdfReader, data: bytes, allowed_info_keys: frozenset[str]) -> list[PdfFinding]:
    labels: dict[tuple[int, int], str] = {}
    root, info = reader.trailer.get("/Root"), reader.trailer.get("/Info")
    for ref, label in ((root, "catalog"), (info, "Info dictionary")):
        if isinstance(ref, IndirectObject):
            labels[(ref.idnum, ref.generation)] = label
    scan = _GraphScan(reader, labels)
    encrypt = reader.trailer.get("/Encrypt")
    if isinstance(encrypt, IndirectObject):
        scan.visited.add((encrypt.idnum, encrypt.generation))  # already reported as "encrypted"
    try:
        for number, page in enumerate(reader.pages, start=1):
            if page.indirect_reference is not None:
                labels[(page.indirect_reference.idnum, page.indirect_reference.generation)] = f"page {number}"
    except Exception:
        scan.add("unreadable", "page tree", "The page tree could not be read.")
    try:
        _scan_phases(scan, reader, data, allowed_info_keys)
    except Exception:
        # Keep what was found so far: the caller refuses the file either way, but learns more.
        scan.add("unreadable", "file", "The PDF structure could not be fully read.")
    return list(scan.findings.values())


def _scan_phases(scan: _GraphScan, reader: PdfReader, data: bytes, allowed_info_keys: frozenset[str]) -> None:
    info = reader.trailer.get("/Info")
    info_dict = _resolve(info)
    if isinstance(info_dict, DictionaryObject):
        for position, key in enumerate(info_dict, start=1):
            if str(key) not in allowed_info_keys:
                # The key is not quoted: a custom key name can itself be document text.
                detail = "The Info dictionary has a key outside the allowed set."
                scan.add("info_field", f"Info dictionary key {position}", detail)
    scan.walk(reader.trailer, "trailer")
    scan.suffix = " (unreferenced)"
    for generation, entries in list(reader.xref.items()):
        free = reader.xref_free_entry.get(generation, {})
        for idnum in list(entries):
            if not free.get(idnum, False):
                scan.walk(IndirectObject(idnum, generation, reader), "")
    for idnum in list(reader.xref_objStm):
        scan.walk(IndirectObject(idnum, 0, reader), "")
    scan.suffix = ""
    scan.scan_revisions(data)


def verify_pdf_bytes(
    data: bytes, *, allowed_info_keys: frozenset[str] = DEFAULT_ALLOWED_INFO_KEYS
) -> list[PdfFinding]:
    """Return every reason ``data`` is not a text-only PDF; an empty list means it is safe.

    Never raises for a bad document: an unparsable or encrypted file is itself a finding, so the
    caller has one path for "refuse this PDF".
    """
    try:
        reader = PdfReader(BytesIO(data))
    except Exception:
        return [PdfFinding("unreadable", "file", "The file could not be parsed as a PDF.")]
    findings: list[PdfFinding] = []
    try:
        if reader.is_encrypted:
            findings.append(PdfFinding("encrypted", "trailer", "The PDF is encrypted."))
            if not reader.decrypt(""):
                return findings  # contents cannot be seen, so nothing more can be vouched for
        findings.extend(_scan(reader, data, allowed_info_keys))
    except Exception:
        findings.append(PdfFinding("unreadable", "file", "The PDF structure could not be read."))
    logger.debug("verified PDF of %d bytes: %d findings", len(data), len(findings))
    return findings


def verify_pdf_file(path: Path) -> list[PdfFinding]:
    """Check a PDF on disk, as ``caseintake verify-pdf`` does; an unreadable file is a finding."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return [PdfFinding("unreadable", "file", "The file could not be read.")]
    return verify_pdf_bytes(data)


def ensure_safe_pdf(data: bytes) -> None:
    """Gate for every PDF the application writes: raise rather than let media leave the office."""
    findings = verify_pdf_bytes(data)
    if findings:
        raise UnsafePdf(findings)
