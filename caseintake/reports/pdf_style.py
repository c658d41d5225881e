"""The office's printed look: fonts from ``resources/fonts``, paper sizes, paragraph styles, escaping.

Shared by every PDF the application writes (the hearing summary now, the counts report later), so
documents from one office look alike. Fonts are embedded TrueType files shipped with the
application, never system fonts: a document must print the same on every laptop, and the
standard PDF fonts cannot show ñ in every viewer. Case text only ever reaches a Paragraph through
`escape_text`, so markup typed into a note prints as text and cannot inject an image or a link.
"""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "MONO",
    "PAPER_SIZES",
    "SERIF",
    "SERIF_BOLD",
    "DocumentStyles",
    "document_styles",
    "escape_text",
    "font_folder",
    "page_size",
    "register_fonts",
    "text_blocks",
]

SERIF = "CaseSerif"
SERIF_BOLD = "CaseSerif-Bold"
SERIF_ITALIC = "CaseSerif-Italic"
SERIF_BOLD_ITALIC = "CaseSerif-BoldItalic"
MONO = "CaseMono"

_FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
    MONO: "DejaVuSansMono.ttf",
}

#: "long" is 8.5 x 13 in long bond, the usual paper of court filings in the Philippines.
PAPER_SIZES: dict[str, tuple[float, float]] = {"long": (8.5 * inch, 13 * inch), "a4": A4, "letter": LETTER}

INK = colors.black
MUTED = colors.Color(0.32, 0.32, 0.32)
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.93, 0.93, 0.93)


@dataclass
class _FontState:
    registered: bool = False
    covered: frozenset[int] = frozenset()  # code points the regular face can draw


_lock = threading.Lock()
_fonts = _FontState()

# Characters a Paragraph must never see: C0/C1 controls (the XML parser rejects some), lone
# surrogates (cannot be encoded) and non-characters. Newlines and tabs are handled separately.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NAMED_SYMBOLS = 3  # up to this many emoji in a row are named one by one
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def _font_candidates() -> list[Path]:
    """Where the fonts are: the source tree, an installed wheel's data files, a frozen bundle."""
    candidates = [Path(__file__).resolve().parents[2] / "resources" / "fonts"]
    candidates.append(Path(sys.prefix) / "share" / "caseintake" / "fonts")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources" / "fonts")
    return candidates


def font_folder() -> Path:
    for folder in _font_candidates():
        if all((folder / name).is_file() for name in _FONT_FILES.values()):
            return folder
    raise FileNotFoundError("The document fonts are missing from resources/fonts; reinstall caseintake.")


def register_fonts() -> None:
    """Register the embedded font family once per process (thread-safe: the GUI prints off-thread)."""
    with _lock:
        if _fonts.registered:
            return
        folder = font_folder()
        for name, file_name in _FONT_FILES.items():
            font = TTFont(name, str(folder / file_name))
            pdfmetrics.registerFont(font)
            if name == SERIF:
                _fonts.covered = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
        )
        pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)
        _fonts.registered = True


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r}; expected one of {', '.join(PAPER_SIZES)}") from None


def _describe(run: list[str]) -> str:
    """A stand-in for characters the font cannot draw: short enough not to swell a table cell."""
    letters = [ch for ch in run if unicodedata.category(ch)[0] in "LM"]
    if letters:
        script = unicodedata.name(letters[0], "other").split()[0]
        return f"[{script if script == 'CJK' else script.title()} text]"
    if len(run) <= _NAMED_SYMBOLS:
        return "".join(f"[{unicodedata.name(ch, f'U+{ord(ch):04X}').lower()}]" for ch in run)
    return f"[{len(run)} symbols]"


def _spell_missing(text: str) -> str:
    """Describe characters the font cannot draw (emoji, scripts it lacks) instead of leaving gaps.

    A judge reading "sent [face throwing a kiss]" or "[Arabic text]" knows something was there; a
    blank would silently change the record. Invisible joiners, variation selectors and direction
    marks the font lacks are dropped.
    """
    if text.isascii():
        return text
    register_fonts()
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if ord(ch) in _fonts.covered or ch == "\n":
            if run:
                out.append(_describe(run))
                run = []
            out.append(ch)
        elif unicodedata.category(ch) not in ("Mn", "Me", "Cf") or run:
            run.append(ch)
    if run:
        out.append(_describe(run))
    return "".join(out)


def escape_text(value: str) -> str:
    """Case text as Paragraph markup that prints exactly what was typed, line breaks kept."""
    clean = _UNPRINTABLE.sub("\ufffd", value).replace("\r\n", "\n").replace("\r", "\n")
    clean = _spell_missing(clean.replace("\t", "    "))
    return escape(clean).replace("\n", "<br/>")


def text_blocks(value: str) -> list[str]:
    """Split long text at blank lines into escaped paragraphs, so each can break across pages."""
    blocks = _BLANK_LINES.split(value.replace("\r\n", "\n").replace("\r", "\n").strip())
    return [escape_text(block.strip("\n")) for block in blocks if block.strip()]


@dataclass(frozen=True)
class DocumentStyles:
    """The paragraph styles of an office document; build with `document_styles`."""

    body: ParagraphStyle
    body_lead: ParagraphStyle
    body_indented: ParagraphStyle
    small: ParagraphStyle
    small_italic: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    court: ParagraphStyle
    court_name: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    mono: ParagraphStyle
    entry: ParagraphStyle
    entry_only: ParagraphStyle
    entry_text: ParagraphStyle
    list_item: ParagraphStyle
    prose: ParagraphStyle  # free text at body size: a token longer than a line may break


def document_styles(size: float = 10.0, entry_indent: float = 84.0) -> DocumentStyles:
    """Styles scaled from one body size; `entry_indent` is the date column of dated entries."""
    register_fonts()
    lead = size * 1.38

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": SERIF,
            "bulletFontName": SERIF,  # ReportLab's default is Helvetica, which would not be embedded
            "bulletFontSize": size,
            "fontSize": size,
            "leading": lead,
            "textColor": INK,
            "alignment": TA_LEFT,
            # A word is never broken inside (a surname split across lines reads as two names),
            # and hyphens already in a name are not line-break points either.
            "splitLongWords": 0,
            "embeddedHyphenation": 0,
            "hyphenationLang": "",
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    small = size * 0.85
    entry = style(
        "Entry",
        leftIndent=entry_indent,
        bulletIndent=0,
        bulletFontName=SERIF_BOLD,
        bulletFontSize=size * 0.92,
        spaceBefore=size * 0.55,
        spaceAfter=size * 0.2,
        keepWithNext=1,
    )
    return DocumentStyles(
        body=style("Body", spaceAfter=size * 0.5),
        body_lead=style("BodyLead", spaceAfter=size * 0.5, keepWithNext=1),
        body_indented=style("BodyIndented", leftIndent=entry_indent, spaceAfter=size * 0.45),
        small=style("Small", fontSize=small, leading=small * 1.35, textColor=MUTED),
        small_italic=style(
            "SmallItalic", fontName=SERIF_ITALIC, fontSize=small, leading=small * 1.35, textColor=MUTED
        ),
        title=style(
            "Title", fontName=SERIF_BOLD, fontSize=size * 1.5, leading=size * 1.9, alignment=TA_CENTER
        ),
        subtitle=style("Subtitle", alignment=TA_CENTER, spaceAfter=size * 0.2),
        heading=style(
            "Heading",
            fontName=SERIF_BOLD,
            fontSize=size * 1.1,
            leading=size * 1.45,
            spaceBefore=size * 1.3,
            spaceAfter=size * 0.55,
            keepWithNext=1,
        ),
        subheading=style(
            "Subheading",
            fontName=SERIF_BOLD,
            fontSize=size * 0.92,
            leading=size * 1.22,
            spaceBefore=size * 0.7,
            spaceAfter=size * 0.25,
            keepWithNext=1,
        ),
        court=style("Court", alignment=TA_CENTER, leading=size * 1.3),
        court_name=style("CourtName", fontName=SERIF_BOLD, alignment=TA_CENTER, leading=size * 1.35),
        cell=style("Cell", fontSize=size * 0.86, leading=size * 1.17),
        cell_head=style("CellHead", fontName=SERIF_BOLD, fontSize=size * 0.8, leading=size * 1.1),
        label=style("Label", fontName=SERIF_BOLD, fontSize=size * 0.86, leading=size * 1.17),
        mono=style("Mono", fontName=MONO, fontSize=size * 0.78, leading=size * 1.1),
        entry=entry,
        entry_only=ParagraphStyle("EntryOnly", parent=entry, keepWithNext=0),
        # Free text (an outcome, a selected note) may hold a token longer than a whole line, such
        # as a pasted link: only there may a "word" break, and only when it cannot fit a line.
        entry_text=style("EntryText", leftIndent=entry_indent, spaceAfter=size * 0.3, splitLongWords=1),
        list_item=style("ListItem", leftIndent=size * 1.6, bulletIndent=size * 0.4, spaceAfter=size * 0.3),
        prose=style("Prose", spaceAfter=size * 0.5, splitLongWords=1),
    )
