"""A card's photos and documents (ASSET-13: the office keeps the files): what a file may be,
judged by its first bytes, never by its name."""

from __future__ import annotations

from typing import Any

from desktop.domain.approval.model import Problem

__all__ = ["MAX_FILE_BYTES", "file_problems", "content_type"]

MAX_FILE_BYTES = 10 * 1024 * 1024

_MAGIC = (("image/jpeg", b"\xff\xd8\xff"), ("image/png", b"\x89PNG\r\n\x1a\n"), ("application/pdf", b"%PDF-"))


def content_type(content: bytes) -> str | None:
    for kind, magic in _MAGIC:
        if content.startswith(magic):
            return kind
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


def file_problems(kind: str, file_name: Any, content: Any) -> list[Problem]:
    out: list[Problem] = []
    if kind not in ("photo", "document"):
        out.append(Problem("ASSET-13", "asset.file_kind", "文件类别须为照片（photo）或文件（document）"))
    if not isinstance(file_name, str) or not file_name.strip() or len(file_name) > 200 \
            or any(c in file_name for c in "\x00/\\\r\n"):
        out.append(Problem("ASSET-13", "asset.file_name", "文件名须为不含路径的文字（最多200字）"))
    if not isinstance(content, (bytes, bytearray)) or not content:
        out.append(Problem("ASSET-13", "asset.file_empty", "文件为空"))
        return out
    if len(content) > MAX_FILE_BYTES:
        out.append(Problem("ASSET-13", "asset.file_size",
                           f"文件过大：{len(content) / 1048576:.1f} MB，每个文件最多 10 MB"))
    what = content_type(bytes(content[:16]))
    if what is None:
        out.append(Problem("ASSET-13", "asset.file_type", "只接受 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容判断）"))
    elif kind == "photo" and not what.startswith("image/"):
        out.append(Problem("ASSET-13", "asset.file_type", "照片须为 JPEG、PNG 或 WebP 图片"))
    return out
