"""Password policy (SEC-05, SEC-CP1, AMB-15): letters, digits and special characters, length ≥ 8."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.approval.model import Problem

__all__ = ["PasswordPolicy", "DEFAULT_POLICY"]


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 8
    max_failures: int = 5  # failed sign-ins before the account locks
    lockout_minutes: int = 15
    idle_lock_minutes: int = 10  # SEC-02: the GUI locks itself after this idle time
    max_age_days: int = 90

    def problems(self, password: str, *, username: str = "") -> list[Problem]:
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
        return out


DEFAULT_POLICY = PasswordPolicy()
