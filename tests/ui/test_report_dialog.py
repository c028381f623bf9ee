"""Printing from the window: a building's customer cards and a customer's own card,
saved as PDF through the report dialog; full numbers only when ticked, and audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry
from crm_desktop.domain import clock
from crm_desktop.services import disclosure
from crm_desktop.services import identities as idn
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.report_dialog import ReportDialog
from tests.factories import handed_over_flat

TODAY = clock.today()


@pytest.fixture
def flat(db, actor):
    return handed_over_flat(db, actor, TODAY - timedelta(days=90), TODAY - timedelta(days=60))


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def disclosures(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).where(AuditEntry.action == disclosure.PRINT))


def save_through(qtbot, dialog, path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_path is not None, timeout=20000)


def test_building_cards_from_the_reports_menu(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.reveal(idn.resource_path(db, room_id=flat["room"])[1:])  # the building
    assert win.actions["cardsAction"].isEnabled()
    win.actions["cardsAction"].trigger()
    qtbot.waitUntil(lambda: win.findChild(ReportDialog) is not None, timeout=5000)
    dialog = win.findChild(ReportDialog)
    assert "翠湖花园 3栋" in dialog.windowTitle()
    target = tmp_path / "cards.pdf"
    save_through(qtbot, dialog, target, monkeypatch)
    text = text_of(target)
    reader = PdfReader(str(target))
    assert len(reader.pages) == 2  # 张三 and 李四, one page each
    assert "张三" in text and "李四" in text
    assert "138****8000" in text and "13800138000" not in text
    assert dialog.message.text().startswith("2 pages written to")
    assert disclosures(db) == 0


def test_a_customers_card_with_full_numbers_is_audited(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    dialog = ReportDialog(ctx, "cards", {"customer_ids": [flat["zhang"]]}, "张三")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_numbers.setChecked(True)
    target = tmp_path / "zhang.pdf"
    save_through(qtbot, dialog, target, monkeypatch)
    assert "138 0013 8000" in text_of(target)  # in full, grouped for reading
    assert disclosures(db) == 1


def test_a_failure_is_shown_in_the_dialog(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    dialog = ReportDialog(ctx, "cards", {"building_id": 999999}, "?")
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), "")
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.save_button.isEnabled() and "PDF…" not in dialog.message.text(),
        timeout=10000,
    )
    assert "no longer exists" in dialog.message.text()
    assert not (tmp_path / "x.pdf").exists()


def test_the_ledger_of_a_building(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    from crm_desktop.db.models import Room

    with db.read() as s:
        building = s.get(Room, flat["room"]).building_id
    dialog = ReportDialog(ctx, "ledger", {"building_id": building}, "翠湖花园 3栋")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.full_numbers.isVisible()
    target = tmp_path / "ledger.pdf"
    save_through(qtbot, dialog, target, monkeypatch)
    text = text_of(target)
    assert "3-2-501" in text and "张三" in text


def test_every_report_of_the_reports_menu_makes_its_pdf(
    qtbot, ctx, db, actor, tmp_path, monkeypatch
):
    """Occupancy, handover progress and sheet, lease expiry and transfer register from
    the window: each dialog saves a PDF with the flat in it."""
    from crm_desktop.services import sales
    from crm_desktop.services import transfers as tr
    from tests.factories import let_with_space

    flat = handed_over_flat(db, actor, TODAY - timedelta(days=400), TODAY - timedelta(days=380))
    let_with_space(db, actor, flat, TODAY - timedelta(days=355))  # ends in 10 days
    preview = tr.preview_transfer(db, space_id=flat["space"], new_owner_ids=[flat["li"]])
    decisions, leases = preview.suggested_decisions()
    tr.transfer_ownership(
        db,
        actor,
        tr.TransferFields(
            TODAY,
            "gift",
            [sales.Buyer("100", customer_id=flat["li"])],
            space_id=flat["space"],
            decisions=decisions,
            lease_decisions=leases,
        ),
    )
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.reveal(idn.resource_path(db, room_id=flat["room"]))
    qtbot.waitUntil(lambda: win.detail.current is not None, timeout=5000)
    expected = {
        "occupancyAction": "翠湖花园",
        "progressAction": "3-2-501",
        "handoverSheetAction": "卫生间",
        "leaseExpiryAction": "王五",
        "transferRegisterAction": "B1-001",
    }
    for name, needle in expected.items():
        assert win.actions[name].isEnabled(), name
        win.actions[name].trigger()
        qtbot.waitUntil(lambda: win.findChild(ReportDialog) is not None, timeout=5000)
        dialog = win.findChild(ReportDialog)
        target = tmp_path / f"{name}.pdf"
        save_through(qtbot, dialog, target, monkeypatch)
        assert needle in text_of(target), name
        dialog.close()
        dialog.deleteLater()
        qtbot.waitUntil(lambda: win.findChild(ReportDialog) is None, timeout=5000)


def test_the_office_name_setting_heads_the_printout(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    ctx.settings.office_name = "翠湖物业客服中心"
    dialog = ReportDialog(ctx, "cards", {"customer_ids": [flat["zhang"]]}, "张三")
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "office.pdf"
    save_through(qtbot, dialog, target, monkeypatch)
    assert "翠湖物业客服中心" in text_of(target)
