"""Schema migrations at start-up: back up, then upgrade; refuse a newer schema.

Alembic runs in batch mode on SQLite (tables are rebuilt, so constraints need the
names the naming convention gives them). Before any upgrade of an existing file
the file is copied with SQLite's online backup API, which gives a consistent
copy even while another PC has the database open.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from crm_desktop.db.engine import database_file, write_engine
from crm_desktop.db.urls import sqlite_file_uri
from crm_desktop.domain.errors import SchemaTooNewError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("crm_desktop.db")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The revisions this program knows, oldest first. Kept here (a test checks them
# against the migration scripts) so that opening an up-to-date database needs no
# Alembic import: start-up stays fast.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return set(KNOWN_REVISIONS)


def script_revisions() -> list[str]:
    """The revisions of the migration scripts, oldest first (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None for an empty one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def backup_file(path: Path, label: str) -> Path:
    """Copy a SQLite file consistently into ``backups/`` beside it; return the copy."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{label}{path.suffix or '.sqlite'}"
    src = sqlite3.connect(sqlite_file_uri(path, mode="ro"), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def check_schema(engine: Engine) -> str | None:
    """Return the database's revision; raise if it is newer than this program knows."""
    rev = current_revision(engine)
    if rev is not None and rev not in known_revisions():
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was last opened by a newer version of the program (schema "
                "{revision}). It has not been changed. Install the newer version on this PC "
                "to open it.",
            ),
            revision=rev,
        )
    return rev


def upgrade(engine: Engine, url: str) -> MigrationResult:
    """Bring the schema to head, backing the file up first if it holds data."""
    rev = check_schema(engine)
    head = head_revision()
    if rev == head:
        return MigrationResult(rev, head, None)
    backup = None
    path = database_file(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        backup = backup_file(path, f"before-{head}")
        log.info("backed up %s to %s before migrating %s -> %s", path, backup, rev, head)
    from alembic import command

    cfg = alembic_config(url)
    with write_engine(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("migrated database %s -> %s", rev, head)
    return MigrationResult(rev, head, backup)
