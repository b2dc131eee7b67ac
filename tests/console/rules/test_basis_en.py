"""The basis in English at display (console.rules.basis_en); every basis line of every rules test is also checked
by the autouse fixture in conftest.py."""
from datetime import date, datetime

from console.common.clock import TZ
from console.rules import basis_en
from console.rules.assessment import ADVISORY, DUST, O3, Forecast, assess
from console.rules.notices import Notice


def test_a_red_assessment_reads_in_english_and_stays_chinese_as_stored():
    fc = Forecast.daily([(date(2025, 12, 1), 201), (date(2025, 12, 2), 250), (date(2025, 12, 3), 301, "pm25")])
    notice = Notice(datetime(2025, 12, 1, 9, tzinfo=TZ), "city", "issue", "orange", "通环〔2025〕1号")
    a = assess(fc, [notice], datetime(2025, 12, 1, 10, tzinfo=TZ))
    assert a.basis[0].startswith("红色：预测 12-01 起连续72小时")  # what is stored is unchanged
    en = [basis_en.basis_line(b, "en") for b in a.basis]
    assert en[0] == ("Red: forecast daily AQI over 72 consecutive hours from 12-01 > 200 (201, 250, 301), of which "
                     "daily AQI of 12-03 > 300 (301), primary pollutant PM2.5")
    assert "Upper-level notice: City 2025-12-01 09:00 issues an orange warning (通环〔2025〕1号)" in en
    assert en[-1] == ("Conclusion: red warning (Level Ⅰ) (forecast red, upper-level notices orange; "
                      "the higher one)")
    assert [basis_en.basis_line(b, "zh") for b in a.basis] == a.basis
    assert not basis_en.untranslated(a.basis)


def test_no_forecast_line():
    a = assess(None, [], datetime(2025, 12, 1, 10, tzinfo=TZ))
    assert basis_en.basis_line(a.basis[0], "en") == "Warning conditions not met: no forecast data"


def test_a_line_of_no_known_form_is_quoted_as_written():
    typed = "值班员电话核实：市局口头通知今晚升级"
    assert basis_en.basis_line_en(typed) is None
    assert basis_en.basis_line(typed, "en") == f"“{typed}” (as written)"
    assert basis_en.basis_line("Phoned the city bureau", "en") == "Phoned the city bureau"
    # a known frame around an unparseable chain is not half-translated
    assert basis_en.basis_line_en("红色：领导口头同意") is None
    assert basis_en.untranslated([typed, "红色：领导口头同意"]) == [f"no English form for: {typed}",
                                                             "no English form for: 红色：领导口头同意"]


def test_advisory_in_english():
    assert basis_en.advisory_text((O3,), ADVISORY[O3], "zh") == ADVISORY[O3]
    en = basis_en.advisory_text((O3, DUST), ADVISORY[O3] + "\n" + ADVISORY[DUST], "en")
    assert en.startswith("Ozone (O3) is the primary pollutant") and "Dust is the primary pollutant" in en
    assert not basis_en._CJK.search(en)
    assert basis_en.advisory_text((), None, "en") is None
