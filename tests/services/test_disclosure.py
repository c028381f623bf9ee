"""Full numbers printed or exported are audited per customer before the document."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from crm_desktop.db.models import AuditEntry
from crm_desktop.services import customers as c
from crm_desktop.services import disclosure
from tests.factories import person


def test_each_customer_gets_one_entry_naming_the_document(db, actor):
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    li = c.create_customer(db, actor, person("李四", "13900139000"))
    count = disclosure.record_disclosure(
        db, actor, disclosure.PRINT, "客户卡片 3栋", [li, zhang, li]
    )
    assert count == 2
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.record_id, AuditEntry.new_value)
            .where(AuditEntry.action == disclosure.PRINT)
            .order_by(AuditEntry.record_id)
        ).all()
    assert [(a, r) for a, r, _ in rows] == [(disclosure.PRINT, zhang), (disclosure.PRINT, li)]
    assert json.loads(rows[0][2]) == {"document": "客户卡片 3栋"}
    assert disclosure.record_disclosure(db, actor, disclosure.EXPORT, "x.xlsx", []) == 0
    with pytest.raises(ValueError):
        disclosure.record_disclosure(db, actor, "peek", "x", [zhang])
