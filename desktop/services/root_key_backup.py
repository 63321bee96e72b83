"""A copy of the bureau root CA on removable media, offered by the set-up wizard (SEC-09: backups
kept apart from the system, clearly labelled).

The copy is the very container the database keeps (PKCS#12, encrypted with the root CA passphrase;
nothing is decrypted or re-encoded), the root certificate (PEM, public) and a short text saying
what they are and how they are used. Written whole or not at all, and recorded in the audit trail.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop.persistence.schema import Bureau, BureauAuthority
from desktop.services.base import ServiceBase, SignedIn, refuse
from desktop.services.desk import Desk

__all__ = ["RootKeyBackup", "back_up_root_key", "README_NAME"]

README_NAME = "README-根证书备份.txt"

_README = """机关办公财务系统 — 单位签名根证书备份
================================================

单位：{bureau}（代码 {code}）
根证书：{subject}
序列号：{serial}    有效期至：{valid_to}
备份时间：{when}

本文件夹中的文件
  {key_file}
      根证书私钥，PKCS#12 格式，已用“根证书口令”加密（与数据库中保存的完全相同）。
      没有口令无法打开；但仍请当作机密保管。
      SHA-256：{key_sha}
  {cert_file}
      根证书（公开）。可交给接收文件的单位，用于验证本单位签署的 PDF。

如何保管
  把这个存储介质贴好标签（“{bureau} 根证书备份 {date}”），放入保险柜，与口令分开保管；
  不要把它接入联网的电脑（SEC-14）。根证书口令请另行书面密封保管。

如何使用 / 恢复
  1. 数据库损坏或丢失时，首先恢复数据库备份（系统管理 → 备份与恢复，或命令
     desktop restore 备份文件.bdbak --user admin）。数据库备份中已含根证书及其私钥，
     恢复后无需本文件。
  2. 验证以前签署的文件（即使数据库已全部丢失）：
     desktop verify 文件.pdf --root "{cert_file}"
  3. 数据库及其全部备份都已无法恢复时，本私钥是本单位签名根的唯一副本：请连同根证书口令
     交系统维护人员，由其导入重建的数据库，使以前签署的文件仍被识别为本单位签署。
     核对私钥：openssl pkcs12 -info -in "{key_file}" -nokeys （提示时输入根证书口令）。

What this is (English): the bureau's signing root CA — the private key as the PKCS#12 container
the database holds, encrypted with the root CA passphrase, and the public root certificate (PEM).
Restore a database backup (.bdbak) first; this copy is for verifying old documents with
`desktop verify FILE.pdf --root CERT.pem` and as the last copy of the root key if every database
backup is lost. Keep it offline, labelled, in the safe, apart from the passphrase.
"""


@dataclass(frozen=True)
class RootKeyBackup:
    folder: Path
    key_file: Path
    cert_file: Path
    readme_file: Path
    sha256: str  # of the key container written


def _safe(text: str) -> str:
    """A bureau code as part of a file name on any file system (FAT/exFAT media included)."""
    return re.sub(r"[^0-9A-Za-z_\-\u4e00-\u9fff]", "_", text)[:16] or "bureau"


def _write_whole(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".bureau-desk-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def back_up_root_key(desk: Desk, admin: SignedIn, folder: str | Path, *, now: datetime | None = None) -> RootKeyBackup:
    """Write the root CA's key container, certificate and README into ``folder`` (an existing
    folder, e.g. a USB drive); refused with one clear line if it cannot be written. Administrator only."""
    service = ServiceBase(desk.sessions)
    service.require_admin(admin)
    target = Path(folder)
    if not target.is_dir():
        raise refuse("SEC-09", "root_backup.folder", f"备份位置不存在或不是文件夹：{target}")
    moment = now or datetime.now()
    with service.transaction() as session:
        bureau = session.get(Bureau, admin.bureau_id)
        ca = session.execute(select(BureauAuthority).where(BureauAuthority.bureau_id == admin.bureau_id)).scalar()
        if bureau is None or ca is None:
            raise refuse("SEC-09", "root_backup.none", "本单位还没有签名根证书")
        stem = f"{_safe(bureau.code)}-root-{moment:%Y%m%d-%H%M%S}"
        key_file, cert_file = target / f"{stem}.p12", target / f"{stem}.pem"
        readme = target / README_NAME
        key_sha = hashlib.sha256(ca.key_p12).hexdigest()
        text = _README.format(bureau=bureau.name, code=bureau.code, subject=ca.subject, serial=ca.serial,
                              valid_to=f"{ca.valid_to:%Y-%m-%d}", when=f"{moment:%Y-%m-%d %H:%M}",
                              date=f"{moment:%Y-%m-%d}", key_file=key_file.name, cert_file=cert_file.name,
                              key_sha=key_sha)
        try:
            _write_whole(key_file, bytes(ca.key_p12))
            _write_whole(cert_file, ca.cert_pem.encode("ascii"))
            _write_whole(readme, text.replace("\n", os.linesep).encode("utf-8-sig"))
        except OSError as exc:
            for written in (key_file, cert_file):
                written.unlink(missing_ok=True)
            raise refuse("SEC-09", "root_backup.write",
                         f"无法写入 {target}：{exc.strerror or exc.__class__.__name__}") from None
        service.audit(session, admin, "authority.backup", "bureau_authority", bureau.id,
                      after={"folder": str(target), "file": key_file.name, "sha256": key_sha})
    return RootKeyBackup(target, key_file, cert_file, readme, key_sha)
