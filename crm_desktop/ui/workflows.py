"""Open the workflow dialogs (sale, handover, transfer, lease …) from anywhere.

The main window's menus, the room's context menu, the detail pane's records page,
the due list and the customer view all start the same dialogs the same way: with
the room or parking space as ``(room_id, space_id, label)``, freed when closed
(a clerk opens hundreds a day), opened window-modal over the window asking. The
dialog modules are imported on first use so start-up stays quick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.ui.app_context import AppContext

Resource = tuple[int | None, int | None, str]  # room id, space id, "翠湖花园 3-2-1501"


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def sale(ctx: AppContext, parent: QWidget | None, resource: Resource) -> QDialog:
    from crm_desktop.ui.dialogs.sale_dialog import SaleDialog

    return _show(SaleDialog(ctx, resource, parent))


def handover(
    ctx: AppContext, parent: QWidget | None, room_id: int, label: str, mode: str | None = None
) -> QDialog:
    from crm_desktop.ui.dialogs.handover_dialog import HandoverDialog

    return _show(HandoverDialog(ctx, (room_id, label), parent, mode=mode))


def rectify(ctx: AppContext, parent: QWidget | None, item, room_id: int | None = None) -> QDialog:
    """``item``: a ``handover.DefectRow`` (names its room) or a ``handover.ItemRow``
    (then ``room_id`` says which room to refresh once it is saved)."""
    from crm_desktop.ui.dialogs.handover_dialog import RectifyDefectDialog

    dialog = RectifyDefectDialog(ctx, item, parent)
    if dialog.room_id is None:
        dialog.room_id = room_id
    return _show(dialog)


def transfer(ctx: AppContext, parent: QWidget | None, resource: Resource) -> QDialog:
    from crm_desktop.ui.dialogs.transfer_dialog import TransferDialog

    return _show(TransferDialog(ctx, resource, parent))


def lease(ctx: AppContext, parent: QWidget | None, resource: Resource) -> QDialog:
    from crm_desktop.ui.dialogs.lease_dialog import LeaseDialog

    return _show(LeaseDialog(ctx, resource, parent))


def renew(ctx: AppContext, parent: QWidget | None, lease_id: int) -> QDialog:
    from crm_desktop.ui.dialogs.lease_dialog import RenewLeaseDialog

    return _show(RenewLeaseDialog(ctx, lease_id, parent))


def terminate(ctx: AppContext, parent: QWidget | None, lease_id: int) -> QDialog:
    from crm_desktop.ui.dialogs.lease_dialog import TerminateLeaseDialog

    return _show(TerminateLeaseDialog(ctx, lease_id, parent))
