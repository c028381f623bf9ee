"""The story of a room or parking space (sale, handover, rectification, lease,
transfer, in date order) and the room's audit history with its related records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_desktop.domain import clock
from crm_desktop.domain.enums import NodeKind, ReviewDecision, TransferReason
from crm_desktop.services import customers as c
from crm_desktop.services import handover as ho
from crm_desktop.services import sales, story
from crm_desktop.services import transfers as tr
from crm_desktop.services.queries import record_detail
from tests.factories import handed_over_flat, let_with_space, person, room_ids

TODAY = clock.today()
SIGNED = TODAY - timedelta(days=200)
HANDED = TODAY - timedelta(days=150)
FIXED = TODAY - timedelta(days=140)
LET = TODAY - timedelta(days=100)


@pytest.fixture
def flat(db, actor):
    return handed_over_flat(db, actor, SIGNED, HANDED)


def _let(db, actor, f, **kw):
    return let_with_space(db, actor, f, LET, **kw)


def test_the_story_of_a_flat_in_order(db, actor, flat):
    defect = ho.handover_of(db, flat["room"]).open_defects[0]
    ho.rectify_defect(db, actor, defect.id, defect.version, FIXED, "物业维修部")
    lease = _let(db, actor, flat)
    newcomer = c.create_customer(db, actor, person("赵六", "13600136000"))
    preview = tr.preview_transfer(db, room_id=flat["room"], new_owner_ids=[newcomer])
    decisions, leases = preview.suggested_decisions()
    leases = {lease: ReviewDecision.END}
    tr.transfer_ownership(
        db,
        actor,
        tr.TransferFields(
            TODAY,
            TransferReason.RESALE,
            [sales.Buyer("100", customer_id=newcomer)],
            room_id=flat["room"],
            certificate_numbers="粤2026不动产权第0001号",
            decisions=decisions,
            lease_decisions=leases,
        ),
    )
    s = story.resource_story(db, room_id=flat["room"])
    kinds = [(e.day, e.kind) for e in s.events]
    assert kinds == [
        (SIGNED, story.SALE),
        (HANDED, story.HANDOVER),
        (FIXED, story.RECTIFIED),
        (LET, story.LEASE_STARTED),
        (TODAY, story.LEASE_TERMINATED),
        (TODAY, story.TRANSFER),
    ]
    transfer = s.events[-1].values
    assert transfer["from"] == "张三 50%、李四 50%" and transfer["to"] == "赵六 100%"
    assert transfer["ended"] == "王五"
    assert s.events[1].values["defects"] == 1 and s.events[1].values["open"] == 0
    assert s.current_leases == [] and s.open_defects == []
    # The parking space on the same lease tells the same lease's story.
    space_story = story.resource_story(db, space_id=flat["space"])
    assert [e.kind for e in space_story.events] == [
        story.SALE,
        story.LEASE_STARTED,
        story.LEASE_TERMINATED,
    ]


def test_the_rooms_audit_names_its_workflows_and_only_its_own(db, actor, flat):
    _let(db, actor, flat)
    other = room_ids(db, flat["building"])["3-2-502"]
    buyers = [sales.Buyer("100", customer_id=flat["li"])]
    sales.register_sale(
        db, actor, sales.SaleFields("HT-502", SIGNED, "990000", buyers, room_id=other)
    )
    history = record_detail(db, NodeKind.ROOM, flat["room"], history=200).history
    tables = [e["table_name"] for e in history]
    assert {"room", "identity", "sale", "handover", "lease"} <= set(tables)
    # The checklist's answers are the handover's; a created item is not listed.
    assert not any(
        e["table_name"] == "inspection_item" and e["action"] == "create" for e in history
    )
    payloads = " ".join(e["new_value"] or "" for e in history)
    assert "HT-501" in payloads and "HT-502" not in payloads
    # A building's history is its own only.
    building = record_detail(db, NodeKind.BUILDING, flat["building"], history=200).history
    assert {e["table_name"] for e in building} == {"building"}
