"""Every key container encrypted with one person's signing passphrase: their signing identities,
the seal keys they keep as custodian and the copies delegated to them (SEC-06). A passphrase
change re-encrypts them all in the caller's transaction; opening one with the right passphrase
brings the person's containers still written with older parameters up to the current ones.
Nothing here keeps, logs or audits a passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents import pki
from desktop.persistence.schema import Seal, SealCustody, SigningIdentity

__all__ = ["Container", "person_containers", "reencrypt", "upgrade_outdated"]


@dataclass(frozen=True)
class Container:
    """One stored container: its table, row and a label for the person (never its content)."""

    table: str  # signing_identity | seal | seal_custody
    row_id: int
    label: str
    row: object  # the ORM row whose ``key_p12`` holds the container


def person_containers(session: Session, staff_id: int, *, lock: bool = False) -> list[Container]:
    """The person's identities (newest first), the seals they keep and delegated copies they hold."""
    def rows(query):  # noqa: ANN001, ANN202
        return session.execute(query.with_for_update() if lock else query).scalars().all()

    out = [Container("signing_identity", r.id, f"个人签名证书 {r.serial}", r) for r in rows(
        select(SigningIdentity).where(SigningIdentity.staff_id == staff_id).order_by(SigningIdentity.id.desc()))]
    out += [Container("seal", r.id, f"印章私钥 {r.name}", r) for r in rows(
        select(Seal).where(Seal.custodian_id == staff_id, Seal.key_p12.is_not(None)).order_by(Seal.id))]
    for r in rows(select(SealCustody).where(SealCustody.to_person == staff_id, SealCustody.kind == "delegate",
                                            SealCustody.key_p12.is_not(None)).order_by(SealCustody.id)):
        seal = session.get(Seal, r.seal_id)
        out.append(Container("seal_custody", r.id, f"委托保管的印章私钥 {seal.name if seal else r.seal_id}", r))
    return out


def reencrypt(containers: list[Container], old: str, new: str) -> tuple[list[Container], list[Container]]:
    """Re-encrypt every container that ``old`` opens for ``new`` (current parameters); returns
    (re-encrypted, not opened by ``old``). The rows change in the caller's transaction."""
    done, left = [], []
    for c in containers:
        try:
            opened = pki.unlock(c.row.key_p12, old)  # type: ignore[attr-defined]
        except pki.PkiError:
            left.append(c)
            continue
        c.row.key_p12 = pki.reseal(opened, new)  # type: ignore[attr-defined]
        done.append(c)
    return done, left


def upgrade_outdated(session: Session, staff_id: int, passphrase: str, *, opened: SigningIdentity | None = None,
                     unlocked: pki.Unlocked | None = None) -> list[Container]:
    """Re-encrypt, with the same passphrase and the current parameters, the person's containers
    still written with older ones (``opened``/``unlocked``: the identity just opened, not opened
    twice). Returns those re-encrypted."""
    done = []
    for c in person_containers(session, staff_id):
        if pki.is_current(c.row.key_p12):  # type: ignore[attr-defined]
            continue
        if opened is not None and unlocked is not None and c.table == "signing_identity" and c.row is opened:
            c.row.key_p12 = pki.reseal(unlocked, passphrase)  # type: ignore[attr-defined]
            done.append(c)
            continue
        done += reencrypt([c], passphrase, passphrase)[0]
    return done
