"""Application bootstrap: logging, crash handler, translations, fonts."""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from console.common import paths, private
from widgets.common import gc_guard, style
from widgets.common.i18n import LANG_PROPERTY

log = logging.getLogger("console.gui")


def setup_logging(log_dir: Path | None = None) -> Path:
    """Rotating file log in the data folder (1 MB × 5). Returns the log file path."""
    d = log_dir or paths.log_dir()
    private.make_dir(d)
    path = d / "console.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = private.OwnerOnlyRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path, show_dialog: bool) -> None:
    """Unexpected exceptions: log the traceback; show a dialog with a copy button (or, for CI, exit 70)."""

    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unhandled exception\n%s", details)
        app = QApplication.instance()
        if not show_dialog or app is None:
            sys.stderr.write(details)
            if app is not None:
                app.exit(70)
            return
        from widgets.common.crash_dialog import CrashDialog

        CrashDialog(details, str(log_path)).exec()

    sys.excepthook = hook


def load_translations(app: QApplication, lang: str) -> None:
    """Chinese is the source language; English loads resources/translations/console_en.qm."""
    app.setProperty(LANG_PROPERTY, lang)
    if lang.startswith("en"):
        tr = QTranslator(app)
        if tr.load(str(paths.resources_dir() / "translations" / "console_en.qm")):
            app.installTranslator(tr)
        else:
            log.warning("English translation not found; staying in Chinese")
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                  QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)


def make_app(argv: list[str], lang: str = "zh") -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setWindowIcon(QIcon(style.icon("app")))
    app.setFont(style.app_font())
    app.setStyleSheet(style.STYLESHEET)
    load_translations(app, lang)
    gc_guard.install(app)  # Qt objects in reference cycles are freed on the GUI thread, never on a worker
    app.setApplicationDisplayName(QCoreApplication.translate("app", "重污染天气应急指挥台"))
    return app
