"""Accounts on SQLite and PostgreSQL: argon2id hashes, policy, lock-out (SEC-01, SEC-05, SEC-CP1)."""

import pytest
from sqlalchemy import select

from desktop.persistence.schema import UserAccount
from desktop.services.base import Refused
from desktop.services.demo import DEMO_PASSWORD


def test_sign_in_and_passwords_stored_as_argon2id_sec01(desk):
    user = desk.accounts.authenticate("wufang", DEMO_PASSWORD)
    assert user.name == "吴芳" and "finance_head" in user.positions
    with desk.sessions() as s:
        hashes = s.execute(select(UserAccount.password_hash)).scalars().all()
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(DEMO_PASSWORD in h for h in hashes)


def test_wrong_password_and_unknown_user_give_the_same_message(desk):
    with pytest.raises(Refused) as wrong:
        desk.accounts.authenticate("wufang", "Wrong#2026")
    with pytest.raises(Refused) as unknown:
        desk.accounts.authenticate("nobody", "Wrong#2026")
    assert "用户名或密码错误" in str(wrong.value) and "用户名或密码错误" in str(unknown.value)


def test_lock_out_after_repeated_failures_sec_cp1(desk):
    limit = desk.accounts.policy.max_failures
    for _ in range(limit - 1):
        with pytest.raises(Refused, match="用户名或密码错误"):
            desk.accounts.authenticate("huanglei", "Wrong#2026")
    with pytest.raises(Refused, match="锁定"):
        desk.accounts.authenticate("huanglei", "Wrong#2026")
    # Even the right password is refused while locked.
    with pytest.raises(Refused, match="锁定"):
        desk.accounts.authenticate("huanglei", DEMO_PASSWORD)
    admin = desk.act_as("admin")
    account = next(a for a in desk.accounts.list_accounts(admin) if a.username == "huanglei")
    assert account.locked_until is not None
    assert desk.bureau_name() == "示范县医疗保障局"
    desk.accounts.unlock(admin, account.id)
    assert desk.accounts.authenticate("huanglei", DEMO_PASSWORD).name == "黄磊"


def test_password_policy_on_create_and_change_sec05(desk):
    admin = desk.act_as("admin")
    staff = desk.org.add_staff(admin, "新同事", None)
    with pytest.raises(Refused) as exc:
        desk.accounts.create_account(admin, staff, "xintongshi", "password")
    assert {p.rule for p in exc.value.problems} >= {"SEC-05"}
    assert {p.code for p in exc.value.problems} == {"password.digit", "password.special"}
    desk.accounts.create_account(admin, staff, "xintongshi", "Start#2026")
    user = desk.accounts.authenticate("xintongshi", "Start#2026")
    assert user.must_change_password
    with pytest.raises(Refused, match="原密码不正确"):
        desk.accounts.change_password(user, "Bad#20266", "Mine#2027x")
    desk.accounts.change_password(user, "Start#2026", "Mine#2027x")
    assert not desk.accounts.authenticate("xintongshi", "Mine#2027x").must_change_password


def test_one_account_per_person_and_unique_usernames_sec01(desk):
    admin = desk.act_as("admin")
    wufang = desk.act_as("wufang")
    with pytest.raises(Refused, match="已有账户"):
        desk.accounts.create_account(admin, wufang.staff_id, "wufang2", "Other#2026")
    staff = desk.org.add_staff(admin, "重名", None)
    with pytest.raises(Refused, match="已被使用"):
        desk.accounts.create_account(admin, staff, "WuFang", "Other#2026")


def test_only_administrators_manage_accounts_sec03(desk):
    with pytest.raises(Refused) as exc:
        desk.accounts.list_accounts(desk.act_as("wangjianguo"))
    assert exc.value.problems[0].rule == "SEC-03"


def test_deactivated_account_cannot_sign_in(desk):
    admin = desk.act_as("admin")
    account = next(a for a in desk.accounts.list_accounts(admin) if a.username == "gaoyuan")
    desk.accounts.set_active(admin, account.id, False)
    with pytest.raises(Refused, match="停用"):
        desk.accounts.authenticate("gaoyuan", DEMO_PASSWORD)
