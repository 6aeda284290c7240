"""The ``drafts`` service object of an open file (issue 14): see ``tracker.services.api``.

Apart from the other service objects only to keep each module short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.services.api import _Service

if TYPE_CHECKING:
    from tracker.domain.communique import Draft
    from tracker.services.drafts import Choices, DraftSaved


class Drafts(_Service):
    """A communiqué read into a draft meeting (nothing written), then saved as the secretary
    confirmed it in one transaction (the same communiqué twice is refused); Undo and Redo of
    a whole import (the meeting, its items and the owners it made, to the trash and back)."""

    def read(self, text: str, lang: str = "ar") -> Draft:
        from tracker.services import drafts

        return self._t.read(drafts.read, text, lang)

    def propose(self, draft: Draft, lang: str = "ar") -> Choices:
        from tracker.services import drafts

        return self._t.read(drafts.proposal, draft, lang)

    def save(self, draft: Draft, choices: Choices | None = None, **kw: Any) -> DraftSaved:
        from tracker.services import drafts

        return self._t.write(drafts.save, draft, choices, **kw)

    def take_back(self, saved: DraftSaved) -> None:
        from tracker.services import drafts

        self._t.write(drafts.take_back, saved)

    def bring_back(self, saved: DraftSaved) -> None:
        from tracker.services import drafts

        self._t.write(drafts.bring_back, saved)
