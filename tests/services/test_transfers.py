"""Transfer of ownership (转让过户): old ownerships end, new ones start, the people and
leases that hang on the old owners are reviewed in the same step."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.db.models import (
    AuditEntry,
    Identity,
    ParkingSpace,
    Room,
    Transfer,
    TransferDecision,
    TransferParty,
)
from crm_desktop.domain import clock
from crm_desktop.domain.enums import (
    LeaseState,
    Relation,
    ReviewDecision,
    Role,
    RoomStatus,
    SpaceStatus,
    TransferReason,
)
from crm_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t
from crm_desktop.services import transfers as tr
from tests.factories import person, portfolio, room_ids

SIGNED = date(2024, 3, 15)
TODAY = clock.today()
DAY = TODAY - timedelta(days=7)  # the transfer date
END, KEEP = ReviewDecision.END, ReviewDecision.KEEP


@pytest.fixture
def place(db, actor):
    """Room 3-2-501 owned by 张三 (60%) and 李四 (40%) since SIGNED, with 张三's wife,
    a resident, an emergency contact and a lease to 王五."""
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    for name, phone in (
        ("zhang", "13800138000"),
        ("li", "13900139000"),
        ("wang", "13700137000"),
        ("wife", "13600136000"),
        ("nanny", "13500135000"),
        ("friend", "13400134000"),
        ("buyer", "13300133000"),
    ):
        chinese = {
            "zhang": "张三",
            "li": "李四",
            "wang": "王五",
            "wife": "张妻",
            "nanny": "保姆",
            "friend": "朋友",
            "buyer": "买家",
        }[name]
        p[name] = c.create_customer(db, actor, person(chinese, phone))
    room = p["room"] = p["rooms"]["3-2-501"]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "HT-1",
            SIGNED,
            "1000000",
            [sales.Buyer("60", customer_id=p["zhang"]), sales.Buyer("40", customer_id=p["li"])],
            room_id=room,
        ),
    )
    with db.write(actor) as uow:
        uow.session.get(Room, room).status = RoomStatus.HANDED_OVER
    start = SIGNED + timedelta(days=30)
    p["wife_id"] = idn.add_identity(
        db,
        actor,
        p["wife"],
        idn.IdentityFields(
            Role.FAMILY,
            room_id=room,
            relation=Relation.SPOUSE,
            related_customer_id=p["zhang"],
            start_date=start,
        ),
    )
    p["nanny_id"] = idn.add_identity(
        db, actor, p["nanny"], idn.IdentityFields(Role.RESIDENT, room_id=room, start_date=start)
    )
    p["friend_id"] = idn.add_identity(
        db,
        actor,
        p["friend"],
        idn.IdentityFields(Role.EMERGENCY_CONTACT, room_id=room, start_date=start),
    )
    return p


def _let(db, actor, p, **kw):
    return t.start_lease(
        db,
        actor,
        t.LeaseFields(
            landlord_id=kw.pop("landlord_id", p["zhang"]),
            start_date=kw.pop("start_date", TODAY - timedelta(days=60)),
            end_date=kw.pop("end_date", TODAY + timedelta(days=300)),
            rent="4000",
            tenants=[t.Tenant(customer_id=p["wang"])],
            room_ids=kw.pop("room_ids", [p["room"]]),
            **kw,
        ),
    )


def _fields(p, buyers, **kw):
    return tr.TransferFields(
        transfer_date=kw.pop("transfer_date", DAY),
        reason=kw.pop("reason", TransferReason.RESALE),
        buyers=buyers,
        room_id=kw.pop("room_id", p["room"]),
        certificate_numbers=kw.pop("certificate_numbers", "粤(2025)广州市不动产权第0123456号"),
        **kw,
    )


def _decided(preview):
    decisions, lease_decisions = preview.suggested_decisions()
    return {"decisions": decisions, "lease_decisions": lease_decisions}


def _holders(db, room_id=None, space_id=None, as_of=None):
    return sorted(
        (r.customer_name, r.role.value, r.share)
        for r in idn.resource_identities(db, room_id=room_id, space_id=space_id, as_of=as_of)
    )


def _count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _audits(db):
    with db.read() as s:
        return s.execute(
            select(
                AuditEntry.table_name,
                AuditEntry.action,
                AuditEntry.field,
                AuditEntry.old_value,
                AuditEntry.new_value,
            ).order_by(AuditEntry.id)
        ).all()


def _state(db, p):
    """Everything a refused transfer must leave as it was."""
    with db.read() as s:
        identities = s.execute(
            select(Identity.id, Identity.end_date, Identity.version).order_by(Identity.id)
        ).all()
        status = s.get(Room, p["room"]).status
    return (
        _audits(db),
        identities,
        status,
        c.count_customers(db),
        _count(db, Transfer),
        _count(db, TransferParty),
        _count(db, TransferDecision),
        [
            (r.id, r.version, r.terminated_on, r.landlord_id)
            for r in t.leases_of(db, room_id=p["room"])
        ],
    )


# --- the preview --------------------------------------------------------------------------
def test_the_preview_lists_owners_dependants_and_leases_with_suggestions(db, actor, place):
    p = place
    lease_id = _let(db, actor, p)
    preview = tr.preview_transfer(db, room_id=p["room"], transfer_date=DAY)
    assert preview.resource == "翠湖花园 3-2-501"
    assert preview.earliest_date == SIGNED
    assert [(o.name, o.share, o.start_date) for o in preview.owners] == [
        ("张三", Decimal("60.00"), SIGNED),
        ("李四", Decimal("40.00"), SIGNED),
    ]
    # Nobody of the old household stays: they end; the lease is kept (买卖不破租赁).
    assert [(d.name, d.role, d.suggested) for d in preview.dependants] == [
        ("张妻", Role.FAMILY, END),
        ("保姆", Role.RESIDENT, END),
        ("朋友", Role.EMERGENCY_CONTACT, END),
    ]
    assert preview.dependants[0].related_name == "张三"
    (lease,) = preview.leases
    assert (lease.lease_id, lease.state, lease.tenants, lease.suggested) == (
        lease_id,
        LeaseState.ACTIVE,
        [(p["wang"], "王五")],
        KEEP,
    )
    assert lease.landlord_name == "张三" and lease.other_resources == []
    # 张三 buys 李四 out: his wife and the household stay.
    buyout = tr.preview_transfer(db, room_id=p["room"], new_owner_ids=[p["zhang"]])
    assert [d.suggested for d in buyout.dependants] == [KEEP, KEEP, KEEP]
    # The tenant buys the flat: the lease ends.
    tenant_buys = tr.preview_transfer(db, room_id=p["room"], new_owner_ids=[p["wang"]])
    assert [lease.suggested for lease in tenant_buys.leases] == [END]
    with pytest.raises(ValidationError) as exc:
        tr.preview_transfer(db, room_id=p["rooms"]["3-2-502"])
    assert exc.value.field == "resource"


# --- transfers ----------------------------------------------------------------------------
def test_a_resale_ends_the_old_ownership_starts_the_new_and_keeps_the_history(db, actor, place):
    p = place
    lease_id = _let(db, actor, p)
    preview = tr.preview_transfer(db, room_id=p["room"], transfer_date=DAY)
    before = len(_audits(db))
    transfer_id = tr.transfer_ownership(
        db,
        actor,
        _fields(
            p,
            [
                tr.Buyer("70", customer_id=p["buyer"]),
                tr.Buyer("30", new=person("新业主", "13200132000")),
            ],
            certificate_numbers="A-1；A-2\n A-1 ",
            owner_identity_ids=preview.owner_identity_ids,
            notes=" 中介：链家 ",
            **_decided(preview),
        ),
    )
    # Before the transfer date: the old owners and their household.
    assert _holders(db, room_id=p["room"], as_of=DAY - timedelta(days=1)) == sorted(
        [
            ("张三", "owner", Decimal("60.00")),
            ("李四", "owner", Decimal("40.00")),
            ("张妻", "family", None),
            ("保姆", "resident", None),
            ("朋友", "emergency_contact", None),
            ("王五", "tenant", None),
        ]
    )
    # From the transfer date: the new owners; the tenant stays.
    assert _holders(db, room_id=p["room"], as_of=DAY) == sorted(
        [
            ("买家", "owner", Decimal("70.00")),
            ("新业主", "owner", Decimal("30.00")),
            ("王五", "tenant", None),
        ]
    )
    history = idn.resource_history(db, room_id=p["room"])
    ended = {(r.customer_name, r.role.value): (r.end_date, r.end_reason) for r in history}
    assert ended[("张三", "owner")] == (DAY, tr.END_REASON)
    assert ended[("张妻", "family")] == (DAY, tr.END_REASON)
    assert len(history) == 8  # nothing deleted
    # The kept lease passes to the new owner with the largest share.
    lease = t.lease_of(db, lease_id)
    assert (lease.landlord_name, lease.state) == ("买家", LeaseState.ACTIVE)
    with db.read() as s:
        assert s.get(Room, p["room"]).status == RoomStatus.RENTED  # unchanged
    (row,) = tr.transfers_of(db, room_id=p["room"])
    assert (row.id, row.transfer_date, row.reason, row.certificate_numbers, row.notes) == (
        transfer_id,
        DAY,
        TransferReason.RESALE,
        "A-1; A-2",
        "中介：链家",
    )
    assert [(o.name, o.share) for o in row.previous_owners] == [
        ("张三", Decimal("60.00")),
        ("李四", Decimal("40.00")),
    ]
    assert [(o.name, o.share) for o in row.new_owners] == [
        ("买家", Decimal("70.00")),
        ("新业主", Decimal("30.00")),
    ]
    assert [(d.subject, d.role, d.decision) for d in row.decisions] == [
        ("张妻", Role.FAMILY, END),
        ("保姆", Role.RESIDENT, END),
        ("朋友", Role.EMERGENCY_CONTACT, END),
        ("王五", None, KEEP),
    ]
    added = _audits(db)[before:]
    kinds = [a[:3] for a in added]
    assert ("transfer", "create", None) in kinds
    assert kinds.count(("identity", "end", "end_date")) == 5
    assert kinds.count(("identity", "create", None)) == 2
    assert ("customer", "create", None) in kinds
    assert ("lease", "update", "landlord_id", str(p["zhang"]), str(p["buyer"])) in added


def test_a_co_owner_buys_the_other_out(db, actor, place):
    p = place
    preview = tr.preview_transfer(db, room_id=p["room"], new_owner_ids=[p["zhang"]])
    tr.transfer_ownership(
        db, actor, _fields(p, [tr.Buyer(customer_id=p["zhang"])], **_decided(preview))
    )
    owners = [
        (r.customer_name, r.share, r.start_date, r.end_date)
        for r in idn.resource_history(db, room_id=p["room"])
        if r.role == Role.OWNER
    ]
    assert sorted(owners, key=str) == sorted(
        [
            ("张三", Decimal("60.00"), SIGNED, DAY),
            ("李四", Decimal("40.00"), SIGNED, DAY),
            ("张三", Decimal("100.00"), DAY, None),
        ],
        key=str,
    )
    assert _holders(db, room_id=p["room"]) == sorted(
        [
            ("张三", "owner", Decimal("100.00")),
            ("张妻", "family", None),
            ("保姆", "resident", None),
            ("朋友", "emergency_contact", None),
        ]
    )


def test_a_transfer_can_terminate_a_lease_of_a_flat_and_a_space(db, actor, place):
    p = place
    space = p["spaces"][0]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "CW-1", SIGNED, "1", [sales.Buyer(customer_id=p["zhang"])], space_id=space
        ),
    )
    lease_id = _let(db, actor, p, space_ids=[space])
    lease = t.lease_of(db, lease_id)
    renewal = t.renew_lease(db, actor, lease_id, lease.version, lease.end_date + timedelta(days=90))
    preview = tr.preview_transfer(db, room_id=p["room"], new_owner_ids=[p["wang"]])
    (review,) = preview.leases  # the upcoming renewal follows the term it renews
    assert review.other_resources == ["翠湖花园 地下停车场 B1-001"]
    assert (review.renewal_id, review.suggested) == (renewal, END)
    decisions, lease_decisions = preview.suggested_decisions()
    tr.transfer_ownership(
        db,
        actor,
        _fields(
            p,
            [tr.Buyer(customer_id=p["wang"])],
            transfer_date=TODAY,
            decisions=decisions,
            lease_decisions=lease_decisions,
        ),
    )
    row = t.lease_of(db, lease_id)
    assert (row.state, row.terminated_on, row.termination_reason) == (
        LeaseState.TERMINATED,
        TODAY,
        tr.END_REASON,
    )
    assert t.lease_of(db, renewal).terminated_on == t.lease_of(db, renewal).start_date
    # The tenant's identities end on the flat and on the space; he owns the flat now.
    assert _holders(db, room_id=p["room"]) == [("王五", "owner", Decimal("100.00"))]
    assert _holders(db, space_id=space) == [("张三", "owner", Decimal("100.00"))]
    with db.read() as s:
        assert s.get(Room, p["room"]).status == RoomStatus.VACANT
        assert s.get(ParkingSpace, space).status == SpaceStatus.SOLD


def test_an_upcoming_lease_ended_by_a_transfer_is_cancelled(db, actor, place):
    p = place
    start = TODAY + timedelta(days=10)
    lease_id = _let(db, actor, p, start_date=start, end_date=start + timedelta(days=365))
    preview = tr.preview_transfer(db, room_id=p["room"])
    decisions, _ = preview.suggested_decisions()
    tr.transfer_ownership(
        db,
        actor,
        _fields(
            p,
            [tr.Buyer(customer_id=p["buyer"])],
            decisions=decisions,
            lease_decisions={lease_id: "end"},
        ),
    )
    row = t.lease_of(db, lease_id)
    assert (row.state, row.terminated_on) == (LeaseState.TERMINATED, start)


def test_a_parking_space_transfers_the_same_way(db, actor, place):
    p = place
    space = p["spaces"][1]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "CW-2", SIGNED, "1", [sales.Buyer(customer_id=p["zhang"])], space_id=space
        ),
    )
    preview = tr.preview_transfer(db, space_id=space)
    assert preview.dependants == [] and preview.leases == []
    transfer_id = tr.transfer_ownership(
        db,
        actor,
        tr.TransferFields(
            transfer_date=SIGNED,  # the day the ownership began is allowed
            reason="gift",
            buyers=[tr.Buyer(customer_id=p["li"])],
            space_id=space,
        ),
    )
    assert _holders(db, space_id=space) == [("李四", "owner", Decimal("100.00"))]
    (row,) = tr.transfers_of(db, space_id=space)
    assert (row.id, row.reason, row.certificate_numbers) == (transfer_id, TransferReason.GIFT, "")
    assert tr.transfers_of(db, room_id=p["room"]) == []


# --- refusals -----------------------------------------------------------------------------
def test_refusals_leave_nothing_behind(db, actor, place):
    p = place
    lease_id = _let(db, actor, p)
    preview = tr.preview_transfer(db, room_id=p["room"], transfer_date=DAY)
    decisions, lease_decisions = preview.suggested_decisions()
    full = {"decisions": decisions, "lease_decisions": lease_decisions}
    new_buyer = [tr.Buyer(new=person("新业主", "13200132000"))]
    one = [tr.Buyer(customer_id=p["buyer"])]
    some = dict(list(decisions.items())[:2])
    cases = {
        "no date": (_fields(p, one, transfer_date=None, **full), "transfer_date"),
        "future": (
            _fields(p, one, transfer_date=TODAY + timedelta(days=1), **full),
            "transfer_date",
        ),
        "before owning": (
            _fields(p, one, transfer_date=SIGNED - timedelta(days=1), **full),
            "transfer_date",
        ),
        "no reason": (_fields(p, one, reason=None, **full), "reason"),
        "bad reason": (_fields(p, one, reason="sold", **full), "reason"),
        "other unexplained": (_fields(p, one, reason=TransferReason.OTHER, **full), "notes"),
        "nobody": (_fields(p, [], **full), "buyers"),
        "empty buyer": (_fields(p, [*new_buyer, tr.Buyer()], **full), "buyers"),
        "shares": (
            _fields(
                p,
                [tr.Buyer("60", customer_id=p["buyer"]), tr.Buyer("30", new=new_buyer[0].new)],
                **full,
            ),
            "buyers",
        ),
        "share missing": (
            _fields(
                p, [tr.Buyer("60", customer_id=p["buyer"]), tr.Buyer(customer_id=p["li"])], **full
            ),
            "buyers",
        ),
        "twice": (_fields(p, [tr.Buyer("50", customer_id=p["buyer"])] * 2, **full), "buyers"),
        "same owners": (
            _fields(
                p,
                [tr.Buyer("40", customer_id=p["li"]), tr.Buyer("60", customer_id=p["zhang"])],
                **full,
            ),
            "buyers",
        ),
        "missing decision": (
            _fields(p, new_buyer, decisions=some, lease_decisions=lease_decisions),
            "decisions",
        ),
        "unknown decision": (
            _fields(
                p, one, decisions={**decisions, 999999: "end"}, lease_decisions=lease_decisions
            ),
            "decisions",
        ),
        "bad decision": (
            _fields(
                p,
                one,
                decisions={k: "maybe" for k in decisions},
                lease_decisions=lease_decisions,
            ),
            "decisions",
        ),
        "missing lease decision": (_fields(p, new_buyer, decisions=decisions), "lease_decisions"),
        "certificates": (
            _fields(p, one, certificate_numbers="号" * 201, **full),
            "certificate_numbers",
        ),
    }
    before = _state(db, p)
    fields = {}
    for name, (f, _) in cases.items():
        with pytest.raises(ValidationError) as exc:
            tr.transfer_ownership(db, actor, f)
        fields[name] = exc.value.field
    assert fields == {name: field for name, (_, field) in cases.items()}
    assert _state(db, p) == before  # not even the new owner of a refused transfer is kept
    with pytest.raises(ValidationError) as exc:
        tr.transfer_ownership(
            db, actor, _fields(p, one, decisions=some, lease_decisions=lease_decisions)
        )
    assert "朋友" in str(exc.value) and "张妻" not in str(exc.value)
    # The owners changed since the preview: refused as stale.
    with pytest.raises(StaleRecordError):
        tr.transfer_ownership(
            db, actor, _fields(p, one, owner_identity_ids=[preview.owner_identity_ids[0]], **full)
        )
    # An unsold room has no owners to transfer from; a retired or unknown one is gone.
    unsold = _fields(p, one, room_id=p["rooms"]["3-2-502"])
    with pytest.raises(ValidationError) as exc:
        tr.transfer_ownership(db, actor, unsold)
    assert exc.value.field == "resource"
    with pytest.raises(NotFoundError):
        tr.transfer_ownership(db, actor, _fields(p, one, room_id=999999, **full))
    assert _state(db, p) == before
    assert t.lease_of(db, lease_id).landlord_id == p["zhang"]


def test_a_dependant_who_arrived_after_the_transfer_date_cannot_end_on_it(db, actor, place):
    p = place
    late = c.create_customer(db, actor, person("新住户", "13100131000"))
    late_id = idn.add_identity(
        db,
        actor,
        late,
        idn.IdentityFields(Role.RESIDENT, room_id=p["room"], start_date=DAY + timedelta(days=2)),
    )
    preview = tr.preview_transfer(db, room_id=p["room"], transfer_date=DAY)
    decisions, _ = preview.suggested_decisions()
    # Suggested: keep (ending on the transfer date would be refused) …
    assert decisions[late_id] == KEEP and decisions[p["nanny_id"]] == END
    # … and a clerk who chooses to end it anyway is told why not.
    decisions[late_id] = END
    before = _state(db, p)
    with pytest.raises(ValidationError) as exc:
        tr.transfer_ownership(
            db, actor, _fields(p, [tr.Buyer(customer_id=p["buyer"])], decisions=decisions)
        )
    assert exc.value.field == "decisions" and "新住户" in str(exc.value)
    assert _state(db, p) == before
    decisions[late_id] = KEEP
    tr.transfer_ownership(
        db, actor, _fields(p, [tr.Buyer(customer_id=p["buyer"])], decisions=decisions)
    )
    assert ("新住户", "resident", None) in _holders(db, room_id=p["room"])


def test_certificate_numbers():
    assert tr.parse_certificates(" A-1 ,A-2、A-1\nB  3 ") == "A-1; A-2; B 3"
    assert tr.parse_certificates("") == ""
