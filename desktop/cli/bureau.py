"""``desktop start | init | demo | selftest``: opening the app and setting a bureau up."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, open_desk, out, secret

__all__ = ["register"]

ADMIN_PASSWORD_ENV = "BUREAU_DESK_ADMIN_PASSWORD"
CA_PASSPHRASE_ENV = "BUREAU_DESK_CA_PASSPHRASE"


def cmd_start(args: argparse.Namespace) -> int:
    from desktop.ui.main import run_gui

    return run_gui(db_url=args.db, demo_if_empty=args.demo_if_empty)


def cmd_init(args: argparse.Namespace) -> int:
    """Secrets only from the environment or a prompt: a command line is visible to every user of the PC."""
    from desktop.services.setup import initialise

    password = secret(args.password_env, "管理员密码 administrator password", default_env=ADMIN_PASSWORD_ENV)
    if args.ca_passphrase_env or CA_PASSPHRASE_ENV in __import__("os").environ:
        ca = secret(args.ca_passphrase_env, "根证书口令 root CA passphrase", default_env=CA_PASSPHRASE_ENV)
    else:
        ca = None
    desk = open_desk(args, create=True)
    try:
        bureau_id = initialise(desk, bureau_name=args.bureau_name, bureau_code=args.bureau_code,
                               admin_username=args.admin_user, admin_password=password, admin_name=args.admin_name,
                               preset_code=args.preset, ca_passphrase=ca)
    finally:
        desk.close()
    out(f"initialised bureau {args.bureau_name} (id {bureau_id}, preset {args.preset}) in {desk.url}")
    out(f"administrator: {args.admin_user}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import load_demo

    desk = open_desk(args, create=True)
    try:
        summary = load_demo(desk)
    finally:
        desk.close()
    out(f"demonstration bureau loaded into {desk.url}")
    for line in summary:
        out(f"  {line}")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from desktop.services.selftest import run_selftest

    failed = 0
    for check in run_selftest(args.db):
        out(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
        failed += not check.ok
    return 1 if failed else 0


def _refuse_secret_argument(name: str, env: str):  # noqa: ANN202
    class Refuse(argparse.Action):
        def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001
            raise CliError(f"{option_string} is not accepted: a password on the command line can be read by other "
                           f"users of this PC; give it in ${env} (or {name}) or type it at the prompt")
    return Refuse


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    p = sub.add_parser("start", parents=[db], help="open the application (the default)")
    p.add_argument("--demo-if-empty", action="store_true", help="load the demonstration bureau into an empty database")
    p.set_defaults(func=cmd_start)

    p = sub.add_parser("init", parents=[db], help="migrate, create the bureau and its first administrator")
    p.add_argument("--bureau-name", required=True)
    p.add_argument("--bureau-code", required=True)
    p.add_argument("--preset", default="P-000", help="rule preset: P-000 (Jinchuan, default) or P-001 (Tongyu)")
    p.add_argument("--admin-user", default="admin")
    p.add_argument("--admin-name", default="系统管理员")
    p.add_argument("--password-env", metavar="NAME",
                   help=f"read the administrator password from this variable (default ${ADMIN_PASSWORD_ENV}, else asked)")
    p.add_argument("--ca-passphrase-env", metavar="NAME",
                   help=f"passphrase of the bureau's signing root CA from this variable (default ${CA_PASSPHRASE_ENV}; "
                        "without either: the administrator password)")
    p.add_argument("--admin-password", nargs="?", action=_refuse_secret_argument("--password-env", ADMIN_PASSWORD_ENV),
                   help=argparse.SUPPRESS)
    p.add_argument("--ca-passphrase", nargs="?", action=_refuse_secret_argument("--ca-passphrase-env", CA_PASSPHRASE_ENV),
                   help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[db], help="load a realistic demonstration bureau into an empty database")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("selftest", parents=[db],
                       help="check what this PC or a frozen bundle needs, one line each: database, migrations, "
                            "audit trail, fonts, PDF, Excel, sheet layouts, a sheet signed and verified, QR code, "
                            "password hashing, Qt, translations, QtPdf (never creates the database: without one, "
                            "a temporary database is used)")
    p.set_defaults(func=cmd_selftest)
