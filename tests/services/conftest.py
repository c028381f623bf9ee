"""The service tests run on SQLite and, where a server is given, on PostgreSQL too.

CI starts a local PostgreSQL and sets ``CRM_TEST_POSTGRES_URL`` (for example
``postgresql+psycopg://crm:crm@localhost/crm_test``); every service test then runs
once per database, as an office that outgrew its shared file would.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from crm_desktop.db.engine import make_engine, sqlite_url
from crm_desktop.db.models import Base
from crm_desktop.services.database import Database

POSTGRES_URL = os.environ.get("CRM_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def _empty_postgres(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def db(request, db_path) -> Database:
    if request.param == "postgresql":
        _empty_postgres(POSTGRES_URL)
        database = Database.open(POSTGRES_URL)
    else:
        database = Database.open(sqlite_url(db_path))
    yield database
    database.close()
