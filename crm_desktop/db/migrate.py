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

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from crm_desktop.db.engine import database_file, write_engine
from crm_desktop.domain.errors import SchemaTooNewError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("crm_desktop.db")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    cfg = alembic_config(url)
    with write_engine(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("migrated database %s -> %s", rev, head)
    return MigrationResult(rev, head, backup)
