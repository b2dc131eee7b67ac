"""The main window: navigation on the left, one page per section, geometry remembered."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from console import episodes
from console.common import paths
from console.plan.catalog import Catalog
from console.store.db import Store
from widgets.air.air_page import AirPage
from widgets.common.bridge import Bridge
from widgets.measures.measures_page import MeasuresPage
from widgets.overview.overview_page import OverviewPage
from widgets.settings.settings_page import SettingsPage
from widgets.warnings.warnings_page import WarningsPage

SECTIONS = ("overview", "air", "warnings", "measures", "drills", "settings")


class MainWindow(QMainWindow):
    def __init__(self, store: Store, catalog: Catalog, ui_state: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store, self.catalog = store, catalog
        self.ui_state = ui_state or QSettings(str(paths.ui_state_path()), QSettings.Format.IniFormat)
        self.remember_state = True  # --smoke runs do not overwrite the user's window layout
        self.setWindowTitle(self.tr("重污染天气应急指挥台 — 海门区"))
        self.setMinimumSize(1000, 640)
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.stack.setContentsMargins(12, 8, 12, 8)
        lay.addWidget(self.nav)
        page_holder = QWidget()
        ph = QHBoxLayout(page_holder)
        ph.setContentsMargins(16, 10, 16, 10)
        ph.addWidget(self.stack)
        lay.addWidget(page_holder, 1)
        self.setCentralWidget(central)

        self.bridge = Bridge(self)
        self.overview = OverviewPage(store, catalog)
        self.overview.wall_mode_toggled.connect(self.set_wall_mode)
        self.overview.acknowledge_requested.connect(self.acknowledge)
        self.overview.open_item_requested.connect(self.open_item)
        self.reminders = None
        self.tray = None
        self.measures = MeasuresPage(catalog, store)
        self.settings_page = SettingsPage(store)
        self.air = AirPage(store, catalog)
        self.settings_page.changed.connect(lambda _names: self.air.reload())
        self.warnings = WarningsPage(store, catalog)
        pages = [
            (self.tr("值班总览"), self.overview),
            (self.tr("空气质量"), self.air),
            (self.tr("预警与审签"), self.warnings),
            (self.tr("响应措施"), self.measures),
            (self.tr("演练"), self._drills_page()),
            (self.tr("设置"), self.settings_page),
        ]
        for label, page in pages:
            self.nav.addItem(label)
            self.stack.addWidget(page)
        self.nav.ensurePolished()  # English labels are wider than the Chinese: fit the longest, with a count
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 16))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.current_user = None
        self.user_label = QLabel()
        self.login_button = QPushButton()
        self.login_button.clicked.connect(self.toggle_login)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.login_button)
        self.db_label = QLabel(self.tr("数据库：{0}").format(store.path))
        self.statusBar().addPermanentWidget(self.db_label)
        self.set_current_user(None)
        # one refresh path for every change, whichever page made it
        self.warnings.changed.connect(self.refresh_all)
        self.air.data_changed.connect(self.refresh_all)
        self.settings_page.changed.connect(lambda _names: self.refresh_all())
        if self.measures.board is not None:
            self.measures.board.changed.connect(lambda _changes: self.refresh_all())
            self.measures.ledger.changed.connect(self.refresh_all)
        self.bridge.changed.connect(lambda _area: self.overview.refresh())
        self.air.set_warning_intervals(episodes.plot_intervals(store))
        self.menuBar().addAction(self.tr("关于"), self.show_about)
        self._offer_demo()
        self._restore_state()

    def _drills_page(self):
        from widgets.drills.drills_page import (
            DrillsPage,  # drills run on their own database, never on `store`
        )

        self.drills = DrillsPage(self.catalog)
        return self.drills

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(key))

    def refresh_all(self) -> None:
        """Data changed somewhere: every live view re-reads the store (core operations are the truth)."""
        self.overview.refresh()
        self.warnings.refresh()  # a new forecast or notice is re-assessed at once
        self.air.set_warning_intervals(episodes.plot_intervals(self.store))
        if self.measures.board is not None:
            self.measures.board.refresh()
            self.measures.ledger.refresh()
        if self.reminders is not None:
            self.reminders.check_now()

    # ---- who is on duty at this console ------------------------------------------------------------
    def toggle_login(self) -> None:
        if self.current_user is not None:
            self.set_current_user(None)
            return
        from widgets.common.login_dialog import LoginDialog

        dlg = LoginDialog(self.store, None, self.tr("值班登录"),
                          self.tr("登录后，勾选、确认和记录都以您的名义记入审计；签署仍需再次输入密码。"), self)
        if dlg.exec():
            self.set_current_user(dlg.user)

    def set_current_user(self, user) -> None:
        self.current_user = user
        name = user.username if user else None
        if user is None:
            self.user_label.setText(self.tr("值班人员：未登录"))
            self.login_button.setText(self.tr("登录"))
        else:
            self.user_label.setText(self.tr("值班人员：{0}（{1}）").format(user.display_name, user.username))
            self.login_button.setText(self.tr("注销"))
        self.warnings.current_user = name
        self.air.set_actor(name)  # imports and forecasts are recorded in the logged-in person's name
        if self.measures.board is not None:
            self.measures.board.current_user = name
            self.measures.ledger.actor = name

    # ---- reminders, tray, notification centre ------------------------------------------------------
    def start_background(self, interval_s: float = 20.0) -> None:
        """Tray icon and the reminder scheduler (not in --smoke runs or widget tests)."""
        from console.admin.settings import Settings
        from console.alerts import deadlines
        from console.alerts.escalation import Policy
        from widgets.common.notifier import Notifier
        from widgets.common.reminders import ReminderService
        from widgets.common.tray import Tray

        self.tray = Tray(self)
        self.tray.open_requested.connect(self._raise)
        self.tray.centre_requested.connect(lambda: (self._raise(), self.show_section("overview")))
        self.tray.quit_requested.connect(self.close)
        self.tray.show()
        settings = Settings(self.store)
        notifier = Notifier(self.tray, sound=settings.get("notification_sound") == "on")
        self.reminders = ReminderService(self.store, self.bridge, deadlines.collect, notifier.deliver,
                                         lambda: Policy.from_settings(Settings(self.store).all()), interval_s)
        self.reminders.pending_changed.connect(self._on_pending)
        self.reminders.start()

    def _on_pending(self, items: list) -> None:
        self.overview.set_pending(items)
        if self.tray is not None:
            self.tray.set_count(len(items))
        self.nav.item(0).setText(self.tr("值班总览（{0}）").format(len(items)) if items else self.tr("值班总览"))

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def acknowledge(self, item_key: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.current_user is not None:
            self._ack_as(item_key, self.current_user.username)
            return
        last = str(self.ui_state.value("main/ack_name", ""))
        name, ok = QInputDialog.getText(self, self.tr("确认收到"), self.tr("确认人姓名（记入审计记录）："), text=last)
        if not ok or not name.strip():
            return
        self.ui_state.setValue("main/ack_name", name.strip())
        self._ack_as(item_key, name.strip())

    def _ack_as(self, item_key: str, name: str) -> None:
        if self.reminders is not None:
            self.reminders.acknowledge(item_key, name)
        else:
            from console.alerts import notifications

            notifications.acknowledge(self.store, item_key, name)
            self.overview.refresh()

    def open_item(self, item_key: str) -> None:
        kind = item_key.split(":", 1)[0]
        self.show_section({"stale": "air", "board": "measures", "duty": "measures"}.get(kind, "warnings"))

    def set_wall_mode(self, on: bool) -> None:
        self.nav.setVisible(not on)
        self.statusBar().setVisible(not on)
        self.menuBar().setVisible(not on)
        self.overview.set_wall_scale(on)
        if on:
            self.show_section("overview")
            self.showFullScreen()
        else:
            self.showNormal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.overview.wall_button.setChecked(False)
            return
        super().keyPressEvent(event)

    def show_about(self) -> None:
        from widgets.common.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _offer_demo(self) -> None:
        """First run (no air data): a non-blocking offer in the status bar that leads to the air page."""
        if not self.air.is_empty():
            return
        self.demo_offer = QPushButton(self.tr("尚无空气质量数据 — 加载演示数据…"))
        self.demo_offer.setStyleSheet("font-weight: bold; color: #7a4f00;")
        self.demo_offer.clicked.connect(lambda: self.show_section("air"))
        self.air.data_changed.connect(self.demo_offer.hide)
        self.statusBar().addWidget(self.demo_offer)

    def _restore_state(self) -> None:
        geom = self.ui_state.value("main/geometry")
        if geom is not None:
            self.restoreGeometry(geom)
        else:
            self.resize(1360, 860)
        row = int(self.ui_state.value("main/section", 0))
        self.nav.setCurrentRow(row if 0 <= row < self.nav.count() else 0)

    def closeEvent(self, event) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        if self.tray is not None:
            self.tray.hide()
        self.drills.shutdown()  # closes a running drill's own database
        if self.remember_state:
            self.ui_state.setValue("main/geometry", self.saveGeometry())
            self.ui_state.setValue("main/section", self.nav.currentRow())
            self.ui_state.sync()
        super().closeEvent(event)
