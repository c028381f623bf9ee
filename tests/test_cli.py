"""The administrator's command line."""

from __future__ import annotations

import sqlite3

import pytest

from crm_desktop.cli import main


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["demo", str(path), "--seed", "3"]) == 0
    return path


def test_demo_creates_a_database(demo_file, capsys):
    assert demo_file.is_file()
    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "integrity:      ok" in out
    assert "up to date" in out
    assert "journal mode:   delete" in out
    assert "result:         ok" in out
    assert "region" in out and "room" in out


def test_demo_prints_summary(tmp_path, capsys):
    path = tmp_path / "sub" / "d.sqlite"
    assert main(["demo", str(path)]) == 0
    out = capsys.readouterr().out
    assert "regions:        2" in out
    assert "projects:       4" in out
    assert "seconds:" in out


def test_demo_refuses_existing_file_without_force(demo_file, tmp_path, capsys):
    before = demo_file.stat().st_mtime_ns
    assert main(["demo", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert demo_file.stat().st_mtime_ns == before

    other = tmp_path / "x.sqlite"
    other.write_bytes(b"not a database")
    assert main(["demo", str(other), "--force"]) == 0
    assert main(["check", str(other)]) == 0


def test_check_missing_file_returns_2_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "crm.sqlite"
    assert main(["check", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()
    assert not missing.parent.exists()
    assert main(["migrate", str(missing)]) == 2
    assert not missing.exists()


def test_check_newer_schema_returns_1(demo_file, tmp_path, capsys):
    copy = tmp_path / "newer.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(copy)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    assert main(["check", str(copy)]) == 1
    assert "newer than this program" in capsys.readouterr().out
    assert main(["migrate", str(copy)]) == 1
    assert "newer version" in capsys.readouterr().err


def test_check_reports_broken_foreign_keys(demo_file, tmp_path, capsys):
    copy = tmp_path / "broken.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(copy)  # foreign keys off: the damage goes in
    con.execute("UPDATE room SET building_id = 99999 WHERE id = 1")
    con.commit()
    con.close()
    assert main(["check", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "1 broken references" in out
    assert "PROBLEMS FOUND" in out


def test_check_garbage_file_returns_1(tmp_path, capsys):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"x" * 4096)
    assert main(["check", str(path)]) == 1
    assert "not a usable SQLite database" in capsys.readouterr().err


def test_check_does_not_change_the_file(demo_file):
    before = demo_file.read_bytes()
    assert main(["check", str(demo_file)]) == 0
    assert demo_file.read_bytes() == before


def test_migrate_empty_database_then_up_to_date(tmp_path, capsys):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()  # an existing, empty file
    assert main(["check", str(path)]) == 0
    assert "needs upgrade" in capsys.readouterr().out
    assert main(["migrate", str(path)]) == 0
    assert "migrated schema (empty) ->" in capsys.readouterr().out
    assert main(["migrate", str(path)]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert main(["check", str(path)]) == 0
    assert "up to date" in capsys.readouterr().out
