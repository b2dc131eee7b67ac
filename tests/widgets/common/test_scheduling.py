import threading

from widgets.common.bridge import Bridge
from widgets.common.reminders import ReminderService
from widgets.common.scheduling import ManagedScheduler


def test_job_runs_on_a_worker_and_stop_silences_the_timer(qtbot):
    ms = ManagedScheduler()
    ran = []
    done = threading.Event()

    def job():
        ran.append(threading.current_thread() is threading.main_thread())
        done.set()

    ms.add_job(job, "interval", seconds=0.05, id="j", coalesce=True, max_instances=1)
    ms.start()
    qtbot.waitUntil(done.is_set, timeout=5000)
    assert ran[0] is False and ms.running
    ms.stop()
    assert not ms.running and not ms._timer.isActive()


def test_reminder_service_ticks_through_the_bridge_and_stops(qtbot, store):
    bridge = Bridge()
    calls = []
    svc = ReminderService(store, bridge, lambda s: calls.append(1) or [], lambda slot, title: ("inapp", True, None),
                          interval_s=0.05)
    svc.start()
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5000)  # start-up check plus ticks from the worker
    svc.stop()
    assert svc.scheduler is None
