"""空气质量's actions: import (files on a worker, the watch folder), the demo data, a forecast and the trend's PNG
export, with the messages that report them. Mixed into AirPage (widgets.air.air_page); its texts keep the page's
translation context."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from console.admin.settings import Settings
from console.app import ConsoleApp
from console.common.errors import UserError
from widgets.air.forecast_dialog import ForecastDialog
from widgets.common.follow import routed
from widgets.common.i18n import lang
from widgets.common.style import C

translate = QCoreApplication.translate


class AirActions:
    """The page's actions (needs the page's app, store, clock, status label, buttons and plot)."""

    def _logged_in(self) -> bool:
        if self.actor is not None:
            return True
        QMessageBox.information(self, translate("AirPage", "请先登录"),
                                translate("AirPage", "导入数据、录入预报和加载演示数据须由值班人员或管理员登录后进行。"))
        return False

    def _say(self, text: str, ok: bool = True) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"font-size: 12pt; color: {C.ok if ok else C.alarm};")
        self.status.show()

    # ---- actions ------------------------------------------------------------------------------
    def load_demo(self) -> None:
        if not self._logged_in():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.app.load_demo()
        except UserError as exc:
            QMessageBox.warning(self, translate("AirPage", "演示数据未能加载"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preset = "all"  # the demo is years old: 全部 shows it and the gap up to now
        self._reread()
        self._say(translate("AirPage", "已加载演示数据（北京 2015-16 冬季真实观测，CC BY 4.0，见“关于”）。"))
        self.data_changed.emit()

    def _reread(self) -> None:
        """After this page's own import, forecast or demo: in the main window the commit's change reaches this
        page through the window's route (MainWindow.apply_changes → reload_in_steps), so nothing is read here;
        on its own the page reloads itself."""
        if not routed(self.app):
            self.reload()

    def choose_and_import(self) -> None:
        if not self._logged_in():
            return
        files, _ = QFileDialog.getOpenFileNames(self, translate("AirPage", "选择要导入的数据文件"), "",
                                                translate("AirPage", "数据文件 (*.csv *.csv.gz *.gz *.xlsx);;所有文件 (*)"))
        if files:
            self.import_files(files)

    def import_files(self, files):
        """Import the files on a worker thread (each file all-or-nothing, its own transaction) with a progress
        dialog and a cancel button; report problems and a summary when done. Returns the BackgroundOp: its
        ``result`` is (results, errors). Cancelling stops before the current file commits: it stores nothing
        (files finished before stay imported)."""
        from widgets.common.ops import BackgroundOp

        files = [str(f) for f in files]
        app, actor = self.app, self.actor
        self.import_button.setEnabled(False)
        dialog = QProgressDialog(translate("AirPage", "正在导入…"), translate("AirPage", "取消"), 0, len(files), self)
        dialog.setWindowTitle(translate("AirPage", "导入数据"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.import_dialog = dialog

        def progress(done: int, total: int, name: str) -> None:
            dialog.setValue(done)
            dialog.setLabelText(translate("AirPage", "正在导入 {0}（第 {1}/{2} 个文件）…").format(name, done + 1, total))

        partial: tuple[list, list] = ([], [])  # what was done so far, also when cancelled
        op = BackgroundOp(self, lambda job: import_in_background(job, app.on_store(job.store), files, actor, partial),
                          store=self.store,
                          on_progress=progress, on_done=lambda r: self._imported(op, *r),
                          on_error=lambda exc: self._import_failed(op, exc),
                          on_cancelled=lambda: self._import_cancelled(op), start=False)
        dialog.canceled.connect(op.cancel)
        op.partial = partial
        self.import_op = op
        op.start()
        return op

    def _import_ended(self) -> None:
        self.import_dialog.close()
        self.import_dialog.deleteLater()
        self.import_button.setEnabled(True)

    def _imported(self, op, results: list, errors: list) -> None:
        self._import_ended()
        if any(r.changed for r in results):
            self._reread()
            self.data_changed.emit()
        summary = "\n".join(r.summary(lang()) for r in results)  # in the window's language
        if errors:
            text = translate("AirPage", "以下文件有问题，这些文件的内容均未导入（请改正后重新导入）：") + "\n\n" + "\n\n".join(errors)
            if summary:
                text += "\n\n" + translate("AirPage", "已成功导入：") + "\n" + summary
            QMessageBox.warning(self, translate("AirPage", "导入失败"), text)
        else:
            QMessageBox.information(self, translate("AirPage", "导入完成"), summary)
        if results:
            self._say(translate("AirPage", "导入 {0} 个文件，失败 {1} 个。").format(len(results), len(errors)), not errors)

    def _import_cancelled(self, op) -> None:
        self._import_ended()
        results = op.partial[0]
        if any(r.changed for r in results):
            self._reread()
            self.data_changed.emit()
        self._say(translate("AirPage", "导入已取消：正在导入的文件未保存任何内容；此前已完成 {0} 个文件。").format(len(results)),
                  False)

    def _import_failed(self, op, exc) -> None:
        self._import_ended()
        QMessageBox.warning(self, translate("AirPage", "导入失败"), str(exc))

    def start_watch_folder(self, interval_seconds: float = 60) -> None:
        """Start the watch-folder job (main.py does, tests don't); it stops when the application quits."""
        from PySide6.QtWidgets import QApplication

        from widgets.air.watch_folder import WatchFolder

        self.watch = WatchFolder(self.app, self.clock, interval_seconds, self)  # imports through the facade
        self.watch.files_imported.connect(self.on_watch_imported, Qt.ConnectionType.QueuedConnection)
        self.watch.scan_failed.connect(self.on_watch_failed, Qt.ConnectionType.QueuedConnection)
        QApplication.instance().aboutToQuit.connect(self.watch.stop)
        self.watch.start()

    def on_watch_imported(self, names: list) -> None:
        """Slot for WatchFolder.files_imported (queued from the worker thread; its commits were reported through
        the facade just before, so in the window they reach this page by the change route)."""
        self._reread()
        self._say(translate("AirPage", "自动导入：{0}").format("、".join(names)))
        self.data_changed.emit()

    def on_watch_failed(self, message: str) -> None:
        self._say(translate("AirPage", "自动导入失败（下次扫描将重试）：{0}").format(message), False)

    def enter_forecast(self) -> None:
        if not self._logged_in():
            return
        dlg = ForecastDialog(self.app, self.clock, self.actor, self)
        if dlg.exec():
            self._reread()
            self._say(translate("AirPage", "预报已保存。"))
            self.data_changed.emit()

    def export_image(self) -> str | None:
        """Ask where, then write the trend PNG on a worker (`export_op`); returns the path chosen (None: cancelled).
        The page's steps (plot, curves) complete first: the PNG shows what the page will show."""
        self.finish_steps()
        folder = Settings(self.store).get("export_folder") or str(Path.home())
        name = translate("AirPage", "AQI趋势_{0}.png").format(self.clock.now().strftime("%Y%m%d_%H%M"))
        path, _ = QFileDialog.getSaveFileName(self, translate("AirPage", "导出趋势图"), str(Path(folder) / name),
                                              translate("AirPage", "PNG 图片 (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        # the grab now; compressing and writing on a worker (the GUI thread is not held up by the PNG encoder)
        self.export_op = self.plot.export_png_in_background(
            path, on_done=lambda _p: self._say(translate("AirPage", "已导出：{0}").format(path)),
            on_error=lambda _exc: QMessageBox.warning(self, translate("AirPage", "导出失败"),
                                                      translate("AirPage", "无法写入文件：{0}").format(path)))
        return path


def import_in_background(job, app: ConsoleApp, files: list, actor, partial: tuple[list, list]
                         ) -> tuple[list, list[str]]:
    """Worker-thread body of AirPage.import_files: each file in its own transaction on the job's connection (`app`:
    the seat's facade on that connection); a cancel seen before the file commits rolls that file back (job.check
    raises inside the transaction). The transaction is opened for the actor: a refusal is audited and reported
    per file."""
    results, errors = partial
    for i, f in enumerate(files):
        job.check()
        job.report(i, len(files), Path(f).name)
        try:
            result = app.import_file(f, actor=actor, check=job.check).value  # cancelled while read: rolled back
        except UserError as exc:
            errors.append(str(exc))
        else:
            results.append(result)
    job.report(len(files), len(files), "")
    return results, errors
