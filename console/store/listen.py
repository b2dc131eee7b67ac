"""Live changes from other seats: a background thread LISTENs on the server and hands each committed change
(console.changes.Changes, with the seat and the newest audit id) to a callback. It reconnects by itself and reports
its state ("connected", "reconnecting", "stopped") to a second callback. Only PostgreSQL has other seats."""
from __future__ import annotations

import json
import logging
import threading
import time

from console.changes import Changes
from console.store.postgres import CHANNEL

log = logging.getLogger("console.store.listen")
CONNECTED, RECONNECTING, STOPPED = "connected", "reconnecting", "stopped"


class ChangeListener:
    def __init__(self, url: str, on_change, on_state=None, *, ignore_seat: str | None = None, poll_s: float = 0.5):
        self.url = url
        self.on_change = on_change  # (Changes, payload dict) -> None, called on the listener thread
        self.on_state = on_state or (lambda state, detail: None)
        self.ignore_seat = ignore_seat
        self.poll_s = poll_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-listen", daemon=True)
        self.state = None

    def start(self) -> "ChangeListener":
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _set_state(self, state: str, detail: str = "") -> None:
        if state != self.state:
            self.state = state
            self.on_state(state, detail)

    def _run(self) -> None:
        import psycopg

        delay = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._set_state(CONNECTED)
                    delay = 0.5
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self.poll_s, stop_after=50):
                            self._deliver(note.payload)
                        conn.execute("SELECT 1")  # notices a dropped connection between notifications
            except psycopg.Error as exc:
                if self._stop.is_set():
                    break
                log.warning("change listener: %s", exc)
                self._set_state(RECONNECTING, str(exc).strip().splitlines()[0] if str(exc).strip() else "")
                self._stop.wait(delay)
                delay = min(delay * 2, 10.0)
        self._set_state(STOPPED)

    def _deliver(self, payload: str) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            log.warning("change listener: bad payload %r", payload[:200])
            return
        if self.ignore_seat and data.get("seat") == self.ignore_seat:
            return
        try:
            self.on_change(Changes.from_json(data.get("areas", ())), data)
        except Exception:  # a broken callback must not kill the listener
            log.exception("change listener callback failed")


def wait_for(predicate, timeout: float = 5.0, step: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
