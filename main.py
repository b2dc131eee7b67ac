"""Start the console: python main.py [--db PATH] [--smoke] [--no-crash-dialog] [--lang zh|en]"""
from __future__ import annotations

import time

_T0 = time.time()

import argparse  # noqa: E402
import sys  # noqa: E402


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py", description="重污染天气应急指挥台 Haimen heavy-pollution emergency console")
    p.add_argument("--db", help="数据库文件或 postgresql:// 地址 database file or PostgreSQL URL "
                                "(default: $HAIMEN_CONSOLE_DB or the user data folder)")
    p.add_argument("--smoke", action="store_true",
                   help="打开窗口，首次绘制后打印启动秒数并退出 open, print seconds to first paint, exit 0")
    p.add_argument("--no-crash-dialog", action="store_true", help="出错时不弹窗（CI）log and exit instead of a dialog")
    p.add_argument("--lang", default="zh", choices=("zh", "en"), help="界面语言 interface language")
    p.add_argument("--section", choices=("overview", "air", "warnings", "measures", "drills", "settings"),
                   help="打开指定页面 open at this section")
    p.add_argument("--render-pdf", metavar="JOB", help=argparse.SUPPRESS)  # a long PDF, for the program itself
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.render_pdf:  # a child started by widgets/common/pdf_process.py: lay out and paint one PDF, then exit
        from PySide6.QtGui import QGuiApplication

        from widgets.common.pdf_child import run_job

        _app = QGuiApplication(sys.argv[:1])
        return run_job(args.render_pdf)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMessageBox

    from console.plan import catalog as catalog_mod
    from console.common.errors import UserError
    from console.store.connect import open_store
    from widgets.app import install_excepthook, make_app, setup_logging

    log_path = setup_logging()
    app = make_app(sys.argv[:1], args.lang)
    install_excepthook(log_path, show_dialog=not (args.no_crash_dialog or args.smoke))
    try:
        catalog = catalog_mod.load()
        store = open_store(args.db)
    except UserError as exc:
        if args.smoke or args.no_crash_dialog:
            print(f"错误 error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "无法启动 Cannot start", str(exc))
        return 2

    from widgets.main_window import MainWindow

    window = MainWindow(store, catalog)
    window.remember_state = not args.smoke
    if args.section:
        window.show_section(args.section)
    if not args.smoke:
        window.air.start_watch_folder()
        window.start_background()
        from widgets.settings.setup_dialog import needs_setup

        if needs_setup(store):  # a new database: guide the newcomer to the administrator and the signers
            QTimer.singleShot(0, window.first_run)

    if args.smoke:
        class FirstPaint(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                    self.done = True
                    print(f"first paint after {time.time() - _T0:.3f} s")
                    QTimer.singleShot(0, app.quit)
                return False

        watcher = FirstPaint()
        window.installEventFilter(watcher)
        QTimer.singleShot(30_000, lambda: app.exit(3))  # never hang CI
    window.show()
    rc = app.exec()
    store.close()
    return rc


if __name__ == "__main__":
    sys.exit(main())
