"""Service-layer reads vs the bare SQL on the large demo database (prints, never asserts).

    python bench/bench_db.py [PATH] [--repeat N] [--page N]

PATH defaults to bench/.data/large.sqlite (create it with bench/make_large.py).
For each case the service-layer call (crm_desktop.services.queries) and plain
sqlite3 running the same SQL for the same rows on the same file are timed in the
same run; the figure is the best of N repeats; ratio = service / bare.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from crm_desktop.db.engine import sqlite_url
from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import queries as q
from crm_desktop.services.database import Database

DEFAULT_PATH = Path(__file__).resolve().parent / ".data" / "large.sqlite"

ROOM_COLS = "id, code, unit, floor, number, use, gross_area, inner_area, status"
ROOM_ORDER = "sort_key, id"
SPACE_COLS = "id, number, kind, status, area"
SPACE_ORDER = "length(number), number"


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    result = fn()  # warm-up (page cache, statement caches)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def pick_targets(con: sqlite3.Connection) -> dict[str, int]:
    """A project, a building of ~240 rooms (else the largest), the largest car park."""
    project = con.execute("SELECT id FROM project ORDER BY name LIMIT 1").fetchone()[0]
    sizes = con.execute(
        "SELECT building_id, count(*) FROM room WHERE retired_at IS NULL "
        "GROUP BY building_id ORDER BY count(*) DESC"
    ).fetchall()
    near = [b for b, n in sizes if n == 240]
    building = near[0] if near else sizes[0][0]
    largest = sizes[0][0]
    park = con.execute(
        "SELECT car_park_id, count(*) FROM parking_space GROUP BY car_park_id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    return {"project": project, "building": building, "largest": largest, "car_park": park}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--page", type=int, default=100, help="rows fetched per page")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"{args.path} does not exist; run bench/make_large.py first", file=sys.stderr)
        return 2

    bare = sqlite3.connect(args.path)
    db = Database.open(sqlite_url(args.path), migrate_schema=False)
    t = pick_targets(bare)
    counts = {
        table: bare.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("region", "project", "building", "room", "parking_space")
    }
    print(f"database: {args.path}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"targets: {t}; best of {args.repeat}; page size {args.page}")
    print()

    page = args.page
    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = []

    # (a) the top of the tree: regions, then one project's buildings and car parks
    def svc_top():
        return len(q.root_nodes(db)) + len(q.child_nodes(db, NodeKind.PROJECT, t["project"]))

    def bare_top():
        n = len(
            bare.execute(
                "SELECT r.id, r.name, EXISTS (SELECT 1 FROM project p WHERE p.region_id = r.id) "
                "FROM region r ORDER BY r.name"
            ).fetchall()
        )
        n += len(
            bare.execute(
                "SELECT b.id, b.name, b.code, EXISTS (SELECT 1 FROM room r WHERE "
                "r.building_id = b.id AND r.retired_at IS NULL) FROM building b "
                "WHERE b.project_id = ? ORDER BY length(b.code), b.code",
                (t["project"],),
            ).fetchall()
        )
        n += len(
            bare.execute(
                "SELECT c.id, c.name, EXISTS (SELECT 1 FROM parking_space s "
                "WHERE s.car_park_id = c.id) FROM car_park c WHERE c.project_id = ? "
                "ORDER BY c.name",
                (t["project"],),
            ).fetchall()
        )
        return n

    cases.append(("a  tree: regions + one project's children", svc_top, bare_top))

    # (a2) the first table a clerk sees: regions with their project and room counts
    def svc_regions_table():
        kind, ids = q.table_ids(db, None, None)
        return len(q.table_rows(db, kind, ids))

    def bare_regions_table():
        rows = bare.execute("SELECT id, name, code FROM region ORDER BY name").fetchall()
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        bare.execute(
            f"SELECT region_id, count(*) FROM project WHERE region_id IN ({marks}) "
            "GROUP BY region_id",
            ids,
        ).fetchall()
        bare.execute(
            "SELECT p.region_id, count(*) FROM project p JOIN room r ON r.project_id = p.id "
            f"WHERE p.region_id IN ({marks}) AND r.retired_at IS NULL GROUP BY p.region_id",
            ids,
        ).fetchall()
        return len(rows)

    cases.append(("a2 regions table, counting all rooms", svc_regions_table, bare_regions_table))

    # (b) a building's rooms: tree children, and the table (ids + rows)
    def svc_tree_rooms():
        return len(q.child_nodes(db, NodeKind.BUILDING, t["building"]))

    def bare_tree_rooms():
        return len(
            bare.execute(
                f"SELECT id, code FROM room WHERE building_id = ? AND retired_at IS NULL "
                f"ORDER BY {ROOM_ORDER}",
                (t["building"],),
            ).fetchall()
        )

    def svc_table_rooms():
        _, ids = q.table_ids(db, NodeKind.BUILDING, t["building"])
        return len(q.table_rows(db, NodeKind.ROOM, ids))

    def bare_table_rooms():
        return len(
            bare.execute(
                f"SELECT {ROOM_COLS} FROM room WHERE building_id = ? AND retired_at IS NULL "
                f"ORDER BY {ROOM_ORDER}",
                (t["building"],),
            ).fetchall()
        )

    cases.append(("b1 building's rooms as tree children", svc_tree_rooms, bare_tree_rooms))
    cases.append(("b2 building's rooms as table (ids+rows)", svc_table_rooms, bare_table_rooms))

    # (c) scrolling a table end to end, page by page
    def scroll_svc(kind: NodeKind, parent: int) -> Callable[[], object]:
        def run():
            child, ids = q.table_ids(db, kind, parent)
            n = 0
            for i in range(0, len(ids), page):
                n += len(q.table_rows(db, child, ids[i : i + page]))
            return n

        return run

    def scroll_bare(id_sql: str, row_sql: str, parent: int) -> Callable[[], object]:
        def run():
            ids = [row[0] for row in bare.execute(id_sql, (parent,))]
            n = 0
            for i in range(0, len(ids), page):
                chunk = ids[i : i + page]
                marks = ",".join("?" * len(chunk))
                n += len(bare.execute(row_sql.format(marks=marks), chunk).fetchall())
            return n

        return run

    cases.append(
        (
            "c1 scroll rooms of the largest building",
            scroll_svc(NodeKind.BUILDING, t["largest"]),
            scroll_bare(
                f"SELECT id FROM room WHERE building_id = ? AND retired_at IS NULL "
                f"ORDER BY {ROOM_ORDER}",
                f"SELECT {ROOM_COLS} FROM room WHERE id IN ({{marks}})",
                t["largest"],
            ),
        )
    )
    cases.append(
        (
            "c2 scroll spaces of the largest car park",
            scroll_svc(NodeKind.CAR_PARK, t["car_park"]),
            scroll_bare(
                f"SELECT id FROM parking_space WHERE car_park_id = ? ORDER BY {SPACE_ORDER}",
                f"SELECT {SPACE_COLS} FROM parking_space WHERE id IN ({{marks}})",
                t["car_park"],
            ),
        )
    )

    print(f"{'case':<44} {'rows':>6} {'service ms':>11} {'bare ms':>9} {'ratio':>7}")
    print("-" * 81)
    for name, svc, raw in cases:
        t_svc, n_svc = best(svc, args.repeat)
        t_raw, n_raw = best(raw, args.repeat)
        note = "" if n_svc == n_raw else f"  (row counts differ: {n_svc} vs {n_raw})"
        ratio = t_svc / t_raw if t_raw else float("inf")
        print(
            f"{name:<44} {n_svc:>6} {t_svc * 1000:>11.2f} {t_raw * 1000:>9.2f} {ratio:>6.1f}x{note}"
        )
    db.close()
    bare.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
