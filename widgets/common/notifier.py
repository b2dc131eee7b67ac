"""Delivers notifications: a desktop notification with buttons that is replaced in place (Linux: D-Bus
org.freedesktop.Notifications; Windows: toasts via windows-toasts), else plyer, else the tray balloon and the
in-app notification centre. A reminder counts as delivered only when the desktop notification service accepted
it; the record names the channel that worked. The console never stops because a notification could not be
shown; failures are logged and recorded."""
from __future__ import annotations

import logging
import sys
import warnings

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from console.alerts.escalation import Slot
from widgets.common.desktop_linux import DesktopUnavailable
from widgets.common.i18n import alert_text

log = logging.getLogger("console.notify")
APP_NAME = "重污染天气应急指挥台"


def actions_for(item_key: str) -> tuple[tuple[str, str], ...]:
    """The buttons of a notification: a sign-off gets 审签 (opens the sign dialog of that proposal)."""
    translate = QCoreApplication.translate
    if item_key.startswith("signoff:"):
        return (("default", translate("Notifier", "打开审签")), ("sign", translate("Notifier", "审签")))
    return (("default", translate("Notifier", "打开指挥台")),)


def make_desktop(app_name: str = APP_NAME, parent=None):
    """The platform's clickable, replaceable notifications, or None where there are none (then plyer)."""
    if sys.platform.startswith("linux"):
        from widgets.common.desktop_linux import LinuxNotifications

        return LinuxNotifications(app_name, parent)
    if sys.platform == "win32":
        from widgets.common.desktop_windows import WindowsToasts

        try:
            return WindowsToasts(app_name, parent)
        except DesktopUnavailable as exc:
            log.warning("clickable toasts unavailable (%s); using plyer", exc)
    return None


class Notifier(QObject):
    """deliver(slot, title) -> (channel, delivered, error), the shape console.alerts.notifications expects."""

    shown = Signal(str, str, str)   # severity, title, body — for the in-app centre and sound
    activated = Signal(str, str)    # item key, action: the user clicked the notification or one of its buttons

    def __init__(self, tray: QSystemTrayIcon | None = None, sound: bool = False, parent=None, *,
                 desktop="auto", app_name: str = APP_NAME):
        super().__init__(parent)
        self.tray = tray
        self.sound = sound
        self.desktop = make_desktop(app_name, self) if desktop == "auto" else desktop
        if self.desktop is not None:
            self.desktop.action_invoked.connect(self.activated.emit)

    def _plyer(self, title: str, body: str, severity: str) -> None:
        from plyer import notification

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # plyer warns about optional backends it does not find
            notification.notify(title=title, message=body or title, app_name=APP_NAME,
                                timeout=0 if severity == "critical" else 10)

    def show_desktop(self, key: str, title: str, body: str, severity: str) -> None:
        """Raises unless the desktop notification service accepted the notification."""
        if self.desktop is not None:
            self.desktop.notify(key, title, body, severity, actions_for(key))
        else:
            self._plyer(title, body, severity)

    def deliver(self, slot: Slot, title: str) -> tuple[str, bool, str | None]:
        title, body = alert_text(slot, title)  # the record keeps the Chinese; the screen speaks the interface's
        self.shown.emit(slot.severity, title, body)
        if slot.severity == "info":  # routine items stay quiet: in the notification centre and the tray count only
            return "inapp", False, None
        if self.sound and slot.severity == "critical":
            QApplication.beep()
        try:
            self.show_desktop(slot.item_key, title, body, slot.severity)
            return "desktop", True, None
        except Exception as exc:  # any backend failure: fall back, never crash the console
            error = f"{type(exc).__name__}: {exc}"
            log.warning("desktop notification failed (%s); falling back to tray/in-app", error)
        if self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable() and self.tray.isVisible():
            icon = (QSystemTrayIcon.MessageIcon.Critical if slot.severity == "critical"
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.tray.showMessage(title, body, icon, 0 if slot.severity == "critical" else 10000)
            return "tray", False, error
        return "inapp", False, error

    def close(self) -> None:
        if self.desktop is not None:
            self.desktop.close()
