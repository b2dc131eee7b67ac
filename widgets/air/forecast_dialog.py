"""录入预报: type in a forecast received by phone or notice — the next 1-7 days, each a daily AQI or a range
("180-230"), the primary pollutant, the issuing body and the issue time. Every problem is named by field and day;
nothing is saved until all are fixed. On OK the forecast goes through console.importers.add_forecast."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from console.app import ConsoleApp
from console.common.clock import TZ, Clock, to_local
from console.common.errors import UserError
from widgets.common.fit import FitsScreen
from widgets.common.style import C

MAX_DAYS = 7
ISSUERS = ("南通市环境监测中心站", "海门区气象局", "会商（生态环境局、气象局）", "南通市生态环境局")
# (label shown, key stored); keys follow console.aqi pollutant keys, "dust" for 沙尘.
PRIMARY_CHOICES = (("PM2.5", "pm25"), ("PM10", "pm10"), ("O3", "o3"),
                   (QT_TRANSLATE_NOOP("ForecastDialog", "沙尘"), "dust"),
                   (QT_TRANSLATE_NOOP("ForecastDialog", "（未注明）"), None))
_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:[-–—~～至到]\s*(\d+(?:\.\d+)?))?\s*$")


@dataclass(frozen=True)
class DayValue:
    day: date
    aqi_low: float
    aqi_high: float
    primary: str | None


def parse_aqi_text(text: str) -> tuple[float, float]:
    """'185' -> (185, 185); '180-230' (also 180~230, 180至230) -> (180, 230). ValueError with a reason."""
    translate = QCoreApplication.translate  # not "tr": lupdate would take the context for the text
    if not text.strip():
        raise ValueError(translate("ForecastDialog", "请填写"))
    m = _RANGE.match(text)
    if m is None:
        raise ValueError(translate("ForecastDialog", "“{0}”不是数字或区间（如 185 或 180-230）").format(text.strip()))
    low = float(m.group(1))
    high = float(m.group(2)) if m.group(2) else low
    if low > high:
        raise ValueError(translate("ForecastDialog", "区间下限大于上限"))
    if high > 500:
        raise ValueError(translate("ForecastDialog", "AQI 不能超过 500"))
    return low, high


def _qdatetime(dt: datetime) -> QDateTime:
    dt = to_local(dt)
    return QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))


class ForecastDialog(FitsScreen, QDialog):
    def __init__(self, store, clock: Clock, actor, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store)  # the forecast is saved through the seat's facade
        self.store, self.clock, self.actor = self.app.store, clock, actor
        self.result_info = None
        self.setWindowTitle(self.tr("录入空气质量预报"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.issuer = QComboBox()
        self.issuer.setEditable(True)
        self.issuer.addItems(list(ISSUERS))
        form.addRow(self.tr("发布单位"), self.issuer)
        now = clock.now()
        self.issued = QDateTimeEdit(_qdatetime(now))
        self.issued.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.issued.setCalendarPopup(True)
        form.addRow(self.tr("发布时间"), self.issued)
        first = (to_local(now) + timedelta(days=1)).date()
        self.first_day = QDateEdit(QDate(first.year, first.month, first.day))
        self.first_day.setDisplayFormat("yyyy-MM-dd")
        self.first_day.setCalendarPopup(True)
        form.addRow(self.tr("预报第1天"), self.first_day)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" 天"))
        form.addRow(self.tr("预报天数"), self.days)
        lay.addLayout(form)

        box = QGroupBox(self.tr("逐日预报（日AQI，或区间如 180-230）"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("日期")), 0, 0)
        grid.addWidget(QLabel(self.tr("AQI")), 0, 1)
        grid.addWidget(QLabel(self.tr("首要污染物")), 0, 2)
        self.day_labels: list[QLabel] = []
        self.aqi_edits: list[QLineEdit] = []
        self.primary_boxes: list[QComboBox] = []
        for i in range(MAX_DAYS):
            label = QLabel()
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("如 185 或 180-230"))
            combo = QComboBox()
            for text, key in PRIMARY_CHOICES:
                combo.addItem(self.tr(text), key)
            grid.addWidget(label, i + 1, 0)
            grid.addWidget(edit, i + 1, 1)
            grid.addWidget(combo, i + 1, 2)
            self.day_labels.append(label)
            self.aqi_edits.append(edit)
            self.primary_boxes.append(combo)
        grid.setColumnStretch(1, 1)
        lay.addWidget(box)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {C.alarm}; font-size: 12pt; font-weight: bold;")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存预报"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.days.valueChanged.connect(self._update_rows)
        self.first_day.dateChanged.connect(self._update_rows)
        self._update_rows()

    def _day(self, i: int) -> date:
        q = self.first_day.date()
        return date(q.year(), q.month(), q.day()) + timedelta(days=i)

    def _day_name(self, i: int) -> str:
        d = self._day(i)
        return self.tr("第{0}天（{1}月{2}日）").format(i + 1, d.month, d.day)

    def _update_rows(self) -> None:
        n = self.days.value()
        for i in range(MAX_DAYS):
            self.day_labels[i].setText(self._day_name(i))
            for w in (self.day_labels[i], self.aqi_edits[i], self.primary_boxes[i]):
                w.setVisible(i < n)

    def issued_at(self) -> datetime:
        q = self.issued.dateTime()
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=TZ)

    def collect(self) -> tuple[list[DayValue], list[str]]:
        """(values, problems): every problem names the field and, for a day, which day."""
        problems: list[str] = []
        if not self.issuer.currentText().strip():
            problems.append(self.tr("发布单位：不能为空"))
        issued = self.issued_at()
        if issued > self.clock.now() + timedelta(hours=1):
            problems.append(self.tr("发布时间：晚于当前时间（{0}）").format(self.clock.now().strftime("%Y-%m-%d %H:%M")))
        if self._day(0) < issued.date():
            problems.append(self.tr("预报第1天：早于发布日期"))
        values: list[DayValue] = []
        for i in range(self.days.value()):
            try:
                low, high = parse_aqi_text(self.aqi_edits[i].text())
            except ValueError as exc:
                problems.append(self.tr("{0} AQI：{1}").format(self._day_name(i), exc))
                continue
            values.append(DayValue(self._day(i), low, high, self.primary_boxes[i].currentData()))
        return values, problems

    def _show_problems(self, problems: list[str]) -> None:
        self.error.setText("\n".join(problems))
        self.error.show()

    def _try_accept(self) -> None:
        values, problems = self.collect()
        if problems:
            self._show_problems(problems)
            return
        try:
            self.result_info = self.app.add_forecast(
                self.issuer.currentText().strip(), self.issued_at(), "daily",
                [(v.day, v.aqi_low, v.aqi_high, v.primary) for v in values], actor=self.actor).value
        except UserError as exc:
            self._show_problems(self._name_fields(exc))
            return
        self.accept()

    def _name_fields(self, exc: UserError) -> list[str]:
        """FieldError fields ("issuer", "values[2].aqi_high") in the words of the form."""
        names = {"issuer": self.tr("发布单位"), "issued_at": self.tr("发布时间"), "kind": self.tr("预报类型"),
                 "values": self.tr("逐日预报")}
        out = []
        for field, message in getattr(exc, "problems", None) or [("", str(exc))]:
            m = re.match(r"values\[(\d+)\]", field)
            label = self._day_name(int(m.group(1))) if m else names.get(field, field)
            out.append(f"{label}：{message}" if label else message)
        return out
