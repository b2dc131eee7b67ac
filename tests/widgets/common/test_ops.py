"""widgets.common.ops: work on a worker thread with its own connection; results, errors, progress and commits come
back to the GUI thread."""
import threading

import pytest

from console.common.errors import UserError
from widgets.common.ops import BackgroundOp, Cancelled


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, store):
    gui = threading.get_ident()
    seen = {}

    def work(job):
        seen["worker"] = threading.get_ident()
        seen["own_store"] = job.store is not store and job.store.path == store.path
        for i in range(3):
            job.report(i + 1, 3, "步骤")
        return 42

    progress = []
    op = BackgroundOp(None, work, store=store, on_progress=lambda d, t, s: progress.append((d, t, threading.get_ident())),
                      on_done=lambda r: seen.update(result=r, done_thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["done_thread"] == gui and seen["worker"] != gui and seen["own_store"]
    assert [p[:2] for p in progress] == [(1, 3), (2, 3), (3, 3)] and {p[2] for p in progress} == {gui}
    assert not op.running


def test_errors_come_back_and_commits_reach_the_gui_store_listeners(qtbot, store):
    changes = []
    store.on_commit(lambda ch: changes.append((ch, threading.get_ident())))
    errors = []

    def write_then_fail(job):
        job.store.audit("duty", "test.note", "test")
        raise UserError("导入失败 import failed")

    BackgroundOp(None, write_then_fail, store=store, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], UserError)
    qtbot.waitUntil(lambda: bool(changes))
    assert changes[0][0].touches("audit") and changes[0][1] == threading.get_ident()
    assert store.verify_audit().count == 1


def test_cancel(qtbot):
    started = threading.Event()
    release = threading.Event()
    outcome = []

    def long_work(job):
        started.set()
        release.wait(5)
        job.check()
        return "finished"

    op = BackgroundOp(None, long_work, on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]
    with pytest.raises(Cancelled):
        raise Cancelled()
