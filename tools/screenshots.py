"""Render the main screens to PNG files, to look at them as a clerk would.

    python tools/screenshots.py [OUT_DIR] [--lang zh_CN|en]

Builds a fresh small demo database in a temporary folder, opens the main window on
a building, and renders the window and each dialog (offscreen, no display needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(app, predicate, timeout=10.0):
    import time

    end = time.monotonic() + timeout
    while not predicate() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("out/screens"))
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["CRM_DESKTOP_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.json")

    from crm_desktop.db.engine import sqlite_url
    from crm_desktop.domain.enums import NodeKind
    from crm_desktop.services import queries
    from crm_desktop.services.database import Database
    from crm_desktop.services.demo import create_demo
    from crm_desktop.ui import dialogs
    from crm_desktop.ui.app_context import AppContext
    from crm_desktop.ui.i18n import ensure_cjk_font, install_translations
    from crm_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app, args.lang)
    ensure_cjk_font(app)
    db = Database.open(sqlite_url(Path(tempfile.mkdtemp()) / "demo.sqlite"))
    actor = db.ensure_admin(app.translate("App", "Administrator"))
    create_demo(db, actor, scale="small")
    ctx = AppContext(db, actor)

    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    region = queries.root_nodes(db)[0]
    project = queries.child_nodes(db, NodeKind.REGION, region.id)[0]
    building = next(
        n
        for n in queries.child_nodes(db, NodeKind.PROJECT, project.id)
        if n.kind == NodeKind.BUILDING
    )
    window.select_record(NodeKind.PROJECT, project.id, (NodeKind.REGION, region.id))
    window.select_record(NodeKind.BUILDING, building.id, (NodeKind.PROJECT, project.id))
    window.tree.expand(window.tree.currentIndex())
    app.processEvents()
    window.table.selectRow(5)
    window.table.setFocus()
    app.processEvents()
    saved = [window.grab().save(str(args.out / "main_window.png"))]

    _, room_ids = queries.table_ids(db, NodeKind.BUILDING, building.id)
    shots = {
        "new_building": dialogs.record_dialog(window, ctx, NodeKind.BUILDING, parent_id=project.id),
        "edit_room": dialogs.record_dialog(window, ctx, NodeKind.ROOM, record_id=room_ids[0]),
        "split_room": dialogs.split_room_dialog(window, ctx, room_ids[0]),
        "merge_rooms": dialogs.merge_rooms_dialog(window, ctx, room_ids[1:3]),
        "parking_range": dialogs.generate_spaces_dialog(
            window,
            ctx,
            next(
                n.id
                for n in queries.child_nodes(db, NodeKind.PROJECT, project.id)
                if n.kind == NodeKind.CAR_PARK
            ),
        ),
    }
    saved += customer_screens(app, window, ctx, args.out)
    saved += workflow_screens(app, window, ctx, args.out)
    saved += report_screens(app, window, args.out)
    for name, dialog in shots.items():
        dialog.open()
        wait(app, lambda d=dialog: getattr(d, "is_ready", True))
        app.processEvents()
        saved.append(dialog.grab().save(str(args.out / f"{name}.png")))
        dialog.reject()
    window.close()
    ctx.shutdown()
    window.deleteLater()
    app.processEvents()  # free the windows while Qt is still there
    print(f"{sum(saved)} screens in {args.out}")
    return 0 if all(saved) else 1


def report_screens(app, window, out: Path) -> list[bool]:
    """The customer cards of the selected building in the print preview, and the customer
    export dialog."""
    from crm_desktop.ui.export_customers import ExportCustomersDialog
    from crm_desktop.ui.report_dialog import ReportDialog

    saved = []
    window.tree.setFocus()
    window.actions["cardsAction"].trigger()
    wait(app, lambda: window.findChild(ReportDialog) is not None)
    dialog = window.findChild(ReportDialog)
    dialog.resize(900, 1000)
    wait(app, lambda: dialog.pages > 0 and not dialog._busy, timeout=60)
    wait(app, lambda: False, timeout=0.8)  # the view renders its pages on a thread
    saved.append(dialog.grab().save(str(out / "report_preview.png")))
    dialog.close()
    window.actions["exportCustomersAction"].trigger()
    wait(app, lambda: window.findChild(ExportCustomersDialog) is not None)
    export = window.findChild(ExportCustomersDialog)
    app.processEvents()
    saved.append(export.grab().save(str(out / "export_customers.png")))
    export.reject()
    app.processEvents()
    return saved


def customer_screens(app, window, ctx, out: Path) -> list[bool]:
    """A co-owned room with its people, the search list, a customer's window and form."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from crm_desktop.domain.enums import Role
    from crm_desktop.services import identities as idn
    from crm_desktop.ui.dialogs.customer_dialog import CustomerDialog

    db = ctx.db
    # The first room with two current owners.
    from sqlalchemy import select

    from crm_desktop.db.models import Identity

    with db.read() as session:
        row = session.execute(
            select(Identity.room_id, Identity.customer_id)
            .where(Identity.role == Role.OWNER, Identity.share < 100, Identity.end_date.is_(None))
            .order_by(Identity.share.desc(), Identity.id)
            .limit(1)
        ).first()
    room_id, owner = row if row else (None, None)
    saved = []
    if room_id is not None:
        window.reveal(idn.resource_path(db, room_id=room_id))
        window.tree.setFocus()
        wait(app, lambda: window.detail.people is not None)
        app.processEvents()
        saved.append(window.grab().save(str(out / "main_window_room.png")))

    window.search.setFocus()
    window.search.setText("")
    window.search.insert("zs")
    window.search.search_now()
    wait(app, lambda: not window.search.pending)
    window.search.popup.place()
    app.processEvents()
    image = window.grab().toImage()
    painter = QPainter(image)
    offset = window.search.popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(offset, window.search.popup.grab())
    painter.end()
    saved.append(image.save(str(out / "search.png")))
    window.search.popup.hide()

    if owner is not None:
        window.open_customer(owner)
        view = window._customer_views[owner]
        view.resize(1280, 760)
        wait(app, lambda: view.profile is not None)
        app.processEvents()
        saved.append(view.grab().save(str(out / "customer_view.png")))
        view.close()
        dialog = CustomerDialog(ctx, window, customer_id=owner)
        dialog.open()
        wait(app, lambda: dialog.is_ready)
        app.processEvents()
        saved.append(dialog.grab().save(str(out / "customer_dialog.png")))
        dialog.reject()
    return saved


def workflow_screens(app, window, ctx, out: Path) -> list[bool]:
    """The demo's flat with an open handover defect: its Records tab; the due list; the
    transfer and lease dialogs on it, and the unsold 3-2-1501's sale dialog."""
    from crm_desktop.services import due
    from crm_desktop.services import identities as idn
    from crm_desktop.ui import workflows

    db = ctx.db
    defects = due.due_list(db).defects.rows
    if not defects:
        return []
    room_id = defects[0].room_id
    window.reveal(idn.resource_path(db, room_id=room_id))
    wait(app, lambda: window.detail.records_view.story is not None)
    window.detail.show_records_tab()
    window.detail.records_view.defects_table.selectRow(0)
    app.processEvents()
    saved = [window.grab().save(str(out / "room_records.png"))]
    label = window.detail.current_title()
    for name, open_dialog in (
        ("transfer_dialog", lambda: workflows.transfer(ctx, window, (room_id, None, label))),
        ("lease_dialog", lambda: workflows.lease(ctx, window, (room_id, None, label))),
    ):
        dialog = open_dialog()
        wait(app, lambda d=dialog: d.is_ready and not getattr(d, "_loading", False))
        wait(app, lambda d=dialog: not getattr(d, "previewing", False))
        app.processEvents()
        saved.append(dialog.grab().save(str(out / f"{name}.png")))
        dialog.reject()
    return saved


if __name__ == "__main__":
    sys.exit(main())
