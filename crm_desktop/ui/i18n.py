"""Interface language (Qt's own and the program's translations) and a CJK font."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from crm_desktop import paths

log = logging.getLogger("crm_desktop.ui")

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []


def resolve_language(language: str) -> str:
    """``auto`` becomes ``zh_CN`` on a Chinese system, else ``en``."""
    if language in SUPPORTED:
        return language
    if QLocale.system().language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def install_translations(app: QCoreApplication, language: str) -> str:
    """Install Qt's and the program's translators for ``language``; return the language used.

    A missing ``.qm`` file is logged and skipped: the interface then stays in English.
    """
    lang = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{lang}", qt_dir),
        (f"crm_desktop_{lang}", str(paths.resources_dir() / "translations")),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            log.info("installed translation %s from %s", name, folder)
        else:
            log.warning("translation %s.qm not found in %s", name, folder)
    return lang


def document_language() -> str:
    """The language of printouts and exports made from the window: the interface's
    (``install_translations`` sets the default locale)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def ensure_cjk_font(app: QGuiApplication) -> str | None:
    """Make sure Chinese text can be drawn; return the family added, if any.

    Systems without a font covering Simplified Chinese (minimal Linux images,
    some locked-down PCs) get the bundled font as the application font.
    """
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    folder = paths.resources_dir() / "fonts"
    families: list[str] = []
    for file in sorted(_font_files(folder)):
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id < 0:
            log.warning("could not load font %s", file)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if not families:
        log.warning("no font covering Chinese found (looked in %s)", folder)
        return None
    font = app.font()
    size = font.pointSizeF()
    font.setFamilies([families[0], *font.families()])
    if size > 0:
        font.setPointSizeF(size)
    app.setFont(font)
    log.info("using bundled font %s", families[0])
    return families[0]


def _font_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc", ".otf")]
