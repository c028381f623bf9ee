"""The import templates: header, example row, notes sheet, text-formatted ID and phone
columns, drop-down lists; and the reader reads them back."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from crm_desktop.excel.reader import Kind, read_sheet
from crm_desktop.excel.templates import CUSTOMERS, NOTES_SHEET, PARKING, ROOMS, write_template


@pytest.mark.parametrize("spec", [ROOMS, CUSTOMERS, PARKING], ids=lambda s: s.key)
def test_template_layout(tmp_path, spec):
    path = write_template(spec.key, tmp_path / f"{spec.key}.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [spec.zh, NOTES_SHEET]
    ws = wb[spec.zh]
    assert [c.value for c in ws[1]] == [c.zh for c in spec.columns]
    assert all(c.font.b for c in ws[1]) and ws.freeze_panes == "A2"
    assert ws.max_row == 2  # header and one example
    for ci, col in enumerate(spec.columns, start=1):
        example = ws.cell(2, ci)
        letter = example.column_letter
        if col.kind in (Kind.DOCUMENT, Kind.PHONE, Kind.CODE):
            assert ws.column_dimensions[letter].number_format == "@", col.key
            assert example.number_format == "@"
            assert example.value is None or example.data_type == "s"
        if col.kind is Kind.DATE and example.value is not None:
            assert isinstance(example.value, datetime) and example.is_date
        if col.kind is Kind.DECIMAL and example.value is not None:
            assert example.data_type == "n"
        assert ws.column_dimensions[letter].width == col.width
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    for ci, col in enumerate(spec.columns, start=1):
        if col.choice_labels:
            letter = ws.cell(1, ci).column_letter
            assert col.choice_labels[0] in lists[f"{letter}2"]
    notes = wb[NOTES_SHEET]
    listed = {row[0].value: row for row in notes.iter_rows(min_row=2) if row[0].value}
    for col in spec.columns:
        row = listed[col.zh]
        assert row[1].value == col.en and row[3].value and row[4].value
        assert (row[2].value == "是 Yes") == col.required
    # The general notes say how a second import of the same file matches and updates.
    general = " ".join(str(row[4].value) for row in notes.iter_rows(min_row=2) if not row[0].value)
    matched_by = {"rooms": "project + room code", "customers": "ID document", "parking": "plate"}
    assert matched_by[spec.key] in general
    assert ("only the fields empty on record are filled in" in general) == (spec.key == "customers")


def test_id_and_phone_columns_are_text(tmp_path):
    ws = load_workbook(write_template("customers", tmp_path / "c.xlsx"))[CUSTOMERS.zh]
    heads = {c.value: c.column_letter for c in ws[1]}
    for name in ("证件号码", "手机号码"):
        assert ws.column_dimensions[heads[name]].number_format == "@"
        assert ws[f"{heads[name]}2"].data_type == "s"
    assert ws[f"{heads['证件号码']}2"].value == "110105199003071234"


@pytest.mark.parametrize("spec", [ROOMS, CUSTOMERS, PARKING], ids=lambda s: s.key)
def test_reader_reads_the_template_back(tmp_path, spec):
    from openpyxl import load_workbook

    path = write_template(spec, tmp_path / "t.xlsx")
    # Without its notes sheet the file is no longer "a template": the example row is read
    # as data (with it, the example row is left out: see the test below).
    book = load_workbook(path)
    del book[book.sheetnames[-1]]
    book.save(path)
    data = read_sheet(path, spec)
    assert data.sheet == spec.zh and data.header_row == 1
    assert not [p for p in data.problems if not p.warning], [p.text() for p in data.problems]
    assert not data.problems
    assert set(data.columns) == {c.key for c in spec.columns}
    (row,) = data.rows
    assert row.number == 2
    if spec is ROOMS:
        assert row.values["code"] == "3-2-1501" and row.values["floor"] == 15
        assert row.values["use"] == "residential"


def test_members_sharing_a_value_keep_their_own_chinese_labels():
    """RoomUse.OTHER, DocumentType.OTHER and Relation.OTHER are all "other": each keeps
    its own label (a dict keyed by member would have given all three 其他关系)."""
    from crm_desktop.domain import enums as E
    from crm_desktop.excel import templates

    labels = templates.ZH_LABELS
    assert labels[(E.RoomUse, "other")][0] == "其他"
    assert labels[(E.DocumentType, "other")][0] == "其他证件"
    assert labels[(E.Relation, "other")][0] == "其他关系"
    use = next(
        c for c in templates.ROOMS.columns if c.choices and E.RoomUse.OTHER in c.choices.values()
    )
    assert "其他" in use.choice_labels and "其他关系" not in use.choice_labels


@pytest.mark.parametrize("kind", ["rooms", "customers", "parking"])
def test_a_template_imported_untouched_changes_nothing(db, tmp_path, kind):
    """The example row (翠湖花园 3-2-1501, 张伟 …) left in by mistake is skipped with a
    warning, never imported as a real record."""
    from crm_desktop.excel import importing, templates

    path = templates.write_template(kind, tmp_path / f"{kind}.xlsx")
    check = importing.dry_run(db, path)
    assert check.rows == 0 and not check.errors
    assert any("template's example" in p.message for p in check.warnings)
