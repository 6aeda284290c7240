"""The command line's parser, in the user's language (issue 12).

``argparse`` writes its own words ("usage:", "options", "show this help message and exit",
"the following arguments are required: …") through ``gettext``, looked up in its module at
the moment it needs them. :func:`speaking` puts the catalogue's translations there (``cli.
argparse_*`` in ``tracker.domain.messages``) while the parser is built, parses and writes
its help, and puts ``gettext`` back afterwards; a text of a Python version we do not know
stays in English. The catalogue's templates use ``{name}`` placeholders; they are filled
here with argparse's own ``%(name)s`` so that argparse fills them in turn.

:class:`Parser` also keeps every error to one line on standard error (exit 2, no usage
dump) and writes the help's closing text only when the help is asked for (it names the
default file, which must not be looked up, let alone created, by every command).
"""

from __future__ import annotations

import argparse
import contextlib
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from tracker import config
from tracker.domain import messages

EXIT_USAGE = 2
MAX_LINE = 1000  # a message longer than this is cut (an SQL statement, a long list)

# argparse's message id -> (catalogue code, the template's placeholders as argparse writes them)
_BUILT_IN: dict[str, tuple[str, dict[str, str]]] = {
    "usage: ": ("cli.argparse_usage", {}),
    "positional arguments": ("cli.argparse_positionals", {}),
    "options": ("cli.argparse_options", {}),
    "optional arguments": ("cli.argparse_options", {}),  # before Python 3.10
    "show this help message and exit": ("cli.argparse_help", {}),
    "show program's version number and exit": ("cli.argparse_version", {}),
    "argument %(argument_name)s: %(message)s": (
        "cli.argparse_argument",
        {"argument_name": "%(argument_name)s", "message": "%(message)s"},
    ),
    "the following arguments are required: %s": ("cli.argparse_required", {"args": "%s"}),
    "one of the arguments %s is required": ("cli.argparse_one_required", {"args": "%s"}),
    "unrecognized arguments: %s": ("cli.argparse_unrecognized", {"args": "%s"}),
    "not allowed with argument %s": ("cli.argparse_not_allowed", {"other": "%s"}),
    "ignored explicit argument %r": ("cli.argparse_ignored", {"value": "%r"}),
    "expected one argument": ("cli.argparse_expected_one", {}),
    "expected at most one argument": ("cli.argparse_expected_at_most_one", {}),
    "expected at least one argument": ("cli.argparse_expected_at_least_one", {}),
    "ambiguous option: %(option)s could match %(matches)s": (
        "cli.argparse_ambiguous",
        {"option": "%(option)s", "matches": "%(matches)s"},
    ),
    "invalid %(type)s value: %(value)r": (
        "cli.argparse_invalid_value",
        {"type": "%(type)s", "value": "%(value)r"},
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "cli.argparse_invalid_choice",
        {"value": "%(value)r", "choices": "%(choices)s"},
    ),
}


def translate(msgid: str, lang: str | None = None) -> str:
    """argparse's ``msgid`` in ``lang`` (the user's language by default), else as it is."""
    known = _BUILT_IN.get(msgid)
    if known is None:
        return msgid
    code, placeholders = known
    return messages.text(code, lang or config.language(), **placeholders)


@contextlib.contextmanager
def speaking(lang: str | None = None) -> Iterator[None]:
    """argparse speaks ``lang`` (the user's language by default) inside."""
    lang = lang or config.language()
    before = getattr(argparse, "_", None)
    if before is None:  # an argparse without gettext: nothing to translate
        yield
        return
    argparse._ = lambda msgid: translate(msgid, lang)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


def one_line(text: object, limit: int = MAX_LINE) -> str:
    """``text`` on one line: its lines joined with "; ", control characters shown escaped
    (a file name cannot move the cursor or colour the terminal), at most ``limit``
    characters."""
    parts = [part.strip() for part in str(text).splitlines()]
    joined = "; ".join(part for part in parts if part)
    line = "".join(
        " " if ch == "\t" else f"\\x{ord(ch):02x}" if unicodedata.category(ch) == "Cc" else ch
        for ch in joined
    )
    return line if len(line) <= limit else line[: limit - 1] + "…"


class Parser(argparse.ArgumentParser):
    """argparse in the user's language, errors on one line, the help's epilog made late."""

    def __init__(self, *args: Any, epilog_factory: Callable[[], str] | None = None, **kw: Any):
        with speaking():
            super().__init__(*args, **kw)
        self.epilog_factory = epilog_factory

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with speaking():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with speaking():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with speaking():
            return super().format_usage()

    def format_help(self) -> str:
        with speaking():
            if self.epilog_factory is not None:
                self.epilog = self.epilog_factory()
            return super().format_help()

    def error(self, message: str) -> None:  # type: ignore[override]
        """One line, exit 2, as argparse does, without the usage before it."""
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)}\n")


GUI_OPTIONS = ("--db", "--screenshot")  # the main parser's options that open the window


def gui_namespace(argv: Sequence[str]) -> argparse.Namespace | None:
    """What the full parser makes of a plain window start (``tracker``, ``tracker --db F``,
    ``tracker --db F --screenshot OUT.png``), without building it: the subcommands and
    their modules cost milliseconds before the window's first paint. Anything else (a command,
    ``--help``, an abbreviation, a value that looks like an option): ``None``, for the full
    parser to parse (and to refuse) as usual."""
    from pathlib import Path

    values: dict[str, str] = {}
    i = 0
    while i < len(argv):
        name, sep, value = argv[i].partition("=")
        if name not in GUI_OPTIONS:
            return None
        if not sep:
            if i + 1 >= len(argv):
                return None
            i += 1
            value = argv[i]
        if not value or value.startswith("-"):
            return None
        values[name[2:]] = value  # the last one wins, as with argparse
        i += 1
    args = argparse.Namespace(screenshot=None, command=None)
    for name, value in values.items():
        setattr(args, name, Path(value))
    return args
