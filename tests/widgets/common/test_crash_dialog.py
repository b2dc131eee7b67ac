import sys

from PySide6.QtGui import QGuiApplication

from widgets import app as app_mod
from widgets.common.crash_dialog import CrashDialog


def test_copy_button_puts_traceback_on_clipboard(qtbot):
    dlg = CrashDialog("Traceback: boom 出错", "/tmp/console.log")
    qtbot.addWidget(dlg)
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback: boom 出错"


def test_excepthook_logs_traceback(qtbot, tmp_path, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.text.toPlainText()))
    old = sys.excepthook
    try:
        app_mod.install_excepthook(tmp_path / "console.log", show_dialog=True)
        try:
            raise ValueError("测试异常")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "测试异常" in shown[0]
    assert any("测试异常" in r.getMessage() for r in caplog.records)
