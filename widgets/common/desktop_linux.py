"""Linux desktop notifications over D-Bus (org.freedesktop.Notifications): with action buttons, replaced in place,
and the click reported back.

Why jeepney and not QtDBus: the Notify method takes `replaces_id` as a D-Bus uint32, and PySide6 has no way to
put a uint32 into a call (a Python int becomes int32 or uint16; PyQt's typed QDBusArgument constructor does not
exist in PySide6). GDBus-based daemons such as dunst and GNOME Shell refuse the call for its signature. jeepney
(pure Python, no compiled parts) writes the signature we give it. Its router thread receives the daemon's
ActionInvoked / NotificationClosed signals — sent to the connection that created the notification — into a
queue that a QTimer drains in the GUI thread, so widgets are only ever touched there.
"""
from __future__ import annotations

import logging
from queue import Empty, Queue

from PySide6.QtCore import QObject, Signal

from widgets.common.timers import GuardedTimer

log = logging.getLogger("console.notify")

BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
URGENCY = {"info": 0, "warning": 1, "critical": 2}


class DesktopUnavailable(RuntimeError):
    """The session bus or the notification service is not there, or refused the notification."""


class LinuxNotifications(QObject):
    """notify(key, …) shows or replaces the notification of `key`; a click comes back as action_invoked."""

    action_invoked = Signal(str, str)  # item key, action key ("default" = the notification itself)
    closed = Signal(str)               # item key

    def __init__(self, app_name: str, parent=None, poll_ms: int = 100):
        super().__init__(parent)
        self.app_name = app_name
        self._router = None
        self._conn = None
        self._filter = None
        self._queue: Queue = Queue()
        self._ids: dict[str, int] = {}   # item key -> the daemon's notification id (replaced in place)
        self._keys: dict[int, str] = {}
        self._timer = GuardedTimer(self, poll_ms, self.drain, alive=lambda: self._router is not None)

    # ---- connection ---------------------------------------------------------------------------------------
    def _connect(self):
        if self._router is not None:
            return self._router
        from jeepney import MatchRule, message_bus
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        try:
            conn = open_dbus_connection("SESSION")
            router = DBusRouter(conn)
        except Exception as exc:  # no bus address, socket refused, auth failed
            raise DesktopUnavailable(f"no D-Bus session bus ({type(exc).__name__}: {exc})") from None
        rule = MatchRule(type="signal", interface=BUS_NAME, path=PATH)
        self._filter = router.filter(rule, queue=self._queue)
        try:
            router.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)  # for daemons that broadcast
        except Exception as exc:
            router.close()
            conn.close()
            raise DesktopUnavailable(f"D-Bus session bus not answering ({type(exc).__name__}: {exc})") from None
        self._router, self._conn = router, conn
        self._timer.start()
        return router

    def close(self) -> None:
        self._timer.stop()
        if self._router is not None:
            try:
                self._router.close()
                self._conn.close()
            except Exception:  # pragma: no cover - closing a dead socket
                log.debug("closing the D-Bus router failed", exc_info=True)
        self._router = None

    # ---- sending ------------------------------------------------------------------------------------------
    def notify(self, key: str, title: str, body: str, severity: str = "warning",
               actions: tuple[tuple[str, str], ...] = ()) -> int:
        """Show (or replace) the notification of `key`. Returns the daemon's id; raises DesktopUnavailable
        unless the notification service accepted it."""
        from jeepney import DBusAddress, MessageType, new_method_call

        router = self._connect()
        flat = [x for pair in actions for x in pair]
        hints = {"urgency": ("y", URGENCY.get(severity, 1)), "category": ("s", "x-haimen.reminder")}
        timeout_ms = 0 if severity == "critical" else 15_000  # critical stays until acted on
        msg = new_method_call(DBusAddress(PATH, BUS_NAME, BUS_NAME), "Notify", "susssasa{sv}i",
                              (self.app_name, self._ids.get(key, 0), "", title, body, flat, hints, timeout_ms))
        try:
            reply = router.send_and_get_reply(msg, timeout=10)
        except Exception as exc:
            raise DesktopUnavailable(f"notification service did not answer ({type(exc).__name__}: {exc})") from None
        if reply.header.message_type == MessageType.error:
            from jeepney import HeaderFields

            name = reply.header.fields.get(HeaderFields.error_name, "error")
            text = reply.body[0] if reply.body else ""
            raise DesktopUnavailable(f"{name}: {text}")
        nid = int(reply.body[0])
        old = self._ids.get(key)
        if old is not None and old != nid:
            self._keys.pop(old, None)
        self._ids[key] = nid
        self._keys[nid] = key
        return nid

    def id_of(self, key: str) -> int | None:
        return self._ids.get(key)

    # ---- signals from the daemon (GUI thread) ---------------------------------------------------------------
    def drain(self) -> None:
        from jeepney import HeaderFields

        while True:
            try:
                msg = self._queue.get_nowait()
            except Empty:
                return
            member = msg.header.fields.get(HeaderFields.member)
            if not msg.body:
                continue
            key = self._keys.get(int(msg.body[0]))
            if key is None:
                continue  # another program's notification (a daemon that broadcasts)
            if member == "ActionInvoked":
                self.action_invoked.emit(key, str(msg.body[1]))
            elif member == "NotificationClosed":
                # closed (dismissed, expired or clicked): the next reminder is a new notification
                self._keys.pop(int(msg.body[0]), None)
                if self._ids.get(key) == int(msg.body[0]):
                    del self._ids[key]
                self.closed.emit(key)
