"""search index: one update trigger per FTS5 index

0002's ``customer_search_au`` deleted and re-inserted the row in all three FTS5
indexes on any update of ``customer_search``, so rewriting only the plates key
(``customers.refresh_plates`` after a parking import) also re-indexed every name
character and pinyin token: 2.3 s of a 5.4 s import of 30,000 parking spaces.
Each index now has its own ``AFTER UPDATE OF`` trigger on its source columns (and
``customer_id``, the FTS rowid), guarded by ``WHEN`` so that a column set to its
old value costs nothing either. The insert and delete triggers are unchanged.

SQLite only, like 0002's search index; nothing to do on other databases. A later
migration that rebuilds ``customer_search`` (and so drops its triggers) and calls
0002's ``create_search_index()`` must then call ``split_update_trigger()`` here.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 01:00:00.000000

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each FTS5 index of 0002 and the customer_search columns it indexes, in its order.
FTS_SOURCES: dict[str, tuple[str, ...]] = {
    "customer_fts_name": ("name_chars",),
    "customer_fts_pinyin": ("pinyin",),
    "customer_fts_digits": ("phones", "plates"),
}
# The new triggers, by index.
TRIGGERS = {
    "customer_fts_name": "customer_search_au_name",
    "customer_fts_pinyin": "customer_search_au_pinyin",
    "customer_fts_digits": "customer_search_au_digits",
}


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _delete(table: str, cols: tuple[str, ...]) -> str:
    listed = ", ".join(cols)
    old = ", ".join(f"old.{c}" for c in cols)
    return (
        f"INSERT INTO {table}({table}, rowid, {listed}) VALUES ('delete', old.customer_id, {old});"
    )


def _insert(table: str, cols: tuple[str, ...]) -> str:
    listed = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    return f"INSERT INTO {table}(rowid, {listed}) VALUES (new.customer_id, {new});"


def split_update_trigger() -> None:
    """Replace the all-indexes update trigger with one trigger per index."""
    if not _sqlite():
        return
    op.execute("DROP TRIGGER IF EXISTS customer_search_au")
    for table, cols in FTS_SOURCES.items():
        watched = ("customer_id", *cols)
        # "IS NOT": NULL-safe, although these columns are NOT NULL.
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in watched)
        op.execute(
            f"CREATE TRIGGER {TRIGGERS[table]} AFTER UPDATE OF {', '.join(watched)} "
            f"ON customer_search WHEN {changed} BEGIN\n"
            f"{_delete(table, cols)}\n{_insert(table, cols)}\nEND"
        )


def restore_update_trigger() -> None:
    """Put back 0002's trigger, with the very text 0002 gives it."""
    if not _sqlite():
        return
    for trigger in TRIGGERS.values():
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    dels = "\n".join(_delete(t, cols) for t, cols in FTS_SOURCES.items())
    ins = "\n".join(_insert(t, cols) for t, cols in FTS_SOURCES.items())
    op.execute(
        "CREATE TRIGGER customer_search_au AFTER UPDATE ON customer_search "
        f"BEGIN\n{dels}\n{ins}\nEND"
    )


def upgrade() -> None:
    """Upgrade schema."""
    split_update_trigger()


def downgrade() -> None:
    """Downgrade schema."""
    restore_update_trigger()
