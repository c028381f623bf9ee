"""Importing 100,000 rooms from .xlsx: the importer vs the bare reader (prints, never
asserts).

    python bench/bench_excel_import.py [--rows N] [--keep DIR] [--profile]

The input (N rooms of 10 columns, the rooms template's headers below a merged title
row, across 20 buildings of one project) is generated with openpyxl's write-only mode in
a temporary folder. Then, each on the same file:

* bare: python-calamine reading the sheet into Python values (``to_python``), nothing else;
* read: ``reader.read_sheet`` (header detection, cell cleaning, typed values);
* dry run: ``importing.dry_run`` on an empty database (read + every row validated with the
  forms' validators + matching against the stored rooms);
* import: ``importing.import_rooms`` into a fresh SQLite file (backup, one transaction, rooms
  and buildings inserted with one audit entry each);
* re-import: the same file again (everything "unchanged", nothing written).

ratio = importer / bare. Target: import within 3x of the bare read, validation included.
Each figure is the best of ``--repeat`` runs (default 2; the import into a fresh database
each time): the machine is shared, and the least disturbed run is the one comparable
between runs and with the bare read.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_desktop.db.engine import sqlite_url  # noqa: E402
from crm_desktop.excel import importing, reader  # noqa: E402
from crm_desktop.excel.templates import ROOMS  # noqa: E402
from crm_desktop.services import resources as r  # noqa: E402
from crm_desktop.services.database import Database  # noqa: E402

USES = ["住宅", "住宅", "住宅", "商铺", "办公"]
STATUSES = ["未售", "已售", "已收楼", "已入住", "空置"]


def make_input(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("楼栋房间")
    ws.append(["翠湖花园 房间清单（基准测试）"])
    ws.append(
        [
            "项目",
            "楼栋编号",
            "楼栋名称",
            "单元",
            "楼层",
            "房号",
            "用途",
            "建筑面积",
            "套内面积",
            "状态",
        ]
    )
    per_building = -(-rows // 20)
    for i in range(rows):
        b, k = divmod(i, per_building)
        unit, rest = divmod(k, 1000)
        floor, pos = divmod(rest, 10)
        gross = Decimal(8000 + (i % 4000)) / 100
        ws.append(
            [
                "翠湖花园",
                str(b + 1),
                f"{b + 1}栋",
                str(unit + 1),
                floor + 1,
                f"{floor + 1}{pos + 1:02d}",
                USES[i % 5],
                float(gross),
                float(gross - Decimal("12.40")),
                STATUSES[i % 5],
            ]
        )
    wb.save(path)


def fresh_db(folder: Path, name: str) -> tuple[Database, object]:
    (folder / name).unlink(missing_ok=True)
    db = Database.open(sqlite_url(folder / name))
    actor = db.ensure_admin()
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    r.create_project(db, actor, r.ProjectFields(region, "翠湖花园"))
    return db, actor


def bare_store(grid: list[list], db_path: Path) -> int:
    """The same rows stored the bare way: python-calamine's cells straight into the rooms
    table (same schema and indexes) and one audit row each, with the sqlite3 module's
    executemany; no cleaning, no validation, no matching. What the libraries alone cost
    for the import's work, to show how much the checks and layers add."""
    import json
    import sqlite3
    from datetime import UTC, datetime

    uses = {"住宅": "residential", "商铺": "shop", "办公": "office"}
    statuses = {
        "未售": "unsold",
        "已售": "sold",
        "已收楼": "handed_over",
        "已入住": "occupied",
        "空置": "vacant",
    }
    now = datetime.now(UTC).isoformat(sep=" ")
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    (project,) = conn.execute("SELECT id FROM project").fetchone()
    buildings: dict[str, int] = {}
    for row in grid[2:]:
        if row[1] not in buildings:
            cur = conn.execute(
                "INSERT INTO building (project_id, code, name, notes, version, created_at, "
                "updated_at) VALUES (?, ?, ?, '', 1, ?, ?)",
                (project, row[1], row[2], now, now),
            )
            buildings[row[1]] = cur.lastrowid
    (start,) = conn.execute("SELECT coalesce(max(id), 0) FROM room").fetchone()
    rooms = [
        (
            buildings[r[1]],
            project,
            r[3],
            int(r[4]),
            r[5],
            f"{r[1]}-{r[3]}-{r[5]}",
            "",
            uses[r[6]],
            r[7],
            r[8],
            statuses[r[9]],
            "",
            1,
            now,
            now,
        )
        for r in grid[2:]
    ]
    conn.executemany(
        "INSERT INTO room (building_id, project_id, unit, floor, number, code, sort_key, use, "
        "gross_area, inner_area, status, notes, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rooms,
    )
    keys = (
        "building_id",
        "project_id",
        "unit",
        "floor",
        "number",
        "code",
        "sort_key",
        "use",
        "gross_area",
        "inner_area",
        "status",
        "notes",
    )
    conn.executemany(
        "INSERT INTO audit_entry (at, user_id, action, table_name, record_id, new_value) "
        "VALUES (?, 1, 'create', 'room', ?, ?)",
        (
            (now, start + n, json.dumps(dict(zip(keys, room, strict=False)), ensure_ascii=False))
            for n, room in enumerate(rooms, start=1)
        ),
    )
    conn.execute("COMMIT")
    conn.close()
    return len(rooms)


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="folder for the input and databases (kept)")
    ap.add_argument("--profile", action="store_true", help="profile the import")
    ap.add_argument("--repeat", type=int, default=2, help="runs per figure (the best counts)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-excel-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "rooms.xlsx"
    t, _ = timed(lambda: make_input(path, args.rows))
    print(f"input: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB, written in {t:.1f} s")

    import python_calamine

    def bare():
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        return wb.get_sheet_by_name("楼栋房间").to_python(skip_empty_area=False)

    def best(fn, runs: int = args.repeat):
        results = [timed(fn) for _ in range(max(runs, 1))]
        return min(t for t, _ in results), results[-1][1]

    t_bare, grid = best(bare, max(args.repeat, 3))
    t_read, data = best(lambda: reader.read_sheet(path, ROOMS))
    assert len(data.rows) == args.rows and not data.problems, data.problems[:3]

    db, actor = fresh_db(folder, "dry.sqlite")
    t_dry, check = best(lambda: importing.dry_run(db, path))
    assert check.ok and check.counts["room"].create == args.rows, check.problems[:3]
    db.close()

    stored = []
    for _ in range(max(args.repeat, 1)):
        db, _actor = fresh_db(folder, "bare.sqlite")
        db.close()
        stored.append(timed(lambda: bare_store(bare(), folder / "bare.sqlite"))[0])
    t_bare_store = min(stored)

    runs = max(args.repeat, 1)
    times = []
    for run in range(runs):  # each into a fresh database; the last one is kept
        db, actor = fresh_db(folder, "import.sqlite")
        profiler = cProfile.Profile() if args.profile and run == runs - 1 else None
        if profiler:
            profiler.enable()
        t, result = timed(lambda db=db, actor=actor: importing.import_rooms(db, actor, path))
        if profiler:
            profiler.disable()
        times.append(t)
        if run < runs - 1:
            db.close()
    t_import = min(times)
    assert result.counts["room"].create == args.rows
    t_again, again = best(lambda: importing.import_rooms(db, actor, path))
    assert again.counts["room"].unchanged == args.rows
    db.close()

    def line(label: str, seconds: float) -> None:
        print(
            f"{label:<34} {seconds:7.2f} s {args.rows / seconds:>10,.0f} rows/s "
            f"{seconds / t_bare:6.1f}x"
        )

    print(f"{'':<34} {'time':>9} {'speed':>17} {'ratio':>6}")
    line("bare: calamine to_python", t_bare)
    line("reader.read_sheet", t_read)
    line("dry_run (read + validate + match)", t_dry)
    line("import_rooms (+ backup + write)", t_import)
    line("re-import (all unchanged)", t_again)
    print("target: import within 3x of the bare read")
    print(
        f"bare store (calamine + sqlite3, no checks) {t_bare_store:.2f} s: the import is "
        f"{t_import / t_bare_store:.1f}x the libraries doing its work bare"
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
