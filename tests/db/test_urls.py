"""Database locations as clerks type them: local, UNC shares, odd folder names."""

from __future__ import annotations

import sqlite3

from crm_desktop.cli import main as cli
from crm_desktop.db import migrate
from crm_desktop.db.engine import sqlite_url
from crm_desktop.db.urls import sqlite_file_uri
from crm_desktop.services import resources as r
from crm_desktop.services.database import Database


def test_uri_forms():
    assert sqlite_file_uri("/srv/crm.sqlite", mode="ro") == "file:/srv/crm.sqlite?mode=ro"
    assert sqlite_file_uri(r"C:\物业\crm.sqlite") == "file:/C:/%E7%89%A9%E4%B8%9A/crm.sqlite"
    # UNC: empty authority, the path keeps its leading // (SQLite refuses an authority).
    assert sqlite_file_uri(r"\\server\share\crm.sqlite") == "file:////server/share/crm.sqlite"
    assert sqlite_file_uri("/data/物业 #1?/crm.sqlite").startswith("file:/data/%E7")
    assert "%23" in sqlite_file_uri("/a #b/c") and "%3F" in sqlite_file_uri("/a?b/c")


def test_a_folder_name_with_spaces_hash_and_chinese_works_everywhere(tmp_path, capsys):
    folder = tmp_path / "物业 #1 (前台) 100%"  # "?" cannot occur in Windows names
    folder.mkdir()
    path = folder / "crm.sqlite"
    db = Database.open(sqlite_url(path))
    actor = db.ensure_admin()
    r.create_region(db, actor, r.RegionFields("华南区"))
    watcher = db.watcher()
    assert watcher.changed() is False
    db.close()
    watcher.close()
    backup = migrate.backup_file(path, "test")
    assert sqlite3.connect(backup).execute("SELECT name FROM region").fetchone() == ("华南区",)
    assert cli(["check", str(path)]) == 0
    assert "integrity:      ok" in capsys.readouterr().out
