"""Errors that reach the user, each with a message in Arabic, French and English.

Lower layers raise these with a code and parameters; the GUI and the command line show
``message(lang)``, whose templates are in the one catalogue, ``tracker.domain.messages``.
A ``TrackerError`` is never a bug: it is what the user gets instead of a traceback.
"""

from __future__ import annotations

from tracker.domain import messages


def field_label(field: str, lang: str = "ar") -> str:
    """The name of ``field`` in a message (``field.<name>`` in the catalogue), else itself."""
    code = f"field.{field}"
    return messages.text(code, lang) if messages.has(code) else field


class TrackerError(Exception):
    """An error the user can act on. ``code`` selects the message; ``params`` fill it."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "ar") -> str:
        if not messages.has(self.code):
            return f"{self.code}: {self.params}"
        params = dict(self.params)
        if "field" in params:
            params["field"] = field_label(str(params["field"]), lang)
        if "what" in params:  # a kind of record ("Meeting"): its name in the user's language
            code = f"field.record.{params['what']}"
            params["what"] = messages.text(code, lang) if messages.has(code) else params["what"]
        return messages.text(self.code, lang, **params)


class InvalidInput(TrackerError):
    """Bad input from the user: nothing was changed."""


class ValidationFailed(InvalidInput):
    """One or more fields are invalid. ``errors`` maps field names to TrackerErrors."""

    def __init__(self, errors: dict[str, TrackerError]) -> None:
        self.errors = errors
        first = next(iter(errors.values()))
        super().__init__(first.code, **first.params)

    def message(self, lang: str = "ar") -> str:
        return "\n".join(e.message(lang) for e in self.errors.values())


class DatabaseError(TrackerError):
    """The database file cannot be used as asked; it was left unchanged."""


class NotFound(InvalidInput):
    pass
