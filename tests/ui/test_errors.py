from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.i18n import install_translations


def test_terms_are_translated_but_typed_values_are_not(qapp):
    install_translations(qapp, "zh_CN")
    try:
        exc = ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{value}” is already used by another {what} here. Choose a different {label}.",
            ),
            value="region",  # what the clerk typed happens to be an English term
            what=QT_TRANSLATE_NOOP("Errors", "region"),
            label=QT_TRANSLATE_NOOP("Errors", "name"),
        )
        text = error_text(exc)
        assert "“region”" in text
        assert "区域" in text and "名称" in text
    finally:
        install_translations(qapp, "en")
