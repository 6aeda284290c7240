"""``tracker draft FILE|- [--json | --save]``: a communiqué read into a draft meeting (issue 14).

Without ``--save`` nothing is written, and no database is opened unless ``--db`` names one
(its owners are then matched): the draft is printed, as a summary in the user's language
or, with ``--json``, exactly as ``Draft.to_json()`` gives it (the shape scripts rely on).
``--save`` writes the meeting, its resolutions and one item per decision to act on, and
says in one line what was created. Bad input is refused before any database is opened.
"""

from __future__ import annotations

import argparse
import json
import sys

from tracker import config
from tracker.domain import messages


def _t(code: str, **params: object) -> str:
    return messages.text(f"drafts.{code}", config.language(), **params)


def add_command(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    p = sub.add_parser("draft", parents=[common], help=_t("help"), description=_t("help"))
    p.add_argument("file", metavar="FILE|-", help=_t("help_file"))
    how = p.add_mutually_exclusive_group()
    how.add_argument("--json", action="store_true", help=_t("help_json"))
    how.add_argument("--save", action="store_true", help=_t("help_save"))
    p.set_defaults(func=cmd_draft)


def _read_text(name: str) -> str:
    from tracker.services import draft_input

    if name == "-":
        return draft_input.read_stream(sys.stdin.buffer)
    return draft_input.read_path(name)


def cmd_draft(args: argparse.Namespace) -> int:
    from tracker.cli import _db_path, open_tracker
    from tracker.domain.errors import InvalidInput
    from tracker.services import core, drafts

    lang = config.language()
    text = _read_text(args.file)
    draft = drafts.read_draft(text, (), lang)  # no file yet: bad input is refused first
    if args.save:
        if draft.meeting.held_on is None:
            raise InvalidInput("drafts.no_date_cli")
        path = _db_path(args)
        core.inspect(path, must_exist=False, empty_ok=False)
        with open_tracker(path, write=True) as t:
            draft = t.drafts.read(text, lang)
            saved = t.drafts.save(draft, text=text, lang=lang)
        print(saved.message(lang), flush=True)
        return 0
    if getattr(args, "db", None) is not None:  # the file's owners, read only
        with open_tracker(_db_path(args)) as t:
            draft = t.drafts.read(text, lang)
    if args.json:
        print(json.dumps(draft.to_json(), ensure_ascii=False, indent=2), flush=True)
    else:
        for line in summary(draft, lang, args.file):
            print(line, flush=True)
    return 0


def summary(draft, lang: str, file: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The draft as lines a person reads (the command line without ``--json``)."""
    from tracker.domain.months import long_date
    from tracker.domain.text import clean_line
    from tracker.services.drafts import explain

    m = draft.meeting
    sep = "، " if lang == "ar" else ", "
    out = [_t("cli_meeting", title=clean_line(m.title))]
    out.append(_t("cli_date", date=long_date(m.held_on, lang)) if m.held_on else _t("cli_no_date"))
    if m.location:
        out.append(_t("cli_place", place=clean_line(m.location)))
    if m.chaired_by:
        out.append(_t("cli_chair", chair=clean_line(m.chaired_by)))
    if m.attendees:
        out.append(_t("cli_attendees", names=sep.join(clean_line(a) for a in m.attendees)))
    acts = [r for r in draft.resolutions if r.actionable]
    out.append("")
    out.append(_t("cli_decisions", n=len(acts)) if acts else _t("cli_no_decisions"))
    for n, r in enumerate(acts, start=1):
        out.append(f"{n}. {clean_line(r.text)}")
        if r.due_phrase or r.due_on or r.starts_on:
            out.append(f"   {explain(r, lang=lang)}")
        if r.owners:
            out.append("   " + _t("cli_owners", names=sep.join(r.owners)))
        if r.communes:
            out.append("   " + _t("cli_communes", names=sep.join(r.communes)))
    positions = len(draft.resolutions) - len(acts)
    if positions:
        out.append(_t("cli_positions", n=positions))
    for w in draft.warnings:
        out.append(_t("cli_warning", text=clean_line(w)))
    out.append("")
    out.append(_t("cli_hint", file=file))
    return out
