"""Issue 16, done-when: a red episode carried from the duty seat through the bureau head's and the district leader's
own seats to the board, each seat seeing the others' steps live. Three windows, each on its own connection to one
PostgreSQL server (three seats: each hears the others only through the server's notifications, never through its
own commits); every step is taken on its own seat and checked in what the OTHER windows display within a second."""
from PySide6.QtCore import QSettings

from console import episodes as E
from console.admin import accounts
from console.store.connect import open_store
from tests.helpers import actor_of, admin_of
from widgets.main_window import MainWindow

PW = "pw123456"
LIVE_MS = 1000  # the bound: every seat live within a second


def _seat(qtbot, catalog, tmp_path, url: str, name: str):
    store = open_store(url)
    window = MainWindow(store, catalog, QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.connection_label.property("state") == "connected", timeout=10000)
    return store, window


def banner(window) -> str:
    return window.overview.banner.level_label.text()


def next_step(window) -> str:
    return window.overview.next_label.text()


def test_red_from_the_duty_seat_through_the_heads_and_the_leaders_seats_to_the_board(qtbot, catalog, tmp_path,
                                                                                       pg_url):
    setup = open_store(pg_url)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(setup, admin_of(setup), name, f"{name}-名", roles, PW)
    setup.close()
    seats = {name: _seat(qtbot, catalog, tmp_path, pg_url, name) for name in ("duty", "head", "leader")}
    try:
        duty_store, duty = seats["duty"]
        head_store = seats["head"][0]
        leader_store, leader = seats["leader"]
        others = lambda *names: [seats[n][1] for n in seats if n not in names]

        # the duty seat proposes red: the head's and the leader's seats show that the head's review is awaited
        p = E.propose(duty_store, actor_of(duty_store, "duty"), "start", "red", ["红色：预测依据"], "海门区全域",
                      duty_store.clock.now(), assessed_level="red")
        for w in others("duty"):
            qtbot.waitUntil(lambda w=w: f"#{p.id}" in next_step(w) and "head-名" in next_step(w), timeout=LIVE_MS)
            assert "当前无预警" in banner(w)

        # the head reviews on his own seat: the duty and leader seats now show the leader's approval awaited
        E.sign(head_store, p.id, "head", PW, "bureau_head", "approve", p.content_hash, actor="head")
        for w in others("head"):
            qtbot.waitUntil(lambda w=w: "leader-名" in next_step(w), timeout=LIVE_MS)
            assert "当前无预警" in banner(w)

        # the leader approves on her own seat: red in force on the duty and head seats, and their boards filled
        E.sign(leader_store, p.id, "leader", PW, "district_leader", "approve", p.content_hash, actor="leader")
        for w in others("leader"):
            qtbot.waitUntil(lambda w=w: "红色预警" in banner(w), timeout=LIVE_MS)
        assert "红色预警" in banner(leader)
        for _, w in seats.values():
            w.show_section("measures")
            qtbot.waitUntil(lambda w=w: w.measures.board is not None and w.measures.board.model.rowCount() > 0,
                            timeout=5000)
        counts = {w.measures.board.model.rowCount() for _, w in seats.values()}
        assert len(counts) == 1  # every seat shows the same board

        # a check-off on the duty seat (on a unit's behalf) reaches the head's and the leader's boards within a second
        from console.measures import board
        task = next(st for st in duty.measures.board.model.rows if st.state == "open" and st.recurring_kind is None)
        board.check(duty_store, task.task_id, actor_of(duty_store, "duty"), on_behalf_of_unit=task.unit)

        def done_on(w) -> bool:
            return any(st.task_id == task.task_id and st.state == "done" for st in w.measures.board.model.rows)
        for w in others("duty"):
            qtbot.waitUntil(lambda w=w: done_on(w), timeout=LIVE_MS)
    finally:
        for store, window in seats.values():
            window.close()
            store.close()
