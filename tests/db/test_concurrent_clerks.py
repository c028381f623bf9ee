"""Several programs (clerks' PCs) writing one SQLite file at the same time."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry, Room
from crm_desktop.domain.enums import NodeKind
from crm_desktop.domain.errors import StaleRecordError
from crm_desktop.services import queries
from crm_desktop.services import resources as r
from tests.factories import portfolio

CLERK = textwrap.dedent(
    """
    import sys
    from crm_desktop.db.engine import sqlite_url
    from crm_desktop.services import resources as r
    from crm_desktop.services.database import Database

    path, building, clerk, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    db = Database(sqlite_url(path))
    actor = db.ensure_admin()
    for n in range(count):
        r.create_room(db, actor, r.RoomFields(building, clerk, 20 + n, f"{20 + n}01"))
    db.close()
    print("ok")
    """
)


def test_clerks_saving_at_the_same_moment_all_succeed(db, actor, db_path):
    data = portfolio(db, actor)
    clerks, each = 4, 15
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CLERK, str(db_path), str(data["building"]), f"C{i}", str(each)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(clerks)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err[-2000:]
        assert out.strip() == "ok"
    with db.read() as s:
        added = s.scalar(select(func.count()).select_from(Room).where(Room.unit.like("C%")))
        audited = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "room", AuditEntry.new_value.like('%"unit": "C%'))
        )
    assert added == audited == clerks * each
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()


def test_two_clerks_editing_the_same_room_one_is_refused(db, actor):
    """The second save of a copy both opened is refused, the first one stays."""
    data = portfolio(db, actor)
    _, ids = queries.table_ids(db, NodeKind.BUILDING, data["building"])
    mine = queries.load_record(db, NodeKind.ROOM, ids[0])
    theirs = queries.load_record(db, NodeKind.ROOM, ids[0])
    mine.fields.notes = "业主要求更换门锁"
    theirs.fields.notes = "空置，钥匙在前台"
    r.update_room(db, actor, mine.id, mine.version, mine.fields)
    with pytest.raises(StaleRecordError):
        r.update_room(db, actor, theirs.id, theirs.version, theirs.fields)
    assert queries.load_record(db, NodeKind.ROOM, ids[0]).fields.notes == "业主要求更换门锁"
