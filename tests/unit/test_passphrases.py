"""The one passphrase strength rule (issue 12, item 6), shared by every face."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput
from caseintake.domain.passphrases import MIN_LENGTH, judge, require_strong, suggestion
from caseintake.services import users
from caseintake.services.session import create_session


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("password12", f"at least {MIN_LENGTH} characters"),
        ("password1234", "too easy to guess"),
        ("1234567890", "long run of digits"),
        ("09171234567", "phone number"),
        ("+63 917 123 4567", "phone number"),
        ("0917-123-4567 mango", "phone number"),
        ("qwertyuiopasdf", "too easy to guess"),
        ("passwordpassword", "too easy to guess"),
        ("mango river 2012-07-19", "date"),
        ("19/07/2012 lantern river", "date"),
        ("July 19, 2012 lantern", "date"),
        ("20120719 lantern river", "date"),
        ("short", f"at least {MIN_LENGTH} characters"),
        ("Ab3$xY9!kL", f"at least {MIN_LENGTH} characters"),
        (" leading space passphrase", "spaces"),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(passphrase: str, why: str) -> None:
    verdict = judge(passphrase, "asantos")
    assert not verdict.ok
    assert why in verdict.reason
    with pytest.raises(InvalidInput, match=why):
        require_strong(passphrase, "asantos")


@pytest.mark.parametrize("passphrase", ["asantos2026!!", "Asantos!Asantos", "sotnasa asantos 1"])
def test_a_passphrase_made_of_the_user_name_is_refused(passphrase: str) -> None:
    verdict = judge(passphrase, "asantos")
    assert not verdict.ok
    assert "user name" in verdict.reason
    assert judge(passphrase, "mreyes").ok or "user name" not in judge(passphrase, "mreyes").reason


@pytest.mark.parametrize(
    "passphrase", ["mango jeepney river seven", "correct horse battery staple", "lantern quietly copper bay"]
)
def test_four_random_words_pass(passphrase: str) -> None:
    assert judge(passphrase, "asantos").ok


def test_the_reason_is_one_sentence_with_four_suggested_words() -> None:
    reason = judge("password12").reason
    assert reason.count(". ") == 0 and reason.endswith(".")
    words = reason.split("“")[1].split("”")[0].split()
    assert len(words) == 4
    assert "password12" not in reason  # the refused secret is never echoed


def test_a_form_can_keep_the_same_example_while_the_user_types() -> None:
    assert "lantern mango river kettle" in judge("abc", example="lantern mango river kettle").reason


def test_suggestions_are_random_and_themselves_strong() -> None:
    drawn = {suggestion() for _ in range(20)}
    assert len(drawn) > 15
    assert all(judge(s).ok for s in drawn)


def test_every_service_entry_applies_the_rule(store: dict[str, Any], tmp_path: Any) -> None:
    """init (and the GUI's first run), users add, passwd and recover share the one check."""
    with pytest.raises(InvalidInput, match="too easy"):
        create_session(tmp_path / "new" / "cases.db", "ana", "password1234")
    assert not (tmp_path / "new" / "cases.db").exists()
    with pytest.raises(InvalidInput, match="phone number"):
        users.add_user(store["sup"], "newbie", "lawyer", "+63 917 123 4567")
    with pytest.raises(InvalidInput, match="user name"):
        users.change_passphrase(store["worker"], "worker passphrase", "worker2026worker!")
    with pytest.raises(InvalidInput, match="date"):
        users.recover(store["path"], store["recovery_key"], "worker", "lantern 2012-07-19 mango")
