"""``desktop backup | restore``: one-file backups and their checked restore (SEC-09, SEC-10, ARCH-09).

``desktop backup --due`` is what the Windows Task Scheduler runs: it backs up only when the
bureau's schedule says one is due. ``restore`` exits 1 when a check finds one of our backups
damaged or changed (nothing changed), 2 when it is refused (not a backup file at all, permission,
another database kind, a newer schema, another program still connected).
"""

from __future__ import annotations

import argparse
import time

from desktop.cli.common import count, err, open_desk, out, passphrase, password, sign_in

__all__ = ["register"]


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


def cmd_backup(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    if args.list:
        for run in desk.backups.runs(user, limit=args.limit):
            state = "ok" if run.ok else f"FAILED: {run.error}"
            removed = " (rotated out)" if run.removed_at else ""
            out(f"{run.id:>4} {run.finished_at or run.started_at:%Y-%m-%d %H:%M} {run.kind:<11} {run.made_by} "
                f"{_size(run.size)} {run.path}{removed} {state}")
        return 0
    started = time.perf_counter()
    if args.due:
        run = desk.backups.run_due(user)
        if run is None:
            status = desk.backups.status(user)
            out(f"no backup due (last: {status.last_ok_at:%Y-%m-%d %H:%M} UTC)" if status.last_ok_at
                else "no backup due (the schedule is off)")
            return 0
    else:
        run = desk.backups.backup(user, to=args.to, kind=args.kind, passphrase=passphrase(args))
    out(f"backup written: {run.path} ({_size(run.size)}, sha256 {run.sha256}) in {time.perf_counter() - started:.1f} s")
    if run.copy_path:
        out(f"second copy: {run.copy_path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services.backup_restore import BackupBroken

    # A new PC: restoring into a new, empty data folder is the point (but a check creates nothing).
    desk = open_desk(args, create=not args.check)
    try:
        if args.check:
            report = desk.backups.inspect_file(None, args.file)
            label = report.label
            out(f"backup of {(report.bureau or {}).get('name', '?')}: {label.get('content')}")
            out(f"made {label.get('created_at')} by {label.get('made_by')}; {report.documents} documents, "
                f"{report.pdfs} PDFs, {report.key_containers} key containers, {report.audit_entries} audit entries, "
                f"checkpoint: {'yes' if report.has_checkpoint else 'no'}")
            for problem in report.problems:
                err(f"refused: {problem}")
            return 2 if report.problems else 0
        started = time.perf_counter()
        if desk.has_bureau():
            result = desk.backups.restore(sign_in(desk, args), args.file)
        else:
            result = desk.backups.restore_fresh(args.file, args.user, password(args))
    except BackupBroken as broken:
        for problem in broken.problems:
            err(f"broken: {problem.text}")
        return 1
    out(f"restored {args.file} (made {result.label.get('created_at')} by {result.label.get('made_by')}) "
        f"in {time.perf_counter() - started:.1f} s")
    out(f"checked after the switch: {result.audit_entries} audit entries, {result.pdfs_checked} stored PDFs")
    if result.safety_backup:
        out(f"the previous state was backed up first: {result.safety_backup}")
    if result.previous_database:
        out(f"the previous PostgreSQL database is kept as {result.previous_database}")
    if result.migrated_from:
        out(f"migrated from schema {result.migrated_from}")
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    p = sub.add_parser("backup", parents=[who], help="back up everything into one labelled file (administrator)")
    p.add_argument("--to", metavar="DIR", help="folder for the file (default: the bureau's backup folder)")
    p.add_argument("--kind", choices=["manual", "daily", "weekly"], default="manual")
    p.add_argument("--due", action="store_true", help="only if the schedule says one is due (for the Task Scheduler)")
    p.add_argument("--list", action="store_true", help="list the backups made")
    p.add_argument("--limit", type=count, default=50)
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[who],
                       help="check a backup file, back up the current state, then restore (administrator)")
    p.add_argument("file", help="the .bdbak file")
    p.add_argument("--check", action="store_true", help="only check the file and show its label")
    p.set_defaults(func=cmd_restore)
