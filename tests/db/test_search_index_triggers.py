"""Migration 0006: an update of ``customer_search`` re-indexes only the FTS5 indexes
whose source columns changed (a parking import rewrites plates, not names), search
keeps finding every kind of key after every kind of update, and 0006 downgrades to
0002's trigger and upgrades again."""

from __future__ import annotations

import importlib.util
import io
import sqlite3

import pytest
from alembic import command
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from crm_desktop.db import migrate
from crm_desktop.db.engine import write_engine
from crm_desktop.services import customers as c
from crm_desktop.services.search import search_customers
from tests.factories import person, resident_id

INDEXES = ("customer_fts_name", "customer_fts_pinyin", "customer_fts_digits")


def segments(db) -> dict[str, list[tuple]]:
    """Every FTS5 index's stored b-tree pages: any write to an index changes them."""
    with db.engine.connect() as conn:
        return {
            t: conn.exec_driver_sql(f"SELECT id, block FROM {t}_data ORDER BY id").all()
            for t in INDEXES
        }


def touched(db, sql: str, **params) -> set[str]:
    """The FTS5 indexes an UPDATE of customer_search writes to."""
    before = segments(db)
    with write_engine(db.engine).begin() as conn:
        conn.execute(text(sql), params)
    after = segments(db)
    return {t for t in INDEXES if before[t] != after[t]}


def migrate_to(db, revision: str) -> None:
    cfg = migrate.alembic_config(db.url)
    with write_engine(db.engine).begin() as conn:
        cfg.attributes["connection"] = conn
        if revision == "head" or revision > (migrate.current_revision(db.engine) or ""):
            command.upgrade(cfg, revision)
        else:
            command.downgrade(cfg, revision)


def triggers(path) -> dict[str, str]:
    raw = sqlite3.connect(path)
    try:
        return dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    finally:
        raw.close()


def names(db, q: str) -> list[str]:
    return [h.name for h in search_customers(db, q)]


def integrity_ok(db) -> None:
    """FTS5's own check: each index agrees with customer_search (raises if not)."""
    with write_engine(db.engine).begin() as conn:
        for t in INDEXES:
            conn.exec_driver_sql(f"INSERT INTO {t}({t}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def zhang(db, actor) -> int:
    cid = c.create_customer(db, actor, person("张三", "13800138000", resident_id(seq="123")))
    c.create_customer(db, actor, person("李四", "13700001234"))  # never touched
    return cid


UPDATE = "UPDATE customer_search SET {col} = :v WHERE customer_id = :cid"


@pytest.mark.parametrize(
    ("col", "value", "indexes"),
    [
        ("plates", "粤B12345", {"customer_fts_digits"}),
        ("phones", "13911112222", {"customer_fts_digits"}),
        ("name_chars", "章 三", {"customer_fts_name"}),
        ("pinyin", "^zhang san", {"customer_fts_pinyin"}),
        ("document_rev", "123", set()),
    ],
)
def test_an_update_writes_only_the_index_of_its_column(db, zhang, col, value, indexes):
    assert touched(db, UPDATE.format(col=col), v=value, cid=zhang) == indexes
    integrity_ok(db)


def test_setting_a_key_to_its_own_value_writes_no_index(db, zhang):
    sql = (
        "UPDATE customer_search SET name_chars = name_chars, plates = plates WHERE customer_id = :i"
    )
    assert touched(db, sql, i=zhang) == set()


def test_a_new_customer_id_moves_every_index_entry(db, zhang):
    with db.engine.connect() as conn:
        free = conn.exec_driver_sql("SELECT max(id) + 1 FROM customer").scalar()
    with write_engine(db.engine).begin() as conn:  # a customer row to point at
        conn.exec_driver_sql(
            "INSERT INTO customer (id, kind, name, nationality, legal_representative, email, "
            "address, notes, level, tags, consent_scope, version) SELECT ?, kind, name, "
            "nationality, legal_representative, email, address, notes, level, tags, "
            "consent_scope, version FROM customer WHERE id = ?",
            (free, zhang),
        )
    sql = "UPDATE customer_search SET customer_id = :new WHERE customer_id = :old"
    assert touched(db, sql, new=free, old=zhang) == set(INDEXES)
    integrity_ok(db)
    with db.engine.connect() as conn:
        hits = conn.exec_driver_sql(
            "SELECT rowid FROM customer_fts_name WHERE customer_fts_name MATCH '\"张 三\"'"
        ).scalars()
        assert list(hits) == [free]


def test_adding_a_vehicle_leaves_the_name_and_pinyin_indexes_alone(db, actor, zhang):
    """The service path of a parking import: plates change, names do not."""
    before = segments(db)
    c.add_vehicle(db, actor, zhang, c.VehicleFields("粤B12345"))
    after = segments(db)
    assert before["customer_fts_name"] == after["customer_fts_name"]
    assert before["customer_fts_pinyin"] == after["customer_fts_pinyin"]
    assert before["customer_fts_digits"] != after["customer_fts_digits"]
    assert names(db, "B12345") == ["张三"]
    assert names(db, "zs") == ["张三"]


def test_search_follows_an_update_of_each_key(db, actor, zhang):
    vehicle = c.add_vehicle(db, actor, zhang, c.VehicleFields("粤B12345"))
    loaded = c.load_customer(db, zhang)
    f = loaded.fields
    f.name = "章五"
    f.phones = [c.PhoneEntry("13911112222")]
    old_document, f.document_number = f.document_number, resident_id(seq="789")
    c.update_customer(db, actor, zhang, loaded.version, f)
    assert names(db, "章") == ["章五"] and names(db, "张") == []  # name characters
    assert names(db, "zhangwu") == ["章五"] and names(db, "zw") == ["章五"]  # pinyin
    assert names(db, "zs") == []
    assert names(db, "1111") == ["章五"] and names(db, "0013800") == []  # phone digits
    assert names(db, "B12345") == ["章五"]  # plates kept when the phones changed
    assert names(db, f.document_number[-6:]) == ["章五"]  # document tail
    assert names(db, old_document[-6:]) == []
    c.remove_vehicle(db, actor, vehicle)
    assert names(db, "B12345") == []
    assert names(db, "1111") == ["章五"]  # phones kept when the plates changed
    assert names(db, "李四") == ["李四"]
    integrity_ok(db)


def test_downgrade_restores_0002s_trigger_and_upgrade_splits_it_again(db, db_path, zhang):
    at_head = triggers(db_path)
    assert "customer_search_au" not in at_head
    assert {"customer_search_au_name", "customer_search_au_digits"} <= set(at_head)

    migrate_to(db, "0005")
    assert migrate.current_revision(db.engine) == "0005"
    down = triggers(db_path)
    assert set(down) == {"customer_search_ai", "customer_search_ad", "customer_search_au"}
    for kept in ("customer_search_ai", "customer_search_ad"):
        assert down[kept] == at_head[kept]
    # Exactly what 0002 makes: the trigger of a database never migrated past 0005.
    fresh = db_path.parent / "at_0005.sqlite"
    cfg = migrate.alembic_config(f"sqlite:///{fresh}")
    command.upgrade(cfg, "0005")
    assert down == triggers(fresh)
    # 0002's trigger re-indexes names when plates change (what 0006 is for) ...
    assert "customer_fts_name" in touched(db, UPDATE.format(col="plates"), v="粤A1", cid=zhang)
    integrity_ok(db)

    migrate_to(db, "head")
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert triggers(db_path) == at_head
    # ... 0006's does not.
    assert touched(db, UPDATE.format(col="plates"), v="粤A2", cid=zhang) == {"customer_fts_digits"}
    integrity_ok(db)
    assert names(db, "张三") == ["张三"]


def _migration_0006():
    (path,) = (migrate.MIGRATIONS_DIR / "versions").glob("0006_*.py")
    spec = importlib.util.spec_from_file_location("migration_0006", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("dialect", "writes"), [("postgresql", False), ("sqlite", True)])
def test_0006_is_a_no_op_off_sqlite(dialect, writes):
    """Rendered as SQL (Alembic's offline mode): nothing at all for PostgreSQL."""
    module = _migration_0006()
    for step in (module.upgrade, module.downgrade):
        out = io.StringIO()
        context = MigrationContext.configure(
            dialect_name=dialect, opts={"as_sql": True, "output_buffer": out}
        )
        with Operations.context(context):
            step()
        assert ("CREATE TRIGGER" in out.getvalue()) is writes
