"""Disposal of asset cards (ASSET-02/03/04, C-12/C-13), the steps of
:class:`~desktop.services.asset_moves.AssetMoveService`: the asset manager applies with the
appraisal (cards → 处置中; "bulk" from the preset's ``bulk_disposal_count`` makes the director's step
need a collective decision), the external approval (区国资局批复) is recorded, the cards are closed
(storage media wiped; residual income owed to the treasury or the finance section), and the
accountant drafts its voucher once."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.assets.moves import (
    DEFAULT_AUTHORITY,
    DISPOSAL_WAYS,
    INCOME_TO,
    ZERO,
    close_problems,
    disposal_category,
    disposal_problems,
    disposal_voucher_lines,
    income_destination,
)
from desktop.persistence.schema import AssetDisposal, Document, LedgerAccount, Voucher, utcnow
from desktop.services.asset_move_base import MoveBase
from desktop.services.asset_move_views import STAGE_LABELS, DisposalCard, DisposalView, card_ids_of, yuan
from desktop.services.asset_records import STATUS_LABELS, asset_parameter, record_event, require_manager, staff_name
from desktop.services.base import Refused, SignedIn, refuse
from desktop.services.need_to_know import may_read_document

__all__ = ["DisposalSteps"]


class DisposalSteps(MoveBase):
    # Disposal (ASSET-02/03/04, C-12/C-13) ------------------------------------------------------------
    def request_disposal(self, user: SignedIn, card_ids: Sequence[int], *, way: str = "scrap", appraisal: str,
                         submit: bool = True, passphrase: str | None = None) -> int:
        """The asset manager applies with the technical appraisal; the cards are 处置中 until the
        disposal is closed (or rejected). "bulk" when the items reach ``bulk_disposal_count``."""
        from desktop.domain.input_gate.asset_moves import read_disposal_request

        got, problems = read_disposal_request({"card_ids": list(card_ids), "way": way, "appraisal": appraisal})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_manager(session, user, "资产处置申请")
            cards, missing = self._cards(session, user, got.card_ids, lock=True)
            problems = disposal_problems(self._facts(session, user, cards), way=got.way, appraisal=got.appraisal,
                                         missing=missing)
            if problems:
                raise Refused(problems)
            preset = self.preset_of(session, user.bureau_id)
            items = sum(c.quantity for c in cards)
            category = disposal_category(items, asset_parameter(preset, "bulk_disposal_count"))
            income_to = income_destination(asset_parameter(preset, "asset_income_to_treasury"))
            external = asset_parameter(preset, "asset_disposal_external_ref") == 1
            accumulated = self._accumulated(session, cards)
            total = sum((c.original_value for c in cards), ZERO)
            way_label = DISPOSAL_WAYS[got.way]
            media = [c for c in cards if c.storage_media]
            payload = {
                "card_ids": [c.id for c in cards],
                "assets": [{"asset_no": c.card_no, "name": c.name, "model": c.specification, "quantity": c.quantity,
                            "acquired": c.acquired_on.isoformat(), "original_value": f"{c.original_value:.2f}",
                            "accumulated": f"{accumulated[c.id]:.2f}",
                            "net_value": f"{c.original_value - accumulated[c.id]:.2f}",
                            "media": "须清除" if c.storage_media else ""} for c in cards],
                "asset_no": "、".join(c.card_no for c in cards), "model": "、".join(
                    dict.fromkeys(c.specification for c in cards if c.specification)),
                "acquired": "、".join(dict.fromkeys(c.acquired_on.isoformat()[:7] for c in cards)),
                "years_used": _years_used(cards, date.today()),
                "way": got.way, "method": way_label, "appraisal": got.appraisal.strip(), "items": items,
                "scale_text": f"批量处置（{items}件，须集体决策）" if category else f"{items}件",
                "external_text": ("须报区国资局批准，批复文号登记后方可注销卡片" if external else "不需报外部机关批准"),
                "income_to": income_to, "income_text": INCOME_TO[income_to],
                "media_text": "、".join(f"{c.card_no} {c.name}" for c in media) + "：含存储介质，须先做数据安全清除"
                if media else "无",
                "status_before": {str(c.id): c.status for c in cards},
            }
            title = (f"{way_label}{cards[0].name}" if len(cards) == 1 else f"{way_label}{cards[0].name}等{len(cards)}项资产")
            doc_id = self._create(session, user, "asset_disposal", title, got.appraisal.strip(), total, payload,
                                  category=category)
            disposal = AssetDisposal(bureau_id=user.bureau_id, document_id=doc_id, way=got.way, income_to=income_to,
                                     cards_json=json.dumps([{"card_id": c.id, "appraisal": got.appraisal.strip()[:200],
                                                             "wiped": False} for c in cards], ensure_ascii=False))
            session.add(disposal)
            for card in cards:
                card.status = "disposing"
                record_event(session, card, "disposing", f"申请{way_label}：{got.appraisal.strip()}"[:200],
                             staff_id=user.staff_id, document_id=doc_id, details={"way": got.way})
            session.flush()
            self.audit(session, user, "asset.disposal_request", "asset_disposal", disposal.id,
                       after={"document_id": doc_id, "cards": [c.card_no for c in cards], "way": got.way,
                              "items": items, "bulk": bool(category), "income_to": income_to})
            if submit:
                self.approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    def record_external_approval(self, user: SignedIn, document_id: int, authority: str = DEFAULT_AUTHORITY,
                                 reference: str = "", on_date: date | None = None) -> None:
        """The external approval (区国资局批复, ASSET-02): authority, reference and date."""
        from desktop.domain.input_gate.asset_moves import read_external_approval

        got, problems = read_external_approval({"authority": authority or DEFAULT_AUTHORITY, "reference": reference,
                                                "on_date": on_date})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_manager(session, user, "登记处置批复")
            doc, disposal = self._disposal(session, user, document_id, lock=True)
            problems = []
            if disposal.closed_at is not None:
                problems.append(Problem("ASSET-02", "asset_disposal.closed", "该处置已办结"))
            if doc.state in ("draft", "rejected"):
                problems.append(Problem("ASSET-02", "asset_disposal.external_state", "处置申请须已提交且未被否决"))
            if problems:
                raise Refused(problems)
            before = {"authority": disposal.external_authority, "reference": disposal.external_ref,
                      "date": disposal.external_date.isoformat() if disposal.external_date else None}
            disposal.external_authority = got.authority.strip()
            disposal.external_ref = got.reference.strip()
            disposal.external_date = got.on_date
            text = f"{disposal.external_authority} {disposal.external_ref}（{got.on_date.isoformat()}）"
            self.update_payload(session, user, doc, {"external_approval": text}, "document.update")
            session.flush()
            self.audit(session, user, "asset.disposal_external", "asset_disposal", disposal.id, before=before,
                       after={"authority": disposal.external_authority, "reference": disposal.external_ref,
                              "date": got.on_date.isoformat(), "document_id": doc.id})

    def close_disposal(self, user: SignedIn, document_id: int, *, residual_income: Decimal = Decimal("0"),
                       wiped_card_ids: Sequence[int] = ()) -> None:
        """Close the cards after the approval (ASSET-03) with the external reference where the
        preset requires it (ASSET-02), every storage medium wiped (ASSET-04); the residual income
        is recorded as owed to the treasury or the finance section (C-13)."""
        from desktop.domain.input_gate.asset_moves import read_disposal_close

        got, problems = read_disposal_close({"residual_income": residual_income, "wiped_card_ids": list(wiped_card_ids)})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_manager(session, user, "办结资产处置")
            doc, disposal = self._disposal(session, user, document_id, lock=True)
            rows = json.loads(disposal.cards_json or "[]")
            ids = [int(r["card_id"]) for r in rows]
            cards, _ = self._cards(session, user, ids, lock=True)
            facts = {f.id: f for f in self._facts(session, user, cards, exclude=doc.id)}
            wiped = set(got.wiped_card_ids)
            required = asset_parameter(self.preset_of(session, user.bureau_id), "asset_disposal_external_ref") == 1
            problems = close_problems(state=doc.state, closed=disposal.closed_at is not None,
                                      external_required=required, external_ref=disposal.external_ref,
                                      unwiped=[facts[c.id] for c in cards if c.storage_media and c.id not in wiped],
                                      stray_wiped=sorted(wiped - set(ids)))
            if problems:
                raise Refused(problems)
            period = date.today().strftime("%Y-%m")
            way_label = DISPOSAL_WAYS.get(disposal.way, disposal.way)
            for card in cards:
                card.status, card.removed_period = "disposed", period
                text = f"{way_label}完毕（{doc.serial}）" + (f"，批复{disposal.external_ref}" if disposal.external_ref else "")
                if card.id in wiped:
                    text += "，存储介质已做数据安全清除"
                record_event(session, card, "disposed", text, staff_id=user.staff_id, document_id=doc.id,
                             details={"way": disposal.way, "external_ref": disposal.external_ref,
                                      "wiped": card.id in wiped, "removed_period": period})
            disposal.cards_json = json.dumps([{**r, "wiped": int(r["card_id"]) in wiped} for r in rows],
                                             ensure_ascii=False)
            disposal.residual_income = got.residual_income
            disposal.closed_by, disposal.closed_at = user.staff_id, utcnow()
            self.update_payload(session, user, doc, {
                "residual": yuan(got.residual_income),
                "income_text": f"{yuan(got.residual_income)} {INCOME_TO[disposal.income_to]}"}, "document.update")
            session.flush()
            self.audit(session, user, "asset.dispose", "asset_disposal", disposal.id,
                       after={"document_id": doc.id, "serial": doc.serial, "cards": [c.card_no for c in cards],
                              "removed_period": period, "residual_income": str(got.residual_income),
                              "income_to": disposal.income_to, "wiped": sorted(wiped)})

    def draft_disposal_voucher(self, user: SignedIn, document_id: int) -> int:
        """The accountant's voucher for a closed disposal, once: Dr 1602 / Dr 5301 / Cr 1601, and
        the income Dr 1002 / Cr 2103 (treasury) or 2307 (finance section)."""
        self.books.require_maker(user, "生成处置凭证")
        with self.transaction() as session:
            doc, disposal = self._disposal(session, user, document_id, lock=True)
            problems = []
            if disposal.closed_at is None:
                problems.append(Problem("ASSET-03", "asset_disposal.not_closed", "处置尚未办结（卡片未注销），不能生成凭证"))
            if disposal.voucher_id is not None:
                no = session.get(Voucher, disposal.voucher_id)
                problems.append(Problem("ASSET-03", "asset_disposal.voucher_made",
                                        f"该处置已生成凭证 {no.voucher_no if no else disposal.voucher_id}，不能重复生成"))
            if problems:
                raise Refused(problems)
            cards, _ = self._cards(session, user, card_ids_of(disposal.cards_json), lock=True)
            accumulated = self._accumulated(session, cards)
            original = sum((c.original_value for c in cards), ZERO)
            acc = sum(accumulated.values(), ZERO)
            summary = f"{doc.serial} {DISPOSAL_WAYS.get(disposal.way, '')}{cards[0].name}" + ("等" if len(cards) > 1 else "")
            lines = disposal_voucher_lines(summary, original=original, accumulated=acc,
                                           residual_income=disposal.residual_income, income_to=disposal.income_to)
            leaves = {code: self._leaf(session, user.bureau_id, code) for code in {l.account for l in lines}}
            lines = [replace(l, account=leaves[l.account]) for l in lines]
            voucher_id = self.books.make_voucher_in(session, user, date.today(), lines, summary=summary,
                                                    origin="disposal", source_document_id=doc.id)
            disposal.voucher_id = voucher_id
            voucher_no = session.get(Voucher, voucher_id).voucher_no
            for card in cards:
                record_event(session, card, "voucher", f"处置凭证 {voucher_no}", staff_id=user.staff_id,
                             document_id=doc.id, details={"voucher_id": voucher_id})
            session.flush()
            self.audit(session, user, "asset.disposal_voucher", "asset_disposal", disposal.id,
                       after={"document_id": doc.id, "voucher_id": voucher_id, "voucher_no": voucher_no,
                              "original": str(original), "accumulated": str(acc),
                              "residual_income": str(disposal.residual_income)})
            return voucher_id

    @staticmethod
    def _leaf(session: Session, bureau_id: int, code: str) -> str:
        """The account itself if it takes postings, else its first active leaf."""
        found = session.execute(select(LedgerAccount.code).where(
            LedgerAccount.bureau_id == bureau_id, LedgerAccount.code.like(f"{code}%"),
            LedgerAccount.postable.is_(True), LedgerAccount.active.is_(True))
            .order_by(func.length(LedgerAccount.code), LedgerAccount.code).limit(1)).scalar()
        return found or code


    def disposal(self, user: SignedIn, document_id: int) -> DisposalView:
        with self.reading() as session:
            doc, d = self._disposal(session, user, document_id)
            if not may_read_document(session, user, doc):
                raise refuse("SEC-03", "document.no_access", "无权查看该单据")
            rows = json.loads(d.cards_json or "[]")
            cards, _ = self._cards(session, user, [int(r["card_id"]) for r in rows])
            wiped = {int(r["card_id"]) for r in rows if r.get("wiped")}
            accumulated = self._accumulated(session, cards)
            views = tuple(DisposalCard(c.id, c.card_no, c.name, c.quantity, c.original_value, accumulated[c.id],
                                       c.original_value - accumulated[c.id], c.storage_media, c.id in wiped,
                                       STATUS_LABELS.get(c.status, c.status)) for c in cards)
            payload = json.loads(doc.payload_json or "{}")
            required = asset_parameter(self.preset_of(session, user.bureau_id), "asset_disposal_external_ref") == 1
            voucher = session.get(Voucher, d.voucher_id) if d.voucher_id else None
            original = sum((c.original_value for c in views), ZERO)
            acc = sum((c.accumulated for c in views), ZERO)
            stage = self._disposal_stage(doc, d, required)
            return DisposalView(doc.id, doc.serial or "", doc.state, d.way, DISPOSAL_WAYS.get(d.way, d.way),
                                payload.get("appraisal", ""), views, sum(c.quantity for c in views),
                                doc.category == "bulk", original, acc, original - acc, required, d.external_authority,
                                d.external_ref, d.external_date, d.residual_income, d.income_to,
                                INCOME_TO.get(d.income_to, d.income_to), staff_name(session, d.closed_by), d.closed_at,
                                d.voucher_id, voucher.voucher_no if voucher else "", stage, STAGE_LABELS[stage])

    @staticmethod
    def _disposal_stage(doc: Document, d: AssetDisposal, required: bool) -> str:
        if doc.state == "rejected":
            return "rejected"
        if d.closed_at is not None:
            return "done" if d.voucher_id else "voucher"
        if doc.state in ("draft", "returned"):
            return doc.state
        if doc.state == "submitted":
            return "approval"
        return "external" if required and not d.external_ref else "close"


def _years_used(cards: list, today: date) -> str:
    """已使用年限 of the sheet: full years since acquisition (a range when the cards differ)."""
    years = sorted({max(0, (today.year - c.acquired_on.year) - ((today.month, today.day) < (c.acquired_on.month,
                                                                                          c.acquired_on.day)))
                    for c in cards})
    return f"{years[0]}年" if len(years) == 1 else f"{years[0]}–{years[-1]}年"
