"""The main window: navigation on the left, one page per section, geometry remembered."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from console.catalog import Catalog
from console.store import Store
from widgets.measures_page import MeasuresPage
from widgets.overview_page import OverviewPage
from widgets.pending_section import PendingSection
from widgets.settings_page import SettingsPage

SECTIONS = ("overview", "air", "warnings", "measures", "drills", "settings")


class MainWindow(QMainWindow):
    def __init__(self, store: Store, catalog: Catalog, ui_state: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store, self.catalog = store, catalog
        self.ui_state = ui_state or QSettings()
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

        self.overview = OverviewPage(store, catalog)
        self.measures = MeasuresPage(catalog)
        self.settings_page = SettingsPage(store)
        self.settings_page.changed.connect(lambda _names: self.overview.refresh())
        pages = [
            (self.tr("值班总览"), self.overview),
            (self.tr("空气质量"), PendingSection(self.tr("空气质量"), self.tr(
                "AQI 趋势图、数据导入与预报录入尚未完成（见问题 #3）。"))),
            (self.tr("预警与审签"), PendingSection(self.tr("预警与审签"), self.tr(
                "预警研判、审签与预警过程管理尚未完成（见问题 #4）。"))),
            (self.tr("响应措施"), self.measures),
            (self.tr("演练"), PendingSection(self.tr("演练"), self.tr("演练功能尚未完成（见问题 #7）。"))),
            (self.tr("设置"), self.settings_page),
        ]
        for label, page in pages:
            self.nav.addItem(label)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.db_label = QLabel(self.tr("数据库：{0}").format(store.path))
        self.statusBar().addPermanentWidget(self.db_label)
        self._restore_state()

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(key))

    def _restore_state(self) -> None:
        geom = self.ui_state.value("main/geometry")
        if geom is not None:
            self.restoreGeometry(geom)
        else:
            self.resize(1360, 860)
        row = int(self.ui_state.value("main/section", 0))
        self.nav.setCurrentRow(row if 0 <= row < self.nav.count() else 0)

    def closeEvent(self, event) -> None:
        self.ui_state.setValue("main/geometry", self.saveGeometry())
        self.ui_state.setValue("main/section", self.nav.currentRow())
        self.ui_state.sync()
        super().closeEvent(event)
