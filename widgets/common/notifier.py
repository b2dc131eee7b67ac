"""Delivers notifications: desktop toast through plyer (Windows toast/balloon, Linux D-Bus), falling back to
the tray balloon and the in-app notification centre when plyer or the notification service fails. The
console never stops because a notification could not be shown; failures are logged and recorded."""
from __future__ import annotations

import logging
import sys
import warnings

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from console.alerts.escalation import Slot

log = logging.getLogger("console.notify")
APP_NAME = "重污染天气应急指挥台"


def _linux_service_available() -> tuple[bool, str]:
    """Is there a session bus with a notification service (running or activatable)?"""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False, "no D-Bus session bus"
    iface = bus.interface()
    name = "org.freedesktop.Notifications"
    if iface.isServiceRegistered(name).value():
        return True, ""
    reply = bus.call(QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                   "org.freedesktop.DBus", "ListActivatableNames"))
    names = reply.arguments()[0] if reply.arguments() else []
    return (name in names), ("" if name in names else "no notification service on the session bus")


class Notifier(QObject):
    """deliver(slot, title) -> (channel, delivered, error), the shape console.notifications expects."""

    shown = Signal(str, str, str)  # severity, title, body — for the in-app centre and sound

    def __init__(self, tray: QSystemTrayIcon | None = None, sound: bool = False, parent=None):
        super().__init__(parent)
        self.tray = tray
        self.sound = sound

    def _plyer(self, title: str, body: str, severity: str) -> None:
        from plyer import notification

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # plyer warns about optional backends it does not find
            notification.notify(title=title, message=body or title, app_name=APP_NAME,
                                timeout=0 if severity == "critical" else 10)

    def deliver(self, slot: Slot, title: str) -> tuple[str, bool, str | None]:
        body = slot.body
        self.shown.emit(slot.severity, title, body)
        if slot.severity == "info":  # routine items stay quiet: in the notification centre and the tray count only
            return "inapp", True, None
        if self.sound and slot.severity == "critical":
            QApplication.beep()
        error = None
        try:
            if sys.platform.startswith("linux"):
                ok, why = _linux_service_available()
                if not ok:
                    raise RuntimeError(why)
            self._plyer(title, body, slot.severity)
            return "desktop", True, None
        except Exception as exc:  # any backend failure: fall back, never crash the console
            error = f"{type(exc).__name__}: {exc}"
            log.warning("desktop notification failed (%s); falling back to tray/in-app", error)
        if self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable() and self.tray.isVisible():
            icon = (QSystemTrayIcon.MessageIcon.Critical if slot.severity == "critical"
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.tray.showMessage(title, body, icon, 0 if slot.severity == "critical" else 10000)
            return "tray", True, error
        return "inapp", True, error
