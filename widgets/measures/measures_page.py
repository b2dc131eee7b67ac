"""响应措施: the plan's measures by level (cumulative) and by unit, with 附件1 duties; searchable."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.plan.catalog import Catalog
from console.plan.levels import LEVEL_CODES
from widgets.common.i18n import level_name, unit_name
from widgets.measures.measures_model import COL_TEXT, MeasuresFilter, MeasuresModel


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    h = view.horizontalHeader()
    for col in range(model.columnCount()):
        h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
    h.setMaximumSectionSize(300)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class MeasuresPage(QWidget):
    def __init__(self, catalog: Catalog, store=None, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.board = self.ledger = None
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("响应措施"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.tabs = QTabWidget()
        if store is not None:  # the live tabs: tasks of the episode in force, the reduction list
            from widgets.measures.board_page import BoardPage
            from widgets.measures.ledger_page import LedgerPage

            self.board = BoardPage(store, catalog)
            self.tabs.addTab(self.board, self.tr("当前响应任务"))
        self.tabs.addTab(self._by_level_tab(), self.tr("措施目录（按级别）"))
        self.tabs.addTab(self._by_unit_tab(), self.tr("按部门/区镇"))
        if store is not None:
            self.ledger = LedgerPage(store, catalog)
            self.tabs.addTab(self.ledger, self.tr("减排清单与豁免"))
        lay.addWidget(self.tabs)
        self.show_level("yellow")
        self.unit_list.setCurrentRow(0)

    # ---- by level -------------------------------------------------------------------------------
    def _by_level_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.level_buttons = QButtonGroup(self)
        for code in LEVEL_CODES:
            lv = self.catalog.levels[code]
            b = QPushButton(self.tr("{0}（{1}级）").format(level_name(lv), lv.roman))
            b.setCheckable(True)
            b.setMinimumHeight(40)
            bg, fg = lv.rgb, lv.text_rgb
            b.setStyleSheet(f"QPushButton {{ font-size: 13pt; border: 2px solid rgb{bg}; border-radius: 4px; }}"
                            f"QPushButton:checked {{ background: rgb{bg}; color: rgb{fg}; font-weight: bold; }}")
            b.clicked.connect(lambda _=False, c=code: self.show_level(c))
            self.level_buttons.addButton(b)
            b.setProperty("level", code)
            bar.addWidget(b)
        bar.addSpacing(20)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索措施、部门、编号…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        bar.addWidget(self.search, 1)
        lay.addLayout(bar)
        self.level_summary = QLabel()
        self.level_summary.setObjectName("hint")
        lay.addWidget(self.level_summary)
        self.level_model = MeasuresModel(self.catalog, self)
        self.level_proxy = MeasuresFilter(self)
        self.level_proxy.setSourceModel(self.level_model)
        self.search.textChanged.connect(self._on_search)
        self.level_table = _table(self.level_proxy)
        lay.addWidget(self.level_table)
        return w

    def show_level(self, code: str) -> None:
        self.current_level = code
        for b in self.level_buttons.buttons():
            b.setChecked(b.property("level") == code)
        rows = self.catalog.measures_in_force(code)
        self.level_model.set_rows(rows)
        self._update_summary()

    def _on_search(self, text: str) -> None:
        self.level_proxy.setFilterFixedString(text.strip())
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.level_model.rows
        replaced = sum(1 for r in rows if r.replaced_by)
        lv = self.catalog.levels[self.current_level]
        text = self.tr("{0}：共 {1} 项措施（含低级别措施，累加），其中 {2} 项已被更严格的措施替代（灰色删除线）。").format(
            level_name(lv), len(rows), replaced)
        if self.search.text().strip():
            text += self.tr("  搜索结果 {0} 项。").format(self.level_proxy.rowCount())
        self.level_summary.setText(text)

    # ---- by unit -------------------------------------------------------------------------------
    def _by_unit_tab(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.unit_search = QLineEdit()
        self.unit_search.setPlaceholderText(self.tr("查找部门或区镇…"))
        self.unit_search.setClearButtonEnabled(True)
        self.unit_search.textChanged.connect(self._filter_units)
        ll.addWidget(self.unit_search)
        self.unit_list = QListWidget()
        for name in self.catalog.departments + self.catalog.towns:  # shown in the interface language, keyed by the plan's
            item = QListWidgetItem(unit_name(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.unit_list.addItem(item)
        self.unit_list.currentItemChanged.connect(
            lambda item, _old: self.show_unit(item.data(Qt.ItemDataRole.UserRole) if item else ""))
        ll.addWidget(self.unit_list)
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.unit_title = QLabel()
        self.unit_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        rl.addWidget(self.unit_title)
        self.duties = QTextBrowser()
        self.duties.setMaximumHeight(150)
        rl.addWidget(self.duties)
        self.unit_counts = QLabel()
        self.unit_counts.setObjectName("hint")
        rl.addWidget(self.unit_counts)
        self.unit_model = MeasuresModel(self.catalog, self)
        self.unit_table = _table(self.unit_model)
        rl.addWidget(self.unit_table)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 900])
        lay.addWidget(split)
        return w

    def _filter_units(self, text: str) -> None:
        t = text.strip()
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            item.setHidden(bool(t) and t not in item.text() and t not in item.data(Qt.ItemDataRole.UserRole))

    def show_unit(self, name: str) -> None:
        if not name:
            return
        self.unit_title.setText(unit_name(name))
        unit = next((u for u in self.catalog.units if u.name == name), None)
        if unit:
            duties = self.tr("【附件1 职责】") + unit.duties
        elif name in self.catalog.towns:
            duties = self.tr("【附件1 区镇（街道）职责】") + self.catalog.towns_duty
        else:
            duties = self.tr("（附件1 未列出该单位职责；其任务见下方措施。）")
        self.duties.setPlainText(duties)
        rows = self.catalog.measures_for_department(name, "red")
        self.unit_model.set_rows(rows)
        counts = {c: sum(1 for r in self.catalog.measures_for_department(name, c)) for c in LEVEL_CODES}
        self.unit_counts.setText(self.tr("该单位负责的措施：黄色 {0} 项 · 橙色 {1} 项 · 红色 {2} 项（累加；下表列出至红色的全部措施）")
                                 .format(counts["yellow"], counts["orange"], counts["red"]))
