"""A bureau of its own for the books tests: the demo's books grow with the demo (a year of vouchers,
sub-accounts, closed months), so tests that assert exact figures start from a bureau whose books
hold only what the test puts there. Same people and usernames as the demo's finance staff,
P-000 (voucher chain: finance head → director); books started 2026-01 with balanced openings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.domain.finance.vouchers import LineInput

PASSWORD = "Books#2026desk"
PEOPLE = (("zhenglj", "郑丽娟", "accountant"), ("wufang", "吴芳", "finance_head"),
          ("wangjianguo", "王建国", "director"), ("chenjing", "陈静", "cashier"))
OPENINGS = (("1011", Decimal("86000.00"), Decimal("0")), ("3001", Decimal("0"), Decimal("86000.00")),
            ("8001", Decimal("86000.00"), Decimal("0")), ("8101", Decimal("0"), Decimal("86000.00")))


def make_bureau(desk, *, start: bool = True, first_voucher: bool = False) -> None:  # noqa: ANN001
    from desktop.services.setup import initialise

    initialise(desk, bureau_name="示范县医疗保障局", bureau_code="SFBK", admin_username="admin",
               admin_password=PASSWORD, preset_code="P-000",
               departments=[("办公室", "bureau"), ("规划财务股", "bureau")])
    admin = desk.act_as("admin")
    finance = {d.name: d.id for d in desk.org.departments(admin)}["规划财务股"]
    for username, name, position in PEOPLE:
        staff_id = desk.org.add_staff(admin, name, finance, "")
        desk.org.assign_position(admin, staff_id, position)
        desk.accounts.create_account(admin, staff_id, username, PASSWORD, must_change=False)
    if start:
        desk.books.start_books(desk.act_as("zhenglj"), "2026-01", list(OPENINGS))
    if first_voucher:  # as the demo's: 记-2026-11-0001, posted
        summary = "支付基金监管宣传材料印刷费"
        m = Decimal("860.00")
        maker = desk.act_as("zhenglj")
        vid = desk.books.make_voucher(maker, date(2026, 11, 20), [
            LineInput("5001", summary, m, economic_class="30202"), LineInput("1011", summary, credit=m),
            LineInput("7101", summary, m, economic_class="30202", functional_class="2101506"),
            LineInput("8001", summary, credit=m)], summary=summary, attachments=3, submit=True)
        doc = desk.books.voucher(maker, vid).document_id
        desk.approvals.approve(desk.act_as("wufang"), doc, "复核无误")
        desk.approvals.approve(desk.act_as("wangjianguo"), doc, "同意")
        desk.books.post(maker, [vid])
