"""Qt's view of the program's day: date pickers start from ``clock.today()``, never from
``QDate.currentDate()``, so a screen and the service it calls agree on what today is."""

from __future__ import annotations

from PySide6.QtCore import QDate

from crm_desktop.domain import clock


def today_qdate() -> QDate:
    day = clock.today()
    return QDate(day.year, day.month, day.day)
