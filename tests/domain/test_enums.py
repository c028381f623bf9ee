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
