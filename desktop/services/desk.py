"""The façade the GUI and the command line use: one object per open database.

``Desk.open(url)`` resolves the URL, migrates the schema and exposes the services. Nothing
here imports Qt, reportlab or openpyxl.
"""

from __future__ import annotations

from functools import cached_property

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from desktop.domain.audit_chain import GENESIS
from desktop.persistence import record_state
from desktop.persistence.audit_anchor import anchor_for
from desktop.persistence.database import HEAD_REVISION, DatabaseError, check_known_revision, current_revision, \
    make_engine, migrate, resolve_url
from desktop.persistence.schema import Bureau, UserAccount
from desktop.services.accounts import AccountService
from desktop.services.approvals import ApprovalService
from desktop.services.asset_moves import AssetMoveService
from desktop.services.audit_trail import AuditService
from desktop.services.books import BooksService
from desktop.services.claims import ClaimService
from desktop.services.backups import BackupService, UpgradeNote, backup_before_upgrade
from desktop.services.base import SignedIn, refuse, signed_in
from desktop.services.my_work import MyWorkService
from desktop.services.organisation import OrganisationService
from desktop.services.rule_presets import PresetService
from desktop.services.sheets import SheetService
from desktop.services.meetings import MeetingService
from desktop.services.reception import ReceptionService
from desktop.services.travel import TravelService
from desktop.services.vehicles import VehicleService

# DatabaseError: for the GUI, which does not import the persistence layer.
__all__ = ["Desk", "DatabaseError"]


class Desk:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        sessions = sessionmaker(engine, expire_on_commit=False)
        self.sessions = sessions
        self.accounts = AccountService(sessions)
        self.org = OrganisationService(sessions)
        self.approvals = ApprovalService(sessions)
        self.presets = PresetService(sessions)
        self.audit = AuditService(sessions)
        self.sheets = SheetService(sessions)
        self.approvals.step_signer = self.sheets
        self.travel = TravelService(sessions, self.approvals)
        self.reception = ReceptionService(sessions, self.approvals)
        self.vehicles = VehicleService(sessions, self.approvals)
        self.meetings = MeetingService(sessions, self.approvals)
        self.books = BooksService(sessions, self.approvals)
        # Registers the transfer, repair and disposal checks with the approval engine (issue 13).
        self.asset_moves = AssetMoveService(sessions, self.approvals, self.books)
        self.claims = ClaimService(sessions, self.approvals, self.books)
        self.my_work = MyWorkService(sessions, self.approvals)  # home page, details pane, signed PDFs
        # The audit trail's anchor on this PC and the record-state hook on every write (SEC-01, SEC-18).
        self.anchor = anchor_for(engine.url.render_as_string(hide_password=False))
        self.audit.anchor = self.anchor
        record_state.install(sessions, self.anchor)
        self.backups = BackupService(sessions, engine, self.audit)
        # Set by ``open`` when it upgraded the schema: the CLI prints its line, the GUI shows it once.
        self.upgrade: UpgradeNote | None = None

    # Services that register no rule with the approval engine are made on first use: a scripted
    # command (``desktop books trial-balance``) does not pay for importing them (issue 11: ≤ 1 s).
    @cached_property
    def calendar(self):  # noqa: ANN201
        """The holiday calendar (VEH-07): shipped years and the bureau's corrections."""
        from desktop.services.calendar import CalendarService

        return CalendarService(self.sessions)

    @cached_property
    def seals(self):  # noqa: ANN201
        from desktop.services.seals import SealService

        return SealService(self.sessions)

    @cached_property
    def spending(self):  # noqa: ANN201
        from desktop.services.spending import SpendingService

        return SpendingService(self.sessions, self.approvals)

    @cached_property
    def bank(self):  # noqa: ANN201
        from desktop.services.bank import BankService

        return BankService(self.sessions, self.books)

    @cached_property
    def book_imports(self):  # noqa: ANN201
        from desktop.services.book_imports import BookImports

        return BookImports(self.books)

    @cached_property
    def assets(self):  # noqa: ANN201
        """Fixed-asset cards, categories, acceptance and custody (issue 13)."""
        from desktop.services.assets import AssetService

        return AssetService(self.sessions)

    @cached_property
    def depreciation(self):  # noqa: ANN201
        """Monthly depreciation, acquisition vouchers, cards against the ledger (issue 13)."""
        from desktop.services.asset_depreciation import DepreciationService

        return DepreciationService(self.sessions, self.books)

    @cached_property
    def asset_reports(self):  # noqa: ANN201
        """资产台账, 资产增减变动表, 折旧明细表, counts — on screen, in Excel, printable (issue 13)."""
        from desktop.services.asset_reports import AssetReportService

        return AssetReportService(self.sessions)

    @cached_property
    def stocktakes(self):  # noqa: ANN201
        """Counts (清查盘点), scans, the surplus/shortage report, QR labels (issue 13)."""
        from desktop.services.asset_stocktakes import StocktakeService

        return StocktakeService(self.sessions, self.approvals)

    # Office-supply stock (issue 14) ---------------------------------------------------------------
    @cached_property
    def supplies(self):  # noqa: ANN201
        """The catalogue, stores, stock on hand and the stock card (issue 14)."""
        from desktop.services.supplies import SupplyService

        return SupplyService(self.sessions)

    @cached_property
    def supply_purchases(self):  # noqa: ANN201
        """Half-year plans, the office's consolidated plan, ad-hoc purchases, quotes, orders (issue 14)."""
        from desktop.services.supply_purchases import SupplyPurchaseService

        return SupplyPurchaseService(self.sessions, self.approvals)

    @cached_property
    def supply_receipts(self):  # noqa: ANN201
        """入库单 checked against the order; fixed-asset units to cards; claim and voucher links (issue 14)."""
        from desktop.services.supply_receipts import SupplyReceiptService

        return SupplyReceiptService(self.sessions, self.books)

    @cached_property
    def supply_issues(self):  # noqa: ANN201
        """Collectors, issues signed for, 交旧领新, what people hold (issue 14)."""
        from desktop.services.supply_issues import SupplyIssueService

        return SupplyIssueService(self.sessions)

    @cached_property
    def supply_loans(self):  # noqa: ANN201
        """借用/归还 with the office head's consent and both signatures, overdue loans (issue 14)."""
        from desktop.services.supply_loans import SupplyLoanService

        return SupplyLoanService(self.sessions)

    @cached_property
    def supply_counts(self):  # noqa: ANN201
        """Half-yearly counts, the difference report for approval, the adjustment (issue 14)."""
        from desktop.services.supply_counts import SupplyCountService

        return SupplyCountService(self.sessions, self.approvals)

    @cached_property
    def supply_reports(self):  # noqa: ANN201
        """收发存 by month and half-year; the printed sheets (issue 14)."""
        from desktop.services.supply_reports import SupplyReportService

        return SupplyReportService(self.sessions)

    @classmethod
    def open(cls, url: str | None = None, *, run_migrations: bool = True) -> Desk:
        engine = make_engine(resolve_url(url))
        try:
            before = current_revision(engine) if run_migrations else ""
        except Exception:  # noqa: BLE001 - migrate() below reports a database that cannot be opened
            before = ""
        made = None
        if run_migrations and before:
            try:  # a newer schema is refused untouched; an older one with a bureau is backed up first
                check_known_revision(engine, before)
                if before != HEAD_REVISION:
                    made = backup_before_upgrade(engine, before)
            except BaseException:
                engine.dispose()
                raise
        if run_migrations:
            migrate(engine)
        desk = cls(engine)
        if made is not None:
            desk.upgrade = desk.backups.record_upgrade(made, before, HEAD_REVISION)
        elif run_migrations and before and before != HEAD_REVISION:
            desk.upgrade = UpgradeNote(before, HEAD_REVISION, None)
        if before is None:  # a new database: whatever this PC recorded at this place before is void
            desk.anchor.reset(root_fingerprint="", head=(0, GENESIS), checkpoint=None)
        elif before in record_state.BASELINE_BEFORE:
            desk.audit.record_baseline()
        if run_migrations and desk.anchor.from_seq is None:  # this PC's first look at the database
            desk.audit.start_anchor()
        return desk

    def close(self) -> None:
        self.engine.dispose()

    def has_bureau(self) -> bool:
        with self.sessions() as session:
            return bool(session.execute(select(func.count()).select_from(Bureau)).scalar())

    def bureau_name(self) -> str | None:
        """The bureau's name for the sign-in screen (no sign-in needed; None before ``init``)."""
        with self.sessions() as session:
            return session.execute(select(Bureau.name).order_by(Bureau.id).limit(1)).scalar()

    def act_as(self, username: str) -> SignedIn:
        """The signed-in view of an account without its password: for tests, the demo loader
        and trusted scripts that already authenticated by other means. Never used by the GUI."""
        with self.sessions() as session:
            account = session.execute(select(UserAccount).where(UserAccount.username == username)).scalar_one_or_none()
            if account is None:
                raise refuse("SEC-01", "account.missing", f"没有账户 {username}")
            return signed_in(session, account)
