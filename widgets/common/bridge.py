"""The one QObject that core events and background jobs reach. Signals emitted from a worker thread are
delivered to GUI-thread slots as queued calls (Qt's AutoConnection), so no widget is touched off-thread."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bridge(QObject):
    changed = Signal(str)          # an area of data changed: "air", "episodes", "board", "settings", "notifications"
    committed = Signal(object)     # console.changes.Changes of a committed transaction (any thread, any seat)
    connection = Signal(str, str)  # state of the link to the shared database: connected/reconnecting/stopped, detail
    reminder_tick = Signal()       # the scheduler asks the GUI thread to check what is due
    files_imported = Signal(list)  # watch folder results
