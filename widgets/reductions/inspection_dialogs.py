"""The small forms of the inspection tab: a planned spot check, a finding or rectification (notes, photos and
files), and the consequences of a confirmed violation."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)


def _buttons(dlg: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dlg.accept)
    box.rejected.connect(dlg.reject)
    return box


class SpotCheckDialog(QDialog):
    """Firm, the town or department that inspects, and why."""

    def __init__(self, firms: list, units: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("计划抽查"))
        form = QFormLayout(self)
        self.firm = QComboBox()
        for e in firms:
            self.firm.addItem(f"{e.name}（{e.code}）", e.code)
        self.unit = QComboBox()
        self.unit.addItems(units)
        self.firm.currentIndexChanged.connect(lambda i: self._default_unit(firms, i))
        self._default_unit(firms, 0)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("例如：红色预警第二天例行抽查"))
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("企业："), self.firm)
        form.addRow(self.tr("承办单位："), self.unit)
        form.addRow(self.tr("抽查理由："), self.reason)
        form.addRow(_buttons(self))

    def _default_unit(self, firms, i: int) -> None:
        if 0 <= i < len(firms) and self.unit.findText(firms[i].town) >= 0:
            self.unit.setCurrentText(firms[i].town)

    def values(self) -> tuple[str, str, str]:
        return self.firm.currentData(), self.unit.currentText(), self.reason.toPlainText()


class NotesDialog(QDialog):
    """A finding (compliant or not) or a rectification: notes and attached photos or files."""

    def __init__(self, title: str, ask_compliance: bool, parent=None, rectify_default: datetime | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        self.compliant = QRadioButton(self.tr("符合要求"))
        self.violation = QRadioButton(self.tr("确认违规"))
        self.rectify_by = QDateTimeEdit()
        self.rectify_by.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.rectify_by.setCalendarPopup(True)
        self.tz = rectify_default.tzinfo if rectify_default else None
        if rectify_default is not None:
            self.rectify_by.setDateTime(QDateTime(rectify_default.replace(tzinfo=None)))
        self.rectify_by.setEnabled(False)
        self.violation.toggled.connect(self.rectify_by.setEnabled)
        if ask_compliance:
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("核查结论：")))
            row.addWidget(self.compliant)
            row.addWidget(self.violation)
            row.addWidget(QLabel(self.tr("整改期限：")))
            row.addWidget(self.rectify_by)
            row.addStretch(1)
            lay.addLayout(row)
        self.compliant.setChecked(True)
        lay.addWidget(QLabel(self.tr("情况说明（记入审计）：")))
        self.notes = QPlainTextEdit()
        lay.addWidget(self.notes)
        lay.addWidget(QLabel(self.tr("照片和文件（以 SHA-256 校验值记入审计）：")))
        self.files = QListWidget()
        self.files.setFixedHeight(80)
        lay.addWidget(self.files)
        add = QPushButton(self.tr("添加照片/文件…"))
        add.clicked.connect(self._add)
        lay.addWidget(add)
        lay.addWidget(_buttons(self))
        self.resize(520, 420)

    def _add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("添加照片/文件"))
        for p in paths:
            self.files.addItem(p)

    def values(self) -> tuple[bool, str, list[str]]:
        return (self.compliant.isChecked(), self.notes.toPlainText(),
                [self.files.item(i).text() for i in range(self.files.count())])

    def deadline(self) -> datetime | None:
        """The rectification deadline chosen for a violation (None: compliant)."""
        if self.compliant.isChecked():
            return None
        return self.rectify_by.dateTime().toPython().replace(tzinfo=self.tz)


class ConsequencesDialog(QDialog):
    """The plan's consequences of a confirmed violation (§5, §7.6)."""

    def __init__(self, firm: str, exempt: bool, grade: str, lower: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("违规处理"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("{0}：经核查确认违规。按预案可采取：").format(firm)))
        self.revoke = QCheckBox(self.tr("撤销应急豁免（6 个月内不得重新申请）"))
        self.revoke.setEnabled(exempt)
        self.revoke.setChecked(exempt)
        if not exempt:
            self.revoke.setText(self.tr("撤销应急豁免（该企业没有生效的豁免）"))
        self.downgrade = QCheckBox(self.tr("绩效等级由 {0} 级降为 {1} 级").format(grade, lower) if lower
                                   else self.tr("绩效等级已是 D 级，不能再降"))
        self.downgrade.setEnabled(lower is not None)
        self.downgrade.setChecked(lower is not None)
        lay.addWidget(self.revoke)
        lay.addWidget(self.downgrade)
        lay.addWidget(_buttons(self))

    def values(self) -> tuple[bool, bool]:
        return self.revoke.isChecked(), self.downgrade.isChecked()


class ExtendDeadlineDialog(QDialog):
    """A later rectification deadline for a confirmed violation, with the reason (recorded in the audit)."""

    def __init__(self, task: str, current: datetime, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("延长整改期限"))
        self.tz = current.tzinfo
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{0}：现整改期限 {1}").format(task, f"{current:%Y-%m-%d %H:%M}")))
        self.rectify_by = QDateTimeEdit()
        self.rectify_by.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.rectify_by.setCalendarPopup(True)
        self.rectify_by.setDateTime(QDateTime(current.replace(tzinfo=None)).addDays(1))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("例如：除尘设备配件到货需两天"))
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("新的整改期限："), self.rectify_by)
        form.addRow(self.tr("延期理由（记入审计）："), self.reason)
        form.addRow(_buttons(self))

    def values(self) -> tuple[datetime, str]:
        return self.rectify_by.dateTime().toPython().replace(tzinfo=self.tz), self.reason.toPlainText()
