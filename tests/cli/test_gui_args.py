"""A plain window start skips building the full parser (first paint, issue 15's round):
``cli_parser.gui_namespace`` must read exactly what the full parser reads, and leave
everything else to it."""

import pytest

from tracker import cli, cli_parser

SAME = [
    [],
    ["--db", "f.sqlite"],
    ["--db=f.sqlite"],
    ["--db", "a.sqlite", "--db", "b.sqlite"],
    ["--screenshot", "out.png"],
    ["--db", "~/x y.sqlite", "--screenshot=out.png"],
    ["--screenshot", "out.png", "--db", "demo"],
    ["--db", "ملف.sqlite"],
]

FULL = [
    ["demo"],
    ["--db", "f.sqlite", "due"],
    ["--help"],
    ["--version"],
    ["--d", "f.sqlite"],
    ["--db"],
    ["--db="],
    ["--db", "-x"],
    ["--db", "f.sqlite", "extra"],
    ["--screenshots", "out.png"],
]


@pytest.mark.parametrize("argv", SAME)
def test_a_plain_window_start_reads_as_the_full_parser_reads_it(argv: list[str]) -> None:
    fast = cli_parser.gui_namespace(argv)
    assert fast is not None
    assert vars(fast) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", FULL)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert cli_parser.gui_namespace(argv) is None
