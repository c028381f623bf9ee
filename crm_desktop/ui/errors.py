"""Turning service errors into text a clerk reads, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import Term


def error_text(exc: BaseException) -> str:
    """The translated, filled-in message of a service error (or a generic line)."""
    if isinstance(exc, CrmError):
        template = QCoreApplication.translate("Errors", exc.message)
        params = {
            # Only marked terms ("room number") are translated, never what a clerk typed.
            k: QCoreApplication.translate("Errors", v) if isinstance(v, Term) else v
            for k, v in exc.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return exc.english()
    return QCoreApplication.translate(
        "Errors", "Unexpected error: {error}. The details are in the log file."
    ).format(error=exc)
