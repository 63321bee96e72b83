"""Spending reports: travel, reception, vehicle and meeting costs by department and month, and
the 公务接待费 / 公务用车 returns for the finance bureau (RPT), in Excel and as a printed sheet;
the meeting plan and annual meeting report in Excel and print (MEET-02, MEET-15).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.documents.layout import load_layouts
from desktop.documents.render import SheetData, render_sheet
from desktop.domain.access import REPORT_POSITIONS
from desktop.persistence.schema import Bureau
from desktop.reports.meetings import PLAN_HEADERS, REPORT_HEADERS, write_meeting_xlsx
from desktop.reports.spending import write_spending_xlsx
from desktop.services.base import SignedIn, refuse
from desktop.services.meetings import MeetingService
from desktop.services.module_records import ModuleService
from desktop.services.need_to_know import require_reports

__all__ = ["SpendingService", "SpendingRow", "SPENDING_KINDS"]

# report column → document kind
SPENDING_KINDS = {"travel": "travel_claim", "reception": "reception_list", "vehicle": "vehicle_request",
                  "meeting": "meeting_claim"}
ZERO = Decimal("0.00")
REPORT_ROLES = REPORT_POSITIONS  # finance, office, director, finance leader, audit post (desktop.domain.access)


@dataclass(frozen=True)
class SpendingRow:
    department: str
    month: str  # YYYY-MM
    travel: Decimal
    reception: Decimal
    vehicle: Decimal
    meeting: Decimal

    @property
    def total(self) -> Decimal:
        return self.travel + self.reception + self.vehicle + self.meeting


class SpendingService(ModuleService):
    def _allowed(self, user: SignedIn) -> None:
        """Bureau-wide returns only for those who read every document (SEC-03, SEC-13)."""
        require_reports(user)

    @staticmethod
    def _when(view) -> date:  # noqa: ANN001
        """The month a cost belongs to: the payment date, else the approval."""
        pay = view.payload.get("payment") or {}
        if pay.get("paid_on"):
            return date.fromisoformat(pay["paid_on"])
        if view.kind == "vehicle_request" and view.payload.get("departure"):
            return date.fromisoformat(str(view.payload["departure"])[:10])
        return view.updated_at.date()

    def _docs(self, user: SignedIn, year: int) -> dict[str, list]:
        out: dict[str, list] = {}
        for col, kind in SPENDING_KINDS.items():
            docs = self.approvals.documents(user, kinds=[kind], states=["approved", "archived"], limit=100000)
            out[col] = [d for d in docs if self._when(d).year == year and d.amount > 0]
        return out

    def by_department_month(self, user: SignedIn, year: int) -> list[SpendingRow]:
        self._allowed(user)
        sums: dict[tuple[str, str], dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
        for col, docs in self._docs(user, year).items():
            for d in docs:
                sums[(d.department or "（未分部门）", self._when(d).strftime("%Y-%m"))][col] += d.amount
        return [SpendingRow(dept, month, v["travel"], v["reception"], v["vehicle"], v["meeting"])
                for (dept, month), v in sorted(sums.items(), key=lambda kv: (kv[0][0], kv[0][1]))]

    def reception_rows(self, user: SignedIn, year: int) -> list[tuple]:
        self._allowed(user)
        rows = []
        for d in self._docs(user, year)["reception"]:
            p = d.payload
            meals = p.get("meals", [])
            rows.append((d.serial or "", self._when(d).isoformat(), d.department, p.get("guest_unit", ""),
                         p.get("letter", ""), max((int(m.get("guests", 0)) for m in meals), default=0),
                         max((int(m.get("accompany", 0)) for m in meals), default=0), d.amount,
                         p.get("payment_text", "未付款")))
        return sorted(rows, key=lambda r: r[1])

    def vehicle_rows(self, user: SignedIn, year: int) -> list[tuple]:
        self._allowed(user)
        rows = []
        for d in self._docs(user, year)["vehicle"]:
            p = d.payload
            disp = p.get("dispatch") or {}
            rows.append((d.serial or "", str(p.get("departure", "")).replace("T", " "), d.department,
                         p.get("destination", ""), p.get("purpose", d.purpose), p.get("distance_label", ""),
                         "是" if p.get("holiday") else "否", f"{disp.get('vehicle', '')} {disp.get('plate', '')}".strip(),
                         d.amount))
        return sorted(rows, key=lambda r: r[1])

    def _bureau(self, user: SignedIn) -> str:
        with self.reading() as session:
            return session.get(Bureau, user.bureau_id).name

    def export_xlsx(self, user: SignedIn, year: int) -> bytes:
        rows = [(r.department, r.month, r.travel, r.reception, r.vehicle, r.meeting, r.total)
                for r in self.by_department_month(user, year)]
        data = write_spending_xlsx(self._bureau(user), year, rows, self.reception_rows(user, year),
                                   self.vehicle_rows(user, year))
        self._audit_export(user, "report.spending_xlsx", year)
        return data

    def _audit_export(self, user: SignedIn, action: str, year: int) -> None:
        with self.transaction() as session:
            self.audit(session, user, action, "report", year, after={"year": year})

    def print_pdf(self, user: SignedIn, year: int) -> bytes:
        """The spending report on the sheet engine (forms/sheets/spending_report.json)."""
        rows = self.by_department_month(user, year)
        by_dept: dict[str, list[SpendingRow]] = defaultdict(list)
        for r in rows:
            by_dept[r.department].append(r)
        lines = [f"{dept}：差旅{sum((r.travel for r in rs), ZERO)} 接待{sum((r.reception for r in rs), ZERO)} "
                 f"用车{sum((r.vehicle for r in rs), ZERO)} 会议{sum((r.meeting for r in rs), ZERO)} "
                 f"合计{sum((r.total for r in rs), ZERO)}" for dept, rs in by_dept.items()]
        months = defaultdict(lambda: ZERO)
        for r in rows:
            months[r.month] += r.total
        month_line = "；".join(f"{m[5:]}月 {v}" for m, v in sorted(months.items()))
        total = sum((r.total for r in rows), ZERO)
        payload = {"year": f"{year}年", "travel": str(sum((r.travel for r in rows), ZERO)),
                   "reception": str(sum((r.reception for r in rows), ZERO)),
                   "vehicle": str(sum((r.vehicle for r in rows), ZERO)),
                   "meeting": str(sum((r.meeting for r in rows), ZERO)),
                   "departments_1": "\n".join(lines[:6]), "departments_2": "\n".join(lines[6:12]) or "—",
                   "months": month_line or "—",
                   "reception_count": f"{len(self.reception_rows(user, year))}批次",
                   "vehicle_count": f"{len(self.vehicle_rows(user, year))}车次"}
        return self._render(user, "spending_report", f"{year}年差旅、接待、用车和会议支出报表", total, payload)

    def _render(self, user: SignedIn, kind: str, title: str, amount: Decimal, payload: dict) -> bytes:
        layout = load_layouts()[kind]
        data = SheetData(bureau_name=self._bureau(user), kind=kind, kind_title=layout.title, serial="",
                         title=title, purpose="", amount=amount, days=0, category="", department="",
                         submitter=user.name, submitted_on=date.today(), steps=(), payload=payload)
        return render_sheet(layout, data).pdf

    # Meetings: plan and annual report ---------------------------------------------------------------
    def meeting_plan_xlsx(self, user: SignedIn, meetings: MeetingService, year: int) -> bytes:
        self._allowed(user)
        plan = meetings.plan_for(user, year)
        if plan is None:
            raise refuse("MEET-02", "meeting_plan.missing", f"没有{year}年度会议计划")
        from desktop.domain.meetings.standards import CATEGORY_LABELS

        rows = [(m["name"], CATEGORY_LABELS.get(m["category"], ""), m.get("reason", ""), m.get("content", ""),
                 m.get("when", ""), m.get("place", ""), m.get("leaders", ""), m.get("delegates", 0), m.get("staff", 0),
                 Decimal(m.get("budget", "0")), m.get("funding", "")) for m in plan.payload.get("meetings", [])]
        return write_meeting_xlsx(f"{year}年度会议计划", self._bureau(user), PLAN_HEADERS, rows,
                                  f"{plan.serial or '草稿'} {plan.state_label}；报送期限 {year - 1}-10-31（MEET-02）")

    def meeting_report_xlsx(self, user: SignedIn, meetings: MeetingService, year: int) -> bytes:
        self._allowed(user)
        rows, _problems, deadline = meetings.annual_report(user, year)
        return write_meeting_xlsx(f"{year}年度会议计划和执行情况报告", self._bureau(user), REPORT_HEADERS,
                                  [tuple(r[:10]) for r in rows],
                                  f"报县财政局，期限 {deadline.isoformat()}（MEET-15）")

    def meeting_report_pdf(self, user: SignedIn, meetings: MeetingService, year: int) -> bytes:
        self._allowed(user)
        rows, _problems, deadline = meetings.annual_report(user, year)
        lines = [f"{i}. {r[0]}（{r[1]}）{r[3]} {r[4]} 代表{r[5]}人 工作人员{r[6]}人 {r[7]}元 {r[8]}"
                 + ("" if r[9] == "是" else " 【未列入计划】") for i, r in enumerate(rows, start=1)]
        plan = meetings.plan_for(user, year)
        total = sum((r[7] for r in rows), ZERO)
        payload = {"year": f"{year}年", "count": f"{len(rows)}个",
                   "planned": f"{len(plan.payload.get('meetings', []))}个（{plan.serial or ''}）" if plan else "无年度计划",
                   "lines_1": "\n".join(lines[:7]) or "本年度未召开会议", "lines_2": "\n".join(lines[7:14]) or "—",
                   "deadline": f"{deadline.isoformat()}前报县财政局（MEET-15）"}
        return self._render(user, "meeting_report", f"{year}年度会议计划和执行情况报告", total, payload)
