"""Printing from the window: a building's customer cards and a customer's own card,
saved as PDF through the report dialog; full numbers only when ticked, and audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry
from crm_desktop.domain import clock
from crm_desktop.domain.enums import NodeKind
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


# --- the preview ---------------------------------------------------------------------------
def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages > 0 and not dialog._busy, timeout=20000)
    return dialog


def building_of(db, flat) -> int:
    from crm_desktop.db.models import Room

    with db.read() as s:
        return s.get(Room, flat["room"]).building_id


def test_the_preview_shows_the_pdf_with_pages_and_zoom(qtbot, ctx, db, flat):
    dialog = shown(qtbot, ReportDialog(ctx, "cards", {"building_id": building_of(db, flat)}, "3栋"))
    assert dialog.stack.currentWidget() is dialog.view
    assert dialog.document.pageCount() == 2
    assert dialog.page_label.text() == "Page 1 of 2"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.go_to_page(1)
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Page 2 of 2", timeout=3000)
    assert not dialog.next_button.isEnabled()
    assert dialog.zoom_label.text() == "Width"
    before = dialog.view.zoomFactor()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(before * dialog.ZOOM_STEP)
    assert dialog.zoom_label.text() == f"{round(before * dialog.ZOOM_STEP * 100)}%"
    for _ in range(20):  # never past the limits
        qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(dialog.ZOOM_RANGE[0])
    qtbot.mouseClick(dialog.whole_page_button, Qt.MouseButton.LeftButton)
    assert dialog.zoom_label.text() == "Page"
    folder = dialog._folder
    assert any(folder.rglob("*.pdf"))
    dialog.reject()
    assert not folder.exists()  # the previews go with the dialog


def test_changing_an_option_remakes_the_preview(qtbot, ctx, db, actor):
    from tests.factories import let_with_space

    flat = handed_over_flat(db, actor, TODAY - timedelta(days=400), TODAY - timedelta(days=380))
    let_with_space(db, actor, flat, TODAY - timedelta(days=355))  # ends in 10 days
    dialog = shown(qtbot, ReportDialog(ctx, "leases", {"days": 5}, "all projects"))
    first = dialog._current()
    assert "王五" not in text_of(first)
    dialog.days.setValue(30)
    qtbot.waitUntil(lambda: dialog._current() not in (None, first), timeout=20000)
    assert "王五" in text_of(dialog._current())
    assert not first.exists()  # the superseded preview is gone


def test_saving_right_after_ticking_full_numbers_waits_for_that_pdf(
    qtbot, ctx, db, flat, tmp_path, monkeypatch
):
    dialog = shown(qtbot, ReportDialog(ctx, "cards", {"customer_ids": [flat["zhang"]]}, "张三"))
    assert "138****8000" in text_of(dialog._current())
    dialog.full_numbers.setChecked(True)  # the save below must not copy the masked preview
    target = tmp_path / "full.pdf"
    save_through(qtbot, dialog, target, monkeypatch)
    assert "138 0013 8000" in text_of(target)
    assert disclosures(db) == 1
    save_through(qtbot, dialog, tmp_path / "again.pdf", monkeypatch)  # the same PDF again
    assert disclosures(db) == 1


def _pdf_printer(path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_sends_the_chosen_pages_to_the_printer(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    dialog = shown(qtbot, ReportDialog(ctx, "cards", {"building_id": building_of(db, flat)}, "3栋"))
    everything = tmp_path / "all.pdf"
    assert dialog.print_to(_pdf_printer(everything), dialog._current()) == 2
    assert len(PdfReader(str(everything)).pages) == 2
    # Through the print dialog: pages 2 to 2 only.
    second = tmp_path / "second.pdf"

    def accept(print_dialog):
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(second))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "1 of 2 pages sent to the printer"
    assert len(PdfReader(str(second)).pages) == 1


def test_a_landscape_ledger_prints_landscape(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    dialog = shown(
        qtbot, ReportDialog(ctx, "ledger", {"building_id": building_of(db, flat)}, "3栋")
    )
    target = tmp_path / "ledger.pdf"
    assert dialog.print_to(_pdf_printer(target), dialog._current()) >= 1
    box = PdfReader(str(target)).pages[0].mediabox
    assert box.width > box.height
    # The print dialog opens preset to A4 landscape, and what the clerk sets there stays.
    preset = []
    portrait = tmp_path / "portrait.pdf"

    def accept(print_dialog):
        printer = print_dialog.printer()
        layout = printer.pageLayout()
        preset.append((layout.orientation(), layout.pageSize().id()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(portrait))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)  # the clerk's choice
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert preset == [(QPageLayout.Orientation.Landscape, QPageSize.PageSizeId.A4)]
    box = PdfReader(str(portrait)).pages[0].mediabox
    assert box.width < box.height


def test_the_cards_of_a_room_from_its_context_menu(qtbot, ctx, db, flat, tmp_path, monkeypatch):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.reveal(idn.resource_path(db, room_id=flat["room"]))
    menu = win._menu_for(NodeKind.ROOM, in_table=False)
    assert win.actions["cardsAction"] in menu.actions()
    assert win.actions["handoverSheetAction"] in menu.actions()
    win.actions["cardsAction"].trigger()
    qtbot.waitUntil(lambda: win.findChild(ReportDialog) is not None, timeout=5000)
    dialog = shown(qtbot, win.findChild(ReportDialog))
    assert dialog.scope == {"customer_ids": [flat["zhang"], flat["li"]]}
    assert "3-2-501" in dialog.windowTitle()
    text = text_of(dialog._current())
    assert "张三" in text and "李四" in text
