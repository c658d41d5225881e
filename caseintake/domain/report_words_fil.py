"""The counts report's words in Filipino, for supervisors and donors who read the report in it.

The same keys and placeholders as ``report_words_en.py`` (``tests/unit/test_report_language.py``
checks both). Plain words where there are plain words: a table cell is a "kahon", a dimension a
"kategorya", a suppressed count "nakatago". Terms a social worker uses as they are (OSAEC,
CSAEM, CyberTipline, hotline, referral, trafficking, K) stay as they are; the dimension names
match the GUI's Filipino ("Uri ng referral", "Kaugnayan ng akusado"). Court documents stay in
English, the language of Philippine courts; only the counts report speaks Filipino.
"""

from __future__ import annotations

FILIPINO: dict[str, str] = {
    # The document.
    "title": "Bilang ng mga kaso (walang pangalan)",
    "donor.title": "Bilang ng mga kaso (walang pangalan): ulat para sa mga donor",
    "banner.headline": "ESTADISTIKANG WALANG PANGALAN · NAKATAGO ANG MALILIIT NA BILANG",
    "banner.text": (
        "Walang pangalan, pagkakakilanlan o malayang teksto; walang petsang mas tiyak sa buwan."
        " Huwag isama sa ibang inilabas na datos."
    ),
    "document.page": "Pahina {page} ng {pages}",
    "document.id": "ID ng dokumento {id}",
    "document.not_registered": "hindi nakarehistro",
    "footer.label": "{title} · {footer}",
    "footer.counts": "{start} hanggang {end} · K = {k}",
    "footer.donor": "para sa donor · {start} hanggang {end} · K = {k}",
    "intro.counts": (
        "Mga kasong binuksan mula {start} hanggang {end}, ayon sa {dimensions}. Nakatago (x) ang mga"
        " bilang mula 1 hanggang {below}, pati na ang iba pang bilang na magagamit upang makalkula"
        " ang mga ito."
    ),
    "intro.donor": (
        "Mga kasong binuksan mula {start} hanggang {end}. Nakatago (x) ang mga bilang mula 1 hanggang"
        " {below}, pati na ang iba pang bilang na magagamit upang makalkula ang mga ito, mula sa ulat"
        " na ito o kasama ang bawat naunang inilabas na datos ng opisinang ito."
    ),
    "table.heading": "Talahanayan",
    "table.count": "Bilang",
    "table.note": (
        "x: nakatago (maaaring 0 ito o isang maliit na bilang). Kabuuan: ang suma ng buong kategoryang"
        " iyon. (hindi pa tapos): hindi pa tapos ang panahong iyon nang gawin ang talahanayan."
    ),
    # The donor report's sections.
    "donor.year": "Mga kaso ayon sa taon ng pagbukas",
    "donor.quarter": "Mga kaso ayon sa kwarter ng pagbukas",
    "donor.region": "Mga kaso ayon sa rehiyon",
    "donor.offense": (
        "Mga paglabag na naitala (ang kasong may ilang paglabag ay binibilang nang isang beses sa bawat isa)"
    ),
    "donor.victim_age,victim_sex": (
        "Mga bata ayon sa pangkat ng edad at kasarian (isang beses lamang binibilang ang bawat bata)"
    ),
    # Charts.
    "chart.title": "{unit} ayon sa {dimension}",
    "chart.partial": "{period}: mula {first} hanggang {last} lamang.",
    "chart.several": "Ang kasong may ilang halaga ay binibilang nang isang beses sa bawat isa.",
    "chart.mentions": "Mga pagbanggit",
    "chart.cases": "Mga kaso",
    "chart.suppressed": "nakatago",
    "chart.legend": (
        "nakatago: itinago upang protektahan ang maliliit na bilang (hindi ayon sa sukat ang marka)"
    ),
    # What a count counts.
    "unit.title.cases": "Mga kaso",
    "unit.title.children": "Mga bata",
    "unit.title.accused": "Mga akusado",
    "unit.words.cases": "mga kaso",
    "unit.words.children": "mga bata (biktima)",
    "unit.words.accused": "mga akusado",
    # The facts (labels, then statements).
    "fact.period": "Panahon",
    "fact.unit": "Binibilang",
    "fact.dimensions": "Mga kategorya",
    "fact.threshold_K": "Hangganang K",
    "fact.zeros": "Mga sero",
    "fact.consent_rule": "Tuntunin sa pahintulot",
    "fact.left_out_by_consent": "Hindi isinama (pahintulot)",
    "fact.counting": "Pagbilang",
    "fact.partial": "Hindi pa tapos",
    "fact.totals": "Mga kabuuan",
    "fact.generated": "Ginawa",
    "fact.software": "Programa",
    "fact.period.text": "mga kasong binuksan mula {start} hanggang {end} (buwan ng pagbukas)",
    "fact.unit.one": "ang bawat bilang ay bilang ng {units}",
    "fact.unit.several": (
        "ang bawat bilang ay bilang ng {units} sa bawat halaga: {mentions}, hindi ng magkakaibang {units}"
    ),
    "fact.threshold.text": "{k} ({rule})",
    "fact.threshold.rule": (
        "nakatago ang mga bilang mula 1 hanggang {below}; may iba pang kahong itinatago upang walang"
        " nakatagong bilang na makalkula, mapaliit sa ilalim ng K o maihiwalay sa 0, mula sa"
        " talahanayang ito kasama ang bawat naunang inilabas na datos na naitala ng opisinang ito"
    ),
    "fact.zeros.text": (
        "maaaring 0 ang laman ng nakatagong kahon: itinatago rin ang mga 0 sa anumang hanay o kolum na"
        " dumaraan sa nakatagong kahon, at ang bawat nakatagong kahon ay maaaring 0 o maaaring K o"
        " higit pa batay sa lahat ng inilathalang bilang"
    ),
    "fact.consent.only": "ang mga kaso lamang na may pahintulot (oo) na maisama sa estadistika",
    "fact.consent.all": "lahat ng kaso, anuman ang pahintulot nila sa estadistika (pinili ng superbisor)",
    "fact.left_out.all_cases": "wala: binilang ang bawat kaso",
    "fact.left_out.none": "wala: may pahintulot ang bawat kasong binuksan sa panahong ito",
    "fact.left_out.few": "wala pang 10 kasong binuksan sa panahong ito (walang pahintulot sa estadistika)",
    "fact.left_out.about": (
        "mga {cases} kasong binuksan sa panahong ito (walang pahintulot sa estadistika; binilog sa"
        " pinakamalapit na sampu)"
    ),
    "fact.counting.one": "isang beses lamang binibilang ang bawat isa sa {units} sa talahanayang ito",
    "fact.counting.several": (
        "ang {units} na may ilang halaga ay binibilang nang isang beses sa bawat halaga (kung may ilang"
        " {plurals}, isang beses sa bawat isa) kaya maaaring lumampas ang mga kabuuan sa mga"
        " kategoryang iyon sa bilang ng {units}"
    ),
    "fact.partial.text": "hindi pa tapos ang {periods} nang gawin ang talahanayan",
    "fact.totals.text": "ang {total} sa kolum ng kategorya ay tanda ng kabuuan sa kategoryang iyon",
    "join.and": "{first} at {second}",
    "join.or": "{first} o {second}",
    "mentions.offense": "mga pagbanggit ng paglabag",
    "mentions.victim_sex": "mga pagbanggit ng biktima",
    "mentions.victim_age": "mga pagbanggit ng biktima",
    "mentions.referral": "mga pagbanggit ng referral",
    "mentions.accused_relationship": "mga pagbanggit ng akusado",
    "mentions.accused_nationality": "mga pagbanggit ng akusado",
    "plural.offense": "paglabag",
    "plural.victim_sex": "biktima",
    "plural.victim_age": "biktima",
    "plural.referral": "uri ng referral",
    "plural.accused_relationship": "akusado",
    "plural.accused_nationality": "akusado",
    # Dimensions: a heading, in a sentence, under a chart, in the facts.
    "dimension.title.month": "Buwan ng pagbukas",
    "dimension.title.quarter": "Kwarter ng pagbukas",
    "dimension.title.year": "Taon ng pagbukas",
    "dimension.title.region": "Rehiyon",
    "dimension.title.offense": "Paglabag",
    "dimension.title.victim_sex": "Kasarian ng biktima",
    "dimension.title.victim_age": "Edad ng biktima",
    "dimension.title.status": "Katayuan",
    "dimension.title.source": "Pinagmulan",
    "dimension.title.referral": "Uri ng referral",
    "dimension.title.accused_relationship": "Kaugnayan ng akusado",
    "dimension.title.accused_nationality": "Nasyonalidad ng akusado",
    "dimension.sentence.month": "buwan ng pagbukas",
    "dimension.sentence.quarter": "kwarter ng pagbukas",
    "dimension.sentence.year": "taon ng pagbukas",
    "dimension.sentence.region": "rehiyon",
    "dimension.sentence.offense": "paglabag",
    "dimension.sentence.victim_sex": "kasarian ng biktima",
    "dimension.sentence.victim_age": "edad ng biktima",
    "dimension.sentence.status": "katayuan",
    "dimension.sentence.source": "pinagmulan",
    "dimension.sentence.referral": "uri ng referral",
    "dimension.sentence.accused_relationship": "kaugnayan ng akusado",
    "dimension.sentence.accused_nationality": "nasyonalidad ng akusado",
    "dimension.chart.month": "buwan",
    "dimension.chart.quarter": "kwarter",
    "dimension.chart.year": "taon",
    "dimension.chart.region": "rehiyon",
    "dimension.chart.offense": "paglabag",
    "dimension.chart.victim_sex": "kasarian ng biktima",
    "dimension.chart.victim_age": "edad ng biktima",
    "dimension.chart.status": "katayuan",
    "dimension.chart.source": "pinagmulan",
    "dimension.chart.referral": "uri ng referral",
    "dimension.chart.accused_relationship": "kaugnayan ng akusado",
    "dimension.chart.accused_nationality": "nasyonalidad ng akusado",
    "dimension.fact.month": "buwan ng pagbukas",
    "dimension.fact.quarter": "kwarter ng pagbukas",
    "dimension.fact.year": "taon ng pagbukas",
    "dimension.fact.region": "rehiyon",
    "dimension.fact.offense": "paglabag",
    "dimension.fact.victim_sex": "kasarian ng biktima",
    "dimension.fact.victim_age": "edad ng biktima",
    "dimension.fact.status": "katayuan",
    "dimension.fact.source": "pinagmulan",
    "dimension.fact.referral": "uri ng referral",
    "dimension.fact.accused_relationship": "kaugnayan ng akusado",
    "dimension.fact.accused_nationality": "nasyonalidad ng akusado",
    # Values.
    "value.total": "Kabuuan",
    "value.none": "wala",
    "value.unknown": "hindi alam",
    "value.other": "iba pa",
    "value.partial": "(hindi pa tapos)",
    "value.victim_sex.F": "babae",
    "value.victim_sex.M": "lalaki",
    "value.victim_sex.U": "hindi alam",
    "value.offense.osaec_livestream": "OSAEC sa livestream",
    "value.offense.csaem_production": "paggawa ng CSAEM",
    "value.offense.csaem_distribution": "pagkakalat ng CSAEM",
    "value.offense.grooming": "pang-aakit (grooming)",
    "value.offense.sextortion": "sekswal na pangingikil",
    "value.offense.trafficking_sexual": "trafficking (sekswal)",
    "value.offense.trafficking_labor": "trafficking (sapilitang trabaho)",
    "value.offense.child_abuse": "pang-aabuso sa bata",
    "value.offense.other": "iba pa",
    "value.status.intake": "bagong tanggap",
    "value.status.active": "aktibo",
    "value.status.in_court": "nasa korte",
    "value.status.closed": "sarado",
    "value.source.cybertipline": "ulat ng CyberTipline",
    "value.source.foreign_referral": "pulisya ng ibang bansa",
    "value.source.hotline": "tawag sa hotline",
    "value.source.walk_in": "personal na pagdulog",
    "value.source.school": "paaralan",
    "value.source.police": "pulisya",
    "value.source.other": "iba pa",
    "value.referral.shelter": "kanlungan",
    "value.referral.medical": "medikal",
    "value.referral.psychosocial": "sikososyal",
    "value.referral.legal": "tulong legal",
    "value.referral.law_enforcement": "tagapagpatupad ng batas",
    "value.referral.social_welfare": "kapakanang panlipunan",
    "value.referral.education": "edukasyon",
    "value.referral.livelihood": "kabuhayan",
    "value.referral.other": "iba pa",
    "value.accused_relationship.parent": "magulang",
    "value.accused_relationship.relative": "kamag-anak",
    "value.accused_relationship.household": "kasama sa bahay",
    "value.accused_relationship.neighbor": "kapitbahay",
    "value.accused_relationship.stranger_local": "lokal na hindi kaano-ano",
    "value.accused_relationship.foreign_online": "dayuhang online",
    "value.accused_relationship.other": "iba pa",
    "value.victim_age.0 to 5": "0–5",
    "value.victim_age.6 to 11": "6–11",
    "value.victim_age.12 to 14": "12–14",
    "value.victim_age.15 to 17": "15–17",
}
