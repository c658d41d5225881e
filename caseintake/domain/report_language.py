"""The languages a counts report can be printed in, and its words in each.

Court documents stay in English, the language of Philippine courts; the anonymized counts report
(its PDF, the donor report) can be printed in English or Filipino. Its words are plain Python
data rather than Qt translations, because ``reports/`` and ``stats/`` never import Qt. The CSV
and its metadata file stay in English in either language: their column names, codes and facts
are read by programs (DESIGN §6, §8).
"""

from __future__ import annotations

from caseintake.domain.counts import NONE, OTHER, TOTAL, UNKNOWN
from caseintake.domain.errors import InvalidInput
from caseintake.domain.report_words_en import ENGLISH
from caseintake.domain.report_words_fil import FILIPINO

DEFAULT_LANGUAGE = "en"
#: Each language's phrases, all with the same keys and placeholders.
LANGUAGES: dict[str, dict[str, str]] = {"en": ENGLISH, "fil": FILIPINO}
#: The name of each language in itself, for the command line's help.
LANGUAGE_NAMES = {"en": "English", "fil": "Filipino"}


def check_language(language: str) -> str:
    """A language the report is printed in; anything else is refused before work starts."""
    if language not in LANGUAGES:
        raise InvalidInput(
            f"Unknown report language {language!r}; choose from {', '.join(LANGUAGES)}.",
            code="counts_unknown_language",
            params={"language": language, "choices": ", ".join(LANGUAGES)},
        )
    return language


def phrase(language: str, key: str, **params: object) -> str:
    """One phrase of the report, its placeholders filled; an unknown key is a programming error."""
    template = LANGUAGES[language][key]
    return template.format(**params) if params else template


def value_name(language: str, dim: str, value: str) -> str:
    """A code as a reader of the report sees it: ``in_court`` as "in court" ("nasa korte"), ``*``
    as "Total" ("Kabuuan"); a code the catalogue does not name (a region, a year) as itself."""
    words = LANGUAGES[language]
    if value == TOTAL:
        return words["value.total"]
    named = words.get(f"value.{dim}.{value}")
    if named is None and value in (NONE, UNKNOWN, OTHER):
        named = words[f"value.{value}"]
    return named if named is not None else value.replace("_", " ")


def joined(language: str, items: list[str], conjunction: str) -> str:
    """``a and b and c`` (``conjunction``: "and" or "or"), as the English files have always said."""
    if not items:
        return ""
    text = items[0]
    for item in items[1:]:
        text = phrase(language, f"join.{conjunction}", first=text, second=item)
    return text
