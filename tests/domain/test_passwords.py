"""Password policy (SEC-05, SEC-CP1)."""

import pytest

from desktop.domain.passwords import DEFAULT_POLICY


@pytest.mark.parametrize("password, codes", [
    ("Bureau#2026", set()),
    ("Desk#2026", {"password.published"}),  # printed in the README for the demo (SEC-05, issue 8)
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


def test_published_demo_passwords_refused_except_for_the_demo_sec05():
    for published in ("Demo#2026", "Desk#2026", " demo#2026 "):
        assert [p.code for p in DEFAULT_POLICY.problems(published)] == ["password.published"]
    assert DEFAULT_POLICY.problems("Demo#2026", allow_published=True) == []


def test_administrator_delay_grows_and_is_capped_sec_cp1():
    policy = DEFAULT_POLICY
    delays = [policy.admin_delay_minutes(n) for n in range(1, policy.max_failures + 8)]
    assert delays[:policy.max_failures - 1] == [0] * (policy.max_failures - 1)
    assert delays[policy.max_failures - 1:] == [1, 2, 4, 8, 15, 15, 15, 15]
