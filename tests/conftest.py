"""Shared fixtures. Qt runs headless: the platform is set before Qt is imported."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One day for the whole run, subprocesses included, even when it crosses midnight: every
# "today" in the program comes from crm_desktop.domain.clock, which reads this.
os.environ.setdefault("CRM_DESKTOP_TODAY", date.today().isoformat())

import pytest  # noqa: E402

from crm_desktop.db.engine import sqlite_url  # noqa: E402
from crm_desktop.services.database import Actor, Database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Never read or write the real user's settings file from a test."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("CRM_DESKTOP_SETTINGS", str(folder / "settings.json"))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "crm.sqlite"


@pytest.fixture
def db(db_path) -> Database:
    database = Database.open(sqlite_url(db_path))
    yield database
    database.close()


@pytest.fixture
def actor(db) -> Actor:
    return db.ensure_admin()


@pytest.fixture
def ctx(qapp, db, actor):
    """An AppContext (database worker + data-changed signal) on a fresh database."""
    from crm_desktop.ui.app_context import AppContext

    context = AppContext(db, actor)
    yield context
    context.shutdown()
