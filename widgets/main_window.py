"""The main window: navigation on the left, one page per section, geometry remembered."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from console import changes as C
from console import episodes
from console.admin import accounts
from console.app import ConsoleApp
from console.changes import Changes
from console.common import paths
from console.common.errors import UserError
from console.plan.catalog import Catalog
from console.store.db import Store
from widgets.common.bridge import Bridge
from widgets.common.follow import Steps
from widgets.common.i18n import role_name, unit_name
from widgets.common.lazy_pages import LazyPages
from widgets.common.preload import Preload
from widgets.common.timers import GuardedTimer, later, stop_timers
from widgets.overview.overview_page import OverviewPage

SECTIONS = ("overview", "air", "warnings", "measures", "reductions", "drills", "settings")
#: what the page factories below import, preloaded on a worker after the window is shown (widgets/common/preload.py)
PAGE_MODULES = ("widgets.air.air_page", "widgets.drills.drills_page", "widgets.warnings.warnings_page",
                "widgets.measures.measures_page", "widgets.reductions.reductions_page",
                "widgets.settings.settings_page")
PRELOAD_AFTER_MS = 300


def _air_empty(store: Store) -> bool:
    from console.air import airdata

    return airdata.data_range(store) is None


class MainWindow(QMainWindow):
    def __init__(self, store: Store, catalog: Catalog, ui_state: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store, self.catalog = store, catalog
        # the seat's application facade: every page and dialog makes its changes through it, as its actor
        self.app = ConsoleApp(store, catalog)
        self.app.views_follow_commits = True  # apply_changes below refreshes the views; pages do not re-read
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
        self.reminders = None
        self.tray = None
        # the home page on the next event-loop turns (the shell first; the window appears once the page is read,
        # see setVisible); every other page when it is first opened (or asked for): a page nobody opens costs
        # nothing at start-up (issue 12.5)
        self.pages = LazyPages(self.stack, self._page_built)
        self._startup = Steps(self, alive=lambda: not store.closed)  # (dropped if the database is closed first)
        self._show_when_ready = False
        for key, label, factory in (
                ("overview", self.tr("值班总览"), self._make_overview),
                ("air", self.tr("空气质量"), self._air_page),
                ("warnings", self.tr("预警与审签"), self._warnings_page),
                ("measures", self.tr("响应措施"), self._measures_page),
                ("reductions", self.tr("减排核查"), self._reductions_page),
                ("drills", self.tr("演练"), self._drills_page),
                ("settings", self.tr("设置"), self._settings_page)):
            self.nav.addItem(label)
            self.pages.add(key, factory)
        self.nav.ensurePolished()  # English labels are wider than the Chinese: fit the longest, with a count
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 16))
        self.nav.currentRowChanged.connect(self.pages.show)
        self.preload = Preload(PAGE_MODULES)  # started once the window is shown (showEvent)

        self.user_label = QLabel()
        self.login_button = QPushButton()
        self.login_button.clicked.connect(self.toggle_login)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.login_button)
        self.db_label = QLabel(self.tr("数据库：{0}").format(store.path))  # a URL is shown without its password
        self.statusBar().addPermanentWidget(self.db_label)
        self.set_current_user(None)
        # one refresh path for every change, whichever page (or thread) made it: the store reports what each
        # committed transaction wrote; views refresh only what that touches (coalesced per event-loop turn)
        self._pending_changes = Changes()
        self._apply_timer = GuardedTimer(self, 0, self._apply_pending_changes, single_shot=True)
        self.bridge.committed.connect(self._collect_changes)
        self._commit_listener = self.bridge.committed.emit
        store.on_commit(self._commit_listener)
        self.seat_listener = None
        if store.url:  # several seats: the others' commits arrive through the server
            self._start_seat_listener()
        self.bridge.changed.connect(lambda _area: self.overview.refresh())
        self.menuBar().addAction(self.tr("关于"), self.show_about)
        self._offer_setup()
        self._offer_demo()
        self._startup.start(self._startup_steps())
        self._restore_state()

    # ---- start-up in steps (issue 12.5) ---------------------------------------------------------------------
    def _startup_steps(self):
        """The home page's widgets, then its data in parts, one per event-loop turn; then the window is shown if
        it was asked to be meanwhile (its first paint shows the page whole: nothing fills in after)."""
        page = self.pages.get("overview")  # (never self.overview here: that would finish these steps)
        yield
        yield from page.refresh_steps()
        if self._show_when_ready:
            self._show_when_ready = False
            super().setVisible(True)

    def ready(self) -> None:
        """The start-up steps not yet run, now (the window shows what it was asked to)."""
        self._startup.finish()

    @property
    def starting(self) -> bool:
        return self._startup.running

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt)
        if visible and self._startup.running:
            self._show_when_ready = True  # shown by the last start-up step
            return
        self._show_when_ready = False
        super().setVisible(visible)

    def _make_overview(self):
        page = OverviewPage(self.store, self.catalog, refresh_now=False)  # read by the start-up steps
        page.wall_mode_toggled.connect(self.set_wall_mode)
        page.acknowledge_requested.connect(self.acknowledge)
        page.open_item_requested.connect(self.open_item)
        return page

    @property
    def overview(self):
        """The home page, read (the start-up steps finished first if they had not yet)."""
        if self._startup.running:
            self.ready()
        return self.pages.get("overview")

    # ---- page factories: each page's modules are imported when it is first opened (start-up pays only the overview)
    def _air_page(self):
        from widgets.air.air_page import AirPage

        return AirPage(self.app, self.catalog, in_steps=True)  # its curves one per event-loop turn

    def _warnings_page(self):
        from widgets.warnings.warnings_page import WarningsPage

        return WarningsPage(self.app, self.catalog)

    def _measures_page(self):
        from widgets.measures.measures_page import MeasuresPage

        return MeasuresPage(self.catalog, self.app)

    def _reductions_page(self):
        from widgets.reductions.reductions_page import ReductionsPage

        return ReductionsPage(self.app, self.catalog)

    def _settings_page(self):
        from widgets.settings.settings_page import SettingsPage

        return SettingsPage(self.app)

    def _drills_page(self):
        from widgets.drills.drills_page import (
            DrillsPage,  # drills run on their own database, never on `store`
        )

        # the facade starts the drill on its own database; the page's controls are built over event-loop turns
        page = DrillsPage(self.catalog, app=self.app, in_steps=True)
        page.activate_requested.connect(lambda: self.show_section("drills"))
        return page

    # the pages other than the home page: built on first use
    air = property(lambda self: self.pages.get("air"))
    warnings = property(lambda self: self.pages.get("warnings"))
    measures = property(lambda self: self.pages.get("measures"))
    reductions = property(lambda self: self.pages.get("reductions"))
    drills = property(lambda self: self.pages.get("drills"))
    settings_page = property(lambda self: self.pages.get("settings"))

    def _page_built(self, key: str, page) -> None:
        """A page built on first use gets what the window has told the others so far."""
        if key == "air":
            page.set_warning_intervals(episodes.plot_intervals(self.store))
            if getattr(self, "demo_offer", None) is not None:
                page.data_changed.connect(self.demo_offer.hide)
        self._apply_user(key, page)

    def _apply_user(self, key: str, page) -> None:
        """The pages act as the facade's actor (self.app); they only preselect the logged-in name in their forms."""
        name = self.current_user.username if self.current_user else None
        if key == "air":
            page.set_actor(self.current_user)  # the watch folder imports as the logged-in Actor too
        elif key == "warnings":
            page.set_actor(self.current_user)  # preselected in dialogs; records a forecast trigger (role checked)
        elif key == "reductions":
            page.set_actor(self.current_user)  # the Actor itself: the core checks the role inside the transaction
        elif key == "measures" and page.board is not None:
            page.board.current_user = name

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(key))

    def _start_seat_listener(self) -> None:
        from console.store.listen import ChangeListener

        self.connection_label = QLabel(self.tr("服务器：连接中…"))
        self.statusBar().addPermanentWidget(self.connection_label)
        self.bridge.connection.connect(self._show_connection)
        self.seat_listener = ChangeListener(self.store.url, lambda changes, _data: self.bridge.committed.emit(changes),
                                            self.bridge.connection.emit, ignore_seat=self.store.seat).start()

    def _show_connection(self, state: str, detail: str) -> None:
        text = {"connected": self.tr("服务器：已连接，实时同步"),
                "reconnecting": self.tr("服务器：连接中断，正在重连…（其他席位的变更暂未同步）"),
                "stopped": self.tr("服务器：已断开")}.get(state, state)
        self.connection_label.setText(text)
        self.connection_label.setToolTip(detail)
        self.connection_label.setProperty("state", state)
        if state == "connected":
            self.apply_changes(Changes.everything())  # catch up on whatever happened while the link was down

    def _collect_changes(self, changes: Changes) -> None:
        if getattr(self, "_closed", False):
            return
        self._pending_changes = self._pending_changes | changes
        self._apply_timer.start()

    def _apply_pending_changes(self) -> None:
        changes, self._pending_changes = self._pending_changes, Changes()
        self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the views a committed change concerns (core operations are the truth; nothing else re-reads)."""
        if changes.touches(C.AIR, C.EPISODE, C.SIGNATURES, C.BULLETINS, C.BOARD, C.NOTIFICATIONS, C.SETTINGS,
                           C.ACCOUNTS):
            self.overview.refresh()
        # (a page not built yet reads everything when it is built)
        warnings, air, measures = (self.pages.built(k) for k in ("warnings", "air", "measures"))
        if warnings is None and changes.touches(C.AIR, C.SETTINGS):
            self._sync_forecast_trigger()  # (the warnings page does it on each refresh once built)
        if warnings is not None and changes.touches(C.AIR, C.EPISODE, C.SIGNATURES, C.BULLETINS, C.SETTINGS,
                                                    C.ACCOUNTS):
            warnings.refresh()  # a new forecast or notice is re-assessed at once
        if air is not None and changes.touches(C.EPISODE, C.SIGNATURES):
            air.set_warning_intervals(episodes.plot_intervals(self.store))
        if air is not None and changes.touches(C.AIR, C.SETTINGS):  # imported here, on a worker or elsewhere
            air.reload_in_steps()  # one part per event-loop turn: 13 curves never hold the GUI thread at once
        if changes.touches(C.AIR) and getattr(self, "demo_offer", None) is not None and not _air_empty(self.store):
            self.demo_offer.hide()
        if changes.touches(C.ACCOUNTS) and getattr(self, "setup_offer", None) is not None:
            from widgets.settings.setup_dialog import needs_setup

            self.setup_offer.setVisible(needs_setup(self.store))
        if measures is not None and measures.board is not None:
            if changes.touches(C.BOARD, C.EPISODE, C.SIGNATURES, C.SETTINGS, C.ACCOUNTS):
                measures.board.refresh()
            if changes.touches(C.LEDGER, C.SETTINGS):
                measures.ledger.refresh()
        settings_page = self.pages.built("settings")
        if settings_page is not None and changes.touches(C.ACCOUNTS):
            settings_page.users.refresh()
        reductions = self.pages.built("reductions")
        if reductions is not None and changes.touches(C.REDUCTIONS, C.LEDGER, C.EPISODE, C.SIGNATURES):
            reductions.refresh()
        # (not on NOTIFICATIONS: the reminder check writes the notification log itself)
        if self.reminders is not None and changes.touches(C.EPISODE, C.SIGNATURES, C.BULLETINS, C.BOARD, C.AIR,
                                                          C.ACCOUNTS, C.SETTINGS):
            self.reminders.check_now()

    # ---- who is on duty at this console ------------------------------------------------------------
    def toggle_login(self) -> None:
        if self.current_user is not None:
            self.set_current_user(None)
            return
        from widgets.common.login_dialog import LoginDialog

        dlg = LoginDialog(self.app, None, self.tr("值班登录"),
                          self.tr("登录后，勾选、确认和记录都以您的名义记入审计；签署仍需再次输入密码。"), self)
        if dlg.exec():
            self.set_current_user(dlg.user)
        elif dlg.wants_setup:
            self.first_run()

    def first_run(self):
        """首次设置: the administrator, then the signers and duty officers (see widgets/settings/setup_dialog)."""
        from widgets.settings.setup_dialog import FirstRunDialog, needs_setup

        dlg = FirstRunDialog(self.app, self)
        dlg.exec()
        if self.pages.built("settings") is not None:
            self.settings_page.users.refresh()
        self.setup_offer.setVisible(needs_setup(self.store))
        return dlg

    def _user_title(self, user) -> str:
        """Named by role: a liaison is 联络员（his units）, not 值班人员."""
        from console.measures import liaisons

        role, units = liaisons.user_title(self.store, user.username)
        title = role_name(role)  # the plan's one name per role
        if units:
            title += self.tr("（{0}）").format("、".join(unit_name(u) for u in units))
        return self.tr("{0}：{1}（{2}）").format(title, user.display_name, user.username)

    @property
    def current_user(self):
        """The authenticated Actor logged in at this seat: the facade's."""
        return self.app.actor

    def _sync_forecast_trigger(self) -> None:
        """The forecast reached yellow+: start the 3-hour clock even before anyone opens the warnings page,
        recorded by the duty officer or administrator logged in here (the core checks the role again)."""
        user = self.current_user
        if user is None or self.store.closed or not any(user.has_role(r) for r in episodes.TRIGGER_ROLES):
            return
        from console.episodes import workflow

        try:
            self.app.run(workflow.sync_forecast_trigger, self.store, user)
        except UserError as exc:  # e.g. a read-only database: the clocks are shown from what is recorded
            self.statusBar().showMessage(str(exc), 15000)

    def set_current_user(self, user) -> None:
        self.app.set_actor(user)
        if self.pages.built("warnings") is None:
            self._sync_forecast_trigger()  # a trigger that waited for a login
        if user is None:
            self.user_label.setText(self.tr("值班人员：未登录"))
            self.login_button.setText(self.tr("登录"))
        else:
            self.user_label.setText(self._user_title(user))
            self.login_button.setText(self.tr("注销"))
        for key in ("air", "warnings", "measures", "reductions"):  # the pages built so far; the others when they are
            page = self.pages.built(key)
            if page is not None:
                self._apply_user(key, page)
        if self.reminders is not None:  # this seat now takes the reminders of whoever logged in (and no others)
            self.reminders.check_now()

    # ---- reminders, tray, notification centre ------------------------------------------------------
    def start_background(self, interval_s: float = 20.0) -> None:
        """Tray icon and the reminder scheduler (not in --smoke runs or widget tests)."""
        from console.admin.settings import Settings
        from console.alerts import deadlines
        from console.alerts.escalation import Policy
        from console.alerts.seats import Seat
        from widgets.common.notifier import Notifier
        from widgets.common.reminders import ReminderService
        from widgets.common.tray import Tray

        self.tray = Tray(self)
        self.tray.open_requested.connect(self._raise)
        self.tray.centre_requested.connect(lambda: (self._raise(), self.show_section("overview")))
        self.tray.quit_requested.connect(self.close)
        self.tray.show()
        settings = Settings(self.store)
        self.notifier = Notifier(self.tray, sound=settings.get("notification_sound") == "on", parent=self)
        self.notifier.activated.connect(self.notification_clicked)
        self.reminders = ReminderService(self.app, self.bridge, deadlines.collect, self.notifier.deliver,
                                         lambda: Policy.from_settings(Settings(self.store).all()), interval_s,
                                         seat=Seat(self.store.seat),
                                         who=lambda: self.current_user.username if self.current_user else None)
        self.reminders.pending_changed.connect(self._on_pending)
        self.reminders.interrupted.connect(lambda rows: self.statusBar().showMessage(
            self.tr("有 {0} 条提醒在发送时程序中断，可能未送达：请查看值班总览的待办").format(len(rows)), 60000))
        self.reminders.start()

    def _on_pending(self, items: list) -> None:
        from console.measures import liaisons

        # a liaison is shown only his unit's items
        items = liaisons.pending_for(self.store, self.current_user.username if self.current_user else None, items)
        self.overview.set_pending(items)
        if self.tray is not None:
            self.tray.set_count(len(items))
        self.nav.item(0).setText(self.tr("值班总览（{0}）").format(len(items)) if items else self.tr("值班总览"))

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def acknowledge(self, item_key: str) -> None:
        """确认收到 in the name of the person logged in; when nobody is, that person logs in for it (never a typed
        name or the computer's user)."""
        if self.current_user is not None:
            self._ack_as(item_key, self.current_user)
            return
        from widgets.common.login_dialog import LoginDialog

        dlg = LoginDialog(self.app, None, self.tr("确认收到"),
                          self.tr("请以本人账号登录后确认收到：确认记入审计记录，提醒随之停止。"), self)
        if dlg.exec() and dlg.user is not None:
            self._ack_as(item_key, dlg.user)

    def _ack_as(self, item_key: str, actor) -> None:
        """`actor`: the authenticated Actor (the core checks its role and records a refusal)."""
        try:
            if self.reminders is not None:
                self.reminders.acknowledge(item_key, actor)
            else:
                self.app.acknowledge(item_key, actor)
                self.overview.refresh()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("确认收到"), str(exc))

    def notification_clicked(self, item_key: str, action: str = "default") -> None:
        """A click on a desktop notification or its button: the console comes forward at that item; a sign-off
        opens the sign dialog of that proposal (its current version, should it have been revised since)."""
        self._raise()
        if not item_key.startswith("signoff:"):
            self.open_item(item_key)
            return
        self.show_section("warnings")
        from console.alerts import deadlines

        pid = deadlines.proposal_of(self.store, item_key)
        if pid is None or not self.warnings.open_sign(pid):
            self.statusBar().showMessage(self.tr("该提案已无待签署的步骤"), 15000)

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

    def _offer_setup(self) -> None:
        """No account yet: a standing offer in the status bar (main.py also opens the setup at start)."""
        self.setup_offer = QPushButton(self.tr("尚无账户 — 首次设置…"))
        self.setup_offer.setObjectName("offer")
        self.setup_offer.clicked.connect(self.first_run)
        self.statusBar().addWidget(self.setup_offer)
        # (setup_dialog.needs_setup's test, without importing the dialog's modules while the window is built)
        self.setup_offer.setVisible(not accounts.list_users(self.store))

    def _offer_demo(self) -> None:
        """First run (no air data): a non-blocking offer in the status bar that leads to the air page."""
        if not _air_empty(self.store):
            return
        self.demo_offer = QPushButton(self.tr("尚无空气质量数据 — 加载演示数据…"))
        self.demo_offer.setObjectName("offer")
        self.demo_offer.clicked.connect(lambda: self.show_section("air"))
        if self.pages.built("air") is not None:
            self.air.data_changed.connect(self.demo_offer.hide)
        self.statusBar().addWidget(self.demo_offer)

    def _restore_state(self) -> None:
        geom = self.ui_state.value("main/geometry")
        if geom is not None:
            self.restoreGeometry(geom)
        else:
            self.resize(1360, 860)
        row = int(self.ui_state.value("main/section", 0))
        row = row if 0 <= row < self.nav.count() else 0
        if row == 0 and self.stack.currentIndex() == 0:  # the home page: built by the start-up steps, not here
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)
        else:
            self.nav.setCurrentRow(row)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.preload.thread:  # after the first paint: the other pages' modules, on a worker thread
            later(self, PRELOAD_AFTER_MS, self.preload.start)

    def closeEvent(self, event) -> None:
        stop_timers(self)  # no page's timer or scheduler reads the store or reaches a view once the window is closed
        self.preload.join()  # (an import cut off at exit would leave a half-made module behind)
        self.store.remove_listener(self._commit_listener)
        self._closed = True
        if self.seat_listener is not None:
            self.seat_listener.stop()
        if self.reminders is not None:
            self.reminders.stop()
            self.notifier.close()
        if self.tray is not None:
            self.tray.hide()
        if self.pages.built("drills") is not None:
            self.drills.shutdown()  # closes a running drill's own database
            self.drills.worker.drain()
        if self.remember_state:
            self.ui_state.setValue("main/geometry", self.saveGeometry())
            self.ui_state.setValue("main/section", self.nav.currentRow())
            self.ui_state.sync()
        super().closeEvent(event)
