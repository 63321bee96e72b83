"""First-start service functions behind `desktop init` and the set-up wizard (issue 10, item 5):
departments created in the initialising transaction (SEC-08), every problem at once, the
shipped presets' differences computed from their files, the root key copy (SEC-09)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.documents import pki
from desktop.services.base import Refused
from desktop.services.organisation import OrganisationService
from desktop.services.root_key_backup import README_NAME, back_up_root_key
from desktop.services.rule_presets import preset_differences
from desktop.services.setup import DEFAULT_DEPARTMENTS, initialise

PASSWORD = "Tongyu#2026x"


def _init(desk, **extra):  # noqa: ANN001, ANN202
    fields = dict(bureau_name="通榆县医疗保障局", bureau_code="TY", admin_username="tyadmin", admin_password=PASSWORD,
                  preset_code="P-001", departments=[("办公室", "bureau"), ("县医保中心", "centre")])
    fields.update(extra)
    return initialise(desk, **fields)


def test_sec08_initialise_creates_departments_in_its_transaction(empty_desk):  # noqa: ANN001
    _init(empty_desk)
    admin = empty_desk.accounts.authenticate("tyadmin", PASSWORD)
    assert [(d.name, d.unit) for d in empty_desk.org.departments(admin)] == [("办公室", "bureau"), ("县医保中心", "centre")]
    assert empty_desk.audit.verify(deep=True).ok


def test_sec08_every_problem_at_once_and_nothing_written(empty_desk):  # noqa: ANN001
    with pytest.raises(Refused) as refused:
        _init(empty_desk, bureau_name=" ", bureau_code="X" * 17, admin_password="short", ca_passphrase="weak",
              departments=[("办公室", "bureau"), ("办公室", "bureau"), ("稽核股", "elsewhere")])
    codes = {p.code for p in refused.value.problems}
    assert {"init.bureau", "bureau.code", "password.length", "department.exists", "department.unit"} <= codes
    assert any(p.text.startswith("根证书口令") for p in refused.value.problems)
    assert not empty_desk.has_bureau()


def test_sec08_a_failure_half_way_leaves_the_database_empty(empty_desk, monkeypatch):  # noqa: ANN001
    """A crash while the departments are written: no bureau, no account, no root CA; run again, it works."""
    real = OrganisationService.create_departments_in

    def crash(self, session, bureau_id, rows, actor):  # noqa: ANN001, ANN202
        real(self, session, bureau_id, rows[:1], actor)
        raise RuntimeError("disk gone")

    monkeypatch.setattr(OrganisationService, "create_departments_in", crash)
    with pytest.raises(RuntimeError):
        _init(empty_desk)
    assert not empty_desk.has_bureau() and empty_desk.sheets.root_pem() == []
    monkeypatch.setattr(OrganisationService, "create_departments_in", real)
    _init(empty_desk)
    assert empty_desk.bureau_name() == "通榆县医疗保障局"


def test_sec08_default_departments_pass_the_checks():
    assert OrganisationService.new_departments_problems(list(DEFAULT_DEPARTMENTS)) == []
    assert {unit for _, unit in DEFAULT_DEPARTMENTS} == {"bureau", "centre"}


def test_vouch08_preset_differences_p000_p001():
    """VOUCH-08/VOUCH-06/IC-06: the threshold, the chains that differ, the extra incompatible pair."""
    diffs = preset_differences("P-000", "P-001")
    by_item = {(d.topic, d.item): d for d in diffs}
    threshold = next(d for d in diffs if d.topic == "parameter" and d.rule == "VOUCH-08")
    assert (threshold.first, threshold.second) == ("¥3,000.00", "¥50,000.00")
    voucher = by_item[("chain", "记账凭证")]
    assert voucher.first == "财务负责人复核 → 主要负责人审核" and voucher.second == "财务负责人复核"
    assert "金额≥¥50,000.00时须集体决策" in by_item[("chain", "报销单")].second
    assert [d.rule for d in diffs if d.topic == "incompatible"] == ["IC-06"]
    assert not any(d.item in ("出差审批单", "用印申请") for d in diffs), "chains that are the same are not listed"
    assert preset_differences("P-000", "P-000") == []


def test_preset_differences_come_from_the_files(tmp_path, monkeypatch):  # noqa: ANN001
    """Change a shipped file and the list changes: nothing is hard-coded (TRAVEL-02)."""
    from desktop.services import rule_presets

    folder = tmp_path / "presets"
    shutil.copytree(rule_presets._presets_dir(), folder)
    data = json.loads((folder / "P-001.json").read_text(encoding="utf-8"))
    data["parameters"]["travel_short_days"] = "5"
    (folder / "P-001.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(rule_presets, "_presets_dir", lambda: folder)
    days = [d for d in preset_differences("P-000", "P-001") if d.rule == "TRAVEL-02"]
    assert [(d.first, d.second) for d in days] == [("3", "5")]
    trip = [d for d in preset_differences("P-000", "P-001") if d.item == "出差审批单"]
    assert trip and "天数≤5" in trip[0].second and "天数≤3" in trip[0].first


def test_sec09_root_key_copy_is_the_stored_container(desk, tmp_path: Path):  # noqa: ANN001
    admin = desk.act_as("admin")
    copy = back_up_root_key(desk, admin, tmp_path)
    root = desk.sheets.root_pem()[0]
    opened = pki.unlock(copy.key_file.read_bytes(), "Desk#2026", what="根证书")  # the demo root passphrase
    assert pki.cert_info(opened.cert).serial == pki.cert_info(root).serial
    assert copy.cert_file.read_text(encoding="ascii") == root
    readme = (tmp_path / README_NAME).read_text(encoding="utf-8-sig")
    assert copy.key_file.name in readme and copy.sha256 in readme and "desktop verify" in readme
    entries = desk.audit.recent(admin, 5, entity="bureau_authority")
    assert any(e.action == "authority.backup" for e in entries)


def test_sec09_root_key_copy_refused_for_others_and_missing_folders(desk, tmp_path: Path):  # noqa: ANN001
    with pytest.raises(Refused) as not_admin:
        back_up_root_key(desk, desk.act_as("wufang"), tmp_path)
    assert not_admin.value.problems[0].rule == "SEC-03"
    with pytest.raises(Refused) as missing:
        back_up_root_key(desk, desk.act_as("admin"), tmp_path / "pulled-out")
    assert missing.value.problems[0].code == "root_backup.folder"
    assert list(tmp_path.iterdir()) == []
