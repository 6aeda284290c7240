"""Command line: argument parsing only; each sub-command calls a service.

What it prints is in the one catalogue, ``tracker.domain.messages`` (``cli.*`` and the
``TrackerError`` codes), in the language of ``TRACKER_LANG`` (Arabic by default).

Every command exits non-zero with one line (no traceback) on bad input, a missing or
damaged file, or a database in use.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from tracker import __version__, cli_parser, config
from tracker.cli_parser import Parser, one_line, translate
from tracker.domain import messages
from tracker.domain.errors import TrackerError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = cli_parser.EXIT_USAGE


def _h(code: str, **params: object) -> str:
    """A help text of the catalogue (``cli.help_<code>``) in the user's language."""
    return messages.text(f"cli.help_{code}", config.language(), **params)


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


def _record_id(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 < n < 2**63:
        raise argparse.ArgumentTypeError(messages.text("cli.bad_id", config.language(), value=text))
    return n


def _epilog() -> str:
    """The help's closing text: what ``tracker`` alone does, the default file on this
    machine, the environment variables and the log (made when the help is shown)."""
    from tracker import logs

    try:
        db, log = str(config.default_db_path()), str(logs.log_file())
    except OSError as exc:  # the data folder cannot be made: say so rather than fail
        db = log = one_line(exc)
    return _h("epilog", db=db, log=log)


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="FILE", help=_h("db"))

    parser = Parser(
        prog="tracker",
        description=_h("description"),
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog_factory=_epilog,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"tracker {__version__}",
        help=translate("show program's version number and exit"),
    )
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help=_h("screenshot"))
    sub = parser.add_subparsers(
        dest="command",
        parser_class=Parser,
        title=_h("commands"),
        metavar=_h("command_metavar"),
    )

    p = sub.add_parser("demo", parents=[common], help=_h("demo"), description=_h("demo"))
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("due", parents=[common], help=_h("due"), description=_h("due"))
    p.add_argument("--days", type=_days, default=7, metavar="N", help=_h("days", n=7))
    p.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help=_h("today"))
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("check", parents=[common], help=_h("check"), description=_h("check"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help=_h("backup"), description=_h("backup"))
    p.add_argument("--out", type=Path, default=None, metavar="FILE", help=_h("backup_out"))
    p.set_defaults(func=cmd_backup)
    _add_exchange_commands(sub, common)
    from tracker import cli_draft  # `draft` (issue 14)

    cli_draft.add_command(sub, common)
    from tracker import cli_territories

    cli_territories.add_commands(sub, common)
    from tracker import cli_meeting

    cli_meeting.add_commands(sub, common)  # agenda, changes, minutes (issue 16)
    return parser


def _add_exchange_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """`report`, `export` and `import` (issue 5)."""
    p = sub.add_parser("report", parents=[common], help=_h("report"), description=_h("report"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--meeting", type=_record_id, metavar="ID", help=_h("report_meeting"))
    which.add_argument("--owner", type=_record_id, metavar="ID", help=_h("report_owner"))
    which.add_argument("--all-owners", action="store_true", help=_h("report_all_owners"))
    which.add_argument("--due", action="store_true", help=_h("report_due"))
    p.add_argument("--days", type=_days, default=30, metavar="N", help=_h("days", n=30))
    p.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help=_h("today"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=_h("report_out"))
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", parents=[common], help=_h("export"), description=_h("export"))
    p.add_argument("--format", choices=("csv", "xlsx", "ics"), required=True, help=_h("format"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help=_h("export_out"))
    p.add_argument("--today", type=_iso_date, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help=_h("import"), description=_h("import"))
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx", help=_h("import_file"))
    p.add_argument("--create-owners", action="store_true", help=_h("create_owners"))
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


_NOTICES: list[str] = []  # said at the end: alone on success, inside the one line on failure


def _notice(note: TrackerError) -> None:
    """A warning for standard error, the command going on (its exit code unchanged).

    Kept until the command ends: a command that succeeds prints it on its own line; one
    that fails says it within its one line, after the failure."""
    _NOTICES.append(note.message(config.language()))


def _say_notices() -> None:
    while _NOTICES:
        with contextlib.suppress(OSError, ValueError):
            print(f"tracker: {one_line(_NOTICES.pop(0))}", file=sys.stderr, flush=True)


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
    from tracker.domain.text import clean_line as one_line  # one item a line, no control chars

    today = args.today or date.today()
    with open_tracker(_db_path(args)) as t:
        result = t.items.due(today, args.days)
    lang = config.language()
    for row in result.overdue:
        late = (today - row.due_on).days if row.due_on else 0
        label = messages.text("cli.due_late", lang, days=count_days(late, lang))
        _print(
            f"{row.due_on.isoformat()}\t{label}\t{one_line(row.owner_name)}\t{one_line(row.title)}"
        )
    for row in result.upcoming:
        left = (row.due_on - today).days if row.due_on else 0
        label = (
            messages.text("cli.due_today", lang)
            if left == 0
            else messages.text("cli.due_in", lang, days=count_days(left, lang))
        )
        _print(
            f"{row.due_on.isoformat()}\t{label}\t{one_line(row.owner_name)}\t{one_line(row.title)}"
        )
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
    """Qt's offscreen platform where there is no display (a server, a CI machine)."""
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
        or sys.platform in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _existing_folder(out: Path) -> None:
    """The folder ``out`` is written into exists: a missing one is refused (not created),
    like any place that cannot be written, before any work is done."""
    folder = out.expanduser().parent
    if not folder.is_dir():
        code = "cli.out_not_a_folder" if folder.exists() else "cli.out_folder_missing"
        raise TrackerError(code, path=folder)


def cmd_report(args: argparse.Namespace) -> int:
    _existing_folder(args.out)
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
    from tracker.ui.process import qt_messages_logged

    with qt_messages_logged():  # "QPainter::begin(): Returned false" is for the log
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
    if args.screenshot is not None:  # a picture nobody watches needs no screen
        _existing_folder(args.screenshot)
        _headless_if_needed()
    from tracker.app import run

    return run(_db_path(args), screenshot=args.screenshot)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; what it returns is the exit code.

    Every failure ends with exactly one line on standard error, in the user's language, and
    a non-zero exit: a ``TrackerError`` says what to do; Ctrl+C (and SIGTERM) says that
    nothing half-done was kept (130, 143); anything unexpected says so and where the
    details went. Tracebacks, Python's warnings (openpyxl's…), exceptions Python could not
    raise (a ``ZipFile.__del__`` on a full disk) and Qt's messages go to the log file
    (``tracker.logs``), never to the terminal. A reader that closed the output early
    (``tracker due | head -1``) ends the command quietly (141, as SIGPIPE would).
    """
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    from tracker import logs

    undo_logs = logs.install()
    try:
        return _main(argv)
    finally:
        gc.collect()  # what a failure left half-done (a zip file) is finalised here, logged
        undo_logs()


class _Terminated(KeyboardInterrupt):
    """SIGTERM during a command: stopped like Ctrl+C (the unit of work rolls back)."""


def _stop(signum: int, frame: object) -> None:
    raise _Terminated


def _main(argv: Sequence[str] | None) -> int:
    from tracker import logs

    lang = config.language()
    previous: list[object] = []  # the SIGTERM handler to put back, once ours is in place
    try:
        listed = sys.argv[1:] if argv is None else list(argv)
        args = cli_parser.gui_namespace(listed) or build_parser().parse_args(listed)
        func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
        if func is not cmd_gui and hasattr(signal, "SIGTERM"):  # the app has its own
            with contextlib.suppress(ValueError):  # not the main thread: leave it
                previous.append(signal.signal(signal.SIGTERM, _stop))
        code = func(args)
        _say_notices()
        return code
    except TrackerError as exc:
        return _fail(exc.message(lang))
    except KeyboardInterrupt as exc:
        _fail(messages.text("cli.interrupted", lang))
        return 143 if isinstance(exc, _Terminated) else 130
    except BrokenPipeError:  # the reader has gone: nothing more to say, to anyone
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as exc:
        logs.get("cli").warning("system error", exc_info=True)
        detail, path = exc.strerror or exc, exc.filename
        if path is None:
            return _fail(messages.text("cli.system_error_plain", lang, detail=detail))
        return _fail(messages.text("cli.system_error", lang, detail=detail, path=path))
    except Exception as exc:
        logs.get("cli").error("unexpected error", exc_info=True)
        try:
            log = str(logs.log_file())
        except OSError:
            log = "-"
        detail = f"{type(exc).__name__}: {exc}"
        return _fail(messages.text("cli.unexpected_error", lang, detail=detail, log=log))
    finally:
        if previous:
            before = previous[0]
            signal.signal(signal.SIGTERM, before if before is not None else signal.SIG_DFL)  # type: ignore[arg-type]


def _fail(message: str) -> int:
    """``message`` as the one line on standard error (with any notice the command had for
    the user, after it); the exit code of a failure."""
    notices, _NOTICES[:] = list(_NOTICES), []
    line = " — ".join([message, *notices])
    with contextlib.suppress(OSError, ValueError):
        print(f"tracker: {one_line(line)}", file=sys.stderr, flush=True)
    return EXIT_ERROR
