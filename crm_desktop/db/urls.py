"""Database URLs, without importing SQLAlchemy (kept light for start-up)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote


def sqlite_url(path: str | Path) -> str:
    """URL of a SQLite file, local or on a share (UNC ``\\\\server\\share\\crm.sqlite``).

    Everything after ``sqlite:///`` is handed to SQLite as the file name, so the
    path is kept exactly as typed (backslashes included).
    """
    return "sqlite:///" + str(path)


def sqlite_file_uri(path: str | Path, **params: str) -> str:
    """A SQLite URI filename (``file:…``) for a path, local or UNC, with query params.

    ``Path.as_uri()`` gives ``file://server/share/…`` for a UNC path, which SQLite
    refuses (it allows no URI authority); here the authority is empty and the path
    keeps its leading ``//``. Characters SQLite reads specially (``?``, ``#``, ``%``,
    spaces) are percent-encoded.
    """
    text = str(path).replace("\\", "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/data/crm.sqlite -> /C:/data/crm.sqlite
    quoted = quote(text, safe="/:")
    prefix = "file://" if text.startswith("//") else "file:"
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{prefix}{quoted}" + (f"?{query}" if query else "")
