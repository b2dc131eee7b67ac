"""The 演练 page: a scenario at 600×, driven by pause + step (never by waiting on real time)."""
from console import drills
from widgets.drills_page import DrillsPage


def test_drill_page_runs_a_scenario_by_stepping(qtbot, catalog, tmp_path):
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    assert "演练 DRILL" in page.drill_bar.text()
    assert page.banner.drill_label.isVisibleTo(page) and page.banner.drill_label.text() == "演练 DRILL"
    assert page.watermark.isVisibleTo(page)
    assert page.start("full_cycle", speed=600)
    assert page.clock.speed == 600 and page.speed_buttons[600].isChecked()
    page.pause()
    assert page.clock.paused and page.pause_button.text() == "继续"
    paused_at = page.clock.now()
    page.tick()
    assert page.clock.now() == paused_at  # paused: nothing moves on its own
    page.step_hours(1)
    assert (page.clock.now() - paused_at).total_seconds() == 3600
    assert page.log_list.count() > 2
    assert page.runner.path.parent == tmp_path
    with qtbot.waitSignal(page.finished, timeout=60_000) as blocker:
        for _ in range(200):
            if page.result:
                break
            page.step_hours(1)
    result = blocker.args[0]
    assert result.score.total == drills.run("full_cycle", out_dir=tmp_path / "headless").score.total
    assert "100" in page.score_label.text() and page.export_button.isEnabled()
    pdf = page.export_pdf(tmp_path / "report.pdf")
    assert pdf.read_bytes()[:4] == b"%PDF" and pdf.stat().st_size > 10_000
    page.shutdown()


def test_speed_buttons_change_the_clock(qtbot, catalog, tmp_path):
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.start("beijing_2015_12", speed=60)
    page.speed_buttons[3600].click()
    assert page.clock.speed == 3600
    page.toggle_pause()
    assert page.clock.paused
    page.stop_and_score()
    assert page.result is not None and not page.step_button.isEnabled()
    page.shutdown()
