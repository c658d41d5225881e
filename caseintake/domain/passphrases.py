"""The one strength rule for a new passphrase, used by every face (CLI init, users add, passwd,
recover; the GUI's first-run, add-user, change and reset forms).

A passphrase guards a key slot that anyone holding the key file can attack offline, at the cost of
one Argon2id derivation per guess. Length alone does not make that cost enough: `password12`,
`1234567890` and a mobile number are among the first guesses any cracking tool tries. So a new
passphrase needs a minimum length and a zxcvbn score of 3 or more (about 10^8 guesses or more),
and it may not be built from a phone number, a date or the user's own name, which an insider
knows or can look up. Each refusal is one sentence and ends with a concrete suggestion: four
random words, drawn here with `secrets`.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from caseintake.domain.errors import InvalidInput

MIN_LENGTH = 12
MIN_SCORE = 3
#: zxcvbn refuses more than 72 characters; past that many the score cannot drop anyway.
_SCORED_PREFIX = 72

_SEPARATORS = re.compile(r"[\s().\-/]+")
# A Philippine mobile (09XX XXX XXXX, +63 9XX XXX XXXX) or any run of seven or more digits, as a
# landline or a foreign number would be, once spaces, dots, dashes and brackets are ignored.
_PHONE = re.compile(r"(?:\+?63|0)9\d{9}|\+?\d{7,}")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    "august|september|october|november|december|enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|"
    "setyembre|oktubre|nobyembre|disyembre"
)
_DATES = (
    re.compile(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"),  # 2012-07-19
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"),  # 19/07/2012, 7.19.12
    re.compile(r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"),  # 20120719
    re.compile(rf"\b(?:{_MONTHS})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:19|20)?\d{{2}}\b", re.I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\.?,?\s*(?:19|20)?\d{{2}}\b", re.I),
)

# Plain, common, easy-to-spell words: a suggestion must be easy to type on a laptop in the field.
_WORDS = (  # noqa: SIM905 (a word list reads better as text)
    "acorn anchor apple arrow autumn bamboo banana basket beacon bicycle blanket bottle bridge "
    "bucket butter cabin camera candle canvas carpet castle cedar chalk cherry circle cloud clover "
    "cobalt comet copper coral cotton crayon dolphin donkey dragon drum eagle easel elbow ember "
    "falcon feather fennel ferry fiddle forest fossil fountain garden garlic ginger glacier guitar "
    "hammer harbor hazel helmet honey island jacket jasmine jungle kettle kitten ladder lantern "
    "lemon letter lizard locket magnet mango maple marble meadow mirror monsoon mountain needle "
    "nickel oyster paddle pepper pebble pencil pillow planet pocket pumpkin puzzle rabbit radio "
    "raincoat ribbon river rocket saddle salmon sandal shadow silver socket spider spoon squirrel "
    "stable sunset tablet teapot thimble thunder ticket timber tomato tunnel turtle umbrella "
    "valley velvet violin volcano wagon walnut window winter wizard yellow zipper"
).split()


@dataclass(frozen=True)
class PassphraseVerdict:
    """Whether a passphrase may be used and, if not, the one sentence that says why.

    `code` and `params` name that sentence for the GUI's wording (`ui/error_texts.py`)."""

    ok: bool
    reason: str = ""
    code: str = ""
    params: dict[str, str] = field(default_factory=dict)


def suggestion() -> str:
    """Four words drawn at random, as an example of a strong passphrase."""
    return " ".join(secrets.choice(_WORDS) for _ in range(4))


def _refusal(why: str, example: str | None, code: str) -> PassphraseVerdict:
    words = example or suggestion()
    return PassphraseVerdict(
        False,
        f"{why}; four random words are strong and easy to remember, for example “{words}”.",
        code=code,
        params={"example": words},
    )


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def judge(passphrase: str, username: str = "", *, example: str | None = None) -> PassphraseVerdict:
    """Judge a new passphrase for `username`; fast enough to run on every key press.

    `example` fixes the suggested words (a form shows the same ones while the user types)."""

    def _refuse(why: str, code: str) -> PassphraseVerdict:
        return _refusal(why, example, code)

    if passphrase != passphrase.strip() or "\n" in passphrase or "\r" in passphrase:
        return PassphraseVerdict(
            False,
            "A passphrase must not start or end with spaces or contain line breaks.",
            code="passphrase_spaces",
        )
    if any(pattern.search(passphrase) for pattern in _DATES):
        return _refuse("This passphrase contains a date, which is easy to guess", "passphrase_date")
    if _PHONE.search(_SEPARATORS.sub("", passphrase)):
        return _refuse(
            "This passphrase contains a phone number or a long run of digits, which is easy to guess",
            "passphrase_digits",
        )
    if len(passphrase) < MIN_LENGTH:
        return _refuse(f"A passphrase needs at least {MIN_LENGTH} characters", "passphrase_short")
    name = username.strip().casefold()
    name_letters = _letters(name)
    if len(name_letters) >= 3:
        rest = _letters(passphrase).replace(name_letters, "").replace(name_letters[::-1], "")
        if len(rest) < 4:
            return _refuse(
                "This passphrase is made from your user name, which is easy to guess", "passphrase_username"
            )
    inputs = [name, *re.split(r"[._-]", name)] if name else []
    from zxcvbn import zxcvbn  # its word lists load on first use, not at start-up

    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=[i for i in inputs if i])
    if int(result["score"]) < MIN_SCORE:
        return _refuse("This passphrase is too easy to guess", "passphrase_guessable")
    return PassphraseVerdict(True)


def require_strong(passphrase: str, username: str = "") -> str:
    """Raise `InvalidInput` with the one-sentence reason when `passphrase` may not be used."""
    verdict = judge(passphrase, username)
    if not verdict.ok:
        raise InvalidInput(verdict.reason, code=verdict.code, params=verdict.params)
    return passphrase
