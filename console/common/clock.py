"""Time is injected: every rule, deadline and drill takes `now` from a Clock."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")


class Clock:
    """The real wall clock, in Asia/Shanghai."""

    def now(self) -> datetime:
        return datetime.now(TZ)


class FixedClock(Clock):
    """A clock that only moves when told to (tests, headless drills)."""

    def __init__(self, start: datetime):
        self._now = to_local(start)

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = to_local(when)

    def advance(self, delta: timedelta) -> None:
        self._now = self._now + delta


class SimClock(Clock):
    """Simulated time for drills: runs at `speed`× real time from `start`; pause, resume, step, change speed.

    `real` is the monotonic real-time source in seconds (injected in tests).
    """

    SPEEDS = (1, 60, 600, 3600)

    def __init__(self, start: datetime, speed: float = 1, real=None):
        import time

        self._real = real or time.monotonic
        self._base_sim = to_local(start)
        self._base_real = self._real()
        self._speed = float(speed)
        self._paused = False

    def now(self) -> datetime:
        if self._paused:
            return self._base_sim
        return self._base_sim + timedelta(seconds=(self._real() - self._base_real) * self._speed)

    def _rebase(self) -> None:
        self._base_sim = self.now()
        self._base_real = self._real()

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def paused(self) -> bool:
        return self._paused

    def set_speed(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._rebase()
        self._speed = float(speed)

    def pause(self) -> None:
        self._rebase()
        self._paused = True

    def resume(self) -> None:
        self._base_real = self._real()
        self._paused = False

    def step(self, delta: timedelta) -> None:
        """Jump forward by `delta` of simulated time (paused or running)."""
        self._rebase()
        self._base_sim = self._base_sim + delta


def to_local(dt: datetime) -> datetime:
    """Aware datetime in Asia/Shanghai; naive input is taken as local Asia/Shanghai time."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ)


def to_iso(dt: datetime) -> str:
    """ISO 8601 with offset, in local time, seconds precision: how times are stored."""
    return to_local(dt).isoformat(timespec="seconds")


def parse_local(text: str) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM[:SS]' (local) or ISO 8601 with or without offset. Raises ValueError."""
    s = text.strip()
    if not s:
        raise ValueError("empty time")
    s = s.replace("/", "-")
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    return to_local(dt)


UTC = timezone.utc
