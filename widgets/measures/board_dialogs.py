"""Dialogs of the response-measure board: check-off / record count / undo (who, on whose behalf, note),
the day's temperature, and naming a unit's liaison. Each checks the user's password; the core checks roles."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.admin import accounts
from console.app import ConsoleApp
from console.common.clock import to_local
from console.common.errors import UserError
from console.measures.status import TaskStatus
from console.store.db import Store
from widgets.common.i18n import role_name
from widgets.common.login_dialog import _Form


def _user_combo(store: Store, roles: tuple[str, ...], current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    for u in accounts.list_users(store):
        if u.active and any(r in u.roles for r in roles):
            combo.addItem(f"{u.username}（{u.display_name}）", u.username)
    if current:
        i = combo.findData(current)
        combo.setCurrentIndex(i) if i >= 0 else combo.setEditText(current)
    return combo


def _username(combo: QComboBox) -> str:
    data = combo.currentData()
    text = combo.currentText().strip()
    if data and combo.itemText(combo.currentIndex()) == text:
        return data
    return text.split("（")[0].strip()


class TaskActionDialog(_Form):
    """mode: 'check' (one-off done), 'count' (n more rounds of a recurring duty) or 'undo'."""

    def __init__(self, store: Store | ConsoleApp, task: TaskStatus, mode: str, current_user: str | None = None,
                 catalog=None, parent=None):
        app = ConsoleApp.of(store, catalog)
        store = app.store
        titles = {"check": self.tr("确认完成"), "count": self.tr("记录次数"), "undo": self.tr("撤销上一条记录")}
        intro = self.tr("{0} · {1}\n{2}").format(task.measure_id, task.unit, task.text[:120])
        super().__init__(titles[mode], intro, parent)
        self.app, self.store, self.task, self.mode, self.catalog = app, store, task, mode, catalog
        self.setMinimumWidth(560)
        who = QWidget()
        wl = QVBoxLayout(who)
        wl.setContentsMargins(0, 0, 0, 0)
        self.as_liaison = QRadioButton(self.tr("本单位联络员"))
        self.on_behalf = QRadioButton(self.tr("值班员代为确认（代 {0}）").format(task.unit))
        group = QButtonGroup(self)
        group.addButton(self.as_liaison)
        group.addButton(self.on_behalf)
        self.as_liaison.setChecked(True)
        wl.addWidget(self.as_liaison)
        wl.addWidget(self.on_behalf)
        self.form.addRow(self.tr("确认方式"), who)
        self.user = _user_combo(store, ("liaison", "duty_officer"), current_user)
        self.form.addRow(self.tr("操作人"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("密码"), self.password)
        self.count = QSpinBox()
        self.counter = QComboBox()
        if mode == "count":
            self.count.setRange(1, 20)
            self.count.setValue(1)
            for c in task.counters or ():
                self.counter.addItem(c.label)
            if not task.counters:
                self.counter.addItem(self.tr("作业"))
            self.form.addRow(self.tr("计数项"), self.counter)
            self.form.addRow(self.tr("本次完成次数"), self.count)
            if task.recurring_kind == "daily_window":
                self.count.setEnabled(False)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("必填：撤销原因") if mode == "undo" else self.tr("可选：情况说明"))
        self.form.addRow(self.tr("撤销原因") if mode == "undo" else self.tr("备注"), self.note)
        self.finish_layout()

    def attempt(self) -> None:
        actor = self.app.authenticate(_username(self.user), self.password.text()).value
        behalf = self.task.unit if self.on_behalf.isChecked() else None
        note = self.note.text().strip()
        now = self.store.clock.now()
        if self.mode == "check":
            self.changes = self.app.tick(self.task.task_id, behalf, note, now, actor=actor).value
        elif self.mode == "undo":
            self.changes = self.app.untick(self.task.task_id, note, now, behalf, actor=actor).value
        else:
            counter = "extra" if self.counter.currentIndex() == 1 else "main"
            self.changes = self.app.count(self.task.task_id, now, self.count.value(), counter=counter,
                                          on_behalf_of_unit=behalf, note=note, actor=actor).value


class TemperatureDialog(_Form):
    """The day's temperature decides whether road sweeping is required (> 4 ℃)."""

    def __init__(self, store: Store | ConsoleApp, current_user: str | None = None, parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        super().__init__(self.tr("录入当日气温"),
                         self.tr("道路机扫、洒水仅在气温 4℃ 以上时要求。请录入当日气温（以气象局数据为准）。"), parent)
        self.app, self.store = app, store
        today = to_local(store.clock.now()).date()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.temp = QDoubleSpinBox()
        self.temp.setRange(-50, 60)
        self.temp.setDecimals(1)
        self.temp.setSuffix(" ℃")
        self.user = _user_combo(store, ("duty_officer",), current_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("气温"), self.temp)
        self.form.addRow(self.tr("录入人"), self.user)
        self.form.addRow(self.tr("密码"), self.password)
        self.finish_layout()

    def attempt(self) -> None:
        actor = self.app.authenticate(_username(self.user), self.password.text()).value
        self.app.set_temperature(self.day.date().toPython(), self.temp.value(), actor=actor)


class LiaisonDialog(_Form):
    """An administrator names which unit a liaison account ticks for."""

    def __init__(self, store: Store | ConsoleApp, units: list[str], catalog=None, parent=None):
        app = ConsoleApp.of(store, catalog)
        store = app.store
        super().__init__(self.tr("指定部门联络员"),
                         self.tr("联络员只能为其所属单位确认措施落实情况。需要管理员密码。"), parent)
        self.app, self.store, self.catalog = app, store, catalog
        self.liaison = _user_combo(store, ("liaison",), None)
        self.unit = QComboBox()
        self.unit.addItems(units)
        self.admin = _user_combo(store, ("admin",), None)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("联络员账号"), self.liaison)
        self.form.addRow(self.tr("所属单位"), self.unit)
        self.form.addRow(role_name("admin"), self.admin)
        self.form.addRow(self.tr("管理员密码"), self.password)
        self.finish_layout()

    def attempt(self) -> None:
        admin = self.app.authenticate(_username(self.admin), self.password.text(), "admin").value
        if not self.app.assign_liaison(_username(self.liaison), self.unit.currentText(), actor=admin).value:
            raise UserError(self.tr("该联络员已是此单位的联络员"))
