"""值班总览: the console's home — the level in force and since when, the latest district AQI and forecast,
what is pending or overdue and for whom (with countdowns), readable across the room; a full-screen wall mode."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console import episodes
from console.admin import accounts
from console.admin.settings import Settings
from console.air import airdata
from console.air.aqi import POLLUTANT_LABELS, category
from console.alerts import deadlines
from console.alerts.escalation import Pending
from console.episodes import workflow
from console.episodes.bulletin import is_drill
from console.plan.catalog import Catalog
from console.store.audit import AuditCheck
from console.store.db import Store, verify_in_background
from widgets.common import style
from widgets.common.alert_banner import AlertBanner
from widgets.common.i18n import category_name, signoff_wording
from widgets.common.notification_centre import NotificationCentre
from widgets.common.style import C
from widgets.common.timers import later
from widgets.warnings import next_step


def _pollutants(codes: str | None) -> str:
    """'pm25,pm10' -> 'PM2.5、PM10' (the data keeps codes; people read labels)."""
    if not codes:
        return "—"
    return "、".join(POLLUTANT_LABELS.get(c.strip(), c.strip()) for c in codes.split(","))


def _age(hours: float) -> str:
    if hours < 48:
        return QCoreApplication.translate("OverviewPage", "{0} 小时").format(f"{hours:.0f}")
    if hours < 24 * 60:
        return QCoreApplication.translate("OverviewPage", "{0} 天").format(f"{hours / 24:.0f}")
    return QCoreApplication.translate("OverviewPage", "{0} 年").format(f"{hours / 24 / 365:.1f}")


class _Card(QFrame):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(f"QFrame#card {{ background: white; border: 1px solid {C.card_border}; border-radius: 6px; }}")
        lay = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {C.ink};")
        lay.addWidget(self.title)
        self.big = QLabel()
        self.big.setWordWrap(True)  # "487 Severely polluted" wraps instead of being cut off or widening the card
        self.big.setStyleSheet("font-size: 30pt; font-weight: bold;")
        self.big.hide()
        lay.addWidget(self.big)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setStyleSheet("font-size: 13pt;")
        lay.addWidget(self.body)
        lay.addStretch(1)


class OverviewPage(QWidget):
    wall_mode_toggled = Signal(bool)
    acknowledge_requested = Signal(str)
    open_item_requested = Signal(str)
    full_check_done = Signal(object)  # AuditCheck or Exception, from the background full walk
    FULL_WALK_DELAY_MS = 3000

    def __init__(self, store: Store, catalog: Catalog, parent=None, *, refresh_now: bool = True):
        super().__init__(parent)
        self.store, self.catalog = store, catalog
        self.pending: list[Pending] = []
        self.wall_factor = 1.0
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("值班总览"))
        title.setObjectName("pageTitle")
        head.addWidget(title, 1)
        self.wall_button = QPushButton(self.tr("大屏模式"))
        self.wall_button.setCheckable(True)
        self.wall_button.setToolTip(self.tr("全屏显示本页，供值班室大屏使用；按 Esc 退出"))
        self.wall_button.toggled.connect(self.wall_mode_toggled.emit)
        head.addWidget(self.wall_button)
        lay.addLayout(head)
        self.banner = AlertBanner(catalog)
        lay.addWidget(self.banner)
        self.next_label = QLabel()  # the next step, as the 预警与审签 page's big button says it (one core decision)
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        lay.addWidget(self.next_label)

        grid = QGridLayout()
        self.aqi_card = _Card(self.tr("区域最新 AQI"))
        self.forecast_card = _Card(self.tr("最新预报"))
        self.rules_card = _Card(self.tr("预警启动条件与审签"))
        grid.addWidget(self.aqi_card, 0, 0)
        grid.addWidget(self.forecast_card, 0, 1)
        grid.addWidget(self.rules_card, 0, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        lay.addLayout(grid)

        self.centre = NotificationCentre(store)
        self.centre.acknowledge_requested.connect(self.acknowledge_requested.emit)
        self.centre.open_requested.connect(self.open_item_requested.emit)
        lay.addWidget(self.centre, 1)
        self.audit_label = QLabel()
        self.audit_label.setObjectName("hint")
        lay.addWidget(self.audit_label)
        self.full_check = None  # the background full walk's result, once it is in
        self.full_check_done.connect(self._full_check_in)
        if refresh_now:  # (the main window reads the page's data in steps: refresh_steps)
            self.refresh()
        # start-up walks from the checkpoint only; the full walk follows on its own thread once the window is up
        later(self, self.FULL_WALK_DELAY_MS, self._start_full_walk)

    # ---- data ------------------------------------------------------------------------------------
    def set_pending(self, items: list[Pending]) -> None:
        self.pending = list(items)
        self.centre.set_items(self.pending, self.store.clock.now())
        self._rescale()

    def refresh(self) -> None:
        for _ in self.refresh_steps():
            pass

    def refresh_steps(self):
        """The refresh in parts, one per `next()` (the main window's start-up reads them over event-loop turns)."""
        now = self.store.clock.now()
        level, since = episodes.level_in_force(self.store, now)
        self.banner.set_state(level, since, now, drill=is_drill(self.store))
        self._refresh_next_step()
        yield
        self._refresh_aqi(now)
        self._refresh_forecast()
        self._refresh_rules()
        yield
        self.pending = deadlines.collect(self.store, now)  # cheap; the reminder service also pushes updates
        self.centre.set_items(self.pending, now)
        yield
        check = self.store.verify_audit(full=False)
        full = self.full_check
        if check.ok and full is not None and not full.ok:  # a break before the checkpoint stays on screen
            check = full
        if check.ok:
            text = self.tr("审计链完整（{0} 条记录）· 数据库：{1}").format(check.count, self.store.path)
            anchors = self.store.anchor_status
            if anchors.enabled and not anchors.ok:  # writes go on; the anchor file waits for the folder
                text += self.tr(" · 审计锚点文件夹不可用：{0}（修改照常保存）").format(anchors.error)
            self.audit_label.setText(text)
            self.audit_label.setStyleSheet(f"color: {C.ok};" if anchors.ok else f"color: {C.warn}; font-weight: bold;")
        else:
            if check.broken_id is None:
                self.audit_label.setText(self.tr("审计核对不符：{0}").format(check.reason))
            else:
                self.audit_label.setText(self.tr("审计链在第 {0} 条记录处断开：{1}").format(check.broken_id,
                                                                                        check.reason))
            self.audit_label.setStyleSheet(f"color: white; background: {C.alarm}; font-weight: bold; padding: 4px;")
        self._rescale()

    def _start_full_walk(self) -> None:
        if not self.store.closed:
            verify_in_background(self.store.reopen, self.full_check_done.emit)

    def _full_check_in(self, result) -> None:
        if self.store.closed:  # the database was closed (another one opened) while the walk ran
            return
        if isinstance(result, Exception):
            self.full_check = AuditCheck(False, 0, None, str(result))
        else:
            self.full_check = result
        if self.full_check.ok:
            self.store.remember_verified(self.full_check)  # the next start walks from here
        else:
            self.refresh()

    def _refresh_next_step(self) -> None:
        nxt = workflow.next_action(self.store)
        label, hint = next_step.words(self.store, nxt)
        self.next_label.setText(f"▶ {label}\n{hint}" if hint else f"▶ {label}")
        self.next_label.setStyleSheet("font-size: 14pt; font-weight: bold;" +
                                      ("" if nxt.idle else f" color: {C.action};"))

    def _refresh_aqi(self, now) -> None:
        rng = airdata.data_range(self.store)
        card = self.aqi_card
        if rng is None:
            card.big.hide()
            card.body.setText(self.tr("尚无观测数据。请在“空气质量”页导入数据或加载演示数据。"))
            return
        series = airdata.hourly(self.store, None, rng[1] - 48 * 3600, rng[1])
        idx = [i for i in range(len(series)) if not math.isnan(series.aqi[i])]
        if not idx:
            card.big.hide()
            card.body.setText(self.tr("最近48小时无有效AQI。"))
            return
        i = idx[-1]
        aqi = int(series.aqi[i])
        cat = category(aqi)
        t = airdata.local(int(series.ts[i]))
        fg = "black" if cat.level <= 3 else "white"
        card.big.setText(f" {aqi} {category_name(cat)} ")
        card.big.setStyleSheet(f"font-size: 30pt; font-weight: bold; background: {cat.hex}; color: {fg};"
                               "border-radius: 4px;")
        card.big.show()
        age_h = (now - t).total_seconds() / 3600
        stale = age_h > float(Settings(self.store).get("stale_data_hours"))
        primary = _pollutants(series.primary[i])
        text = self.tr("{0} 时 · 首要污染物 {1}").format(t.strftime("%Y-%m-%d %H"), primary)
        if stale:
            text += self.tr("\n数据已超时：最新数据距今 {0}").format(_age(age_h))
        card.body.setText(text)
        card.body.setStyleSheet("font-size: 13pt;" + (f" color: {C.alarm}; font-weight: bold;" if stale else ""))

    def _refresh_forecast(self) -> None:
        info = airdata.latest_forecast(self.store)
        if info is None:
            self.forecast_card.body.setText(self.tr("尚无预报。可在“空气质量”页录入或导入预报。"))
            return
        lines = [self.tr("{0} 发布 · {1}").format(info.issued_at.strftime("%m-%d %H:%M"), info.issuer)]
        for start_ts, _end, lo, hi, primary in info.points[:7]:
            t = airdata.local(int(start_ts))
            label = t.strftime("%m-%d") if info.kind == "daily" else t.strftime("%m-%d %H:%M")
            value = f"{lo:g}" if hi is None or hi == lo else f"{lo:g}-{hi:g}"
            lines.append(f"{label}  AQI {value}  {_pollutants(primary) if primary else ''}")
        self.forecast_card.body.setText("\n".join(lines))

    def _refresh_rules(self) -> None:
        v = Settings(self.store).all()
        unset = self.tr("尚无账户")  # names come from the accounts that hold the role (issue 14.3)
        names = {k: "、".join(u.display_name for u in accounts.holders(self.store, k)) or unset
                 for k in {s["role"] for steps in self.catalog.signoff.values() for s in steps}}
        self.rules_card.body.setText(self.tr(
            "黄色：日AQI>{t2} {y2}天，或>{t1} {y1}天\n橙色：日AQI>{t2} {o2}天，或>{t1} {o1}天\n"
            "红色：日AQI>{t2} {r2}天且>{t3} {r3}天\n"
            "审签：{chain}").format(
            t1=v["aqi_t1"], t2=v["aqi_t2"], t3=v["aqi_t3"], y1=v["yellow_t1_blocks"], y2=v["yellow_t2_blocks"],
            o1=v["orange_t1_blocks"], o2=v["orange_t2_blocks"], r2=v["red_t2_blocks"], r3=v["red_t3_blocks"],
            chain=signoff_wording(names)))  # the plan's chain and role names (data/plan.json)

    def set_wall_scale(self, on: bool) -> None:
        """Wall mode: everything larger for reading across the room."""
        self.wall_factor = style.WALL_FACTOR if on else 1.0
        self.rules_card.setVisible(not on)  # the rule text is for the desk; the wall shows what is happening
        style.apply_scale(self, self.wall_factor)

    def _rescale(self) -> None:
        if self.wall_factor != 1.0:  # the page re-styled some labels: keep them large
            style.apply_scale(self, self.wall_factor)
