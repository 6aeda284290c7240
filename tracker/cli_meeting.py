"""The meeting cycle's commands (issue 16): ``agenda``, ``changes``, ``minutes``.

Each writes an A4 PDF exactly as ``tracker report`` does: the output path is checked before
the file is opened (an existing folder, never the database or anything of it), the data is
read through the core, then the window's one renderer (``ui.printing.render_pdf``) writes
it through the core's safe-output path. One line on success, one line and a non-zero exit
on bad input.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tracker import config
from tracker.domain import messages


def _h(code: str) -> str:
    return messages.text(f"meeting.help_{code}", config.language())


def add_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    from tracker.cli import _h as cli_h
    from tracker.cli import _iso_date, _record_id

    def out_and_today(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help=cli_h("today")
        )
        p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=_h("out"))

    p = sub.add_parser("agenda", parents=[common], help=_h("agenda"), description=_h("agenda"))
    p.add_argument(
        "--meeting", type=_record_id, default=None, metavar="ID", help=_h("agenda_meeting")
    )
    out_and_today(p)
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("changes", parents=[common], help=_h("changes"), description=_h("changes"))
    p.add_argument(
        "--since-meeting", type=_record_id, required=True, metavar="ID", help=_h("since")
    )
    out_and_today(p)
    p.set_defaults(func=cmd_changes)

    p = sub.add_parser("minutes", parents=[common], help=_h("minutes"), description=_h("minutes"))
    p.add_argument("--meeting", type=_record_id, required=True, metavar="ID", help=_h("since"))
    out_and_today(p)
    p.set_defaults(func=cmd_minutes)


def _write(args: argparse.Namespace, build) -> int:  # type: ignore[no-untyped-def]
    """Check ``--out``, build the document through the core, write it as ``report`` does."""
    from tracker.cli import (
        EXIT_OK,
        _db_path,
        _existing_folder,
        _headless_if_needed,
        _print,
        open_tracker,
    )

    _existing_folder(args.out)
    from tracker.services.core import check_output

    today = args.today or date.today()
    lang = config.language()
    check_output(args.out, protect=_db_path(args))  # refused before anything is opened
    with open_tracker(_db_path(args)) as t:
        doc = build(t, today, lang)
    _headless_if_needed()
    from tracker.ui.printing import render_pdf  # the app's one renderer (Qt loads there)
    from tracker.ui.process import qt_messages_logged

    with qt_messages_logged():
        pages = render_pdf(doc, args.out)
    _print(messages.text("cli.report_written", lang, pages=pages, path=args.out))
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    return _write(args, lambda t, today, lang: t.review.agenda(today, lang, args.meeting))


def cmd_changes(args: argparse.Namespace) -> int:
    return _write(args, lambda t, today, lang: t.review.changes(args.since_meeting, today, lang))


def cmd_minutes(args: argparse.Namespace) -> int:
    return _write(args, lambda t, today, lang: t.review.minutes(args.meeting, today, lang))
