"""The program's idea of *today*.

Every rule that depends on the date (no signing in the future, leases ending within 30 days,
"who lived here as of …") asks this module rather than ``date.today()``, so that one run of the
program, or of the test suite, sees one consistent day even when it crosses midnight, and a
training session can be run as of a fixed day.

``CRM_DESKTOP_TODAY=YYYY-MM-DD`` in the environment pins the day for the whole process (the
test configuration sets it, so command-line runs in subprocesses agree with the tests).
"""

from __future__ import annotations

import os
from datetime import date

ENV_VAR = "CRM_DESKTOP_TODAY"

_pinned: date | None = None


def today() -> date:
    """Today, or the pinned day."""
    return _pinned if _pinned is not None else date.today()


def pin(day: date | None) -> None:
    """Fix today to ``day`` for this process (``None`` follows the real calendar again)."""
    global _pinned
    _pinned = day


def _from_environment() -> None:
    text = os.environ.get(ENV_VAR, "").strip()
    if not text:
        return
    try:
        pin(date.fromisoformat(text))
    except ValueError as exc:
        raise SystemExit(f"{ENV_VAR}={text!r} is not a date; write it as YYYY-MM-DD") from exc


_from_environment()
