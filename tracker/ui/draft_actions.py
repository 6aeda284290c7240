"""File › New meeting from a communiqué…: the review dialog, then Undo for the whole import
(issue 14). Kept apart from the main window, which only holds the menu action."""

from __future__ import annotations

from typing import Any

from tracker.domain.errors import TrackerError
from tracker.services.drafts import DraftSaved
from tracker.ui.i18n import current_language

# A text pasted into an empty file's welcome that is this long, on several lines, is taken
# for a communiqué.
LONG_TEXT = 200


def looks_like_communique(text: str) -> bool:
    return len(text.strip()) > LONG_TEXT and len([x for x in text.splitlines() if x.strip()]) > 1


def make_draft_dialog(window: Any, text: str = "") -> Any:
    from tracker.ui.draft_dialog import DraftDialog

    return DraftDialog(window.tracker, text, parent=window)


def new_from_communique(window: Any, text: str = "") -> DraftSaved | None:
    """Open the review dialog (with ``text`` when pasted); after Save, show the new meeting
    and put the import on the undo stack."""
    if window.tracker is None:
        return None
    dialog = make_draft_dialog(window, text)
    if not window.exec_dialog(dialog):
        return None
    saved: DraftSaved | None = dialog.saved
    if saved is not None:
        push_import(window, saved)
    return saved


def push_import(window: Any, saved: DraftSaved) -> None:
    """Undo takes the whole import back (meeting, items and new owners to the trash); Redo
    brings it back. The import is already written: the first redo only shows it."""
    from tracker.ui.undo import CallbackCommand

    first = [True]

    def show() -> None:
        window.refresh()
        window._trash_changed()
        window.nav.select_key(f"meeting:{saved.meeting_id}")

    def do() -> None:
        if first:
            first.clear()
        else:
            _safely(window, lambda: window.tracker.drafts.bring_back(saved))
        show()

    def undo() -> None:
        _safely(window, lambda: window.tracker.drafts.take_back(saved))
        window.nav.select_key("view:open")  # not the meeting that went to the trash
        window.refresh()
        window._trash_changed()

    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("draft_actions", "import «%1»").replace("%1", saved.title)
    window.undo_stack.push(CallbackCommand(text, do, undo))
    window.undo_bar.show_message(saved.message(current_language()))


def _safely(window: Any, change: Any) -> None:
    try:
        change()
    except TrackerError as exc:
        window.inform(exc.message(current_language()))
