"""Password policy (SEC-05, SEC-CP1)."""

import pytest

from desktop.domain.passwords import DEFAULT_POLICY


@pytest.mark.parametrize("password, codes", [
    ("Desk#2026", set()),
    ("short1!", {"password.length"}),
    ("abcdefgh1", {"password.special"}),
    ("abcdefgh!", {"password.digit"}),
    ("12345678!", {"password.letter"}),
    ("        ", {"password.letter", "password.digit", "password.special"}),
])
def test_letters_digits_and_special_characters_sec05(password, codes):
    assert {p.code for p in DEFAULT_POLICY.problems(password)} == codes


def test_password_may_not_contain_username_sec05():
    assert [p.rule for p in DEFAULT_POLICY.problems("Wufang#2026", username="wufang")] == ["SEC-05"]
