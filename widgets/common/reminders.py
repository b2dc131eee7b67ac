"""Reminders and escalation at run time: an APScheduler QtScheduler job asks (through the bridge, queued) the
GUI thread to send whatever is due. What is due and what was sent live in the database, so the jobs are
rebuilt from it at start-up: a restart loses no reminder and repeats none. A reminder whose delivery was cut off
by a crash (recorded 'sending', never marked) is not sent again; it is reported as possibly not arrived.
With several seats on one database, each check first renews this seat's presence (who is logged in here) and
takes only the reminders that concern that person, or the duty room's fallback (console/alerts/seats.py).
Each check first runs the reduction meter checks that are due by themselves (console/reductions/auto_checks.py)."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from console.alerts.escalation import Pending, Policy
from console.alerts.seats import Seat
from console.app import ConsoleApp
from console.store.db import Store
from widgets.common.bridge import Bridge
from widgets.common.scheduling import ManagedScheduler

log = logging.getLogger("console.reminders")


class ReminderService(QObject):
    sent = Signal(list)          # list[notifications.Sent]
    pending_changed = Signal(list)  # list[Pending] currently open
    interrupted = Signal(list)      # list[dict]: reminders cut off by a crash, found at start-up

    def __init__(self, store: Store | ConsoleApp, bridge: Bridge, collect: Callable[[Store], list[Pending]],
                 deliver, policy: Callable[[], Policy] = Policy, interval_s: float = 20.0, parent=None, *,
                 seat: Seat | None = None, who: Callable[[], str | None] = lambda: None):
        super().__init__(parent)
        self.seat, self.who = seat, who
        self.app = ConsoleApp.of(store)  # the reminder log is written through the seat's facade
        self.store, self.bridge, self.collect, self.deliver, self.policy = self.app.store, bridge, collect, deliver, policy
        self.interval_s = interval_s
        self.scheduler: ManagedScheduler | None = None
        self.pending: list[Pending] = []
        bridge.reminder_tick.connect(self.check_now)

    def start(self) -> None:
        self.scheduler = ManagedScheduler(self)
        # the job runs on a worker thread: it only emits the bridge signal (queued to the GUI thread)
        self.scheduler.add_job(self.bridge.reminder_tick.emit, "interval", seconds=self.interval_s,
                               id="reminders", coalesce=True, max_instances=1)
        self.scheduler.start()
        try:
            lost = self.app.recover_reminders().value
        except Exception:
            log.exception("could not check for interrupted reminders")
            lost = []
        if lost:
            log.warning("%d reminder(s) were interrupted during delivery and may not have arrived", len(lost))
            self.interrupted.emit(lost)
        self.check_now()  # at start-up: catch up from the log at once

    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop(wait=False)
        self.scheduler = None
        if self.seat is not None:
            try:
                self.app.leave_seat(self.seat)
            except Exception:  # the server may be gone: the lease then simply runs out
                log.warning("could not withdraw this seat's presence", exc_info=True)

    def check_now(self) -> list:
        try:  # the meter checks due by themselves (a level in force: hourly; a span just ended: once)
            self.app.run_automatic_checks()
        except Exception:
            log.exception("automatic reduction check failed")
        try:
            if self.seat is not None:
                self.app.renew_seat(self.seat, self.who())
            self.pending = self.collect(self.store)
            out = self.app.send_due_reminders(self.pending, self.policy(), self.deliver, seat=self.seat).value
        except Exception:  # a reminder failure must never take the console down
            log.exception("reminder check failed")
            return []
        self.pending_changed.emit(self.pending)
        if out:
            self.sent.emit(out)
            self.bridge.changed.emit("notifications")
        return out

    def acknowledge(self, item_key: str, actor) -> None:
        """`actor`: the authenticated Actor acknowledging (role checked in the core)."""
        self.app.acknowledge(item_key, actor)
        self.bridge.changed.emit("notifications")
        self.check_now()
