"""The importers' bulk writing: the same records and audit entries as the services write
one by one, made faster (column by column, the driver's executemany on SQLite)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.db.models import AuditEntry, Room
from crm_desktop.domain.enums import RoomStatus, RoomUse
from crm_desktop.excel.importing import common
from crm_desktop.services import resources as r
from crm_desktop.services.database import DERIVED_FIELDS, audit_text
from tests.factories import portfolio


def _as_audit_created(values):
    """The text ``UnitOfWork.audit_created`` writes for these values (its own formula)."""
    return json.dumps(
        {k: audit_text(v) for k, v in values.items() if k not in DERIVED_FIELDS},
        ensure_ascii=False,
    )


def test_audit_payloads_are_the_text_audit_created_writes():
    tricky = ['say "hi"', "back\\slash", "100%", "%s", "新\n行", "\u2028", "é", "", " x "]
    rows = []
    for i, text in enumerate(tricky * 3):
        rows.append(
            {
                "building_id": i % 3,
                "name": text,
                "sort_key": "k",  # derived: never audited
                "use": [RoomUse.SHOP, RoomUse.OFFICE, "shop"][i % 3],
                "gross_area": [Decimal("80"), Decimal("80.00"), Decimal("-0"), None][i % 4],
                "inner_area": [Decimal("1E+2"), Decimal("72.10"), Decimal("0.5")][i % 3],
                "floor": [1, True, -2, 0][i % 4],  # True is not 1 in the log ("1" both, here)
                "share": [1.5, 2.0, None][i % 3],
                "day": [date(2023, 5, 1), datetime(2023, 5, 1, 8, 30), None][i % 3],
                "missing": None,
            }
        )
    assert common.audit_payloads(rows) == [_as_audit_created(x) for x in rows]
    assert common.audit_payloads(rows) == [common._payload(x) for x in rows]
    # Rows whose keys differ (in order too) are made one by one, still the same text.
    mixed = [{"a": 1, "b": "x"}, {"b": "y", "a": 2}, {"a": 3}]
    assert common.audit_payloads(mixed) == [_as_audit_created(x) for x in mixed]
    assert common.audit_payloads([{"sort_key": "k"}]) == ["{}"]
    assert common.audit_payloads([]) == []


def _room_rows(building, numbers, unit="2"):
    return [
        r.RoomFields(
            building,
            unit,
            int(n[:-2]),
            n,
            use=RoomUse.SHOP if k % 2 else RoomUse.RESIDENTIAL,
            gross_area=Decimal("89.50") + k,
            inner_area=None if k % 3 else Decimal("72.1"),
            status=RoomStatus.SOLD,
            notes=f"备注 {k}" if k % 4 else "",
        )
        for k, n in enumerate(numbers)
    ]


def _stored(db, ids):
    skip = {"id", "unit", "code", "sort_key", "created_at", "updated_at"}
    with db.read() as s:
        rooms = s.scalars(select(Room).where(Room.id.in_(ids)).order_by(Room.id)).all()
        return [
            {c.key: getattr(x, c.key) for c in Room.__table__.columns if c.key not in skip}
            for x in rooms
        ]


def test_bulk_create_stores_what_the_service_stores(db, actor):
    p = portfolio(db, actor, units=("1",), floors=(1, 1), rooms_per_floor=1)
    one_by_one = [r.create_room(db, actor, f) for f in _room_rows(p["building"], ["1501", "1502"])]
    fields = _room_rows(p["building"], ["1501", "1502"], unit="3")
    with db.write(actor) as uow:
        rows = [r.room_values(uow.session, f)[0] for f in fields]
        ids = common.bulk_create(uow, Room, rows, key=("project_id", "code"))
    assert _stored(db, ids) == _stored(db, one_by_one)
    with db.read() as s:
        made = {x.id: x for x in s.scalars(select(Room).where(Room.id.in_(ids)))}
        first = s.get(Room, one_by_one[0])
        entries = {
            e.record_id: e
            for e in s.scalars(
                select(AuditEntry).where(
                    AuditEntry.table_name == "room", AuditEntry.record_id.in_(ids)
                )
            )
        }
        service_entry = s.scalar(
            select(AuditEntry).where(
                AuditEntry.table_name == "room", AuditEntry.record_id == one_by_one[0]
            )
        )
    # Each id belongs to its row, defaults filled as the ORM fills them.
    assert [made[i].code for i in ids] == ["3-3-1501", "3-3-1502"]
    assert all(made[i].version == 1 and made[i].created_at is not None for i in ids)
    assert type(made[ids[0]].created_at) is type(first.created_at)
    assert made[ids[0]].created_at.tzinfo == first.created_at.tzinfo
    assert made[ids[0]].notes == "" and made[ids[1]].notes == "备注 1"
    for rid, values in zip(ids, rows, strict=True):
        entry = entries[rid]
        assert (entry.action, entry.field, entry.user_id) == ("create", None, actor.id)
        assert entry.new_value == _as_audit_created(values)
        assert entry.at is not None and entry.at.tzinfo == service_entry.at.tzinfo
    assert set(json.loads(service_entry.new_value)) == set(json.loads(entries[ids[0]].new_value))


def test_bulk_create_pairs_ids_by_key_when_they_are_not_the_next_ones(db, actor):
    p = portfolio(db, actor, units=("1",), floors=(1, 1), rooms_per_floor=1)
    with db.write(actor) as uow:
        rows = [r.room_values(uow.session, f)[0] for f in _room_rows(p["building"], ["1701"])]
        rows += [r.room_values(uow.session, f)[0] for f in _room_rows(p["building"], ["1702"])]
        rows = [{"id": 5000, **rows[0]}, {"id": 4000, **rows[1]}]  # not after the largest
        ids = common.bulk_create(uow, Room, rows, key=("project_id", "code"))
    assert ids == [5000, 4000]
    with db.read() as s:
        assert s.get(Room, 5000).code == "3-2-1701" and s.get(Room, 4000).code == "3-2-1702"
