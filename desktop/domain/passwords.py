"""Password policy (SEC-05, SEC-CP1, AMB-15): letters, digits and special characters, length ≥ 8,
never a password published in the README; the lock-out and the administrator's growing delay."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.approval.model import Problem

__all__ = ["PasswordPolicy", "DEFAULT_POLICY", "PUBLISHED_PASSWORDS"]

# The demonstration bureau's passwords and passphrases, printed in the README: anyone may know them,
# so no real account, signing key or root CA may use them (only the demo loader, SEC-05).
PUBLISHED_PASSWORDS = frozenset({"demo#2026", "desk#2026"})


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 8
    max_failures: int = 5  # failed sign-ins before the account locks
    lockout_minutes: int = 15
    # The administrator is never locked (nobody could unlock the bureau): after max_failures each
    # further failure makes the next attempt wait twice as long, from 1 minute up to 15 (SEC-CP1).
    admin_delay_first_minutes: int = 1
    admin_delay_max_minutes: int = 15
    idle_lock_minutes: int = 10  # SEC-02: the GUI locks itself after this idle time
    max_age_days: int = 90

    def problems(self, password: str, *, username: str = "", allow_published: bool = False) -> list[Problem]:
        """Every reason ``password`` is refused; ``allow_published`` only for the demonstration bureau."""
        out: list[Problem] = []
        if len(password) < self.min_length:
            out.append(Problem("SEC-CP1", "password.length", f"密码长度至少 {self.min_length} 位"))
        if not any(c.isascii() and c.isalpha() for c in password):
            out.append(Problem("SEC-05", "password.letter", "密码须包含字母"))
        if not any(c.isdigit() for c in password):
            out.append(Problem("SEC-05", "password.digit", "密码须包含数字"))
        if not any(not c.isalnum() and not c.isspace() for c in password):
            out.append(Problem("SEC-05", "password.special", "密码须包含特殊字符"))
        if username and username.lower() in password.lower():
            out.append(Problem("SEC-05", "password.username", "密码不得包含用户名"))
        if not allow_published and password.strip().lower() in PUBLISHED_PASSWORDS:
            out.append(Problem("SEC-05", "password.published", "该密码是公开的演示密码，不能用于正式账户或签名口令"))
        return out

    def admin_delay_minutes(self, failures: int) -> int:
        """The wait before an administrator's next attempt after ``failures`` consecutive failures
        (0 below ``max_failures``): 1, 2, 4, 8, then 15 minutes at most."""
        beyond = failures - self.max_failures
        if beyond < 0:
            return 0
        return min(self.admin_delay_max_minutes, self.admin_delay_first_minutes * 2 ** min(beyond, 16))


DEFAULT_POLICY = PasswordPolicy()
