"""User accounts: sign-in with lock-out, argon2id password hashes, password policy (SEC-01, SEC-05).

Sign-in failures all read the same (:data:`SIGN_IN_FAILED`) and cost the same (one argon2
verification whatever the reason), so the sign-in screen never tells whether a username exists,
is locked or is deactivated; the administrator sees locks on the accounts page. Other accounts
lock for ``lockout_minutes`` after ``max_failures``; an administrator is never locked but waits a
growing delay (:meth:`PasswordPolicy.admin_delay_minutes`), which another administrator may clear.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desktop.domain.passwords import DEFAULT_POLICY, PasswordPolicy
from desktop.domain.positions import SYSTEM_ADMIN
from desktop.persistence.schema import Staff, StaffPosition, UserAccount, utcnow
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse, signed_in

__all__ = ["AccountService", "AccountView", "hash_password", "SIGN_IN_FAILED"]

# The one answer to every failed sign-in: unknown user, wrong password, locked, waiting, deactivated.
SIGN_IN_FAILED = "用户名或密码错误，或账户暂时锁定、已停用；请稍后再试或联系系统管理员"

# argon2id (the argon2-cffi default type) with its recommended memory/time cost.
_HASHER = PasswordHasher()
# Verified against when the username is unknown, so both failures take the same time. A fixed hash
# made with the hasher's own parameters (its string carries them): verifying it costs what verifying
# a real one does, and no process spends ~0.25 s making it (issue 11: a scripted command's start).
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$csz1Bg4Yc7hgxQDOR6hejA$mZ6pOkW1oh2fhXDa68owihQdRow9xr40hf70pNtTvUI"


def _dummy_hash() -> str:
    params = _HASHER  # a hasher whose parameters changed gets a dummy made with them (rare: at first use)
    if (params.memory_cost, params.time_cost, params.parallelism) == (65536, 3, 4):
        return _DUMMY_HASH
    if not _DUMMY:
        _DUMMY.append(_HASHER.hash("not-a-real-password-1!"))
    return _DUMMY[0]


_DUMMY: list[str] = []


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


@dataclass(frozen=True)
class AccountView:
    id: int
    username: str
    staff_id: int
    name: str
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    must_change_password: bool


class AccountService(ServiceBase):
    policy: PasswordPolicy = DEFAULT_POLICY

    def check_password(self, password: str, username: str = "", *, allow_published: bool = False) -> None:
        problems = self.policy.problems(password, username=username, allow_published=allow_published)
        if problems:
            raise Refused(problems)

    def authenticate(self, username: str, password: str) -> SignedIn:
        """Sign in; a wrong password counts toward the lock-out (SEC-01, SEC-CP1). Every failure
        gives the same refusal after the same work (one argon2 verification)."""
        dummy = _dummy_hash()  # made before the lookup, so the first sign-in costs the same either way
        with self.transaction() as session:
            account = session.execute(
                select(UserAccount).where(func.lower(UserAccount.username) == username.strip().lower())
            ).scalar_one_or_none()
            if account is None:
                _verify(dummy, password)
                self.audit(session, username[:40] or "?", "login.failed", "account", "",
                           after={"reason": "unknown user"})
            elif self._check(session, account, password):
                account.failed_attempts = 0
                account.locked_until = None
                account.last_login_at = utcnow()
                if _HASHER.check_needs_rehash(account.password_hash):
                    account.password_hash = hash_password(password)
                user = signed_in(session, account)
                self.audit(session, user, "login", "account", account.id)
                return user
        # Committed above (the failed attempt recorded); now refuse, the same way for every reason.
        raise refuse("SEC-01", "login.failed", SIGN_IN_FAILED)

    def _check(self, session, account: UserAccount, password: str) -> bool:  # noqa: ANN001
        """Whether the account may sign in with ``password``; records and audits a failure."""
        now = utcnow()
        matches = _verify(account.password_hash, password)  # always: the same time for every answer
        if not account.active:
            self.audit(session, account.username, "login.failed", "account", account.id, after={"reason": "inactive"})
            return False
        if account.locked_until is not None and account.locked_until > now:
            # Not counted: an attempt while locked or waiting neither extends nor shortens the wait.
            self.audit(session, account.username, "login.failed", "account", account.id,
                       after={"reason": "locked", "locked_until": account.locked_until.isoformat()})
            return False
        if matches:
            return True
        account.failed_attempts += 1
        self.audit(session, account.username, "login.failed", "account", account.id,
                   after={"reason": "wrong password", "failed_attempts": account.failed_attempts})
        if account.failed_attempts < self.policy.max_failures:
            return False
        if _is_admin(session, account):
            # Never a hard lock for an administrator: a growing delay; the count is kept.
            delay = self.policy.admin_delay_minutes(account.failed_attempts)
            account.locked_until = now + timedelta(minutes=delay)
            self.audit(session, account.username, "account.delayed", "account", account.id,
                       after={"locked_until": account.locked_until.isoformat(), "minutes": delay,
                              "failed_attempts": account.failed_attempts})
        else:
            account.locked_until = now + timedelta(minutes=self.policy.lockout_minutes)
            account.failed_attempts = 0
            self.audit(session, account.username, "account.locked", "account", account.id,
                       after={"locked_until": account.locked_until.isoformat()})
        return False

    def verify_password(self, user: SignedIn, password: str) -> bool:
        """Unlocking the idle-locked window: the same person's password, no lock-out counted."""
        with self.reading() as session:
            account = session.get(UserAccount, user.account_id)
            try:
                return bool(account and account.active and _HASHER.verify(account.password_hash, password))
            except (VerificationError, InvalidHashError):
                return False

    def create_account(self, admin: SignedIn, staff_id: int, username: str, password: str,
                       *, must_change: bool = True, allow_published: bool = False) -> int:
        """``allow_published``: the demonstration bureau only (its README passwords, SEC-05)."""
        from desktop.domain.input_gate.organisation import username_problems
        self.require_admin(admin)
        username = username.strip().lower() if isinstance(username, str) and username.isascii() else username
        bad = username_problems(username)  # the input gate: ASCII, 2–32 characters, no control characters
        if bad:
            raise Refused(bad)
        self.check_password(password, username, allow_published=allow_published)
        with self.transaction() as session:
            staff = session.get(Staff, staff_id)
            if staff is None or staff.bureau_id != admin.bureau_id:
                raise refuse("SEC-01", "account.staff", "找不到该人员")
            if session.execute(select(UserAccount).where(UserAccount.staff_id == staff_id)).first():
                raise refuse("SEC-01", "account.exists", f"{staff.name} 已有账户（每人一个账户）")
            if session.execute(select(UserAccount).where(func.lower(UserAccount.username) == username.lower())).first():
                raise refuse("SEC-01", "account.username_taken", f"用户名 {username} 已被使用")
            account = UserAccount(staff_id=staff_id, username=username, password_hash=hash_password(password),
                                  must_change_password=must_change)
            session.add(account)
            session.flush()
            self.audit(session, admin, "account.create", "account", account.id,
                       after={"username": username, "staff": staff.name})
            return account.id

    def change_password(self, user: SignedIn, old: str, new: str) -> None:
        self.check_password(new, user.username)
        if old == new:
            raise refuse("SEC-06", "password.same", "新密码不能与旧密码相同")
        with self.transaction() as session:
            account = session.get(UserAccount, user.account_id)
            try:
                _HASHER.verify(account.password_hash, old)
            except (VerificationError, InvalidHashError):
                raise refuse("SEC-01", "password.old", "原密码不正确") from None
            account.password_hash = hash_password(new)
            account.must_change_password = False
            account.password_changed_at = utcnow()
            self.audit(session, user, "password.change", "account", account.id)

    def reset_password(self, admin: SignedIn, account_id: int, new: str) -> None:
        self.require_admin(admin)
        with self.transaction() as session:
            account = self._get(session, admin, account_id)
            self.check_password(new, account.username)
            account.password_hash = hash_password(new)
            account.must_change_password = True
            account.failed_attempts = 0
            account.locked_until = None
            self.audit(session, admin, "password.reset", "account", account.id)

    def unlock(self, admin: SignedIn, account_id: int) -> None:
        self.require_admin(admin)
        with self.transaction() as session:
            account = self._get(session, admin, account_id)
            before = {"locked_until": account.locked_until.isoformat() if account.locked_until else None}
            account.locked_until = None
            account.failed_attempts = 0
            self.audit(session, admin, "account.unlock", "account", account.id, before=before, after={"locked_until": None})

    def set_active(self, admin: SignedIn, account_id: int, active: bool) -> None:
        self.require_admin(admin)
        if account_id == admin.account_id and not active:
            raise refuse("SEC-03", "account.self", "不能停用自己的账户")
        with self.transaction() as session:
            account = self._get(session, admin, account_id)
            before = {"active": account.active}
            account.active = active
            self.audit(session, admin, "account.activate" if active else "account.deactivate", "account",
                       account.id, before=before, after={"active": active})

    def list_accounts(self, admin: SignedIn) -> list[AccountView]:
        self.require_admin(admin)
        with self.reading() as session:
            rows = session.execute(
                select(UserAccount, Staff).join(Staff, Staff.id == UserAccount.staff_id)
                .where(Staff.bureau_id == admin.bureau_id).order_by(UserAccount.username)
            ).all()
            return [AccountView(a.id, a.username, s.id, s.name, a.active, a.locked_until, a.failed_attempts,
                                a.must_change_password) for a, s in rows]

    @staticmethod
    def _get(session, admin: SignedIn, account_id: int) -> UserAccount:  # noqa: ANN001
        account = session.get(UserAccount, account_id)
        staff = session.get(Staff, account.staff_id) if account else None
        if account is None or staff is None or staff.bureau_id != admin.bureau_id:
            raise refuse("SEC-01", "account.missing", "找不到该账户")
        return account


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _is_admin(session, account: UserAccount) -> bool:  # noqa: ANN001
    return session.execute(select(StaffPosition.id).where(StaffPosition.staff_id == account.staff_id,
                                                          StaffPosition.position == SYSTEM_ADMIN).limit(1)).first() is not None
