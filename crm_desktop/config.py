"""User settings (database location, interface language), kept as JSON. No Qt."""

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


@dataclass
class Settings:
    # A SQLite file path (local or UNC, e.g. \\server\share\crm.sqlite) or a full
    # SQLAlchemy URL (postgresql+psycopg://...). Empty: the default file.
    database: str = ""
    language: str = "auto"  # "auto" follows the system locale

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
    return settings


def save(settings: Settings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
