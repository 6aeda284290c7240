"""The communiqué reader: a meeting's communiqué (Arabic or French) read into a draft.

Pure rules, no Qt, no SQL, no model to download (issue 14). ``read_communique`` never raises.
"""

from __future__ import annotations

from collections.abc import Iterable

from tracker.domain.communique.draft import Deadline, Draft, DraftMeeting, DraftResolution

__all__ = ["Deadline", "Draft", "DraftMeeting", "DraftResolution", "read_communique"]


def read_communique(
    text: str,
    *,
    owners: Iterable[str] = (),
    communes: Iterable[str] = (),
    lang: str = "ar",
) -> Draft:
    """Read ``text`` into a draft. ``owners``: the file's owner names (matched with the app's
    Arabic normalisation); ``communes``: commune names to look for (Arabic and French);
    ``lang``: the language of the warnings. Placeholder until the reader lands."""
    del owners, communes, lang
    first = next((line.strip() for line in (text or "").splitlines() if line.strip()), "")
    return Draft(meeting=DraftMeeting(title=first[:200]))
