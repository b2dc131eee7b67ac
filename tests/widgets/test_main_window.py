import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from widgets.main_window import SECTIONS, MainWindow
from tests.helpers import actor_of, admin_of

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, store, catalog, tmp_path):
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(store, catalog, state)
    qtbot.addWidget(w)
    return w, state


def test_sections_in_chinese(qtbot, store, catalog, tmp_path):
    w, _ = _window(qtbot, store, catalog, tmp_path)
    labels = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert labels == ["值班总览", "空气质量", "预警与审签", "响应措施", "减排核查", "演练", "设置"]
    assert len(SECTIONS) == len(labels)
    w.show_section("measures")
    assert w.stack.currentWidget() is w.measures


def test_geometry_and_section_remembered(qtbot, store, catalog, tmp_path):
    w, state = _window(qtbot, store, catalog, tmp_path)
    w.show()
    w.move(40, 30)
    w.show_section("settings")
    w.close()
    saved = state.value("main/geometry")
    assert saved is not None
    w2, _ = _window(qtbot, store, catalog, tmp_path)
    assert w2.stack.currentWidget() is w2.settings_page
    screen = w2.screen().availableGeometry()
    if screen.width() >= w.width() and screen.height() >= w.height():  # offscreen screens are small
        assert w2.size() == w.size()


def test_overview_flags_broken_audit_chain(qtbot, store, catalog, tmp_path):
    store.audit("u", "x", "e")
    store.conn.execute("UPDATE audit SET actor = 'mallory'")
    w, _ = _window(qtbot, store, catalog, tmp_path)
    assert "断开" in w.overview.audit_label.text()


def _run_main(args, tmp_path, **env_extra):
    import os
    env = {**os.environ, "HAIMEN_CONSOLE_HOME": str(tmp_path / "home"), **env_extra}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_smoke_launch_prints_first_paint(tmp_path):
    db = tmp_path / "smoke.sqlite3"
    r = _run_main(["--smoke", "--no-crash-dialog", "--db", str(db)], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "first paint after" in r.stdout
    assert db.exists() and (tmp_path / "home" / "logs" / "console.log").exists()


def test_bad_database_exit_2_with_message(tmp_path):
    db = tmp_path / "bad.sqlite3"
    db.write_bytes(b"garbage")
    r = _run_main(["--smoke", "--db", str(db)], tmp_path)
    assert r.returncode == 2 and "bad.sqlite3" in r.stderr
    assert db.read_bytes() == b"garbage"


def test_login_names_the_actor_everywhere(qtbot, store, catalog, tmp_path):
    from console.admin import accounts

    user = accounts.create_user(store, admin_of(store), "zhang", "张值班", ["duty_officer"], "pw123456")
    w, _ = _window(qtbot, store, catalog, tmp_path)
    assert "未登录" in w.user_label.text()
    w.set_current_user(accounts.authenticate(store, user.username, "pw123456"))
    assert "张值班" in w.user_label.text() and w.login_button.text() == "注销"
    assert w.measures.board.current_user == "zhang" and w.measures.ledger.actor.username == "zhang"
    w.toggle_login()  # logs out
    assert w.current_user is None and w.measures.ledger.actor is None


def test_sign_off_elsewhere_reaches_the_overview(qtbot, store, catalog, tmp_path):
    from console.admin import accounts
    from console import episodes as E

    for name, roles in {"duty": ["duty_officer"], "deputy": ["deputy_head"]}.items():
        accounts.create_user(store, admin_of(store), name, name, roles, "pw123456")
    w, _ = _window(qtbot, store, catalog, tmp_path)
    assert "当前无预警" in w.overview.banner.level_label.text()
    p = E.propose(store, actor_of(store, "duty"), "start", "yellow", ["黄色：预测"], "海门区全域", store.clock.now(),
                  assessed_level="yellow")
    E.sign(store, p.id, "deputy", "pw123456", "deputy_head", "approve", p.content_hash, actor="deputy")
    # nobody calls a refresh: the committed change reaches the views that show it
    qtbot.waitUntil(lambda: "黄色预警" in w.overview.banner.level_label.text())
    # every yellow measure became a task for each of its units (towns too where the plan says 各区镇)
    expected = sum(len([d for d in m.measure.departments if d != "各区镇"]) + (len(catalog.towns) if m.measure.all_towns
                   else 0) for m in catalog.measures_in_force("yellow"))
    assert w.measures.board.model.rowCount() == expected


def test_a_commit_in_another_thread_refreshes_only_the_views_it_concerns(qtbot, store, catalog, tmp_path):
    import threading

    from console.admin.settings import Settings

    w, _ = _window(qtbot, store, catalog, tmp_path)
    calls = []
    w.overview.refresh = lambda: calls.append("overview")
    w.measures.ledger.refresh = lambda: calls.append("ledger")
    worker = threading.Thread(target=lambda: store.audit("t", "test.note", "test"))  # audit only: no view cares
    worker.start()
    worker.join()
    qtbot.wait(50)
    assert calls == []
    t = threading.Thread(target=lambda: Settings(store).set_many({"towns": "三厂街道"}, admin_of(store)))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: "overview" in calls and "ledger" in calls)
    assert calls.count("overview") == 1  # one commit, one refresh


def test_data_and_accounts_added_elsewhere_reach_the_air_page_and_the_status_bar(qtbot, store, catalog, tmp_path):
    """Demo data loaded and accounts created outside this window (CLI, another seat): the air page stops saying
    "no data" and the status-bar offers for first-run setup and demo data go away."""
    from console.admin import accounts
    from console.air import demo

    w, _ = _window(qtbot, store, catalog, tmp_path)
    w.show()
    qtbot.waitUntil(w.isVisible)  # shown once the start-up steps have read the home page
    assert w.air.empty_banner.isVisibleTo(w.air) and w.demo_offer.isVisible() and w.setup_offer.isVisible()
    admin = accounts.create_first_admin(store, "admin", "管理员", "pw123456")
    qtbot.waitUntil(lambda: not w.setup_offer.isVisible())
    demo.load_demo(store, admin)
    qtbot.waitUntil(lambda: not w.air.empty_banner.isVisibleTo(w.air))
    assert w.air.body.isVisibleTo(w.air) and not w.demo_offer.isVisible()


def test_acknowledging_without_a_login_asks_for_one(qtbot, store, catalog, tmp_path, monkeypatch):
    from console.admin import accounts
    from console.alerts import notifications
    from widgets.common.login_dialog import LoginDialog

    accounts.create_user(store, admin_of(store), "zhang", "张值班", ["duty_officer"], "pw123456")
    w, _ = _window(qtbot, store, catalog, tmp_path)
    seen = []
    monkeypatch.setattr(notifications, "acknowledge", lambda st, key, actor: seen.append((key, actor.username)))
    monkeypatch.setattr(LoginDialog, "exec", lambda self: 0)  # cancelled: nothing recorded
    w.acknowledge("deadline:1")
    assert seen == []

    def log_in(dlg):
        dlg.username.setText("zhang")
        dlg.password.setText("pw123456")
        dlg._try_accept()
        qtbot.waitUntil(lambda: not dlg.checking)  # the password is checked on a worker
        return dlg.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    w.acknowledge("deadline:1")
    assert seen == [("deadline:1", "zhang")] and w.current_user is None


def test_forecast_trigger_recorded_by_the_duty_officer_logged_in_without_the_warnings_page(
        qtbot, store, catalog, tmp_path):
    """Issue 13.4: a forecast reaching yellow starts the 3-hour clock at once — before anyone opens 预警与审签 —
    recorded by the duty officer logged in here (an authenticated Actor, role checked in the core); with only a
    signer logged in it waits for a duty officer, and no refusal is provoked."""
    from datetime import date, datetime

    from console import episodes as E
    from console.changes import Changes
    from console.common.clock import TZ, FixedClock
    from console.importers.forecast import add_forecast

    store.clock = FixedClock(datetime(2025, 12, 1, 8, 0, tzinfo=TZ))
    w, _ = _window(qtbot, store, catalog, tmp_path)
    assert w.pages.built("warnings") is None
    w.set_current_user(actor_of(store, "head", "bureau_head"))
    add_forecast(store, admin_of(store), "区气象局", store.clock.now(), "daily",
                 [(date(2025, 12, 2), 230, None, "PM2.5"), (date(2025, 12, 3), 180, None, "PM2.5")])
    w.apply_changes(Changes.everything())
    assert E.current_episode(store) is None
    assert not [r for r in store.audit_records() if r["action"] == "auth.refused"]
    w.set_current_user(actor_of(store, "duty"))
    (trigger,) = E.current_episode(store).triggers
    assert trigger.level == "yellow" and trigger.recorded_by == "duty"
    assert w.pages.built("warnings") is None


def test_page_modules_are_preloaded_on_a_worker_after_the_window_is_shown(tmp_path):
    """Issue 12.5: the first opening of a page builds it but no longer imports its modules on the GUI thread: they
    were imported on the window's preload thread once it was shown. Run in a fresh interpreter (this one has
    imported every page already)."""
    import os

    script = (
        "import sys, threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QSettings\n"
        "app = QApplication([])\n"
        "from console.plan import catalog\n"
        "from console.store.db import Store\n"
        "from widgets.main_window import MainWindow, PAGE_MODULES\n"
        f"store = Store(r'{tmp_path / 'p.sqlite3'}')\n"
        f"w = MainWindow(store, catalog.load(), QSettings(r'{tmp_path / 'ui.ini'}', QSettings.Format.IniFormat))\n"
        "before = [m for m in PAGE_MODULES if m in sys.modules]\n"
        "w.show()\n"
        "while not w.preload.done.is_set(): app.processEvents()\n"
        "print('before', before)\n"
        "print('missing', [m for m in PAGE_MODULES if m not in sys.modules])\n"
        "print('thread', w.preload.thread.name != threading.current_thread().name)\n"
        "print('built', [k for k in ('air', 'drills', 'warnings') if w.pages.built(k) is not None])\n"
        "w.close()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HAIMEN_CONSOLE_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                         encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    assert "before []" in out.stdout and "missing []" in out.stdout and "thread True" in out.stdout
    assert "built []" in out.stdout  # imported only: every page is still built when first opened


def test_every_page_factory_imports_only_preloaded_modules():
    import ast

    from widgets.main_window import PAGE_MODULES

    tree = ast.parse((ROOT / "widgets" / "main_window.py").read_text("utf-8"))
    factories = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name.endswith("_page")
                 and f.name.startswith("_")]
    imported = {n.module for f in factories for n in ast.walk(f) if isinstance(n, ast.ImportFrom)}
    assert len(factories) == 6 and imported == set(PAGE_MODULES)


def test_the_window_reads_its_home_page_in_steps_and_its_first_paint_shows_it(qtbot, store, catalog, tmp_path):
    """Issue 12.5: the constructor builds the shell only; the overview's widgets and then its data come on the next
    event-loop turns, and a show() asked for meanwhile waits for them, so that the first paint is the page whole."""
    from PySide6.QtCore import QEvent, QObject

    from console.air import demo

    demo.load_demo(store, admin_of(store))
    w, _ = _window(qtbot, store, catalog, tmp_path)
    assert w.starting and w.pages.built("overview") is None and w.nav.currentRow() == 0
    seen = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "audit" not in seen:
                page = w.pages.built("overview")
                seen["audit"] = page.audit_label.text() if page is not None else ""
                seen["aqi"] = page.aqi_card.body.text() if page is not None else ""
            return False

    watcher = FirstPaint()
    w.installEventFilter(watcher)
    w.show()
    assert not w.isVisible()  # not before the home page is read
    qtbot.waitUntil(lambda: "audit" in seen)
    assert not w.starting and w.stack.currentWidget() is w.pages.built("overview")
    assert seen["audit"].startswith("审计链完整") and seen["aqi"] and "尚无观测数据" not in seen["aqi"]
    # asked for before the steps ran, the page is read at once
    w2, _ = _window(qtbot, store, catalog, tmp_path)
    assert w2.starting
    assert w2.overview.audit_label.text().startswith("审计链完整") and not w2.starting
