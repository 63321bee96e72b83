"""The backup file (``.bdbak``): one zip holding the database, the latest signed audit
checkpoint and a manifest (SEC-09, ARCH-09).

Members:
  ``manifest.json``          label (content, date, who made it — ARCH-09), app version, schema
                             revision, database kind, SHA-256 and size of every other member, and
                             the inventory of the database (rows per table, SHA-256 of every stored
                             PDF and key container, the audit head)
  ``database.sqlite3``       SQLite: a copy made with the online backup API, or
  ``database.pgdump``        PostgreSQL: ``pg_dump`` custom format
  ``audit-checkpoint.json``  the latest signed audit checkpoint, when there is one

Reading checks the structure and every member's hash; what the manifest says about the database
is checked against the restored copy by the backup service. Messages are one Chinese line.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

__all__ = ["FORMAT", "SUFFIX", "MANIFEST", "CHECKPOINT", "ArchiveError", "Opened", "db_member", "write_archive",
           "open_archive", "file_sha256"]

FORMAT = "bureau-desk-backup/1"
SUFFIX = ".bdbak"
MANIFEST = "manifest.json"
CHECKPOINT = "audit-checkpoint.json"
_DB_MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
# A manifest is a few hundred kilobytes at most (one hash per stored PDF).
_MAX_MANIFEST = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


class ArchiveError(Exception):
    """The file is not a usable backup: one Chinese line saying why. ``foreign``: it is not one of
    our backups at all (missing, a folder, not a zip, no manifest); otherwise one that is damaged."""

    def __init__(self, text: str, *, foreign: bool = False):
        super().__init__(text)
        self.foreign = foreign


def db_member(kind: str) -> str:
    return _DB_MEMBERS[kind]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def write_archive(target: Path, manifest: dict[str, Any], files: dict[str, Path], blobs: dict[str, bytes]) -> None:
    """Write the zip beside ``target`` and rename it into place (all or nothing). The member hashes
    are added to ``manifest["members"]`` here."""
    members: dict[str, dict[str, Any]] = {}
    for name, path in files.items():
        members[name] = {"sha256": file_sha256(path), "size": path.stat().st_size}
    for name, data in blobs.items():
        members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    manifest = {**manifest, "members": members}
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
            for name, data in blobs.items():
                zf.writestr(name, data)
            for name, path in files.items():
                zf.write(path, name)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class Opened:
    """A backup file whose structure and member hashes were checked."""

    path: Path
    manifest: dict[str, Any]
    zf: zipfile.ZipFile

    @property
    def kind(self) -> str:
        return self.manifest["database"]["kind"]

    @property
    def label(self) -> dict[str, Any]:
        return self.manifest["label"]

    def read(self, name: str) -> bytes:
        return self.zf.read(name)

    def extract(self, name: str, target: Path) -> None:
        with self.zf.open(name) as src, open(target, "wb") as dst:
            for block in iter(lambda: src.read(_CHUNK), b""):
                dst.write(block)

    def checkpoint_json(self) -> str | None:
        if CHECKPOINT not in self.manifest["members"]:
            return None
        return self.read(CHECKPOINT).decode("utf-8")

    def close(self) -> None:
        self.zf.close()


def _member_digest(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with zf.open(name) as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _require(condition: bool, text: str, *, foreign: bool = False) -> None:
    if not condition:
        raise ArchiveError(text, foreign=foreign)


def open_archive(path: Path) -> Opened:
    """Open a backup and check it: a zip, our format, a well-formed manifest, no member missing,
    added or changed. Raises ``ArchiveError`` with one line."""
    _require(path.exists(), f"找不到备份文件 {path}", foreign=True)
    _require(path.is_file(), f"{path} 不是文件", foreign=True)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ArchiveError(f"{path.name} 不是本系统的备份文件（无法作为备份包读取）", foreign=True) from None
    try:
        manifest = _manifest(zf, path)
        for name, expected in _members(manifest, zf, path):
            try:
                digest, size = _member_digest(zf, name)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError):
                raise ArchiveError(f"备份文件已损坏：{name} 无法读取") from None
            _require(digest == expected.get("sha256") and size == expected.get("size"),
                     f"备份文件已被改动或损坏：{name} 的 SHA-256 与清单不符")
    except BaseException:
        zf.close()
        raise
    return Opened(path, manifest, zf)


def _manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise ArchiveError(f"{path.name} 不是本系统的备份文件（没有清单 manifest.json）", foreign=True) from None
    _require(info.file_size <= _MAX_MANIFEST, "备份清单过大，不是本系统的备份文件")
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, zlib.error, OSError, RuntimeError, RecursionError):
        raise ArchiveError("备份文件已损坏：清单 manifest.json 无法读取") from None
    _require(isinstance(manifest, dict) and manifest.get("format") == FORMAT,
             f"{path.name} 不是本系统的备份文件（格式标识不符）", foreign=True)
    try:
        kind = manifest["database"]["kind"]
        ok = (kind in _DB_MEMBERS and isinstance(manifest["label"], dict) and isinstance(manifest["members"], dict)
              and isinstance(manifest["inventory"], dict) and isinstance(manifest["database"]["revision"], str))
    except (KeyError, TypeError):
        ok = False
    _require(ok, "备份文件已损坏：清单内容不完整")
    return manifest


def _members(manifest: dict[str, Any], zf: zipfile.ZipFile, path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    listed = manifest["members"]
    present = set(zf.namelist()) - {MANIFEST}
    db_name = _DB_MEMBERS[manifest["database"]["kind"]]
    _require(db_name in listed, "备份文件已损坏：清单中没有数据库")
    missing = sorted(set(listed) - present)
    _require(not missing, f"备份文件不完整：缺少 {', '.join(missing)[:80]}")
    extra = sorted(present - set(listed))
    _require(not extra, f"备份文件已被改动：清单外多出 {', '.join(extra)[:80]}")
    for name in sorted(listed):
        entry = listed[name]
        _require(isinstance(entry, dict), "备份文件已损坏：清单内容不完整")
        yield name, entry
