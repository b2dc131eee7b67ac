"""一厂一策: while a level is in force, what every firm (grouped by town) must be doing now, item by item, from
its sheet; with no level in force, what each would do at a chosen level. Import and export of the sheets."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from console.common.errors import UserError
from console.episodes import level_in_force
from console.plan.catalog import Catalog
from console.reductions import sheets
from widgets.common.follow import after_action
from widgets.common.i18n import level_name, user_text
from widgets.common.style import C
from widgets.common.table_model import RowsTableModel
from widgets.reductions.tab_base import ReductionTab

EXEMPT_BG = QColor(232, 240, 247)


class DutiesModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("区镇"), self.tr("企业"), self.tr("类别"), self.tr("名称"), self.tr("现在应执行"),
                          self.tr("豁免"), self.tr("关键指标")], parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        d: sheets.Duty | None = self.row_at(index)
        if d is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            exempt = {"": "", "line": self.tr("豁免生产线"), "firm": self.tr("豁免企业")}[d.exempt]
            return (d.town, f"{d.name}（{d.code}）", d.category, d.item, d.action, exempt, d.indicator)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and d.exempt:
            return QBrush(EXEMPT_BG)
        if role == Qt.ItemDataRole.FontRole and index.column() == 4:
            f = self.parent().font() if self.parent() else None
            if f is not None:
                f.setBold(True)
            return f
        return None


class DutiesView(ReductionTab):

    def __init__(self, store, catalog: Catalog, parent=None):
        super().__init__(store, catalog, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.level_label = QLabel()
        self.level_label.setStyleSheet("font-weight: bold; font-size: 15px;")
        bar.addWidget(self.level_label)
        self.level_combo = QComboBox()
        for lv in sheets.LEVELS:
            self.level_combo.addItem(level_name(catalog.levels[lv]), lv)
        self.level_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.level_combo)
        bar.addStretch(1)
        self.btn_import = QPushButton(self.tr("导入一厂一策…"))
        self.btn_import.clicked.connect(lambda: self.import_file())
        self.btn_export = QPushButton(self.tr("导出一厂一策…"))
        self.btn_export.clicked.connect(lambda: self.export_file())
        bar.addWidget(self.btn_import)
        bar.addWidget(self.btn_export)
        lay.addLayout(bar)
        self.model = DutiesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        self.hint = QLabel()
        self.hint.setStyleSheet(f"color: {C.muted};")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.refresh()

    def level(self) -> tuple[str, bool]:
        """(level shown, whether it is in force now)."""
        lv, _since = level_in_force(self.store)
        if lv in sheets.LEVELS:
            return lv, True
        return self.level_combo.currentData(), False

    def refresh(self) -> None:
        lv, in_force = self.level()
        self.level_combo.setVisible(not in_force)
        name = level_name(self.catalog.levels[lv])
        self.level_label.setText(self.tr("{0}生效中：各企业现在应执行").format(name) if in_force
                                 else self.tr("当前无预警。查看预警时的要求："))
        self.level_label.setStyleSheet("font-weight: bold; font-size: 15px;"
                                       + (f" color: {C.alarm};" if in_force else ""))
        rows = sheets.duties(self.store, lv)
        self.model.set_rows(rows)
        firms = len({d.code for d in rows})
        self.hint.setText(self.tr("{0} 家企业、{1} 个区镇的一厂一策；豁免的生产线和企业以浅蓝色标出。").format(
            firms, len({d.town for d in rows})) if rows else
            self.tr("尚无一厂一策：请导入（每行一个生产线、工序、运输车辆或门禁项目，写明黄色、橙色、红色时的措施）。"))

    def import_file(self, path: str | Path | None = None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入一厂一策"), "", self.tr("一厂一策 (*.xlsx *.csv)"))
            if not path:
                return None
        if not self._logged_in():
            return None
        try:
            changed = self.app.import_plant_sheets(path, actor=self.actor).value
        except UserError as exc:
            self._error(self.tr("一厂一策未导入（未保存任何内容）：\n{0}").format(user_text(exc)))
            return None
        after_action(self, None)  # in the window the commit's change refreshes the 减排核查 page
        self.changed.emit()
        return changed

    def export_file(self, path: str | Path | None = None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出一厂一策"), self.tr("一厂一策.xlsx"),
                                                  "Excel (*.xlsx);;CSV (*.csv)")
            if not path:
                return None
        try:
            return sheets.export_file(self.store, path)
        except UserError as exc:
            self._error(user_text(exc))
            return None
