"""Current owners' names in the tree's room labels and the room table's Owner column."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from crm_desktop.domain import clock
from crm_desktop.domain.enums import NodeKind, Role
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import queries as q
from tests.factories import person, portfolio, room_ids

TODAY = clock.today()


@pytest.fixture
def place(db, actor):
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    return p


def _customer(db, actor, name):
    return c.create_customer(db, actor, person(name))


def _owner(db, actor, customer, room, **kw):
    return idn.add_identity(db, actor, customer, idn.IdentityFields(Role.OWNER, room_id=room, **kw))


def _labels(db, building) -> dict[int, str]:
    return {n.id: n.label for n in q.child_nodes(db, NodeKind.BUILDING, building)}


def _owner_column(db, room) -> str | None:
    return q.table_rows(db, NodeKind.ROOM, [room])[room]["owner"]


@pytest.fixture
def co_owned(db, actor, place):
    """3-1-101 owned by 张三 60% and 李四 40%; 3-1-102 by 王五 alone."""
    rooms = place["rooms"]
    a, b, w = (_customer(db, actor, n) for n in ("张三", "李四", "王五"))
    first = _owner(db, actor, a, rooms["3-1-101"])
    _owner(db, actor, b, rooms["3-1-101"], share="40", other_shares={first: "60"})
    _owner(db, actor, w, rooms["3-1-102"])
    return {"张三": a, "李四": b, "王五": w, "first": first}


def test_room_labels_in_the_tree_name_the_current_owners(db, place, co_owned):
    rooms = place["rooms"]
    labels = _labels(db, place["building"])
    assert labels[rooms["3-1-101"]] == "3-1-101  张三、李四"  # largest share first
    assert labels[rooms["3-1-102"]] == "3-1-102  王五"
    assert labels[rooms["3-1-103"]] == "3-1-103"  # unsold: the code alone
    # The tree keeps the rooms' order and count.
    assert len(labels) == 48


def test_room_table_has_an_owner_column(db, place, co_owned):
    rooms = place["rooms"]
    keys = [col.key for col in q.COLUMNS[NodeKind.ROOM]]
    assert keys[0] == "code" and keys[-1] == "owner"
    rows = q.table_rows(db, NodeKind.ROOM, [rooms["3-1-101"], rooms["3-1-103"]])
    assert rows[rooms["3-1-101"]]["owner"] == "张三、李四"
    assert rows[rooms["3-1-103"]]["owner"] is None
    assert rows[rooms["3-1-101"]]["code"] == "3-1-101"


def test_the_names_are_those_of_current_owner_names(db, place, co_owned):
    ids = list(place["rooms"].values())
    expected = idn.current_owner_names(db, ids)
    rows = q.table_rows(db, NodeKind.ROOM, ids)
    assert {i: r["owner"] for i, r in rows.items() if r["owner"]} == expected
    labels = q.room_labels(db, ids)
    assert labels == _labels(db, place["building"])


def test_owner_changes_show_at_once(db, actor, place, co_owned):
    room = place["rooms"]["3-1-101"]
    # 张三 sells his 60% to 李四: 李四 alone.
    idn.end_identity(
        db, actor, co_owned["first"], None, TODAY, "sold", other_shares=_shares(db, room, "100")
    )
    assert _labels(db, place["building"])[room] == "3-1-101  李四"
    assert _owner_column(db, room) == "李四"
    assert q.room_labels(db, [room]) == {room: "3-1-101  李四"}
    # A renamed owner is renamed in the label too.
    loaded = c.load_customer(db, co_owned["李四"])
    fields = loaded.fields
    fields.name = "李思"
    c.update_customer(db, actor, co_owned["李四"], loaded.version, fields)
    assert q.room_labels(db, [room]) == {room: "3-1-101  李思"}


def _shares(db, room, share):
    return {
        r.id: share
        for r in idn.resource_identities(db, room_id=room)
        if r.role == Role.OWNER and r.customer_name != "张三"
    }


def test_only_owners_of_today_count(db, actor, place):
    rooms = place["rooms"]
    gone = _customer(db, actor, "陈七")
    later = _customer(db, actor, "周八")
    tenant = _customer(db, actor, "吴九")
    old = _owner(db, actor, gone, rooms["3-1-104"], start_date=TODAY - timedelta(days=400))
    idn.end_identity(db, actor, old, None, TODAY - timedelta(days=10), "sold")
    _owner(db, actor, later, rooms["3-1-201"], start_date=TODAY + timedelta(days=5))
    idn.add_identity(db, actor, tenant, idn.IdentityFields(Role.TENANT, room_id=rooms["3-1-202"]))
    labels = _labels(db, place["building"])
    assert labels[rooms["3-1-104"]] == "3-1-104"  # ended ten days ago
    assert labels[rooms["3-1-201"]] == "3-1-201"  # starts next week
    assert labels[rooms["3-1-202"]] == "3-1-202"  # a tenant is no owner


def test_one_extra_query_per_batch_not_per_room(db, place, co_owned):
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        q.child_nodes(db, NodeKind.BUILDING, place["building"])
        assert len(statements) == 2  # the rooms, then their owners
        statements.clear()
        ids = list(place["rooms"].values())
        q.table_rows(db, NodeKind.ROOM, ids)
        assert len(statements) == 2  # a page of rows, then its owners
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_parking_spaces_keep_their_plain_numbers(db, actor, place):
    owner = _customer(db, actor, "张三")
    space = place["spaces"][0]
    idn.add_identity(db, actor, owner, idn.IdentityFields(Role.OWNER, space_id=space))
    nodes = q.child_nodes(db, NodeKind.CAR_PARK, place["car_park"])
    assert (nodes[0].id, nodes[0].label) == (space, "B1-001")
