"""Where the application's files are: bundled resources (source tree, installed package or a
PyInstaller build) and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "project_root"]

_PACKAGE = Path(__file__).resolve().parent.parent


def project_root() -> Path | None:
    """The source checkout, when running from one."""
    root = _PACKAGE.parent
    return root if (root / "pyproject.toml").exists() and (root / "resources").is_dir() else None


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``: the checkout's, a frozen build's, or the installed copy."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", "")) / "resources")
    root = project_root()
    if root is not None:
        candidates.append(root / "resources")
    candidates.append(_PACKAGE / "bundled")
    for base in candidates:
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return candidates[0].joinpath(*parts)
