from crm_desktop.domain import enums as e


def test_labels_are_per_enum_even_for_equal_values():
    assert e.RoomUse.RESIDENTIAL == e.ProjectKind.RESIDENTIAL  # StrEnum: equal values
    assert e.label(e.RoomUse.RESIDENTIAL) == "Residential"
    assert e.label(e.ProjectKind.RESIDENTIAL) == "Residential estate"
    assert e.label(e.SpaceStatus.UNSOLD) == "Unsold"


def test_every_member_has_a_label():
    for cls in (e.RoomUse, e.RoomStatus, e.SpaceKind, e.SpaceStatus, e.ProjectKind, e.NodeKind):
        for member in cls:
            assert (cls, member.value) in e.LABELS, member


def test_room_sort_key_is_natural():
    from crm_desktop.domain.codes import room_sort_key

    rooms = [
        ("2", 1, "101"),
        ("1", 15, "1501"),
        ("1", 9, "901"),
        ("1", 1, "101B"),
        ("1", 1, "102"),
        ("1", 1, "101A"),
        ("1", -1, "B01"),
        ("10", 1, "101"),
    ]
    ordered = sorted(rooms, key=lambda r: room_sort_key(*r))
    assert ordered == [
        ("1", -1, "B01"),
        ("1", 1, "101A"),
        ("1", 1, "101B"),
        ("1", 1, "102"),
        ("1", 9, "901"),
        ("1", 15, "1501"),
        ("2", 1, "101"),
        ("10", 1, "101"),
    ]
