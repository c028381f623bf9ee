"""The shared-file settings, the migration gate and the backups."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from crm_desktop.db import migrate
from crm_desktop.db.engine import BUSY_TIMEOUT_MS, make_engine, sqlite_url, write_engine
from crm_desktop.db.models import Base, include_name
from crm_desktop.domain.errors import DatabaseLockedError, SchemaTooNewError
from crm_desktop.services import resources as r
from crm_desktop.services.database import Database


def pragma(db, name):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_connection_settings_for_a_shared_file(db):
    assert pragma(db, "journal_mode") == "delete"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS


def test_wal_file_is_converted_back_to_delete(tmp_path):
    path = tmp_path / "wal.sqlite"
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    db = Database.open(sqlite_url(path))
    try:
        assert pragma(db, "journal_mode") == "delete"
    finally:
        db.close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_writes_begin_immediate_so_a_second_writer_waits(db, actor):
    """A write transaction takes the write lock at BEGIN, not at its first UPDATE."""
    engine = make_engine(db.url)
    other = sqlite3.connect(db.path, timeout=0.05)
    with write_engine(engine).connect() as conn:
        conn.execute(text("SELECT 1"))  # BEGIN IMMEDIATE has run: lock held without a write
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        conn.rollback()
    other.execute("BEGIN IMMEDIATE")  # free again
    other.rollback()
    other.close()
    engine.dispose()


def test_locked_database_gives_a_clear_error(db, actor):
    quick = Database(db.url, engine=make_engine(db.url, busy_timeout_ms=100))
    holder = sqlite3.connect(db.path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError) as err:
            r.create_region(quick, actor, r.RegionFields("华南区"))
        assert "another PC" in str(err.value)
    finally:
        holder.rollback()
        holder.close()
        quick.close()
    assert r.create_region(db, actor, r.RegionFields("华南区"))  # nothing half-written


def test_waiting_writer_succeeds_when_the_lock_is_released(db, actor):
    holder = sqlite3.connect(db.path, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, holder.rollback)
    release.start()
    start = time.monotonic()
    r.create_region(db, actor, r.RegionFields("华南区"))
    assert time.monotonic() - start >= 0.25
    release.join()
    holder.close()


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_new_database_is_at_head_without_backup(tmp_path):
    path = tmp_path / "new.sqlite"
    db = Database(sqlite_url(path))
    try:
        result = migrate.upgrade(db.engine, db.url)
        assert result.to_revision == migrate.head_revision()
        assert result.backup is None
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.close()


def test_existing_file_is_backed_up_before_migrating(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE legacy (x)")
    raw.execute("INSERT INTO legacy VALUES (42)")
    raw.commit()
    raw.close()
    db = Database(sqlite_url(path))
    try:
        result = migrate.upgrade(db.engine, db.url)
    finally:
        db.close()
    assert result.backup is not None and result.backup.parent.name == "backups"
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT x FROM legacy").fetchone() == (42,)
    assert copy.execute("SELECT name FROM sqlite_master WHERE name='room'").fetchone() is None
    copy.close()


def test_newer_schema_is_refused_and_left_untouched(db_path):
    db = Database.open(sqlite_url(db_path))
    db.close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError) as err:
        Database.open(sqlite_url(db_path))
    assert "newer version" in str(err.value)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert not (db_path.parent / "backups").exists()


def test_postgres_url_builds_an_engine_without_sqlite_settings():
    url = "postgresql+psycopg://crm:secret@localhost/crm"
    engine = make_engine(url)  # no connection is made until first use
    assert engine.dialect.name == "postgresql"
    assert Database(url, engine).describe() == "postgresql+psycopg://crm:***@localhost/crm"
    assert Database(url, engine).path is None


def test_unc_paths_become_sqlite_urls():
    from sqlalchemy.engine import make_url

    unc = r"\\server\share\物业\crm.sqlite"
    assert make_url(sqlite_url(unc)).database == unc


def test_known_revisions_match_the_migration_scripts():
    assert list(migrate.KNOWN_REVISIONS) == migrate.script_revisions()


def test_opening_an_up_to_date_database_does_not_import_alembic(db_path):
    import subprocess
    import sys

    Database.open(sqlite_url(db_path)).close()
    code = (
        "import sys\n"
        "from crm_desktop.services.database import Database\n"
        "from crm_desktop.db.engine import sqlite_url\n"
        f"Database.open(sqlite_url({str(db_path)!r})).close()\n"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_change_watcher_sees_commits_of_other_programs(db, actor):
    watcher = db.watcher()
    try:
        assert watcher.changed() is False
        r.create_region(db, actor, r.RegionFields("华东区"))  # this program's own write
        assert watcher.changed() is False
        other = Database(db.url)  # another PC on the same file
        r.create_region(other, other.ensure_admin(), r.RegionFields("华南区"))
        other.close()
        assert watcher.changed() is True
        assert watcher.changed() is False  # reported once
    finally:
        watcher.close()


def test_no_watcher_for_a_database_server():
    db = Database("postgresql+psycopg://crm@localhost/crm")
    assert db.watcher() is None


@pytest.mark.parametrize(
    ("sqlite_says", "clerk_reads"),
    [
        ("unable to open database file", "cannot be reached"),
        ("disk I/O error", "cannot be reached"),
        ("database or disk is full", "disk that holds the database is full"),
        ("attempt to write a readonly database", "read-only for this Windows user"),
    ],
)
def test_file_trouble_becomes_a_message_a_clerk_can_act_on(
    db, actor, monkeypatch, sqlite_says, clerk_reads
):
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    from crm_desktop.domain.errors import DatabaseUnavailableError

    def fail(self, *args, **kwargs):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError(sqlite_says))

    monkeypatch.setattr(Session, "flush", fail)
    with pytest.raises(DatabaseUnavailableError) as err:
        r.create_region(db, actor, r.RegionFields("华南区"))
    assert clerk_reads in str(err.value)
    assert "Nothing was saved" in str(err.value)
