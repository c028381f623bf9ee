"""Importing 100,000 customers and 100,000 parking spaces with vehicles from .xlsx: the
importers vs the bare reader (prints, never asserts).

    python bench/bench_excel_import_people.py [--rows N] [--keep DIR] [--profile customers|parking]

The inputs are generated with openpyxl's write-only mode in a temporary folder:

* customers (the customers template's columns): N people, each with a name, a resident ID
  number (valid check digit), a mobile phone, the consent date and one identity, owner of
  a room (no share: the only owner has 100 %); the N rooms are imported first, in bulk,
  from bench_excel_import's rooms file;
* parking (the parking template's columns): N spaces of one car park, each with a vehicle
  (plate, brand, colour) registered to one of those customers by their ID number.

Then, on each file: bare (python-calamine reading the sheet into Python values, nothing
else), dry run, import (backup, one transaction, every record and audit entry) and
re-import (everything "unchanged", nothing written). ratio = importer / bare.
Target: import within 3x of the bare read, validation included.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_excel_import import make_input as make_rooms  # noqa: E402

from crm_desktop.db.engine import sqlite_url  # noqa: E402
from crm_desktop.excel import importing  # noqa: E402
from crm_desktop.services import resources as r  # noqa: E402
from crm_desktop.services.database import Database  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅鑫波斌宇浩凯"
CUSTOMER_HEAD = ["姓名", "证件类型", "证件号码", "手机号码", "联系地址", "同意日期", "项目",
                 "房间编码", "身份", "产权份额", "关系", "所属业主", "开始日期"]  # fmt: skip
PARKING_HEAD = ["项目", "停车场", "车位号", "车位类型", "车位状态", "面积", "车牌号", "车主姓名",
                "车主证件号码", "品牌", "型号", "颜色"]  # fmt: skip
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(i: int) -> str:
    """The i-th of N distinct resident ID numbers (GB 11643 check digit)."""
    birth = date(1950, 1, 1) + timedelta(days=i // 1000)
    body = f"110105{birth:%Y%m%d}{i % 1000:03d}"
    total = sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def name(i: int) -> str:
    s, g = divmod(i, len(GIVEN) * len(GIVEN))
    first, second = divmod(g, len(GIVEN))
    return SURNAMES[s % len(SURNAMES)] + GIVEN[first] + GIVEN[second]


def room_code(i: int, rows: int) -> str:
    """The code bench_excel_import.make_input gives its i-th room."""
    per_building = -(-rows // 20)
    b, k = divmod(i, per_building)
    unit, rest = divmod(k, 1000)
    floor, pos = divmod(rest, 10)
    return f"{b + 1}-{unit + 1}-{floor + 1}{pos + 1:02d}"


def plate(i: int) -> str:
    return f"粤{'ABCDEFGHJK'[i // 100_000]}{i % 100_000:05d}"


def write(path: Path, sheet: str, head: list[str], lines) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append([f"翠湖花园 {sheet}（基准测试）"])
    ws.append(head)
    for line in lines:
        ws.append(line)
    wb.save(path)


def make_customers(path: Path, rows: int) -> None:
    consent = date(2023, 5, 1)
    write(
        path,
        "客户",
        CUSTOMER_HEAD,
        (
            [
                name(i),
                "",
                resident_id(i),
                f"13{i:09d}",
                "",
                consent,
                "翠湖花园",
                room_code(i, rows),
                "业主",
                None,
                "",
                "",
                consent,
            ]  # fmt: skip
            for i in range(rows)
        ),
    )


def make_parking(path: Path, rows: int) -> None:
    write(
        path,
        "车位",
        PARKING_HEAD,
        (
            [
                "翠湖花园",
                "地下停车场",
                f"B{i // 10_000 + 1}-{i % 10_000:04d}",
                "",
                "已售",
                12.5,
                plate(i),
                name(i),
                resident_id(i),
                "丰田",
                "",
                "白色",
            ]  # fmt: skip
            for i in range(rows)
        ),
    )


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def bare(path: Path, sheet: str) -> float:
    import python_calamine

    def read():
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        return wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)

    return min(timed(read)[0] for _ in range(2))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="folder for the inputs and database (kept)")
    ap.add_argument("--profile", choices=["customers", "parking"], help="profile that import")
    ap.add_argument("--sort", default="tottime", help="profile order (tottime, cumulative)")
    args = ap.parse_args()
    n = args.rows
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-excel-people-"))
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "rooms": folder / "people-rooms.xlsx",
        "customers": folder / "customers.xlsx",
        "parking": folder / "parking.xlsx",
    }
    for kind, make in (("rooms", make_rooms), ("customers", make_customers),
                       ("parking", make_parking)):  # fmt: skip
        t, _ = timed(lambda make=make, kind=kind: make(files[kind], n))
        size = files[kind].stat().st_size / 1e6
        print(f"input {kind}: {n:,} rows, {size:.1f} MB, written in {t:.1f} s")

    (folder / "people.sqlite").unlink(missing_ok=True)
    db = Database.open(sqlite_url(folder / "people.sqlite"))
    actor = db.ensure_admin()
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    project = r.create_project(db, actor, r.ProjectFields(region, "翠湖花园"))
    r.create_car_park(db, actor, r.CarParkFields(project, "地下停车场"))
    t, result = timed(lambda: importing.import_rooms(db, actor, files["rooms"]))
    assert result.counts["room"].create == n
    print(f"setup: {n:,} rooms imported in {t:.1f} s")

    print(f"{'':<34} {'time':>9} {'speed':>17} {'ratio':>6}")
    for kind, sheet, counted in (("customers", "客户", "customer"), ("parking", "车位", "space")):
        path = files[kind]
        t_bare = bare(path, sheet)
        t_dry, check = timed(lambda path=path: importing.dry_run(db, path))
        assert check.ok and check.counts[counted].create == n, [
            p.text() for p in check.problems[:3]
        ]
        profiler = cProfile.Profile() if args.profile == kind else None
        if profiler:
            profiler.enable()
        t_import, result = timed(lambda path=path: importing.import_file(db, actor, path))
        if profiler:
            profiler.disable()
        assert result.counts[counted].create == n
        t_again, again = timed(lambda path=path: importing.import_file(db, actor, path))
        assert again.counts[counted].unchanged == n

        def line(label: str, seconds: float, t_bare: float = t_bare) -> None:
            print(
                f"{label:<34} {seconds:7.2f} s {n / seconds:>10,.0f} rows/s "
                f"{seconds / t_bare:6.1f}x"
            )

        print(kind)
        line("  bare: calamine to_python", t_bare)
        line("  dry_run (read + validate + match)", t_dry)
        line("  import (+ backup + write)", t_import)
        line("  re-import (all unchanged)", t_again)
        if profiler:
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(40)
    db.close()
    print("target: import within 3x of the bare read")


if __name__ == "__main__":
    main()
