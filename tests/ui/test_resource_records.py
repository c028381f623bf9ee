"""The Records page of a room: its story (sale, handover, rectification, lease,
transfer), the leases and open defects a clerk acts on, and the room's audit history
including its related records."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from crm_desktop.domain import clock
from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import handover as ho
from crm_desktop.services import sales
from crm_desktop.ui.detail_pane import DetailPane
from tests.factories import handed_over_flat, let_with_space, room_ids
from tests.ui.typing import type_text

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


@pytest.fixture
def pane(qtbot, ctx):
    widget = DetailPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 420)
    widget.show()
    return widget


def show_records(qtbot, pane, room):
    view = pane.records_view
    with qtbot.waitSignal(view.loaded, timeout=5000):
        pane.show_record(NodeKind.ROOM, room)
    pane.show_records_tab()
    return view


def test_records_page_offers_what_fits_and_asks_for_the_dialogs(qtbot, db, actor, pane, flat):
    lease = _let(db, actor, flat)
    view = show_records(qtbot, pane, flat["room"])
    assert pane.tabs.currentWidget() is view
    assert not view.sale_button.isEnabled()  # sold already
    assert view.sale_button.toolTip()
    assert view.handover_button.isEnabled() and view.transfer_button.isEnabled()
    assert view.leases_table.rowCount() == 1 and view.defects_table.rowCount() == 1
    assert view.leases_table.item(0, 2).text() == "王五"
    assert "B1-001" in view.leases_table.item(0, 2).toolTip()
    assert view.defects_table.item(0, 1).text() == "地漏反水"
    whats = [view.story_table.item(r, 1).text() for r in range(view.story_table.rowCount())]
    assert whats == ["Sold", "Handed over", "Let", "Lease ends"]
    details = view.story_table.item(1, 2).text()
    assert "刘工" in details and "12.5 m³" in details and "defects: 1, still open: 1" in details

    # Nothing selected: Renew… and Rectify… wait for a choice.
    assert not view.renew_button.isEnabled() and not view.rectify_button.isEnabled()
    asked = []
    view.workflowRequested.connect(lambda name, payload: asked.append((name, payload)))
    view.leases_table.selectRow(0)
    assert view.renew_button.isEnabled() and view.terminate_button.isEnabled()
    qtbot.mouseClick(view.terminate_button, Qt.MouseButton.LeftButton)
    view.defects_table.selectRow(0)
    qtbot.mouseClick(view.rectify_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.transfer_button, Qt.MouseButton.LeftButton)
    assert asked[0] == ("terminate", lease)
    assert asked[1][0] == "rectify" and asked[1][1].name == "卫生间"
    assert asked[2] == ("transfer", None)


def test_rectifying_from_the_records_page_updates_it(qtbot, db, pane, flat, monkeypatch):
    view = show_records(qtbot, pane, flat["room"])
    view.defects_table.selectRow(0)
    qtbot.mouseClick(view.rectify_button, Qt.MouseButton.LeftButton)
    dialog = pane.window().findChild(QDialog, "RectifyDefectDialog")
    assert dialog is not None and dialog.room_id == flat["room"]
    type_text(qtbot, dialog.ui.rectifiedByEdit, "物业维修部")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert view.defects_table.rowCount() == 0
    assert ho.handover_of(db, flat["room"]).open_defects == []
    whats = [view.story_table.item(r, 1).text() for r in range(view.story_table.rowCount())]
    assert "Defect rectified" in whats


def test_the_rooms_audit_history_includes_its_workflows(qtbot, db, actor, pane, flat):
    _let(db, actor, flat)
    show_records(qtbot, pane, flat["room"])
    whats = [pane.history.item(r, 2).text() for r in range(pane.history.rowCount())]
    assert any(w.startswith("Lease – Created") for w in whats)
    assert any(w.startswith("Handover – ") for w in whats)
    assert any(w.startswith("Sale – Created") for w in whats)
    assert any(w.startswith("Identity – ") for w in whats)
    assert any("HT-501" in pane.history.item(r, 3).text() for r in range(pane.history.rowCount()))


def test_another_rooms_workflows_stay_out_of_the_history(qtbot, db, actor, pane, flat):
    p_rooms = room_ids(db, pane_building(db, flat["room"]))
    other = p_rooms["3-2-502"]
    buyers = [sales.Buyer("100", customer_id=flat["li"])]
    sales.register_sale(
        db, actor, sales.SaleFields("HT-502", SIGNED, "990000", buyers, room_id=other)
    )
    show_records(qtbot, pane, flat["room"])
    texts = [pane.history.item(r, 3).text() for r in range(pane.history.rowCount())]
    assert any("HT-501" in x for x in texts) and not any("HT-502" in x for x in texts)


def pane_building(db, room_id):
    from crm_desktop.db.models import Room

    with db.read() as s:
        return s.get(Room, room_id).building_id
