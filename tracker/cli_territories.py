"""The command line of issue 15: ``province``, ``fanout`` and ``coverage``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tracker import cli, config
from tracker.domain import messages


def add_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    h = cli._h
    p = sub.add_parser("province", parents=[common], help=h("province"), description=h("province"))
    p.add_argument("name", nargs="?", default=None, metavar="NAME|CODE", help=h("province_name"))
    p.set_defaults(func=cmd_province)

    p = sub.add_parser("fanout", parents=[common], help=h("fanout"), description=h("fanout"))
    p.add_argument("uid", metavar="ITEM_UID", help=h("fanout_uid"))
    p.add_argument("--to", default="all", metavar="TARGET", help=h("fanout_to"))
    p.add_argument("--today", type=cli._iso_date, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_fanout)

    p = sub.add_parser("coverage", parents=[common], help=h("coverage"), description=h("coverage"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--meeting", type=cli._record_id, metavar="ID", help=h("coverage_meeting"))
    which.add_argument("--item", metavar="ITEM_UID", help=h("coverage_item"))
    p.add_argument(
        "--today", type=cli._iso_date, default=None, metavar="YYYY-MM-DD", help=h("today")
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx", help=h("coverage_out")
    )
    p.set_defaults(func=cmd_coverage)


def cmd_province(args: argparse.Namespace) -> int:
    lang = config.language()
    path = cli._db_path(args)
    if args.name is None:
        with cli.open_tracker(path) as t:
            info = t.territories.province()
        if info is None:
            cli._print(messages.text("cli.province_none", lang))
        else:
            cli._print(_shown(info, lang))
        return cli.EXIT_OK
    from tracker.services import core

    core.inspect(path, must_exist=False, empty_ok=False)  # a new file is made, as import does
    with cli.open_tracker(path, write=True) as t:
        result = t.territories.set_province(args.name, lang)
    info = result.province
    cli._print(
        messages.text(
            "cli.province_set",
            lang,
            name=info.name(lang),
            hcp=info.code,
            added=result.added,
            linked=result.linked,
        )
    )
    if result.unmatched:
        sep = "؛ " if lang == "ar" else "; "
        cli._print(messages.text("cli.unmatched", lang, names=sep.join(result.unmatched)))
    return cli.EXIT_OK


def _shown(info, lang: str) -> str:  # type: ignore[no-untyped-def]
    return messages.text(
        "cli.province_shown",
        lang,
        name=info.name(lang),
        hcp=info.code,
        communes=info.communes,
        urban=info.urban,
        cercles=info.cercles,
    )


def _target(to: str) -> tuple[str, list[str] | None]:
    head, sep, rest = to.partition(":")
    if sep and head.strip().lower() == "communes":
        return "all", [n.strip() for n in rest.split(",") if n.strip()]
    return to, None


def cmd_fanout(args: argparse.Namespace) -> int:
    from tracker.services import core

    lang = config.language()
    to, communes = _target(args.to)
    path = cli._db_path(args)
    core.inspect(path, must_exist=True)  # a missing file is said, never made (nor its lock)
    with cli.open_tracker(path, write=True) as t:
        item_id = t.territories.item_id(args.uid)
        r = t.territories.fanout(item_id, to, communes=communes, today=args.today or date.today())
    cli._print(
        messages.text(
            "cli.fanout_done",
            lang,
            title=r.title,
            total=r.total,
            created=r.created,
            adopted=r.adopted,
            removed=r.removed,
        )
    )
    return cli.EXIT_OK


def cmd_coverage(args: argparse.Namespace) -> int:
    from tracker.domain.errors import InvalidInput
    from tracker.services.core import check_output

    lang = config.language()
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InvalidInput("coverage_format", path=args.out)
    cli._existing_folder(args.out)
    today = args.today or date.today()
    check_output(args.out, protect=cli._db_path(args))  # refused before anything is opened
    with cli.open_tracker(cli._db_path(args)) as t:
        item_id = t.territories.item_id(args.item) if args.item else None
        grid = t.territories.coverage(meeting_id=args.meeting, item_id=item_id, today=today)
        if suffix == ".xlsx":
            t.territories.write_coverage_xlsx(grid, args.out, lang)
    if suffix == ".pdf":
        cli._headless_if_needed()
        from tracker.ui.coverage_print import render_coverage_pdf
        from tracker.ui.process import qt_messages_logged

        with qt_messages_logged():
            render_coverage_pdf(grid, args.out, lang)
    cli._print(
        messages.text(
            "cli.coverage_written",
            lang,
            communes=len(grid.rows),
            items=len(grid.columns),
            path=args.out,
        )
    )
    return cli.EXIT_OK
