"""Issue 8 item 10: a lock held longer than the timeout gives one clear line (no SQL text), on
SQLite and on PostgreSQL; and ``verify --db`` on a database that does not exist does not create it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, text

from desktop.cli import EXIT_REFUSED, main


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_lock_held_too_long_is_one_clear_line(templates, backend, monkeypatch, capsys):
    url = templates.new_url(backend, demo=True)
    monkeypatch.setenv("BUREAU_DESK_LOCK_TIMEOUT", "1")
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Desk#2026")
    holder = create_engine(url)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with holder.connect() as conn:
            if backend == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                conn.exec_driver_sql("UPDATE bureaus SET name = name")
            else:
                trans = conn.begin()
                conn.execute(text("SELECT * FROM audit_head FOR UPDATE"))
                conn.execute(text("LOCK TABLE departments IN ACCESS EXCLUSIVE MODE"))
            held.set()
            release.wait(30)
            conn.rollback() if backend == "sqlite" else trans.rollback()

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert held.wait(10)
        code = main(["org", "add-department", "锁测试科", "--user", "admin", "--db", url])
    finally:
        release.set()
        thread.join()
        holder.dispose()
    err = capsys.readouterr().err
    assert code == EXIT_REFUSED
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "数据库正被其他电脑或程序占用" in err and "try again later" in err
    assert "SELECT" not in err and "UPDATE" not in err and "INSERT" not in err and "[SQL" not in err


def test_verify_never_creates_a_missing_database(tmp_path, capsys):
    missing = tmp_path / "nobody.sqlite3"
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert main(["verify", str(pdf), "--db", f"sqlite:///{missing}"]) == EXIT_REFUSED
    assert main(["audit", "verify", "--db", f"sqlite:///{missing}"]) == EXIT_REFUSED
    assert not missing.exists()
    assert "no database" in capsys.readouterr().err
