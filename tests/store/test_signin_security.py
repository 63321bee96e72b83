"""Sign-in security (issue 8, item 8) on SQLite and PostgreSQL: one answer for every failure
(SEC-01), an administrator who can never be locked out for good (SEC-CP1, SEC-03), and the
README's demo passwords refused for real accounts (SEC-05)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.persistence.schema import AuditEntry, UserAccount
from desktop.services import accounts as accounts_module
from desktop.services.accounts import SIGN_IN_FAILED
from desktop.services.base import Refused
from desktop.services.demo import DEMO_ADMIN_PASSWORD, DEMO_PASSWORD
from desktop.services.setup import initialise


class _CountingHasher:
    """The argon2 hasher, counting verifications (the work a failure costs)."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        self.inner, self.verifications = inner, 0

    def verify(self, hashed: str, password: str) -> bool:
        self.verifications += 1
        return self.inner.verify(hashed, password)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.inner, name)


def _refusal(desk, username: str, password: str) -> tuple:  # noqa: ANN001
    with pytest.raises(Refused) as exc:
        desk.accounts.authenticate(username, password)
    return tuple((p.rule, p.code, p.text) for p in exc.value.problems)


def _account(desk, username: str) -> UserAccount:  # noqa: ANN001
    with desk.sessions() as s:
        return s.execute(select(UserAccount).where(UserAccount.username == username)).scalar_one()


def _lock(desk, username: str) -> None:  # noqa: ANN001
    for _ in range(desk.accounts.policy.max_failures):
        with pytest.raises(Refused):
            desk.accounts.authenticate(username, "Wrong#2026x")


def test_every_sign_in_failure_reads_and_costs_the_same_sec01(desk, monkeypatch):
    """Unknown user, wrong password, locked account, deactivated account: the same refusal (no
    remaining-tries count, no "locked" only for real names) after exactly one argon2 verification.
    Before issue 8 a wrong password said "再错 N 次将锁定账户" and a locked account was answered
    without verifying, so both told a real username from an unknown one."""
    counting = _CountingHasher(accounts_module._HASHER)
    monkeypatch.setattr(accounts_module, "_HASHER", counting)
    admin = desk.act_as("admin")
    _lock(desk, "huanglei")
    gaoyuan = next(a for a in desk.accounts.list_accounts(admin) if a.username == "gaoyuan")
    desk.accounts.set_active(admin, gaoyuan.id, False)
    answers = {}
    for case, username, password in [("unknown user", "nobody", "Wrong#2026x"),
                                     ("unknown user, demo password", "zhangsan", DEMO_PASSWORD),
                                     ("wrong password", "wufang", "Wrong#2026x"),
                                     ("locked, right password", "huanglei", DEMO_PASSWORD),
                                     ("locked, wrong password", "huanglei", "Wrong#2026x"),
                                     ("deactivated, right password", "gaoyuan", DEMO_PASSWORD)]:
        before = counting.verifications
        answers[case] = _refusal(desk, username, password)
        assert counting.verifications - before == 1, case
    assert set(answers.values()) == {(("SEC-01", "login.failed", SIGN_IN_FAILED),)}
    assert "再错" not in SIGN_IN_FAILED and not any(c.isdigit() for c in SIGN_IN_FAILED)
    # The administrator still sees who is locked, on the accounts page.
    assert next(a for a in desk.accounts.list_accounts(admin) if a.username == "huanglei").locked_until is not None


def test_unknown_and_existing_usernames_leave_the_same_trace_in_the_answer_sec01(desk):
    """Trying the lock-out on a name does not reveal whether it exists: after max_failures wrong
    passwords a real account and an unknown name answer the same, attempt after attempt."""
    limit = desk.accounts.policy.max_failures
    real = [_refusal(desk, "zhulin", "Wrong#2026x") for _ in range(limit + 2)]
    unknown = [_refusal(desk, "zhu1in", "Wrong#2026x") for _ in range(limit + 2)]
    assert real == unknown


def _clock(monkeypatch, moment: datetime) -> None:  # noqa: ANN001
    monkeypatch.setattr(accounts_module, "utcnow", lambda: moment)


def test_administrator_waits_a_growing_delay_and_is_never_locked_out_sec_cp1_sec03(desk, monkeypatch):
    """The administrator is not locked for 15 minutes like other accounts: after max_failures each
    further failure makes the next attempt wait 1, 2, 4, 8, then at most 15 minutes; attempts
    during the wait (even the right password) are refused without being counted, so an attacker
    cannot stretch it; the right password after the wait signs in."""
    policy = desk.accounts.policy
    now = datetime(2026, 11, 30, 9, 0, 0)
    _clock(monkeypatch, now)
    _lock(desk, "admin")
    account = _account(desk, "admin")
    assert account.locked_until == now + timedelta(minutes=1)  # not the 15-minute lock of other accounts
    assert account.failed_attempts == policy.max_failures
    # During the wait: refused, not counted, the wait unchanged.
    for password in ("Wrong#2026x", DEMO_ADMIN_PASSWORD):
        assert _refusal(desk, "admin", password)[0][2] == SIGN_IN_FAILED
    assert (_account(desk, "admin").locked_until, _account(desk, "admin").failed_attempts) == \
        (now + timedelta(minutes=1), policy.max_failures)
    # Each further failure after a wait doubles it, up to the cap.
    waits = []
    for _ in range(6):
        now = _account(desk, "admin").locked_until + timedelta(seconds=1)
        _clock(monkeypatch, now)
        _refusal(desk, "admin", "Wrong#2026x")
        waits.append((_account(desk, "admin").locked_until - now) // timedelta(minutes=1))
    assert waits == [2, 4, 8, 15, 15, 15]
    # The right password once the wait is over: signed in, counters cleared.
    _clock(monkeypatch, _account(desk, "admin").locked_until + timedelta(seconds=1))
    assert desk.accounts.authenticate("admin", DEMO_ADMIN_PASSWORD).is_admin
    assert (_account(desk, "admin").failed_attempts, _account(desk, "admin").locked_until) == (0, None)
    with desk.sessions() as s:
        actions = set(s.execute(select(AuditEntry.action).where(AuditEntry.actor == "admin")).scalars())
    assert {"account.delayed", "login.failed"} <= actions


def test_a_second_administrator_clears_the_wait_sec03(desk):
    """Unlock by a second administrator works for an administrator too."""
    admin = desk.act_as("admin")
    staff = desk.org.add_staff(admin, "第二管理员", None, "信息管理员")
    desk.org.assign_position(admin, staff, "sysadmin", None)
    desk.accounts.create_account(admin, staff, "admin2", "Second#Keeper2026", must_change=False)
    _lock(desk, "admin")
    with pytest.raises(Refused):
        desk.accounts.authenticate("admin", DEMO_ADMIN_PASSWORD)  # waiting
    second = desk.accounts.authenticate("admin2", "Second#Keeper2026")
    account = next(a for a in desk.accounts.list_accounts(second) if a.username == "admin")
    assert account.locked_until is not None
    desk.accounts.unlock(second, account.id)
    assert desk.accounts.authenticate("admin", DEMO_ADMIN_PASSWORD).is_admin


def test_other_accounts_still_lock_for_the_lockout_period_sec_cp1(desk, monkeypatch):
    now = datetime(2026, 11, 30, 9, 0, 0)
    _clock(monkeypatch, now)
    _lock(desk, "huanglei")
    assert _account(desk, "huanglei").locked_until == now + timedelta(minutes=desk.accounts.policy.lockout_minutes)
    _clock(monkeypatch, now + timedelta(minutes=desk.accounts.policy.lockout_minutes, seconds=1))
    assert desk.accounts.authenticate("huanglei", DEMO_PASSWORD).name == "黄磊"


@pytest.mark.parametrize("published", [DEMO_PASSWORD, DEMO_ADMIN_PASSWORD])
def test_published_demo_passwords_refused_for_real_accounts_sec05(desk, published):
    """Creation, change and reset of a password, and a signing passphrase (enrolment, change),
    refuse the passwords printed in the README; only the demo loader may use them."""
    admin = desk.act_as("admin")
    staff = desk.org.add_staff(admin, "新同事", None)

    def codes(call) -> set[str]:  # noqa: ANN001
        with pytest.raises(Refused) as exc:
            call()
        return {p.code for p in exc.value.problems}

    assert "password.published" in codes(lambda: desk.accounts.create_account(admin, staff, "xintongshi", published))
    account_id = desk.accounts.create_account(admin, staff, "xintongshi", "Start#2026x")
    user = desk.accounts.authenticate("xintongshi", "Start#2026x")
    assert "password.published" in codes(lambda: desk.accounts.change_password(user, "Start#2026x", published))
    assert "password.published" in codes(lambda: desk.accounts.reset_password(admin, account_id, published))
    assert "password.published" in codes(lambda: desk.sheets.enrol(admin, staff, published, DEMO_ADMIN_PASSWORD))
    wufang = desk.act_as("wufang")
    assert "password.published" in codes(lambda: desk.sheets.change_passphrase(wufang, DEMO_PASSWORD, published))
    # The demo loader's permission is explicit.
    other = desk.org.add_staff(admin, "演示同事", None)
    assert desk.accounts.create_account(admin, other, "yanshi", published, allow_published=True)


def test_initialise_refuses_published_passwords_sec05(empty_desk):
    """``init`` (service side): neither the administrator password nor the root CA passphrase may
    be a README demo password; both come from the caller (environment or prompt in the CLI)."""
    base = dict(bureau_name="通榆县医疗保障局", bureau_code="TY", admin_username="root")
    with pytest.raises(Refused) as exc:
        initialise(empty_desk, admin_password=DEMO_ADMIN_PASSWORD, **base)
    assert [p.code for p in exc.value.problems] == ["password.published"]
    with pytest.raises(Refused) as exc:
        initialise(empty_desk, admin_password="Strong#2026x", ca_passphrase=DEMO_PASSWORD, **base)
    assert [p.code for p in exc.value.problems] == ["password.published"] and "根证书" in exc.value.problems[0].text
    assert not empty_desk.has_bureau()
    initialise(empty_desk, admin_password="Strong#2026x", ca_passphrase="Root#CA2026x", **base)
    assert empty_desk.accounts.authenticate("root", "Strong#2026x").is_admin
