"""From a communiqué to a meeting through the core (issue 14): reading the input, saving what
the secretary kept in one transaction, refusing the same communiqué twice, Undo and Redo."""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tests.draft_samples import DECISIONS, HELD_ON, TITLE, seed_draft, seed_text
from tracker.domain.errors import TrackerError
from tracker.services import draft_input, drafts
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View


def live_items(db: Tracker) -> list:  # type: ignore[type-arg]
    return db.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)


def code_of(exc: pytest.ExceptionInfo[TrackerError]) -> str:
    return exc.value.code


# -- saving ------------------------------------------------------------------------------------


def test_save_creates_the_meeting_its_resolutions_and_one_item_per_kept_decision(
    db: Tracker,
) -> None:
    text = seed_text()
    draft = seed_draft(text)
    saved = db.drafts.save(draft, text=text)
    assert (saved.resolutions, saved.items) == (5, 5)  # the position is not kept
    summary = db.meetings.get(saved.meeting_id)
    m = summary.meeting
    assert (m.title, m.held_on, m.location) == (TITLE, HELD_ON, "المقر الإقليمي للحزب بتاونات")
    assert m.chaired_by == "محمد الحجيرة، محمد النجاري"
    assert m.attendees == "أعضاء الأمانة الإقليمية، الأمناء المحليون"
    assert m.source_text == text
    assert [r.text for r in summary.resolutions] == list(DECISIONS)
    assert [r.ordinal for r in summary.resolutions] == [1, 2, 3, 4, 5]
    items = sorted(live_items(db), key=lambda r: r.id)
    assert [i.title for i in items] == list(DECISIONS)
    assert items[0].due_on == date(2026, 4, 17) and items[1].due_on is None
    detail = db.items.detail(items[0].id)
    assert "«خلال ثلاثة أشهر»" in detail.item.details
    assert detail.resolution is not None and detail.resolution.ordinal == 1
    # Nobody named: the secretariat, proposed as a new owner and created once.
    assert saved.new_owners == ("الأمانة الإقليمية",)
    assert [o.name for o in db.owners.list()] == ["الأمانة الإقليمية"]
    assert "5" in saved.message("ar") and "الأمانة الإقليمية" in saved.message("ar")


def test_a_failure_half_way_leaves_nothing(db: Tracker) -> None:
    text = seed_text()
    draft = seed_draft(text)
    choices = db.drafts.propose(draft)
    bad = list(choices.decisions)
    bad[3] = replace(bad[3], owner_id=987654, new_owner="")  # no such owner: the 3rd item fails
    with pytest.raises(TrackerError):
        db.drafts.save(draft, replace(choices, decisions=tuple(bad)), text=text)
    assert db.meetings.list() == [] and db.meetings.list(deleted=True) == []
    assert db.owners.list() == []  # the new owner made before the failure went with it
    assert live_items(db) == []


def test_the_same_communique_is_refused_the_second_time(db: Tracker) -> None:
    text = seed_text()
    draft = seed_draft(text)
    db.drafts.save(draft, text=text)
    # Same date and title, written with other hamza forms: refused.
    other = replace(
        draft,
        meeting=replace(draft.meeting, title="اجتماع تنظيمي وتواصلي للامانة الاقليمية بتاونات"),
    )
    with pytest.raises(TrackerError) as exc:
        db.drafts.save(other, text=text + "\nملحق")
    assert code_of(exc) == "drafts.duplicate" and "17 يناير 2026" in exc.value.message("ar")
    # The same text under another title and date: refused too.
    moved = replace(
        draft, meeting=replace(draft.meeting, title="عنوان آخر", held_on=date(2026, 2, 1))
    )
    with pytest.raises(TrackerError) as exc:
        db.drafts.save(moved, text=text)
    assert code_of(exc) == "drafts.duplicate"
    assert len(db.meetings.list()) == 1 and len(live_items(db)) == 5


def test_no_date_no_title_no_owner_are_refused_before_anything_is_written(db: Tracker) -> None:
    text = seed_text()
    with pytest.raises(TrackerError) as exc:
        db.drafts.save(seed_draft(text, held_on=None), text=text)
    assert code_of(exc) == "drafts.no_date"
    draft = seed_draft(text)
    choices = db.drafts.propose(draft)
    with pytest.raises(TrackerError) as exc:
        db.drafts.save(draft, replace(choices, title="   "), text=text)
    assert code_of(exc) == "drafts.no_title"
    nobody = tuple(replace(d, owner_id=None, new_owner="") for d in choices.decisions)
    with pytest.raises(TrackerError) as exc:
        db.drafts.save(draft, replace(choices, decisions=nobody), text=text)
    assert code_of(exc) == "drafts.no_owner"
    assert db.meetings.list() == [] and db.owners.list() == []


def test_owners_are_matched_and_new_ones_made_only_when_chosen(db: Tracker) -> None:
    text = seed_text()
    secretariat = db.owners.create({"name": "الأمانة الإقليمية بتاونات"})
    women = db.owners.create({"name": "منظمة نساء الحزب"})
    draft = seed_draft(text)
    named = replace(draft.resolutions[2], owners=("منظمة نساء الحزب",))
    unknown = replace(draft.resolutions[3], owners=("لجنة التواصل",))
    draft = replace(
        draft,
        resolutions=(*draft.resolutions[:2], named, unknown, *draft.resolutions[4:]),
    )
    choices = db.drafts.propose(draft)
    by_text = {d.text: d for d in choices.decisions}
    assert by_text[DECISIONS[0]].owner_id == secretariat.id  # nobody named: the secretariat
    assert by_text[DECISIONS[1]].owner_id == women.id  # named, matched
    assert by_text[DECISIONS[2]].owner_id is None
    assert by_text[DECISIONS[2]].new_owner == "لجنة التواصل"  # proposed, not created
    assert len(db.owners.list()) == 2
    # The secretary chose an existing owner instead of the proposed one: nothing new.
    chosen = tuple(
        replace(d, owner_id=secretariat.id, new_owner="") if d.new_owner else d
        for d in choices.decisions
    )
    saved = db.drafts.save(draft, replace(choices, decisions=chosen), text=text)
    assert saved.new_owners == () and len(db.owners.list()) == 2


def test_undo_takes_the_whole_import_back_and_redo_brings_it(db: Tracker) -> None:
    text = seed_text()
    saved = db.drafts.save(seed_draft(text), text=text)
    db.drafts.take_back(saved)
    assert db.meetings.list() == [] and live_items(db) == []
    assert db.owners.list() == []  # the owner it made owes nothing else
    assert [m.id for m in db.meetings.list(deleted=True)] == [saved.meeting_id]
    db.drafts.bring_back(saved)
    assert [m.id for m in db.meetings.list()] == [saved.meeting_id]
    assert len(live_items(db)) == 5 and [o.name for o in db.owners.list()] == ["الأمانة الإقليمية"]


def test_an_import_taken_back_can_be_read_again(db: Tracker) -> None:
    text = seed_text()
    first = db.drafts.save(seed_draft(text), text=text)
    db.drafts.take_back(first)
    again = db.drafts.save(seed_draft(text), text=text)  # the trashed one is no duplicate
    assert again.meeting_id != first.meeting_id


def test_how_a_deadline_was_computed_is_said() -> None:
    draft = seed_draft()
    computed, vague, none = draft.resolutions[1], draft.resolutions[2], draft.resolutions[3]
    line = drafts.explain(computed, lang="ar")
    assert "خلال ثلاثة أشهر" in line and "17 أبريل 2026" in line and "17 يناير 2026" in line
    assert "17 mai 2026" in drafts.explain(computed, date(2026, 5, 17), "fr")  # changed by hand
    assert "لا يحدد البلاغ تاريخاً" in drafts.explain(vague, lang="ar")
    assert drafts.explain(none, lang="fr") == "Pas de délai dans le texte de cette décision"


def test_commune_names_come_from_the_register_in_both_languages() -> None:
    names = drafts.commune_names()
    assert "تاونات" in names and "Taounate" in names
    assert len(names) > 1000


# -- the seed through the real reader (its figures are the reader's own tests) ----------------


def test_the_seed_read_by_the_reader_gives_a_draft_and_writes_nothing(
    db: Tracker, db_path: Path
) -> None:
    text = seed_text()
    before = db_path.stat().st_mtime_ns
    draft = db.drafts.read(text)
    shape = draft.to_json()
    assert set(shape) == {"meeting", "resolutions", "warnings"}
    assert set(shape["meeting"]) == {"held_on", "title", "location", "chaired_by", "attendees"}
    assert shape["meeting"]["title"]
    choices = db.drafts.propose(draft)
    assert len(choices.decisions) == len(draft.resolutions)
    assert db.meetings.list() == [] and db.owners.list() == []
    assert db_path.stat().st_mtime_ns == before
    if draft.meeting.held_on is not None:  # once the reader lands: the seed's date
        assert draft.meeting.held_on == HELD_ON
        saved = db.drafts.save(draft, text=text)
        assert saved.items == sum(1 for r in draft.resolutions if r.actionable)


# -- reading the input -------------------------------------------------------------------------


def _docx(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_gives_the_same_text_and_draft_as_the_txt(tmp_path: Path) -> None:
    text = seed_text()
    txt = tmp_path / "c.txt"
    txt.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))  # BOM, CRLF
    docx_file = tmp_path / "c.docx"
    docx_file.write_bytes(_docx(text.split("\n")))
    assert draft_input.read_path(txt) == text
    assert draft_input.read_path(docx_file) == text
    assert drafts.read_draft(draft_input.read_path(docx_file)) == drafts.read_draft(text)


def test_a_docx_table_gives_its_cells_one_a_line(tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_bytes(_docx(["قرر المجلس ما يلي:"], [["1", "تحيين اللوائح"], ["2", "عقد المؤتمر"]]))
    assert draft_input.read_path(path) == "قرر المجلس ما يلي:\n1\nتحيين اللوائح\n2\nعقد المؤتمر"


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<" + b" " * (40 * 1024 * 1024))
    return out.getvalue()


def _zip_without_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("latin1.txt", lambda: "الاجتماع".encode("cp1256"), "drafts.not_utf8"),
        ("empty.txt", lambda: b"  \n\t\n", "drafts.empty"),
        ("bom-only.txt", lambda: b"\xef\xbb\xbf\xe2\x80\x8f", "drafts.empty"),
        ("text.docx", lambda: "نص عادي".encode(), "drafts.bad_docx"),
        ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "drafts.old_doc"),
        ("nodoc.docx", _zip_without_document, "drafts.bad_docx"),
        ("bomb.docx", _bomb, "drafts.docx_too_big"),
        ("big.txt", lambda: b"a" * (draft_input.MAX_TEXT + 1), "drafts.too_big"),
    ],
)
def test_a_bad_file_is_one_clear_message(tmp_path: Path, name: str, content, code: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(content())
    with pytest.raises(TrackerError) as exc:
        draft_input.read_path(path)
    assert code_of(exc) == code
    assert "\n" not in exc.value.message("ar") and exc.value.message("fr")


def test_a_damaged_docx_is_refused(tmp_path: Path) -> None:
    whole = _docx(seed_text().split("\n"))
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    scribbled = tmp_path / "scribbled.docx"
    data = bytearray(whole)
    for at in range(200, len(data) - 200, 97):
        data[at] ^= 0x5A
    scribbled.write_bytes(bytes(data))
    for path in (cut, scribbled):
        with pytest.raises(TrackerError) as exc:
            draft_input.read_path(path)
        assert code_of(exc) in ("drafts.bad_docx", "drafts.docx_too_big")


def test_missing_files_folders_and_pipes_are_refused_unread(tmp_path: Path) -> None:
    with pytest.raises(TrackerError) as exc:
        draft_input.read_path(tmp_path / "nothing.txt")
    assert code_of(exc) == "drafts.missing"
    with pytest.raises(TrackerError) as exc:
        draft_input.read_path(tmp_path)
    assert code_of(exc) == "drafts.not_a_file"
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        with pytest.raises(TrackerError) as exc:
            draft_input.read_path(fifo)  # would wait forever if it were opened
        assert code_of(exc) == "drafts.not_a_file"


def test_pasted_text_is_cleaned_like_a_stored_communique() -> None:
    assert draft_input.require_text("\ufeff  سطر\r\nثان\x07\r\n ") == "سطر\nثان"
    with pytest.raises(TrackerError):
        draft_input.require_text("\u200f \n")


def test_what_the_drafts_service_gives_is_plain_data(db: Tracker) -> None:
    from tests.services.test_core import _orm_rows

    text = seed_text()
    draft = seed_draft(text)
    answers = [db.drafts.read(text), db.drafts.propose(draft), db.drafts.save(draft, text=text)]
    for answer in answers:
        assert _orm_rows(answer) == [], answer
