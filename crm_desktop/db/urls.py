"""Database URLs, without importing SQLAlchemy (kept light for start-up)."""

from __future__ import annotations

from pathlib import Path


def sqlite_url(path: str | Path) -> str:
    """URL of a SQLite file, local or on a share (UNC ``\\\\server\\share\\crm.sqlite``).

    Everything after ``sqlite:///`` is handed to SQLite as the file name, so the
    path is kept exactly as typed (backslashes included).
    """
    return "sqlite:///" + str(path)
