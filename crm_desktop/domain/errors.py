"""Errors the service layer raises; each carries a translatable message template.

``message`` is an English template with ``{name}`` placeholders, marked for
translation in context ``"Errors"``; ``params`` fill it in. ``str(error)`` gives
the English text; the UI shows ``translate("Errors", message).format(**params)``.
"""

from __future__ import annotations

from typing import Any


class CrmError(Exception):
    """Base of every error a clerk may see."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError):
            return self.message


class ValidationError(CrmError):
    """Input that cannot be saved; ``field`` names the offending field if known."""

    def __init__(self, message: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class NotFoundError(CrmError):
    """The record was deleted or retired by someone else."""


class StaleRecordError(CrmError):
    """Someone else saved the record after it was opened; this save was refused."""


class DatabaseLockedError(CrmError):
    """The shared file stayed locked by another PC longer than the busy timeout."""


class DatabaseUnavailableError(CrmError):
    """The file cannot be reached or written (share offline, disk full, read-only)."""


class SchemaTooNewError(CrmError):
    """The database was written by a newer program version; it is left untouched."""


class UnsupportedDatabaseError(CrmError):
    """The database cannot be used safely (e.g. a WAL-mode file that cannot be converted)."""
