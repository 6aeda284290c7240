"""``tracker draft FILE|- [--json | --save]`` as a user runs it (issue 14): the JSON shape,
standard input, the one line of ``--save``, duplicates and bad input (one line on standard
error, a non-zero exit, nothing written)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.draft_samples import TITLE, seed_text

ROOT = Path(__file__).parents[2]
# The reader is tested on its own: here a hand-made draft of the seed stands in for it.
FAKE_READER = """
import sys
sys.path.insert(0, {root!r})
from tests import draft_samples
from tracker.services import drafts

def fake(text, *, owners=(), communes=(), lang="ar"):
    if "بلا تاريخ" in text:
        return draft_samples.seed_draft(text, held_on=None)
    return draft_samples.seed_draft(text)

drafts.read_communique = fake
"""


def run(
    *args: str | Path,
    data: Path,
    stdin: bytes | None = None,
    fake: bool = False,
    lang: str = "ar",
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRACKER_LANG": lang, "TRACKER_DATA_DIR": str(data)}
    command = [sys.executable, "-m", "tracker"]
    if fake:
        script = data.parent / "fake_reader.py"
        body = textwrap.dedent(FAKE_READER.format(root=str(ROOT)))
        body += "\nfrom tracker.cli import main\nraise SystemExit(main(sys.argv[1:]))\n"
        script.write_text(body, encoding="utf-8")
        command = [sys.executable, str(script)]
    done = subprocess.run(
        [*command, *map(str, args)],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "communique.txt"
    path.write_text(seed_text(), encoding="utf-8")
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_json_has_the_fixed_shape_and_no_database_is_made(seed_file: Path, data: Path) -> None:
    out = run("draft", seed_file, "--json", data=data)
    assert out.returncode == 0, out.stderr
    shape = json.loads(out.stdout)
    assert set(shape) == {"meeting", "resolutions", "warnings"}
    assert set(shape["meeting"]) == {"held_on", "title", "location", "chaired_by", "attendees"}
    assert isinstance(shape["meeting"]["attendees"], list) and shape["meeting"]["title"]
    for r in shape["resolutions"]:
        assert set(r) == {"text", "due_on", "due_phrase", "starts_on", "owners", "communes", "span"}
    assert '"meeting": {\n    "held_on"' in out.stdout  # indent 2, Arabic as it is
    assert "\\u06" not in out.stdout
    assert not list(data.rglob("*.sqlite"))  # nothing made just to print a draft


def test_json_is_exactly_the_drafts_json(seed_file: Path, data: Path) -> None:
    out = run("draft", seed_file, "--json", data=data, fake=True)
    assert out.returncode == 0, out.stderr
    shape = json.loads(out.stdout)
    assert shape["meeting"] == {
        "held_on": "2026-01-17",
        "title": TITLE,
        "location": "المقر الإقليمي للحزب بتاونات",
        "chaired_by": "محمد الحجيرة، محمد النجاري",
        "attendees": ["أعضاء الأمانة الإقليمية", "الأمناء المحليون"],
    }
    assert len(shape["resolutions"]) == 5  # the position is not listed
    first = shape["resolutions"][0]
    assert first["due_on"] == "2026-04-17" and first["due_phrase"] == "خلال ثلاثة أشهر"
    text = seed_file.read_text(encoding="utf-8")
    assert text[first["span"][0] : first["span"][1]] == first["text"]


def test_standard_input_gives_the_same_draft(seed_file: Path, data: Path) -> None:
    from_file = run("draft", seed_file, "--json", data=data, fake=True)
    from_stdin = run("draft", "-", "--json", data=data, stdin=seed_file.read_bytes(), fake=True)
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout


def test_the_summary_says_what_was_read_and_that_nothing_was_written(
    seed_file: Path, data: Path
) -> None:
    out = run("draft", seed_file, data=data, fake=True)
    assert out.returncode == 0, out.stderr
    assert "التاريخ: 17 يناير 2026" in out.stdout
    assert "المقررات (5):" in out.stdout
    assert "«خلال ثلاثة أشهر»: 3 أشهر بعد 17 يناير 2026، أي 17 أبريل 2026" in out.stdout
    assert "لم يُكتب شيء" in out.stdout
    assert not list(data.rglob("*.sqlite"))


def test_save_says_what_it_created_in_one_line_and_refuses_the_same_twice(
    seed_file: Path, data: Path, tmp_path: Path
) -> None:
    db = tmp_path / "file.sqlite"
    out = run("draft", seed_file, "--save", "--db", db, data=data, fake=True)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    assert TITLE in lines[0] and "17 يناير 2026" in lines[0]
    assert "المقررات 5" in lines[0] and "المهام 5" in lines[0]
    assert "الأمانة الإقليمية" in lines[0]  # the owner it made
    before = db.read_bytes()
    again = run("draft", seed_file, "--save", "--db", db, data=data, fake=True)
    assert again.returncode == 1
    assert "مستورد من قبل" in one_line(again)
    assert db.read_bytes() == before


def test_save_through_standard_input_in_french(seed_file: Path, data: Path, tmp_path: Path) -> None:
    db = tmp_path / "file.sqlite"
    out = run(
        "draft",
        "-",
        "--save",
        "--db",
        db,
        data=data,
        stdin=seed_file.read_bytes(),
        fake=True,
        lang="fr",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == (
        f"Réunion « {TITLE} » du 17 janvier 2026 créée : 5 décision(s), 5 tâche(s), "
        "nouveaux responsables : الأمانة الإقليمية\n"
    )


def _docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_prints_the_same_json_as_its_txt(
    seed_file: Path, data: Path, tmp_path: Path
) -> None:
    path = tmp_path / "communique.docx"
    path.write_bytes(_docx_bytes(seed_text()))
    as_docx = run("draft", path, "--json", data=data, fake=True)
    as_txt = run("draft", seed_file, "--json", data=data, fake=True)
    assert as_docx.returncode == 0, as_docx.stderr
    assert as_docx.stdout == as_txt.stdout


@pytest.mark.parametrize(
    ("kind", "needle"),
    [
        ("missing", "غير موجود"),
        ("directory", "ليس ملفاً"),
        ("latin1", "UTF-8"),
        ("bad_docx", "Word"),
        ("empty", "لا نص"),
        ("no_date", "تاريخ الاجتماع"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    tmp_path: Path, data: Path, kind: str, needle: str
) -> None:
    path = tmp_path / "in.txt"
    if kind == "directory":
        path = tmp_path / "folder"
        path.mkdir()
    elif kind == "latin1":
        path.write_bytes("اجتماع الأمانة".encode("cp1256"))
    elif kind == "bad_docx":
        path = tmp_path / "in.docx"
        path.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    elif kind == "empty":
        path.write_bytes(b"\xef\xbb\xbf \n\n")
    elif kind == "no_date":
        path.write_text(seed_text() + "\nبلا تاريخ", encoding="utf-8")
    db = tmp_path / "never.sqlite"
    for extra in (["--save", "--db", db], ["--json"], []):
        out = run("draft", path, *extra, data=data, fake=True)
        if kind == "no_date" and "--save" not in extra:
            assert out.returncode == 0, out.stderr  # a draft without a date prints
            continue
        assert out.returncode == 1, (kind, extra, out.stdout)
        assert needle in one_line(out), out.stderr
        assert out.stdout == ""
    assert not db.exists()
    assert not list(data.rglob("*.sqlite"))
