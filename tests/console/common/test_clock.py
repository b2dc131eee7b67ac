from datetime import datetime, timedelta

import pytest

from console.common.clock import TZ, FixedClock, SimClock, parse_local, to_iso


class FakeReal:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


START = datetime(2025, 12, 3, 8, 0, tzinfo=TZ)


def test_sim_clock_speed_pause_step():
    real = FakeReal()
    c = SimClock(START, speed=600, real=real)
    real.t += 6  # 6 real seconds at 600x = 1 hour
    assert c.now() == START + timedelta(hours=1)
    c.pause()
    real.t += 100
    assert c.now() == START + timedelta(hours=1)
    c.step(timedelta(minutes=30))
    assert c.now() == START + timedelta(hours=1, minutes=30)
    c.resume()
    c.set_speed(60)
    real.t += 60
    assert c.now() == START + timedelta(hours=2, minutes=30)
    with pytest.raises(ValueError):
        c.set_speed(0)


def test_fixed_clock_and_times():
    c = FixedClock(datetime(2025, 12, 3, 8, 0))  # naive = local
    assert c.now().tzinfo is not None and to_iso(c.now()) == "2025-12-03T08:00:00+08:00"
    c.advance(timedelta(hours=3))
    assert c.now().hour == 11
    assert parse_local("2025-12-03T00:00:00Z") == datetime(2025, 12, 3, 8, 0, tzinfo=TZ)
    assert parse_local("2025/12/03 08:00").hour == 8
