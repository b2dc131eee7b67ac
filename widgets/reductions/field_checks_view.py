"""工地车辆检查: the field checks of construction sites, vehicles (重型柴油车路检路查) and non-road machinery by town
or department — a small form for one entry, an import of a CSV/XLSX file, the records and the last 24 hours'
totals (what the daily report counts)."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from console.admin.settings import Settings
from console.plan import names
from console.reductions import field_checks as F
from widgets.common.i18n import lang
from widgets.common.style import C
from widgets.common.table_model import RowsTableModel
from widgets.reductions.tab_base import ReductionTab
from widgets.warnings.warn_util import datetime_edit, from_qdatetime


class FieldChecksModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("时间"), self.tr("单位"), self.tr("类别"), self.tr("检查数量"), self.tr("发现问题"),
                          self.tr("备注"), self.tr("来源"), self.tr("记录人")], parent)

    def kind_name(self, kind: str) -> str:
        return {"site": self.tr("工地"), "vehicle": self.tr("机动车（路检路查）"),
                "machinery": self.tr("非道路移动机械")}.get(kind, kind)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        c: F.FieldCheck | None = self.row_at(index)
        if c is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (f"{c.at:%m-%d %H:%M}", names.unit_name(c.unit, lang()), self.kind_name(c.kind), str(c.checked),
                str(c.problems), c.notes, self.tr("录入") if c.source == "entry" else self.tr("文件导入"),
                c.recorded_by)[index.column()]


class FieldChecksView(ReductionTab):

    def __init__(self, store, catalog, parent=None):
        super().__init__(store, catalog, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        self.model = FieldChecksModel(self)
        form = QHBoxLayout()
        self.at = datetime_edit(self.store.clock.now())
        self.unit = QComboBox()
        self.kind = QComboBox()
        for combo, chars in ((self.unit, 12), (self.kind, 10)):  # long English unit names do not squeeze the form
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        for k in F.KINDS:
            self.kind.addItem(self.model.kind_name(k), k)
        self.checked = QSpinBox()
        self.checked.setRange(0, 100000)
        self.problems = QSpinBox()
        self.problems.setRange(0, 100000)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("备注（可选）"))
        self.notes.setMinimumWidth(160)
        self.btn_record = QPushButton(self.tr("记录"))
        self.btn_record.clicked.connect(lambda: self.record())
        for w, label in ((self.at, self.tr("时间")), (self.unit, self.tr("单位")), (self.kind, self.tr("类别")),
                         (self.checked, self.tr("检查")), (self.problems, self.tr("问题"))):
            form.addWidget(QLabel(label))
            form.addWidget(w)
        form.addWidget(self.notes, 1)
        form.addWidget(self.btn_record)
        lay.addLayout(form)
        bar = QHBoxLayout()
        self.btn_import = QPushButton(self.tr("导入检查记录…"))
        self.btn_import.clicked.connect(lambda: self.import_file())
        bar.addWidget(self.btn_import)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.totals, 1)
        lay.addLayout(bar)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        hint = QLabel(self.tr("文件列：时间、单位（区镇或部门）、类别（工地 / 机动车 / 非道路移动机械）、检查数量、"
                              "发现问题、备注；CSV 或 XLSX，逐行校验，有错不入库。联络员只能记录本单位的检查。"))
        hint.setStyleSheet(f"color: {C.muted};")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        keep = self.unit.currentData()
        units = list(Settings(self.store).get("towns")) + list(self.catalog.departments if self.catalog else [])
        self.unit.blockSignals(True)
        self.unit.clear()
        for u in units:
            self.unit.addItem(names.unit_name(u, lang()), u)
        if keep in units:
            self.unit.setCurrentIndex(units.index(keep))
        self.unit.blockSignals(False)
        self.model.set_rows(F.all_checks(self.store))
        now = self.store.clock.now()
        tot = F.totals(self.store, now - timedelta(hours=24), now)
        self.totals.setText(self.tr("近 24 小时：工地 {0} 个次（问题 {1}），机动车 {2} 辆次（问题 {3}），"
                                    "非道路移动机械 {4} 台次（问题 {5}）").format(
            *tot["site"], *tot["vehicle"], *tot["machinery"]))

    # ---- actions (tests pass the values directly) -----------------------------------------------------------
    def record(self, values: tuple | None = None):
        """values: (at, unit, kind, checked, problems, notes), or read from the form."""
        if values is None:
            values = (from_qdatetime(self.at.dateTime()), self.unit.currentData(), self.kind.currentData(),
                      self.checked.value(), self.problems.value(), self.notes.text())
        done = self._do(self.app.record_field_check, *values)
        if done is not None:
            self.checked.setValue(0)
            self.problems.setValue(0)
            self.notes.clear()
        return done

    def import_file(self, path: str | Path | None = None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入检查记录"), "",
                                                  self.tr("表格 (*.csv *.xlsx)"))
            if not path:
                return None
        return self._do(self.app.import_field_checks, path)
