"""The counts report's words in English: every fixed phrase of the counts PDF and of the facts
its metadata file states (``stats/counts_csv.header_facts``).

This is the source of those sentences: the CSV's metadata file and the English PDF print them as
they stand, so changing one changes a published document. The dimension titles, unit words and
code lists come from ``domain/counts.py`` and ``domain/codes.py`` (one vocabulary); a value the
catalogue does not name prints as its code with spaces for underscores.

Phrases are ``str.format`` templates; ``report_words_fil.py`` has the same keys with the same
placeholders (``tests/unit/test_report_language.py`` checks both).
"""

from __future__ import annotations

from caseintake.domain.codes import CaseStatus, Offense, ReferralKind, Relationship, SourceKind
from caseintake.domain.counts import AGE_LABELS, DIMENSIONS, PERIOD_DIMENSIONS, UNIT_WORDS, UNKNOWN

#: Dimensions in which one case can count more than once, with what a count then is.
_MENTIONS = {
    "offense": "offense mentions",
    "victim_sex": "victim mentions",
    "victim_age": "victim mentions",
    "referral": "referral mentions",
    "accused_relationship": "accused mentions",
    "accused_nationality": "accused mentions",
}
_PLURALS = {
    "offense": "offenses",
    "victim_sex": "victims",
    "victim_age": "victims",
    "referral": "referral kinds",
    "accused_relationship": "accused",
    "accused_nationality": "accused",
}
_FACT_LABELS = {
    "period": "Period",
    "unit": "Unit",
    "dimensions": "Dimensions",
    "threshold_K": "Threshold K",
    "zeros": "Zeros",
    "consent_rule": "Consent rule",
    "left_out_by_consent": "Left out by consent",
    "counting": "Counting",
    "partial": "Partial",
    "totals": "Totals",
    "generated": "Generated",
    "software": "Software",
}
_CODES: dict[str, tuple[str, ...]] = {
    "offense": tuple(Offense),
    "status": tuple(CaseStatus),
    "source": tuple(SourceKind),
    "referral": tuple(ReferralKind),
    "accused_relationship": tuple(Relationship),
    "victim_age": tuple(v for v in AGE_LABELS.values() if v not in (UNKNOWN, "18+")),
}

ENGLISH: dict[str, str] = {
    # The document.
    "title": "Anonymized case counts",
    "donor.title": "Anonymized case counts: donor report",
    "banner.headline": "ANONYMIZED STATISTICS · SMALL COUNTS SUPPRESSED",
    "banner.text": (
        "No names, identifiers or free text; no date finer than a month. Do not combine with other exports."
    ),
    "document.page": "Page {page} of {pages}",
    "document.id": "Document ID {id}",
    "document.not_registered": "not registered",
    "footer.label": "{title} · {footer}",
    "footer.counts": "{start} to {end} · K = {k}",
    "footer.donor": "donor report · {start} to {end} · K = {k}",
    "intro.counts": (
        "Cases opened {start} to {end}, by {dimensions}. Counts from 1 to {below} are suppressed (x),"
        " and so are other counts that would let them be worked out."
    ),
    "intro.donor": (
        "Cases opened {start} to {end}. Counts from 1 to {below} are suppressed (x), and so are other"
        " counts that would let them be worked out, from this report or together with every earlier"
        " export of this office."
    ),
    "table.heading": "Table",
    "table.count": "Count",
    "table.note": (
        "x: suppressed (it may hide a 0 as well as a small count). Total: the sum over that dimension."
        " (partial): the period was not over when the table was made."
    ),
    # The donor report's sections (``services.counts.DONOR_TABLES``).
    "donor.year": "Cases by year opened",
    "donor.quarter": "Cases by quarter opened",
    "donor.region": "Cases by region",
    "donor.offense": "Offenses recorded (a case with several offenses counts once for each)",
    "donor.victim_age,victim_sex": "Children by age band and sex (each child counted once)",
    # Charts.
    "chart.title": "{unit} by {dimension}",
    "chart.partial": "{period} covers {first} to {last} only.",
    "chart.several": "A case with several values counts once for each of them.",
    "chart.mentions": "Mentions",
    "chart.cases": "Cases",
    "chart.suppressed": "suppressed",
    "chart.legend": "suppressed: hidden to protect small counts (marker not to scale)",
    # What a count counts.
    "unit.title.cases": "Cases",
    "unit.title.children": "Children",
    "unit.title.accused": "Accused persons",
    **{f"unit.words.{unit}": words for unit, words in UNIT_WORDS.items()},
    # The facts (labels, then statements).
    **{f"fact.{key}": label for key, label in _FACT_LABELS.items()},
    "fact.period.text": "cases opened from {start} to {end} (month of opening)",
    "fact.unit.one": "each count is a number of {units}",
    "fact.unit.several": "each count is a number of {units} per value: {mentions}, not distinct {units}",
    "fact.threshold.text": "{k} ({rule})",
    "fact.threshold.rule": (
        "counts from 1 to {below} are suppressed; further cells are suppressed so that no suppressed"
        " count can be worked out, narrowed below K or told apart from 0, from this table together"
        " with every earlier export recorded by this office"
    ),
    "fact.zeros.text": (
        "a suppressed cell may hold 0: zeros on any row or column through a suppressed cell are"
        " suppressed too, and every suppressed cell could be 0 and could be K or more given all"
        " published numbers"
    ),
    "fact.consent.only": "only cases whose consent to statistics is yes",
    "fact.consent.all": "all cases whatever their consent to statistics (chosen by the supervisor)",
    "fact.left_out.all_cases": "none: every case is counted",
    "fact.left_out.none": "none: every case opened in the period consented",
    "fact.left_out.few": "fewer than 10 cases opened in the period (consent to statistics not given)",
    "fact.left_out.about": (
        "about {cases} cases opened in the period (consent to statistics not given; rounded to tens)"
    ),
    "fact.counting.one": "each of the {units} counts once in this table",
    "fact.counting.several": (
        "{units} with several values count once per value (with several {plurals} once for each) so"
        " totals over those dimensions can exceed the number of {units}"
    ),
    "fact.partial.text": "{periods} was not over when the table was made",
    "fact.totals.text": "{total} in a dimension column marks a total over that dimension",
    "join.and": "{first} and {second}",
    "join.or": "{first} or {second}",
    **{f"mentions.{dim}": words for dim, words in _MENTIONS.items()},
    **{f"plural.{dim}": words for dim, words in _PLURALS.items()},
    # Dimensions: a heading, in a sentence, under a chart, in the facts.
    **{f"dimension.title.{d.name}": d.title for d in DIMENSIONS.values()},
    **{f"dimension.sentence.{d.name}": d.title.lower() for d in DIMENSIONS.values()},
    **{
        f"dimension.chart.{d.name}": d.title.lower().replace(" opened", "")
        if d.name in PERIOD_DIMENSIONS
        else d.title.lower()
        for d in DIMENSIONS.values()
    },
    **{f"dimension.fact.{name}": name for name in DIMENSIONS},
    # Values: the code as a reader sees it.
    "value.total": "Total",
    "value.none": "none",
    "value.unknown": "unknown",
    "value.other": "other",
    "value.partial": "(partial)",
    "value.victim_sex.F": "female",
    "value.victim_sex.M": "male",
    "value.victim_sex.U": "unknown",
    **{f"value.{dim}.{code}": code.replace("_", " ") for dim, codes in _CODES.items() for code in codes},
}
