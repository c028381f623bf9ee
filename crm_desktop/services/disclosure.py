"""Full ID, phone and account numbers leaving the program, audited.

Screens, printouts and exports show those numbers masked (110105********1234). A
clerk may tick "print full numbers" on a customer card or "export full numbers" on an
Excel export; that disclosure of personal information (PIPL) is recorded before the
document is made: who, when, what document, and which customers. One audit entry per
customer, so a customer's timeline shows every time their full numbers were printed or
exported, plus nothing else changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from crm_desktop.services.database import Actor, Database

__all__ = ["PRINT", "EXPORT", "record_disclosure"]

PRINT = "print_full"  # a printed or saved PDF (customer cards …)
EXPORT = "export_full"  # an Excel export

_BATCH = 500  # audit rows flushed per round on a large export


def record_disclosure(
    db: Database,
    actor: Actor,
    action: str,
    document: str,
    customer_ids: Iterable[int],
) -> int:
    """Record that ``document`` ("客户卡片", "rooms.xlsx" …) shows the full numbers of
    these customers; returns how many customers were recorded. Call it before making
    the document: if the audit cannot be written, the document is not made."""
    if action not in (PRINT, EXPORT):
        raise ValueError(f"unknown disclosure {action!r}")
    ids = sorted({int(cid) for cid in customer_ids})
    if not ids:
        return 0
    payload = json.dumps({"document": document}, ensure_ascii=False)
    with db.write(actor) as uow:
        for n, customer_id in enumerate(ids, start=1):
            uow.audit(action, "customer", customer_id, None, None, payload)
            if n % _BATCH == 0:
                uow.session.flush()
    return len(ids)
