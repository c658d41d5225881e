"""The countries a nationality may name: ISO 3166-1 alpha-2 codes and their English short names.

A nationality is stored as its code, but people type a country or a nationality word ("Filipino"),
and a box that took any two letters turned "Filipino" into "FI", Finland, on a court document. So
the list, its order and the matching of typed words live here once, for the picker and the checks.
The names are those of the iso-codes project (the ISO 3166 Maintenance Agency's short names), written
out so the application depends on no package for them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: Most people in a case are Filipino: the picker lists the Philippines first.
FIRST = "PH"

#: Every officially assigned code (249) with its English short name.
COUNTRIES: dict[str, str] = {
    "AD": "Andorra",
    "AE": "United Arab Emirates",
    "AF": "Afghanistan",
    "AG": "Antigua and Barbuda",
    "AI": "Anguilla",
    "AL": "Albania",
    "AM": "Armenia",
    "AO": "Angola",
    "AQ": "Antarctica",
    "AR": "Argentina",
    "AS": "American Samoa",
    "AT": "Austria",
    "AU": "Australia",
    "AW": "Aruba",
    "AX": "Åland Islands",
    "AZ": "Azerbaijan",
    "BA": "Bosnia and Herzegovina",
    "BB": "Barbados",
    "BD": "Bangladesh",
    "BE": "Belgium",
    "BF": "Burkina Faso",
    "BG": "Bulgaria",
    "BH": "Bahrain",
    "BI": "Burundi",
    "BJ": "Benin",
    "BL": "Saint Barthélemy",
    "BM": "Bermuda",
    "BN": "Brunei Darussalam",
    "BO": "Bolivia, Plurinational State of",
    "BQ": "Bonaire, Sint Eustatius and Saba",
    "BR": "Brazil",
    "BS": "Bahamas",
    "BT": "Bhutan",
    "BV": "Bouvet Island",
    "BW": "Botswana",
    "BY": "Belarus",
    "BZ": "Belize",
    "CA": "Canada",
    "CC": "Cocos (Keeling) Islands",
    "CD": "Congo, The Democratic Republic of the",
    "CF": "Central African Republic",
    "CG": "Congo",
    "CH": "Switzerland",
    "CI": "Côte d'Ivoire",
    "CK": "Cook Islands",
    "CL": "Chile",
    "CM": "Cameroon",
    "CN": "China",
    "CO": "Colombia",
    "CR": "Costa Rica",
    "CU": "Cuba",
    "CV": "Cabo Verde",
    "CW": "Curaçao",
    "CX": "Christmas Island",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DJ": "Djibouti",
    "DK": "Denmark",
    "DM": "Dominica",
    "DO": "Dominican Republic",
    "DZ": "Algeria",
    "EC": "Ecuador",
    "EE": "Estonia",
    "EG": "Egypt",
    "EH": "Western Sahara",
    "ER": "Eritrea",
    "ES": "Spain",
    "ET": "Ethiopia",
    "FI": "Finland",
    "FJ": "Fiji",
    "FK": "Falkland Islands (Malvinas)",
    "FM": "Micronesia, Federated States of",
    "FO": "Faroe Islands",
    "FR": "France",
    "GA": "Gabon",
    "GB": "United Kingdom",
    "GD": "Grenada",
    "GE": "Georgia",
    "GF": "French Guiana",
    "GG": "Guernsey",
    "GH": "Ghana",
    "GI": "Gibraltar",
    "GL": "Greenland",
    "GM": "Gambia",
    "GN": "Guinea",
    "GP": "Guadeloupe",
    "GQ": "Equatorial Guinea",
    "GR": "Greece",
    "GS": "South Georgia and the South Sandwich Islands",
    "GT": "Guatemala",
    "GU": "Guam",
    "GW": "Guinea-Bissau",
    "GY": "Guyana",
    "HK": "Hong Kong",
    "HM": "Heard Island and McDonald Islands",
    "HN": "Honduras",
    "HR": "Croatia",
    "HT": "Haiti",
    "HU": "Hungary",
    "ID": "Indonesia",
    "IE": "Ireland",
    "IL": "Israel",
    "IM": "Isle of Man",
    "IN": "India",
    "IO": "British Indian Ocean Territory",
    "IQ": "Iraq",
    "IR": "Iran, Islamic Republic of",
    "IS": "Iceland",
    "IT": "Italy",
    "JE": "Jersey",
    "JM": "Jamaica",
    "JO": "Jordan",
    "JP": "Japan",
    "KE": "Kenya",
    "KG": "Kyrgyzstan",
    "KH": "Cambodia",
    "KI": "Kiribati",
    "KM": "Comoros",
    "KN": "Saint Kitts and Nevis",
    "KP": "Korea, Democratic People's Republic of",
    "KR": "Korea, Republic of",
    "KW": "Kuwait",
    "KY": "Cayman Islands",
    "KZ": "Kazakhstan",
    "LA": "Lao People's Democratic Republic",
    "LB": "Lebanon",
    "LC": "Saint Lucia",
    "LI": "Liechtenstein",
    "LK": "Sri Lanka",
    "LR": "Liberia",
    "LS": "Lesotho",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "LV": "Latvia",
    "LY": "Libya",
    "MA": "Morocco",
    "MC": "Monaco",
    "MD": "Moldova, Republic of",
    "ME": "Montenegro",
    "MF": "Saint Martin (French part)",
    "MG": "Madagascar",
    "MH": "Marshall Islands",
    "MK": "North Macedonia",
    "ML": "Mali",
    "MM": "Myanmar",
    "MN": "Mongolia",
    "MO": "Macao",
    "MP": "Northern Mariana Islands",
    "MQ": "Martinique",
    "MR": "Mauritania",
    "MS": "Montserrat",
    "MT": "Malta",
    "MU": "Mauritius",
    "MV": "Maldives",
    "MW": "Malawi",
    "MX": "Mexico",
    "MY": "Malaysia",
    "MZ": "Mozambique",
    "NA": "Namibia",
    "NC": "New Caledonia",
    "NE": "Niger",
    "NF": "Norfolk Island",
    "NG": "Nigeria",
    "NI": "Nicaragua",
    "NL": "Netherlands",
    "NO": "Norway",
    "NP": "Nepal",
    "NR": "Nauru",
    "NU": "Niue",
    "NZ": "New Zealand",
    "OM": "Oman",
    "PA": "Panama",
    "PE": "Peru",
    "PF": "French Polynesia",
    "PG": "Papua New Guinea",
    "PH": "Philippines",
    "PK": "Pakistan",
    "PL": "Poland",
    "PM": "Saint Pierre and Miquelon",
    "PN": "Pitcairn",
    "PR": "Puerto Rico",
    "PS": "Palestine, State of",
    "PT": "Portugal",
    "PW": "Palau",
    "PY": "Paraguay",
    "QA": "Qatar",
    "RE": "Réunion",
    "RO": "Romania",
    "RS": "Serbia",
    "RU": "Russian Federation",
    "RW": "Rwanda",
    "SA": "Saudi Arabia",
    "SB": "Solomon Islands",
    "SC": "Seychelles",
    "SD": "Sudan",
    "SE": "Sweden",
    "SG": "Singapore",
    "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "SI": "Slovenia",
    "SJ": "Svalbard and Jan Mayen",
    "SK": "Slovakia",
    "SL": "Sierra Leone",
    "SM": "San Marino",
    "SN": "Senegal",
    "SO": "Somalia",
    "SR": "Suriname",
    "SS": "South Sudan",
    "ST": "Sao Tome and Principe",
    "SV": "El Salvador",
    "SX": "Sint Maarten (Dutch part)",
    "SY": "Syrian Arab Republic",
    "SZ": "Eswatini",
    "TC": "Turks and Caicos Islands",
    "TD": "Chad",
    "TF": "French Southern Territories",
    "TG": "Togo",
    "TH": "Thailand",
    "TJ": "Tajikistan",
    "TK": "Tokelau",
    "TL": "Timor-Leste",
    "TM": "Turkmenistan",
    "TN": "Tunisia",
    "TO": "Tonga",
    "TR": "Türkiye",
    "TT": "Trinidad and Tobago",
    "TV": "Tuvalu",
    "TW": "Taiwan, Province of China",
    "TZ": "Tanzania, United Republic of",
    "UA": "Ukraine",
    "UG": "Uganda",
    "UM": "United States Minor Outlying Islands",
    "US": "United States",
    "UY": "Uruguay",
    "UZ": "Uzbekistan",
    "VA": "Holy See (Vatican City State)",
    "VC": "Saint Vincent and the Grenadines",
    "VE": "Venezuela, Bolivarian Republic of",
    "VG": "Virgin Islands, British",
    "VI": "Virgin Islands, U.S.",
    "VN": "Viet Nam",
    "VU": "Vanuatu",
    "WF": "Wallis and Futuna",
    "WS": "Samoa",
    "YE": "Yemen",
    "YT": "Mayotte",
    "ZA": "South Africa",
    "ZM": "Zambia",
    "ZW": "Zimbabwe",
}

#: Other words that name a country when typed: common names, nationality words (demonyms) for the
#: countries most seen in OSEC cases and their neighbours, and short forms. Each names one country.
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "BO": ("Bolivia",),
    "IR": ("Iran",),
    "LA": ("Laos",),
    "MD": ("Moldova",),
    "SY": ("Syria",),
    "TZ": ("Tanzania",),
    "VE": ("Venezuela",),
    "VN": ("Vietnam",),
    "PH": ("Filipino", "Filipina", "Pilipino", "Pilipinas", "Pinoy", "Pinay", "Philippine"),
    "US": ("American", "USA", "United States of America", "America"),
    "GB": ("British", "UK", "Great Britain", "Britain", "English", "England", "Scottish", "Scotland",
           "Welsh", "Wales", "Northern Irish", "Northern Ireland"),
    "AU": ("Australian", "Aussie"),
    "CA": ("Canadian",),
    "DE": ("German",),
    "NL": ("Dutch", "Holland", "Hollander", "Netherlander"),
    "SE": ("Swedish", "Swede"),
    "NO": ("Norwegian",),
    "JP": ("Japanese",),
    "KR": ("South Korea", "Korean", "South Korean"),
    "KP": ("North Korea", "North Korean"),
    "CN": ("Chinese",),
    "NZ": ("New Zealander", "Kiwi"),
    "IE": ("Irish",),
    "FR": ("French",),
    "IT": ("Italian",),
    "ES": ("Spanish", "Spaniard"),
    "CH": ("Swiss",),
    "AT": ("Austrian",),
    "BE": ("Belgian",),
    "DK": ("Danish", "Dane"),
    "FI": ("Finnish", "Finn"),
    "IN": ("Indian",),
    "ID": ("Indonesian",),
    "MY": ("Malaysian",),
    "SG": ("Singaporean",),
    "TH": ("Thai",),
    "TW": ("Taiwan", "Taiwanese"),
    "HK": ("Hong Konger",),
    "RU": ("Russia", "Russian"),
    "TR": ("Turkey", "Turkish"),
    "CZ": ("Czech Republic", "Czech"),
    "AE": ("Emirati", "UAE"),
    "SA": ("Saudi", "Saudi Arabian"),
    "QA": ("Qatari",),
    "KW": ("Kuwaiti",),
}  # fmt: skip


def fold(text: str) -> str:
    """The form typed text is compared in: no case, no accents, punctuation as spaces."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain.casefold()).split())


def is_country(code: object) -> bool:
    return isinstance(code, str) and code in COUNTRIES


@cache
def picker_order() -> tuple[str, ...]:
    """The Philippines first, then every other country by name."""
    rest = sorted((c for c in COUNTRIES if c != FIRST), key=lambda c: fold(COUNTRIES[c]))
    return (FIRST, *rest)


@cache
def _terms() -> dict[str, tuple[str, ...]]:
    """Each country in picker order with the folded words that name it."""
    return {
        code: tuple(fold(t) for t in (COUNTRIES[code], *OTHER_NAMES.get(code, ()))) for code in picker_order()
    }


def _rank(query: str, code: str, terms: tuple[str, ...]) -> int | None:
    """How well `query` names a country: 0 its code, 1 one of its names, 2 the start of a name,
    3 the start of a later word of a name ("kingdom"); None when it does not."""
    if query == code.casefold():
        return 0
    if query in terms:
        return 1
    if any(t.startswith(query) for t in terms):
        return 2
    for term in terms:
        words = term.split()
        if any(" ".join(words[i:]).startswith(query) for i in range(1, len(words))):
            return 3
    return None


def find_countries(text: str) -> list[str]:
    """The codes of the countries `text` may name, best first (then in picker order)."""
    query = fold(text)
    if not query:
        return []
    ranked = []
    for position, (code, terms) in enumerate(_terms().items()):
        rank = _rank(query, code, terms)
        if rank is not None:
            ranked.append((rank, position, code))
    return [code for *_, code in sorted(ranked)]


def resolve_country(text: str) -> str | None:
    """The one country `text` names: its code or one of its names exactly ("ph", "Filipino"), or
    the only country it matches ("phil"); None when it names none or more than one ("Korea").
    When it names one, that is the first of `find_countries`."""
    query = fold(text)
    found = find_countries(text)
    if not found:
        return None
    best = found[0]
    return best if len(found) == 1 or _rank(query, best, _terms()[best]) in (0, 1) else None
