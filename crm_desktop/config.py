"""User settings (database location, interface language, due list days), kept as
JSON. No Qt."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from crm_desktop import paths
from crm_desktop.db.urls import sqlite_url

log = logging.getLogger("crm_desktop.config")

LANGUAGES = ("auto", "zh_CN", "en")
DUE_DAYS_RANGE = (1, 365)  # what the settings dialog offers for the due list's days


@dataclass
class Settings:
    # A SQLite file path (local or UNC, e.g. \\server\share\crm.sqlite) or a full
    # SQLAlchemy URL (postgresql+psycopg://...). Empty: the default file.
    database: str = ""
    language: str = "auto"  # "auto" follows the system locale
    # The due list (待办事项): leases ending within this many days are due, and open
    # handover defects found more than this many days ago.
    due_lease_days: int = 30
    due_defect_days: int = 14
    # The office's name in the header of every printout ("翠湖花园物业服务中心"); empty:
    # "<project>物业服务中心" from what is printed.
    office_name: str = ""

    def database_url(self) -> str:
        value = self.database.strip()
        if not value:
            return sqlite_url(paths.default_database_path())
        if "://" in value:
            return value
        return sqlite_url(value)


def settings_path() -> Path:
    override = os.environ.get("CRM_DESKTOP_SETTINGS")
    return Path(override) if override else paths.user_config_dir() / "settings.json"


def load() -> Settings:
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings %s: %s", path, exc)
        return Settings()
    known = {k: v for k, v in data.items() if k in Settings.__dataclass_fields__}
    settings = Settings(**known)
    if settings.language not in LANGUAGES:
        settings.language = "auto"
    for name in ("due_lease_days", "due_defect_days"):
        if not _valid_days(getattr(settings, name)):
            log.warning("ignoring %s = %r in %s: not 1..365", name, getattr(settings, name), path)
            setattr(settings, name, Settings.__dataclass_fields__[name].default)
    return settings


def _valid_days(value: object) -> bool:
    """A whole number of days in range (a hand-edited file may hold anything)."""
    low, high = DUE_DAYS_RANGE
    return type(value) is int and low <= value <= high


def save(settings: Settings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
