"""Gapless, never-repeated serial numbers per kind and period (IC-15), also with two PCs at once."""

import threading
from datetime import date

import pytest

from desktop.domain.numbering import format_serial, period_key
from desktop.persistence.numbering import next_value
from desktop.services.desk import Desk


def test_format_ic15():
    assert format_serial("记", "month", date(2026, 11, 3), 1) == "记-2026-11-0001"
    assert format_serial("差", "year", date(2026, 3, 1), 27) == "差-2026-0027"
    assert period_key("month", date(2027, 1, 1)) == "2027-01"


def demo_vouchers_this_month(desk: Desk) -> int:
    """How many 购 numbers (office-supply purchases, numbered per month) the demo used this month."""
    month = f"{date.today():%Y-%m}"
    return sum(1 for d in desk.approvals.documents(desk.act_as("machao"), limit=100_000)
               if d.kind == "supply_purchase" and (d.serial or "").startswith(f"购-{month}-"))


def test_numbers_are_per_kind_and_period(desk, as_user):
    used = demo_vouchers_this_month(desk)
    handler = as_user("huanglei")
    serials = []
    for kind in ("supply_purchase", "supply_purchase", "trip_approval"):
        doc = desk.approvals.create_draft(handler, kind, "t", purpose="p", amount="1", days=1)
        serials.append(desk.approvals.submit(handler, doc))
    month = f"{date.today():%Y-%m}"
    assert serials[:2] == [f"购-{month}-{used + 1:04d}", f"购-{month}-{used + 2:04d}"]
    assert serials[2].startswith(f"差-{date.today():%Y}-") and serials[2].endswith("0007")  # demo used 6 (3 + 3 in demo_travel)


def test_rolled_back_number_is_not_used_up(desk):
    with pytest.raises(RuntimeError):
        with desk.sessions.begin() as session:
            assert next_value(session, 1, "probe", "2026-11") == 1
            raise RuntimeError("the document could not be saved")
    with desk.sessions.begin() as session:
        assert next_value(session, 1, "probe", "2026-11") == 1
        assert next_value(session, 1, "probe", "2026-11") == 2


def test_two_pcs_numbering_at_once(demo_url):
    """Two separate engines (two PCs), each submitting in its own thread: no repeats, no gaps."""
    desks = [Desk.open(demo_url), Desk.open(demo_url)]
    used = demo_vouchers_this_month(desks[0])
    per_pc = 12
    serials: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)
    lock = threading.Lock()

    def work(desk: Desk, who: str) -> None:
        try:
            user = desk.act_as(who)
            drafts = [desk.approvals.create_draft(user, "supply_purchase", f"{who}-{i}", purpose="并发", amount="1")
                      for i in range(per_pc)]
            barrier.wait()
            for doc in drafts:
                serial = desk.approvals.submit(user, doc)
                with lock:
                    serials.append(serial)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d, u)) for d, u in zip(desks, ["huanglei", "gaoyuan"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for d in desks:
        d.close()
    assert not errors, errors
    numbers = sorted(int(s.rsplit("-", 1)[1]) for s in serials)
    assert numbers == list(range(used + 1, used + 2 * per_pc + 1))
    check = Desk.open(demo_url)
    assert check.audit.verify().ok  # the audit chain did not fork either
    check.close()
