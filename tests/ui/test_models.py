"""The navigation tree and item table models: lazy loading, roles, model validity."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from crm_desktop.domain.enums import NodeKind, RoomUse
from crm_desktop.services import queries
from crm_desktop.services import resources as r
from crm_desktop.ui.app_context import Change
from crm_desktop.ui.roles import IdRole, KindRole
from crm_desktop.ui.table_model import ItemTableModel, enum_text
from crm_desktop.ui.tree_model import NavigationModel
from tests.factories import portfolio


@pytest.fixture
def data(db, actor):
    return portfolio(db, actor)


def expand_to_building(model: NavigationModel):
    region = model.index(0, 0)
    model.fetchMore(region)
    project = model.index(0, 0, region)
    model.fetchMore(project)
    building = model.index(0, 0, project)
    return region, project, building


def test_tree_is_lazy_and_valid(ctx, data, qtmodeltester, monkeypatch):
    calls = []
    real = queries.child_nodes

    def counting(db, kind, node_id):
        calls.append(kind)
        return real(db, kind, node_id)

    monkeypatch.setattr(queries, "child_nodes", counting)
    model = NavigationModel(ctx)
    assert model.rowCount() == 1
    assert calls == []  # only the regions so far
    region, project, building = expand_to_building(model)
    assert calls == [NodeKind.REGION, NodeKind.PROJECT]
    assert building.data() == "3栋"
    assert building.data(KindRole) == NodeKind.BUILDING
    assert building.data(IdRole) == data["building"]
    assert not building.data(Qt.ItemDataRole.DecorationRole).isNull()
    # No room node exists until the building is expanded.
    assert model.hasChildren(building)
    assert model.canFetchMore(building)
    assert model.rowCount(building) == 0
    assert not model.node_index(NodeKind.ROOM, 1).isValid()
    model.fetchMore(building)
    assert calls[-1] == NodeKind.BUILDING
    assert model.rowCount(building) == 48
    assert not model.canFetchMore(building)
    first_room = model.index(0, 0, building)
    assert first_room.data(KindRole) == NodeKind.ROOM
    assert model.parent(first_room) == building
    assert model.node_index(NodeKind.ROOM, first_room.data(IdRole)) == first_room
    car_park = model.index(1, 0, project)
    assert car_park.data(KindRole) == NodeKind.CAR_PARK
    qtmodeltester.check(model)


def test_tree_unknown_roles_and_flags(ctx, data):
    model = NavigationModel(ctx)
    index = model.index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.columnCount() == 1
    assert not model.index(5, 0).isValid()


def test_tree_reload_keeps_subtrees(ctx, db, actor, data):
    model = NavigationModel(ctx)
    region, project, building = expand_to_building(model)
    model.fetchMore(building)
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))

    new_building = r.create_building(db, actor, r.BuildingFields(data["project"], "10", "10栋"))
    ctx.notify(
        Change(NodeKind.BUILDING, (new_building,), parent=(NodeKind.PROJECT, data["project"]))
    )
    assert not resets
    assert inserted
    assert model.node_index(NodeKind.BUILDING, new_building).isValid()
    # The building with its loaded rooms kept them.
    building = model.node_index(NodeKind.BUILDING, data["building"])
    assert model.rowCount(building) == 48
    labels = [model.index(i, 0, project).data() for i in range(model.rowCount(project))]
    assert labels == ["3栋", "10栋", "地下停车场"]

    # A rename updates the label in place.
    record = queries.load_record(db, NodeKind.BUILDING, data["building"])
    fields = record.fields
    fields.name = "3号楼"
    r.update_building(db, actor, data["building"], record.version, fields)
    ctx.notify(
        Change(NodeKind.BUILDING, (data["building"],), parent=(NodeKind.PROJECT, data["project"]))
    )
    assert model.node_index(NodeKind.BUILDING, data["building"]).data() == "3号楼"
    assert model.rowCount(model.node_index(NodeKind.BUILDING, data["building"])) == 48


def test_tree_room_added_and_split(ctx, db, actor, data):
    model = NavigationModel(ctx)
    _, _, building = expand_to_building(model)
    model.fetchMore(building)
    room = r.create_room(
        db, actor, r.RoomFields(data["building"], "1", 7, "701", gross_area=Decimal("90"))
    )
    ctx.notify(Change(NodeKind.ROOM, (room,), parent=(NodeKind.BUILDING, data["building"])))
    building = model.node_index(NodeKind.BUILDING, data["building"])
    assert model.rowCount(building) == 49
    assert model.node_index(NodeKind.ROOM, room).data() == "3-1-701"

    record = queries.load_record(db, NodeKind.ROOM, room)
    new_ids = r.split_room(
        db,
        actor,
        room,
        record.version,
        [r.RoomPart("701A", "40"), r.RoomPart("701B", "40")],
    )
    ctx.notify(
        Change(
            NodeKind.ROOM,
            tuple(new_ids),
            parent=(NodeKind.BUILDING, data["building"]),
            retired=(room,),
        )
    )
    assert model.rowCount(building) == 50
    assert not model.node_index(NodeKind.ROOM, room).isValid()
    assert all(model.node_index(NodeKind.ROOM, i).isValid() for i in new_ids)


def test_table_rooms_of_building(ctx, data, qtmodeltester, monkeypatch):
    model = ItemTableModel(ctx)
    model.set_parent(NodeKind.BUILDING, data["building"])
    assert model.child_kind == NodeKind.ROOM
    assert model.rowCount() == 48
    assert model.columnCount() == len(queries.COLUMNS[NodeKind.ROOM])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Room code"
    assert model.index(0, 0).data() == "3-1-101"
    assert model.index(47, 0).data() == "3-2-604"
    gross = [c.key for c in model.columns].index("gross_area")
    assert model.index(0, gross).data() == "89.50"
    assert (
        model.index(0, gross).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    )
    use = [c.key for c in model.columns].index("use")
    assert model.index(0, use).data() == enum_text(RoomUse.RESIDENTIAL)
    assert model.index(0, 0).data(IdRole) == model.id_at(0)
    assert model.index(0, 0).data(KindRole) == NodeKind.ROOM
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.row_of(model.id_at(5)) == 5
    qtmodeltester.check(model)


def test_table_reads_rows_in_pages(ctx, data, monkeypatch):
    pages = []
    real = queries.table_rows

    def counting(db, kind, ids):
        pages.append(len(ids))
        return real(db, kind, ids)

    monkeypatch.setattr(queries, "table_rows", counting)
    model = ItemTableModel(ctx)
    model.set_parent(NodeKind.BUILDING, data["building"])
    assert pages == []  # ids only
    for row in range(48):
        model.index(row, 0).data()
    assert pages == [48]


def test_table_regions_and_counts(ctx, data, qtmodeltester):
    model = ItemTableModel(ctx)
    model.set_parent(None, None)
    assert model.child_kind == NodeKind.REGION
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "华南区"
    rooms = [c.key for c in model.columns].index("rooms")
    assert model.index(0, rooms).data() == "48"
    qtmodeltester.check(model)


def test_table_sort(ctx, data, qtmodeltester):
    model = ItemTableModel(ctx)
    model.set_parent(NodeKind.BUILDING, data["building"])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "3-2-604"
    assert model.index(47, 0).data() == "3-1-101"
    floor = [c.key for c in model.columns].index("floor")
    model.sort(floor, Qt.SortOrder.AscendingOrder)
    floors = [int(model.index(i, floor).data()) for i in range(48)]
    assert floors == sorted(floors)
    model.sort(-1)
    assert model.index(0, 0).data() == "3-1-101"
    qtmodeltester.check(model)


def test_table_follows_changes(ctx, db, actor, data):
    model = ItemTableModel(ctx)
    model.set_parent(NodeKind.BUILDING, data["building"])
    room = r.create_room(
        db,
        actor,
        r.RoomFields(data["building"], "1", 7, "701", use=RoomUse.SHOP, gross_area=Decimal("120")),
    )
    ctx.notify(Change(NodeKind.ROOM, (room,), parent=(NodeKind.BUILDING, data["building"])))
    assert model.rowCount() == 49
    assert model.index(model.row_of(room), 0).data() == "3-1-701"

    # A table of buildings re-reads its counts when a room changes below it.
    buildings = ItemTableModel(ctx)
    buildings.set_parent(NodeKind.PROJECT, data["project"])
    rooms = [c.key for c in buildings.columns].index("rooms")
    assert buildings.index(0, rooms).data() == "49"
    room2 = r.create_room(db, actor, r.RoomFields(data["building"], "1", 7, "702"))
    ctx.notify(Change(NodeKind.ROOM, (room2,), parent=(NodeKind.BUILDING, data["building"])))
    assert buildings.index(0, rooms).data() == "50"


def test_table_parking_spaces_and_empty(ctx, data, qtmodeltester):
    model = ItemTableModel(ctx)
    model.set_parent(NodeKind.CAR_PARK, data["car_park"])
    assert model.child_kind == NodeKind.PARKING_SPACE
    assert model.rowCount() == 20
    assert model.index(0, 0).data() == "B1-001"
    qtmodeltester.check(model)
    model.set_parent(NodeKind.ROOM, 1)
    assert model.child_kind is None
    assert model.rowCount() == 0
    assert model.columnCount() == 0
    assert model.index(0, 0, QModelIndex()).data() is None


def test_refresh_with_the_same_rows_does_not_reset_the_table(qtbot, ctx, db, actor):
    from crm_desktop.domain.enums import NodeKind
    from crm_desktop.services import queries
    from crm_desktop.ui.table_model import ItemTableModel

    data = portfolio(db, actor)
    model = ItemTableModel(ctx)
    model.set_parent(NodeKind.BUILDING, data["building"])
    first = model.index(0, 7).data()
    rec = queries.load_record(db, NodeKind.ROOM, model.id_at(0))
    rec.fields.status = "sold"
    r.update_room(db, actor, rec.id, rec.version, rec.fields)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.refresh()
    assert model.index(0, 7).data() == "Sold" != first


def test_renumbered_building_renumbers_loaded_room_labels(ctx, db, actor):
    from crm_desktop.ui.tree_model import NavigationModel

    data = portfolio(db, actor)
    model = NavigationModel(ctx)
    model.fetchMore(model.node_index(NodeKind.REGION, data["region"]))
    model.fetchMore(model.node_index(NodeKind.PROJECT, data["project"]))
    building = model.node_index(NodeKind.BUILDING, data["building"])
    model.fetchMore(building)
    assert model.index(0, 0, building).data() == "3-1-101"
    rec = queries.load_record(db, NodeKind.BUILDING, data["building"])
    rec.fields.code = "8"
    r.update_building(db, actor, rec.id, rec.version, rec.fields)
    ctx.notify(Change(NodeKind.BUILDING, (rec.id,), parent=(NodeKind.PROJECT, data["project"])))
    building = model.node_index(NodeKind.BUILDING, data["building"])
    assert model.index(0, 0, building).data() == "8-1-101"
