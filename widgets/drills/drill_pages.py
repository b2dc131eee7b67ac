"""The live 预警与审签 and 响应措施 pages, embedded in the 演练 page on the DRILL store (学员自行处置).

The pages themselves are the live ones, unchanged; these thin subclasses only
  * mark every dialog they open as a drill (window title 【演练 DRILL】 and the diagonal watermark),
  * record a publication the BulletinDialog refuses for its content (empty/invalid field, level not signed
    off) the way a refused scripted publish is recorded (DrillRunner.publish_refused), so it costs the same
    accuracy points — a wrong password is not a refused publication,
  * are read-only while `locked` (the drill plays its own script or --auto, or it has ended): every action
    button is disabled after each refresh and no dialog opens.
They are built on the drill page's own connection to the drill database (the runner's connection belongs to
its worker thread), whose clock is the drill's (SimClock through DrillClock): every record they make is stamped
with the simulated time. They never see the live Store.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from console.admin import accounts
from console.common.errors import UserError
from console.plan.catalog import Catalog
from widgets.common import style
from widgets.common.drill_watermark import TEXT as DRILL_TEXT
from widgets.common.drill_watermark import DrillWatermark
from widgets.common.i18n import role_name, user_text
from widgets.measures.board_page import BoardPage
from widgets.warnings.warnings_page import WarningsPage

translate = QCoreApplication.translate


def mark_dialog(dialog) -> None:
    """A dialog opened from a drill page says so: title prefix and watermark."""
    if not dialog.windowTitle().startswith("【"):
        dialog.setWindowTitle(f"【{DRILL_TEXT}】{dialog.windowTitle()}")
    if getattr(dialog, "drill_watermark", None) is None:
        dialog.drill_watermark = DrillWatermark(dialog)


class _OnDrillStore:
    """What the embedded drill pages share: the runner, the scenario's duty officer, read-only when locked."""

    locked = False  # class default: the base __init__ already refreshes

    def _attach(self, runner) -> None:
        self.runner = runner
        duty = runner.scenario.first_with_role("duty_officer")
        self.current_user = duty.username if duty else None

    def publish_refused(self, by: str, message: str) -> None:
        """Where a refused publication is recorded (the 演练 page routes it to the runner's worker)."""
        self.runner.publish_refused(by, message)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.refresh()


class DrillWarningsPage(_OnDrillStore, WarningsPage):
    """预警与审签 on the drill store."""

    def __init__(self, runner, store, catalog: Catalog, parent=None):
        super().__init__(store, catalog, parent)
        self._attach(runner)

    def refresh(self) -> None:
        super().refresh()
        if self.locked:
            self.next_button.setEnabled(False)
            for b in self.buttons.values():
                b.setEnabled(False)
            self.next_hint.setText(self.tr("演练已结束或不是“学员自行处置”模式：此页只读。"))

    def _run(self, dialog) -> bool:
        if self.locked:
            dialog.deleteLater()
            return False
        mark_dialog(dialog)
        from widgets.warnings.bulletin_dialog import BulletinDialog
        if isinstance(dialog, BulletinDialog):
            self._count_refusals(dialog)
        return super()._run(dialog)

    def _count_refusals(self, dialog) -> None:
        attempt, check = dialog.attempt, dialog.operator.check
        auth = {"failed": False}

        def checked():
            try:
                return check()
            except UserError:
                auth["failed"] = True
                raise

        def attempted():
            auth["failed"] = False
            try:
                attempt()
            except UserError as exc:
                if not auth["failed"]:
                    msg = user_text(exc)
                    self.publish_refused(dialog.operator.username() or "?",
                                                msg if msg.startswith("不能发布") else f"不能发布 cannot publish: {msg}")
                raise

        dialog.operator.check = checked
        dialog.attempt = attempted


class DrillBoardPage(_OnDrillStore, BoardPage):
    """响应措施 board on the drill store."""

    def __init__(self, runner, store, catalog: Catalog, parent=None):
        super().__init__(store, catalog, parent)
        self._attach(runner)

    def refresh(self) -> None:
        super().refresh()
        if self.locked:
            for b in (self.btn_check, self.btn_undo, self.btn_temp, self.btn_liaison):
                b.setEnabled(False)

    def _open(self, dlg):
        if self.locked:
            dlg.deleteLater()
            return None
        mark_dialog(dlg)
        return super()._open(dlg)


def participants_key(runner, store) -> tuple:
    """What the two renderings below depend on that can change during a drill: each account active or not (a
    fault suspends one). The page re-renders them only when this changes."""
    return tuple(u is None or u.active for u in (accounts.get_user(store, p.username)
                                                  for p in runner.scenario.participants))


def participants_html(runner, store) -> str:
    """The scenario's accounts, for the trainees to sign with (a drill: the passwords are shown)."""
    heads = (translate("DrillPages", "用户名"), translate("DrillPages", "姓名"), translate("DrillPages", "角色"),
             translate("DrillPages", "密码"), "")
    head = "".join(f"<th align='left' style='padding:2px 10px 2px 0'>{h}</th>" for h in heads)
    suspended = translate("DrillPages", "未应答（故障注入，账号暂停）")
    rows = []
    for p in runner.scenario.participants:
        u = accounts.get_user(store, p.username)
        state = "" if u is None or u.active else f"<span style='color:{style.D.alarm}'>{suspended}</span>"
        cells = (f"<b>{escape(p.username)}</b>", escape(p.display_name), escape("、".join(role_name(r) for r in p.roles)),
                 f"<code>{escape(p.password)}</code>", state)
        rows.append("<tr>" + "".join(f"<td style='padding:2px 10px 2px 0'>{c}</td>" for c in cells) + "</tr>")
    return f"<table cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"


def participants_line(runner, store) -> str:
    """The same accounts on one line, above the embedded pages: username / password (role)."""
    suspended = translate("DrillPages", "暂停")
    parts = []
    for p in runner.scenario.participants:
        u = accounts.get_user(store, p.username)
        off = "" if u is None or u.active else f" <span style='color:{style.D.alarm}'>{suspended}</span>"
        parts.append(f"<b>{escape(p.username)}</b> / <code>{escape(p.password)}</code>"
                     f"（{escape('、'.join(role_name(r) for r in p.roles))}）{off}")
    return translate("DrillPages", "演练账号：") + " · ".join(parts)
