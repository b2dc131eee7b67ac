"""设置: every declared setting, grouped; read-only until an administrator unlocks; each change audited."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.admin import accounts
from console.app import ConsoleApp
from console.admin.settings import DECLARED, Setting, Settings, declared
from console.common import paths
from console.common.errors import UserError
from console.store.db import Store
from widgets.common.i18n import (
    bilingual,
    choice_name,
    english,
    setting_label,
    user_text,
)
from widgets.common.login_dialog import CreateAdminDialog, LoginDialog
from widgets.settings.users_panel import UsersPanel


class _PathEdit(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.browse = QPushButton(self.tr("浏览…"))
        self.browse.clicked.connect(self._pick)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.browse)

    def _pick(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), self.edit.text())
        if d:
            self.edit.setText(d)


class SettingsPage(QWidget):
    changed = Signal(list)  # names of settings changed

    def __init__(self, store: Store | ConsoleApp, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store)  # every write goes through the seat's facade
        self.store = store = self.app.store
        self.settings = Settings(store)
        self.admin: accounts.User | None = None
        self.editors: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("设置"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        bar = QHBoxLayout()
        self.lock_label = QLabel()
        bar.addWidget(self.lock_label, 1)
        self.unlock_button = QPushButton(self.tr("管理员解锁"))
        self.unlock_button.clicked.connect(self.unlock)
        bar.addWidget(self.unlock_button)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        self.revert_button = QPushButton(self.tr("放弃修改"))
        self.revert_button.clicked.connect(self.load_values)
        bar.addWidget(self.revert_button)
        outer.addLayout(bar)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        groups: dict[str, QFormLayout] = {}
        for s in DECLARED:
            if s.group not in groups:
                box = QGroupBox(bilingual(s.group))
                groups[s.group] = QFormLayout(box)
                self.body_layout.addWidget(box)
            editor = self._make_editor(s)
            self.editors[s.name] = editor
            label = QLabel(setting_label(s))
            label.setToolTip(f"{s.name}{chr(10) + s.help_zh if s.help_zh and not english() else ''}")
            groups[s.group].addRow(label, editor)
            if s.kind == "dates":  # a calendar file (日期,类型) read into the editor; saved with the other changes
                self.dates_button = QPushButton(self.tr("从文件读入…"))
                self.dates_button.clicked.connect(lambda _=False, name=s.name: self.read_dates_file(name))
                groups[s.group].addRow("", self.dates_button)
        self.users = UsersPanel(self.app)
        self.body_layout.addWidget(self.users)
        files = QGroupBox(self.tr("文件位置（只读）"))
        ff = QFormLayout(files)
        for label, value in ((self.tr("数据库文件"), str(store.path)), (self.tr("数据文件夹"), str(paths.data_dir())),
                             (self.tr("日志文件夹"), str(paths.log_dir()))):
            v = QLineEdit(value)
            v.setReadOnly(True)
            ff.addRow(label, v)
        self.body_layout.addWidget(files)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.load_values()
        self._set_locked(True)

    def _make_editor(self, s: Setting) -> QWidget:
        if s.kind == "int":
            w = QSpinBox()
            w.setRange(int(s.minimum if s.minimum is not None else -10**6), int(s.maximum or 10**6))
        elif s.kind == "float":
            w = QDoubleSpinBox()
            w.setDecimals(1)
            w.setRange(s.minimum if s.minimum is not None else -1e6, s.maximum or 1e6)
        elif s.kind == "choice":
            w = QComboBox()
            for code in s.choices:  # shown in words, stored as the code
                w.addItem(choice_name(code), code)
        elif s.kind in ("list", "dates"):
            w = QPlainTextEdit()
            w.setFixedHeight(110)
            w.setToolTip(self.tr("每行一项"))
        elif s.kind == "path":
            w = _PathEdit()
        else:
            w = QLineEdit()
        return w

    def _value_of(self, s: Setting):
        w = self.editors[s.name]
        if s.kind in ("int", "float"):
            return w.value()
        if s.kind == "choice":
            return w.currentData()
        if s.kind in ("list", "dates"):
            return [line.strip() for line in w.toPlainText().splitlines() if line.strip()]
        if s.kind == "path":
            return w.edit.text()
        return w.text()

    def load_values(self) -> None:
        values = self.settings.all()
        for s in DECLARED:
            w, v = self.editors[s.name], values[s.name]
            if s.kind in ("int", "float"):
                w.setValue(v)
            elif s.kind == "choice":
                w.setCurrentIndex(w.findData(v))
            elif s.kind in ("list", "dates"):
                w.setPlainText("\n".join(v))
            elif s.kind == "path":
                w.edit.setText(v)
            else:
                w.setText(v)

    def read_dates_file(self, name: str, path: str | None = None) -> bool:
        """Merge a calendar file (checked line by line) into the editor of `name`; saved by 保存修改."""
        from console.reductions import holidays

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择节假日文件"), "", self.tr("CSV 文件 (*.csv)"))
            if not path:
                return False
        try:
            found = holidays.read_file(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("文件有误，未读入"), user_text(exc))
            return False
        editor = self.editors[name]
        mine = {line.split()[0]: line for line in self._value_of(declared(name)) if line.split()}
        mine.update({d.isoformat(): f"{d.isoformat()} {k}" for d, (k, _n) in found.items()})
        editor.setPlainText("\n".join(mine[d] for d in sorted(mine)))
        return True

    def _set_locked(self, locked: bool) -> None:
        if hasattr(self, "dates_button"):
            self.dates_button.setEnabled(not locked)
        for w in self.editors.values():
            w.setEnabled(not locked)
        self.save_button.setEnabled(not locked)
        if hasattr(self, "users"):
            self.users.set_admin(None if locked or self.admin is None else self.admin)
            self.users.refresh()
        self.revert_button.setEnabled(not locked)
        self.unlock_button.setEnabled(locked)
        if locked:
            self.lock_label.setText(self.tr("只读。修改设置需要管理员解锁；每次修改都记入审计链。"))
        else:
            self.lock_label.setText(self.tr("已由管理员 {0} 解锁。").format(self.admin.display_name))

    def unlock(self) -> None:
        if not accounts.has_admin(self.store):
            dlg = CreateAdminDialog(self.app, self)
        else:
            dlg = LoginDialog(self.app, "admin", self.tr("管理员解锁"), self.tr("请输入管理员用户名和密码。"), self)
        if dlg.exec():
            self.admin = dlg.user
            self._set_locked(False)

    def pending_changes(self) -> dict:
        current = self.settings.all()
        return {s.name: self._value_of(s) for s in DECLARED if self._value_of(s) != current[s.name]}

    def save(self) -> list[str]:
        if self.admin is None:
            return []
        try:
            done = list(self.app.save_settings(self.pending_changes(), actor=self.admin).value)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("设置有误，未保存任何修改"), user_text(exc))
            return []
        if done:
            self.changed.emit(done)
        self.load_values()
        self.admin = None
        self._set_locked(True)
        return done
