"""Reminders on the seat of the person they concern (issues 16.4, 19.6): two Store objects on one database (a
SQLite file, and a PostgreSQL database on the other backend) are two seats with different people logged in."""
import json
from datetime import datetime, timedelta

import pytest

from console.admin import accounts
from console.alerts import notifications, seats
from console.alerts.escalation import Pending, Policy
from console.alerts.seats import Person, Seat, may_take, rank
from console.common.clock import TZ, FixedClock
from console.measures import board
from console.store.db import Store
from tests.helpers import admin_of

T0 = datetime(2025, 12, 3, 3, 0, tzinfo=TZ)
SIGN = Pending("signoff:7:2", "红色预警启动待区政府领导批准", "…", ("district_leader",), T0, severity="critical")
CLOCK_3H = Pending("response:1", "红色预警：3小时内启动响应", "…", ("duty_officer",), T0, T0 + timedelta(hours=3),
                   severity="critical")


def duty_item(unit: str) -> Pending:
    return Pending(f"duty:EP-1:{unit}:am", f"{unit}：1 项措施/任务逾期", "…", (f"liaison:{unit}", "duty_officer"), T0)


@pytest.fixture
def clock():
    return FixedClock(T0)


@pytest.fixture
def two_seats(tmp_path, clock):
    """(database of seat A, database of seat B): the same database opened twice, with accounts."""
    path = tmp_path / "seats.sqlite3"
    a = Store(path, clock)
    accounts.create_user(a, admin_of(a), "duty", "值班员甲", ["duty_officer"], "secret1")
    accounts.create_user(a, admin_of(a), "leader", "区领导乙", ["district_leader"], "secret1")
    accounts.create_user(a, admin_of(a), "zj", "住建联络员", ["liaison"], "secret1")
    accounts.create_user(a, admin_of(a), "ga", "公安联络员", ["liaison"], "secret1")
    board.assign_liaison(a, "zj", "住建局", admin_of(a))
    board.assign_liaison(a, "ga", "公安局", admin_of(a))
    b = Store(path, clock)
    yield a, b
    b.close()
    a.close()


class Desktop:
    """One seat's desktop: what was shown there."""

    def __init__(self):
        self.shown = []

    def __call__(self, slot, title):
        self.shown.append(slot.item_key)
        return "desktop", True, None


def seat_at(store, username):
    seat = Seat()
    seat.renew(store, username)
    return seat


def run(store, seat, items, desktop):
    return notifications.run_once(store, items, Policy(), desktop, seat=seat)


def test_the_leaders_seat_shows_her_signature_and_the_duty_seat_does_not_take_it(two_seats, clock):
    duty_db, leader_db = two_seats
    duty, leader = seat_at(duty_db, "duty"), seat_at(leader_db, "leader")
    duty_desk, leader_desk = Desktop(), Desktop()
    # the duty seat checks first: the sign-off is the leader's, and her seat is connected
    assert run(duty_db, duty, [SIGN, CLOCK_3H], duty_desk) != []
    assert duty_desk.shown == [CLOCK_3H.key]
    run(leader_db, leader, [SIGN, CLOCK_3H], leader_desk)
    assert leader_desk.shown == [SIGN.key]  # the response clock was the duty seat's, and is taken
    # sent once for the whole database, and the record says at which seat and to whom it was shown
    rows = [r for r in notifications.history(duty_db) if r["item_key"] == SIGN.key]
    assert len(rows) == 1 and json.loads(rows[0]["recipients"]) == ["district_leader"]
    rec = next(r for r in duty_db.audit_records("pending")
               if r["action"] == "notification.sending" and r["entity_id"] == SIGN.key)
    assert json.loads(rec["detail"])["shown_at"] == {"seat": leader.label, "user": "leader"}


def test_a_liaison_seat_shows_only_his_units_reminders_even_after_the_grace(two_seats, clock):
    duty_db, zj_db = two_seats
    unit_zj = board.liaison_units(zj_db, "zj")[0]
    unit_ga = board.liaison_units(zj_db, "ga")[0]
    zj = seat_at(zj_db, "zj")
    zj_desk = Desktop()
    items = [duty_item(unit_zj), duty_item(unit_ga), SIGN]
    run(zj_db, zj, items, zj_desk)
    assert zj_desk.shown == [duty_item(unit_zj).key]
    clock.advance(timedelta(hours=1))  # nobody else connected for an hour: still not his to show
    zj.renew(zj_db, "zj")
    run(zj_db, zj, items, zj_desk)
    assert duty_item(unit_ga).key not in zj_desk.shown and SIGN.key not in zj_desk.shown
    # the duty seat, once connected, takes what was left (one catch-up each, not a burst)
    duty_desk = Desktop()
    run(duty_db, seat_at(duty_db, "duty"), items, duty_desk)
    assert sorted(duty_desk.shown) == sorted([duty_item(unit_ga).key, SIGN.key])


def test_the_duty_seat_is_the_fallback_at_once_when_no_concerned_seat_is_connected(two_seats, clock):
    duty_db, other_db = two_seats
    duty_desk = Desktop()
    run(duty_db, seat_at(duty_db, "duty"), [SIGN], duty_desk)  # the leader has no seat open
    assert duty_desk.shown == [SIGN.key]


def test_the_duty_seat_takes_over_after_the_grace_when_the_concerned_seat_does_not(two_seats, clock):
    duty_db, zj_db = two_seats
    unit_zj = board.liaison_units(zj_db, "zj")[0]
    item = duty_item(unit_zj)
    zj = seat_at(zj_db, "zj")  # connected and renewing its lease, but its reminder check never gets there
    duty = seat_at(duty_db, "duty")
    duty_desk = Desktop()
    run(duty_db, duty, [item], duty_desk)
    assert duty_desk.shown == []  # left to the liaison's seat
    clock.advance(seats.GRACE - timedelta(seconds=1))
    zj.renew(zj_db, "zj")
    run(duty_db, duty, [item], duty_desk)
    assert duty_desk.shown == []
    clock.advance(timedelta(seconds=1))
    run(duty_db, duty, [item], duty_desk)
    assert duty_desk.shown == [item.key]


def test_a_seat_whose_lease_ran_out_no_longer_counts(two_seats, clock):
    duty_db, leader_db = two_seats
    seat_at(leader_db, "leader")
    clock.advance(seats.LIVE_FOR + timedelta(seconds=1))  # her console stopped without closing
    duty_desk = Desktop()
    run(duty_db, seat_at(duty_db, "duty"), [SIGN], duty_desk)
    assert duty_desk.shown == [SIGN.key]


def test_a_seat_that_closed_leaves_and_logout_is_seen_at_once(two_seats, clock):
    duty_db, leader_db = two_seats
    leader = seat_at(leader_db, "leader")
    duty = seat_at(duty_db, "duty")
    assert [p.username for p in duty.others(duty_db, T0)] == ["leader"]
    leader.renew(leader_db, None)  # she logs out: an anonymous seat ranks after the duty seat
    duty_desk = Desktop()
    run(duty_db, duty, [SIGN], duty_desk)
    assert duty_desk.shown == [SIGN.key]
    leader.leave(leader_db)
    assert duty.others(duty_db, T0) == []


def test_one_seat_with_nobody_logged_in_shows_everything_as_before(two_seats, clock):
    db, _ = two_seats
    unit = board.liaison_units(db, "zj")[0]
    desk = Desktop()
    run(db, seat_at(db, None), [SIGN, CLOCK_3H, duty_item(unit)], desk)
    assert sorted(desk.shown) == sorted([SIGN.key, CLOCK_3H.key, duty_item(unit).key])


def test_a_disabled_account_is_nobody_concerned(two_seats, clock):
    db, _ = two_seats
    accounts.update_user(db, admin_of(db), "leader", active=False)
    assert seats.person(db, "leader").roles == frozenset()
    assert rank(("district_leader",), seats.person(db, "leader")) is None


def test_ranks():
    leader = Person("l", frozenset({"district_leader"}))
    duty = Person("d", frozenset({"duty_officer"}))
    zj = Person("z", frozenset({"liaison"}), frozenset({"住建局"}))
    nobody = Person()
    esc = ("bureau_head", "district_leader", "duty_officer")
    assert [rank(esc, p) for p in (leader, duty, zj, nobody)] == [1, 2, None, 4]
    mine = ("liaison:住建局", "duty_officer")
    assert [rank(mine, p) for p in (leader, duty, zj, nobody)] == [None, 1, 0, 3]
    assert may_take(mine, duty, [zj], timedelta(0)) is False
    assert may_take(mine, duty, [zj], seats.GRACE) is True
    assert may_take(mine, zj, [duty], timedelta(0)) is True
    assert may_take(mine, duty, [leader, nobody], timedelta(0)) is True  # no better seat among the others
    assert may_take(("liaison:公安局", "duty_officer"), zj, [], seats.GRACE * 10) is False
