from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from console.air import airdata
from console.common.clock import TZ, FixedClock
from tests.helpers import admin_of
from widgets.air.forecast_dialog import ForecastDialog, parse_aqi_text

NOW = datetime(2015, 12, 6, 16, 30, tzinfo=TZ)


@pytest.fixture
def dialog(qtbot, store):
    dlg = ForecastDialog(store, FixedClock(NOW), admin_of(store))
    qtbot.addWidget(dlg)
    return dlg


def test_parse_aqi_text():
    assert parse_aqi_text("185") == (185, 185)
    assert parse_aqi_text(" 180-230 ") == (180, 230)
    assert parse_aqi_text("180～230") == (180, 230)
    assert parse_aqi_text("180至230") == (180, 230)
    for bad in ("", "abc", "230-180", "600", "-5"):
        with pytest.raises(ValueError):
            parse_aqi_text(bad)


def test_defaults_from_the_clock(dialog):
    assert dialog.issued_at() == NOW.replace(second=0)
    assert dialog.day_labels[0].text() == "第1天（12月7日）"
    assert dialog.days.value() == 3
    assert dialog.aqi_edits[2].isVisibleTo(dialog) and not dialog.aqi_edits[3].isVisibleTo(dialog)


def test_validation_names_field_and_day(dialog, store):
    dialog.issuer.setCurrentText("  ")
    dialog.aqi_edits[0].setText("185")
    dialog.aqi_edits[1].setText("abc")
    dialog.aqi_edits[2].setText("230-180")
    dialog._try_accept()
    text = dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert "发布单位：不能为空" in text
    assert "第2天（12月8日） AQI：“abc”不是数字或区间" in text
    assert "第3天（12月9日） AQI：区间下限大于上限" in text
    assert dialog.result() != dialog.DialogCode.Accepted
    assert airdata.latest_forecast(store) is None  # nothing saved


def test_missing_day_and_future_issue_time(dialog, store):
    dialog.issued.setDateTime(QDateTime(QDate(2015, 12, 7), QTime(9, 0)))
    dialog.days.setValue(2)
    dialog.aqi_edits[0].setText("150")
    dialog._try_accept()
    assert "发布时间：晚于当前时间" in dialog.error.text()
    assert "第2天（12月8日） AQI：请填写" in dialog.error.text()
    assert airdata.latest_forecast(store) is None


def test_ok_stores_the_forecast(dialog, store):
    dialog.issuer.setCurrentText("会商")
    dialog.days.setValue(2)
    dialog.aqi_edits[0].setText("180-230")
    dialog.primary_boxes[0].setCurrentIndex(0)  # PM2.5
    dialog.aqi_edits[1].setText("120")
    dialog.primary_boxes[1].setCurrentText("沙尘")
    dialog._try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    info = airdata.latest_forecast(store)
    assert info.issuer == "会商" and info.kind == "daily"
    assert info.issued_at == datetime(2015, 12, 6, 16, 30, tzinfo=TZ)
    day1 = datetime(2015, 12, 7, tzinfo=TZ).timestamp()
    assert [p[:5] for p in info.points] == [(day1, day1 + 86400, 180, 230, "pm25"),
                                             (day1 + 86400, day1 + 2 * 86400, 120, 120, "dust")]
    assert dialog.result_info.id == info.id
    assert any(r["action"].startswith("forecast") for r in store.audit_records())
