"""Where files live. Tests point ``TRACKER_DATA_DIR`` at a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ResolutionTracker"
DB_FILENAME = "tracker.sqlite"


def data_dir() -> Path:
    """The user data folder (created, owner-only, if missing)."""
    from tracker.store.files import make_private_dirs  # light: plain os

    override = os.environ.get("TRACKER_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    make_private_dirs(path)  # the owner's only (0700), whatever the umask
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    """Backups sit in a ``backups`` folder beside the database they copy."""
    return db_path.resolve().parent / "backups"


def language() -> str:
    """The language for command-line messages (ar by default)."""
    lang = os.environ.get("TRACKER_LANG", "ar")[:2]
    return lang if lang in ("ar", "fr", "en") else "ar"
