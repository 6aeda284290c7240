"""Command line: argument parsing only; each sub-command calls a service.

Every command exits non-zero with one line (no traceback) on bad input, a missing or
damaged file, or a database in use.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from tracker import __version__, config
from tracker.domain.errors import TrackerError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as argparse does, no usage dump
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            TrackerError("bad_date", value=text).message(config.language())
        ) from None


def _days(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= 3650:
        raise argparse.ArgumentTypeError(
            TrackerError("bad_days", value=text).message(config.language())
        )
    return n


def build_parser() -> argparse.ArgumentParser:
    db_help = "database file (default: tracker.sqlite in the user data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)

    parser = _Parser(
        prog="tracker", description="متابعة المقررات — Resolution Tracker", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="open, load, save a picture of the main window, exit",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("demo", parents=[common], help="load the seed meeting (idempotent)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("due", parents=[common], help="list overdue and soon-due items")
    p.add_argument("--days", type=_days, default=7, help="horizon in days (default 7)")
    p.add_argument("--today", type=_iso_date, default=None, help="YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("check", parents=[common], help="integrity and schema check")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="consistent copy of the database")
    p.add_argument("--out", type=Path, default=None, help="backup file (default: backups folder)")
    p.set_defaults(func=cmd_backup)
    _add_exchange_commands(sub, common)
    return parser


def _add_exchange_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """`report`, `export` and `import` (issue 5)."""
    p = sub.add_parser("report", parents=[common], help="write a progress report as PDF")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--meeting", type=int, metavar="ID", help="meeting (default: the latest)")
    which.add_argument("--owner", type=int, metavar="ID", help="everything one owner owes")
    which.add_argument("--all-owners", action="store_true", help="one page set per owner")
    which.add_argument("--due", action="store_true", help="overdue and upcoming items")
    p.add_argument("--days", type=_days, default=30, help="horizon of --due (default 30)")
    p.add_argument("--today", type=_iso_date, default=None, help="YYYY-MM-DD (default: today)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", parents=[common], help="export items to csv, xlsx or ics")
    p.add_argument("--format", choices=("csv", "xlsx", "ics"), required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--today", type=_iso_date, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="import items from csv or xlsx")
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--create-owners", action="store_true", help="create owners not yet known")
    p.add_argument("--today", type=_iso_date, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_import)


def _db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or config.default_db_path()).expanduser()


def _print(line: str) -> None:
    print(line, flush=True)


def writer_lock(path: Path):  # type: ignore[no-untyped-def]
    """The instance lock for commands that write: refuses (db_in_use) while the GUI runs.

    Read-only commands (due, check, backup, report, export) need no lock: SQLite's WAL lets
    them read while the app writes.
    """
    from tracker.store.lock import InstanceLock

    return InstanceLock(path)


def open_for_writing(lock, path: Path):  # type: ignore[no-untyped-def]
    """Open ``path`` under ``lock`` (held): with the full check if the last run crashed."""
    from tracker.store.db import Database

    return Database.open(path, full_check=lock.unclean_exit)


def cmd_demo(args: argparse.Namespace) -> int:
    from tracker.services.demo import load_demo

    path = _db_path(args)
    with writer_lock(path) as lock:
        db = open_for_writing(lock, path)
        try:
            result = load_demo(db)
        finally:
            db.close()
    lang = config.language()
    if result.added:
        msg = {
            "ar": f"تم تحميل الاجتماع التجريبي ({result.added} سجلاً)",
            "fr": f"Réunion de démonstration chargée ({result.added} lignes)",
            "en": f"demo meeting loaded ({result.added} rows)",
        }
    else:
        msg = {
            "ar": "الاجتماع التجريبي محمّل من قبل؛ لم يُضف شيء",
            "fr": "La réunion de démonstration est déjà chargée",
            "en": "demo meeting already loaded; nothing added",
        }
    _print(msg[lang])
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    from tracker.domain.dates import count_days
    from tracker.domain.enums import OVERDUE_LABEL
    from tracker.services.due import due_list
    from tracker.store.db import Database

    today = args.today or date.today()
    db = Database.open(_db_path(args), create=False)
    try:
        result = due_list(db, today, args.days)
    finally:
        db.close()
    lang = config.language()
    for row in result.overdue:
        late = (today - row.due_on).days if row.due_on else 0
        label = {
            "ar": f"{OVERDUE_LABEL['ar']} {count_days(late)}",
            "fr": f"en retard de {count_days(late, 'fr')}",
            "en": f"{count_days(late, 'en')} late",
        }[lang]
        _print(f"{row.due_on.isoformat()}\t{label}\t{row.owner_name}\t{row.title}")
    for row in result.upcoming:
        left = (row.due_on - today).days if row.due_on else 0
        label = {
            "ar": "اليوم" if left == 0 else f"بعد {count_days(left)}",
            "fr": "aujourd'hui" if left == 0 else f"dans {count_days(left, 'fr')}",
            "en": "today" if left == 0 else f"in {count_days(left, 'en')}",
        }[lang]
        _print(f"{row.due_on.isoformat()}\t{label}\t{row.owner_name}\t{row.title}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from tracker.services.maintenance import check

    path = _db_path(args)
    report = check(path)
    lang = config.language()
    if report.ok:
        extra = ""
        if report.upgrade_pending:
            extra = {
                "ar": " (ستُحدَّث البنية عند الفتح)",
                "fr": " (mise à niveau à l'ouverture)",
                "en": " (schema will be upgraded when opened)",
            }[lang]
        _print(
            {
                "ar": "قاعدة البيانات سليمة",
                "fr": "Base de données intègre",
                "en": "database is sound",
            }[lang]
            + f": {path}{extra}"
        )
        return EXIT_OK
    _print(
        TrackerError("db_damaged", path=path, detail="; ".join(report.problems[:3])).message(lang)
    )
    return EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from tracker.services.backups import take_backup
    from tracker.services.maintenance import backup_to

    path = _db_path(args)
    # Into the backups folder: verified, then rotated, as the app's automatic backups.
    written = backup_to(path, args.out) if args.out is not None else take_backup(path, "manual")
    _print(
        {"ar": "نسخة احتياطية", "fr": "Sauvegarde", "en": "backup written"}[config.language()]
        + f": {written}"
    )
    return EXIT_OK


def _headless_if_needed() -> None:
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
        or sys.platform in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def cmd_report(args: argparse.Namespace) -> int:
    from tracker.services import reports
    from tracker.store.db import Database

    today = args.today or date.today()
    lang = config.language()
    db = Database.open(_db_path(args), create=False)
    try:
        if args.owner is not None:
            report = reports.owner_report(db, today, args.owner, lang)
        elif args.all_owners:
            report = reports.all_owners_report(db, today, lang)
        elif args.due:
            report = reports.due_report(db, today, args.days, lang)
        else:
            report = reports.meeting_report(db, today, args.meeting, lang)
    finally:
        db.close()
    _headless_if_needed()
    from PySide6.QtGui import QGuiApplication

    from tracker.ui import i18n
    from tracker.ui.printing import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    i18n.load_fonts()
    pages = write_pdf(report, args.out)
    _print(
        {
            "ar": f"كُتب التقرير (عدد الصفحات: {pages}): {args.out}",
            "fr": f"Rapport écrit ({pages} pages) : {args.out}",
            "en": f"report written ({pages} pages): {args.out}",
        }[lang]
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from tracker.services.exchange import export_file
    from tracker.store.db import Database

    db = Database.open(_db_path(args), create=False)
    try:
        n = export_file(db, args.out, args.format, today=args.today or date.today())
    finally:
        db.close()
    _print(
        {
            "ar": f"صُدّرت {n} مهمة إلى {args.out}",
            "fr": f"{n} actions exportées vers {args.out}",
            "en": f"{n} items exported to {args.out}",
        }[config.language()]
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tracker.services.exchange import ImportFailed, import_file
    from tracker.store.db import inspect_file

    lang = config.language()
    path = _db_path(args)
    inspect_file(path, must_exist=True)  # a missing or foreign file is refused, not created
    with writer_lock(path) as lock:  # not while the app (or another import) writes
        db = open_for_writing(lock, path)
        try:
            result = import_file(
                db, args.file, create_owners=args.create_owners, today=args.today or date.today()
            )
        except ImportFailed as exc:
            for err in exc.errors:  # every bad cell on stdout, the one-line verdict on stderr
                _print(err.message(lang))
            raise
        finally:
            db.close()
    _print(result.message(lang))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    if args.screenshot is not None and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
        or sys.platform in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from tracker.app import run

    return run(_db_path(args), screenshot=args.screenshot)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except TrackerError as exc:
        print(f"tracker: {exc.message(config.language())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"tracker: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_ERROR
