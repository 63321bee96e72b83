"""The local trust anchor of a database's audit trail (SEC-01): a small file per database in this
PC's data folder, out of reach of anyone who can only write the database.

``<key>.json`` keeps the bureau root certificate's fingerprint, the newest signed checkpoint this
PC has seen and the entry the anchor started at; ``<key>.log`` gets, for each write transaction
of this PC, a line ``p first last hash`` just before the commit and ``last hash`` after it (appends:
cheap), and a ``seq hash`` line after each intact verification. A rewrite of the chain, even with
every hash recomputed, no longer matches these points; entries cut off the end fall below them;
entries appended by someone writing the database directly are accounted for by no ``p`` line.

The folder is ``$BUREAU_DESK_ANCHOR_DIR`` if set (tests), else ``audit-anchors`` in the user's
data folder. The key is the SHA-256 of the database URL without its password, so a copy of the
database at another place (a restored backup) starts its own anchor.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

__all__ = ["ENV_VAR", "Anchor", "anchor_folder", "anchor_for"]

ENV_VAR = "BUREAU_DESK_ANCHOR_DIR"


def anchor_folder() -> Path:
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen)
    from platformdirs import user_data_dir

    from desktop import APP_ID, ORGANISATION

    return Path(user_data_dir(APP_ID, ORGANISATION)) / "audit-anchors"


def _database_key(url: str) -> tuple[str, str]:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        shown = "sqlite:///" + str(Path(parsed.database).resolve())
    else:
        shown = parsed.set(password=None).render_as_string(hide_password=True)
    return hashlib.sha256(shown.encode("utf-8")).hexdigest()[:32], shown


@dataclass
class Anchor:
    """What this PC knows about one database's trail. Reading never fails: a missing or damaged
    file reads as empty (and is reported by the caller as "no local anchor")."""

    path: Path
    url: str
    root_fingerprint: str = ""
    checkpoint: dict[str, Any] | None = None
    damaged: str = ""
    from_seq: int | None = None  # entries after this one must come from a write this PC made (SQLite)
    _seen: dict[int, str] | None = field(default=None, repr=False)
    _pending: list[tuple[int, int, str]] = field(default_factory=list, repr=False)

    @property
    def log_path(self) -> Path:
        return self.path.with_suffix(".log")

    @property
    def exists(self) -> bool:
        return self.path.exists() or self.log_path.exists()

    def load(self) -> Anchor:
        self._seen = None
        self.damaged = ""
        if not self.path.exists():
            return self
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.root_fingerprint = str(data.get("root_fingerprint") or "")
            self.checkpoint = data.get("checkpoint") or None
            self.from_seq = int(data["from_seq"]) if data.get("from_seq") is not None else None
        except (OSError, ValueError, AttributeError) as exc:
            self.damaged = f"the local anchor {self.path} cannot be read ({exc.__class__.__name__})"
        return self

    def seen(self) -> dict[int, str]:
        """seq → hash of every point this PC recorded (the last line wins for a seq)."""
        if self._seen is None:
            points: dict[int, str] = {}
            pending: list[tuple[int, int, str]] = []
            try:
                with self.log_path.open(encoding="ascii", errors="replace") as fh:
                    for line in fh:
                        parts = line.split()
                        if len(parts) == 2 and parts[0].isdigit() and len(parts[1]) == 64:
                            points[int(parts[0])] = parts[1]
                        elif (len(parts) == 4 and parts[0] == "p" and parts[1].isdigit() and parts[2].isdigit()
                              and len(parts[3]) == 64):
                            pending.append((int(parts[1]), int(parts[2]), parts[3]))
            except FileNotFoundError:
                pass
            except OSError as exc:
                self.damaged = f"the local anchor log {self.log_path} cannot be read ({exc.strerror or exc})"
            self._seen = points
            self._pending = pending
        return self._seen

    def vouched(self) -> list[tuple[int, int, str]]:
        """(first, last, hash of last) of every write transaction this PC was about to commit."""
        self.seen()
        return list(self._pending)

    def highest(self) -> tuple[int, str] | None:
        seen = self.seen()
        if not seen:
            return None
        seq = max(seen)
        return seq, seen[seq]

    # Writing: never raises (the database commit already happened; a full disk must not turn a
    # committed action into an error). The next verification reports a missing anchor.
    def note(self, seq: int, digest: str) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="ascii") as fh:
                fh.write(f"{seq} {digest}\n")
            if self._seen is not None:
                self._seen[seq] = digest
        except OSError:
            pass

    def pending(self, first: int, last: int, digest: str) -> None:
        """Just before a commit: this PC is writing entries first..last (a kill after the commit
        still leaves them accounted for)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="ascii") as fh:
                fh.write(f"p {first} {last} {digest}\n")
            if self._seen is not None:
                self._pending.append((first, last, digest))
        except OSError:
            pass

    def start(self, *, root_fingerprint: str, head: tuple[int, str]) -> None:
        """The first time this PC opens the database: trust it as it is (its checkpoints still
        apply), and from now on account for every entry."""
        self.from_seq = head[0]
        self.save(root_fingerprint=root_fingerprint)
        if head[0] > 0:
            self.note(*head)

    def save(self, *, root_fingerprint: str | None = None, checkpoint: dict[str, Any] | None = None) -> None:
        if root_fingerprint is not None:
            self.root_fingerprint = root_fingerprint
        if checkpoint is not None:
            self.checkpoint = checkpoint
        data = {"url": self.url, "root_fingerprint": self.root_fingerprint, "checkpoint": self.checkpoint,
                "from_seq": self.from_seq}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".anchor-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
            os.replace(tmp, self.path)
        except OSError:
            pass

    def reset(self, *, root_fingerprint: str, head: tuple[int, str], checkpoint: dict[str, Any] | None) -> None:
        """Start over from the database as it is now (re-anchoring by the administrator, restore)."""
        try:
            self.log_path.unlink(missing_ok=True)
        except OSError:
            pass
        self._seen = {}
        self._pending = []
        self.checkpoint = None
        self.from_seq = head[0]
        self.save(root_fingerprint=root_fingerprint, checkpoint=checkpoint or {})
        if head[0] > 0:
            self.note(*head)


def anchor_for(url: str) -> Anchor:
    key, shown = _database_key(url)
    return Anchor(anchor_folder() / f"{key}.json", shown).load()
