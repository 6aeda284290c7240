"""Command line: argument parsing only; each sub-command calls a service.

What it prints is in the one catalogue, ``tracker.domain.messages`` (``cli.*`` and the
``TrackerError`` codes), in the language of ``TRACKER_LANG`` (Arabic by default).

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
from tracker.domain import messages
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


def open_tracker(path: Path, *, write: bool = False):  # type: ignore[no-untyped-def]
    """The file at ``path``, opened through the core.

    Commands that write take the instance lock (refused, ``db_in_use``, while the app or
    another import writes) and run the full check if the last run crashed; commands that
    only read need no lock (SQLite's WAL lets them read while the app writes) and never
    create a missing file.
    """
    from tracker.services.core import Tracker

    t = Tracker.open(path, lock=True) if write else Tracker.open(path, create=False)
    if t.tightened:  # said once: the next open finds the file owner-only
        _notice(TrackerError("db_permissions_tightened", path=path))
    return t


def _notice(note: TrackerError) -> None:
    """A warning on standard error, the command going on (its exit code unchanged)."""
    print(f"tracker: {note.message(config.language())}", file=sys.stderr, flush=True)


def cmd_demo(args: argparse.Namespace) -> int:

    with open_tracker(_db_path(args), write=True) as t:
        result = t.load_demo()
    lang = config.language()
    if result.added:
        _print(messages.text("cli.demo_loaded", lang, n=result.added))
    else:
        _print(messages.text("cli.demo_already_loaded", lang))
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    from tracker.domain.dates import count_days

    today = args.today or date.today()
    with open_tracker(_db_path(args)) as t:
        result = t.items.due(today, args.days)
    lang = config.language()
    for row in result.overdue:
        late = (today - row.due_on).days if row.due_on else 0
        label = messages.text("cli.due_late", lang, days=count_days(late, lang))
        _print(f"{row.due_on.isoformat()}\t{label}\t{row.owner_name}\t{row.title}")
    for row in result.upcoming:
        left = (row.due_on - today).days if row.due_on else 0
        label = (
            messages.text("cli.due_today", lang)
            if left == 0
            else messages.text("cli.due_in", lang, days=count_days(left, lang))
        )
        _print(f"{row.due_on.isoformat()}\t{label}\t{row.owner_name}\t{row.title}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from tracker.services.core import check_file

    path = _db_path(args)
    report = check_file(path)
    lang = config.language()
    if report.ok:
        code = "cli.check_ok_upgrade_pending" if report.upgrade_pending else "cli.check_ok"
        _print(messages.text(code, lang, path=path))
        if report.foreign:  # sound data, with triggers, views or tables the app did not make
            _notice(TrackerError("db_foreign_objects", path=path, names=", ".join(report.foreign)))
        return EXIT_OK
    _print(
        TrackerError("db_damaged", path=path, detail="; ".join(report.problems[:3])).message(lang)
    )
    return EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from tracker.services.core import backup_to, take_backup

    path = _db_path(args)
    # Into the backups folder: verified, then rotated, as the app's automatic backups.
    written = backup_to(path, args.out) if args.out is not None else take_backup(path, "manual")
    _print(messages.text("cli.backup_written", config.language(), path=written))
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
    from tracker.services.core import check_output

    today = args.today or date.today()
    lang = config.language()
    check_output(args.out, protect=_db_path(args))  # refused before anything is opened
    with open_tracker(_db_path(args)) as t:
        if args.owner is not None:
            report = t.reports.owner(today, args.owner, lang)
        elif args.all_owners:
            report = t.reports.all_owners(today, lang)
        elif args.due:
            report = t.reports.due(today, args.days, lang)
        else:
            report = t.reports.meeting(today, args.meeting, lang)
    _headless_if_needed()
    from tracker.ui.printing import render_pdf  # the app's one renderer (Qt loads there)

    pages = render_pdf(report, args.out)
    _print(messages.text("cli.report_written", lang, pages=pages, path=args.out))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from tracker.services.core import check_output

    check_output(args.out, protect=_db_path(args))  # refused before anything is opened
    with open_tracker(_db_path(args)) as t:
        n = t.exchange.export_file(args.out, args.format, today=args.today or date.today())
    _print(messages.text("cli.exported", config.language(), n=n, path=args.out))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tracker.services import core
    from tracker.services.import_results import ImportFailed

    lang = config.language()
    path = _db_path(args)
    core.inspect(path, must_exist=False, empty_ok=False)  # a new file is made, as the app does
    with open_tracker(path, write=True) as t:  # not while the app (or another import) writes
        try:
            result = t.exchange.import_file(
                args.file, create_owners=args.create_owners, today=args.today or date.today()
            )
        except ImportFailed as exc:
            for err in exc.errors:  # every bad cell on stdout, the one-line verdict on stderr
                _print(err.message(lang))
            raise
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
