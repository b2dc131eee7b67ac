"""Where an episode stands and what comes next, for every caller alike (warnings page, overview, drill runner)."""
from __future__ import annotations

from datetime import datetime

from console.admin.settings import Settings
from console.air import airdata
from console.common.clock import to_local
from console.episodes.query import level_in_force, upper_notices
from console.plan.levels import LEVELS, NONE
from console.rules.assessment import Forecast, RuleSettings, assess
from console.rules.thresholds import BLOCK_HOURS
from console.rules.thresholds import from_console_settings as rule_settings
from console.store.db import Store


def observed_for_rules(store: Store, at: datetime, settings: RuleSettings) -> tuple[Forecast | None, str]:
    """(the district's hourly AQI observed before `at`, as far back as a chain of the settings reaches; the level
    in force at `at`). Monitoring data count only to upgrade a response in force (plan §3.2.2(3)), so with no
    level in force nothing is read."""
    at = to_local(at)
    level, _ = level_in_force(store, at)
    if level == NONE:
        return None, NONE
    longest = max(c.blocks for lv in LEVELS if lv != NONE for c in settings.conditions(lv))
    end = int(at.timestamp())
    s = airdata.hourly(store, None, end - longest * BLOCK_HOURS * 3600, end - 1)
    pts = [(airdata.local(t), a, p.split(",")[0] if p else None)
           for t, a, p in zip(s.ts.tolist(), s.aqi.tolist(), s.primary) if a == a]
    return (Forecast.hourly(pts) if pts else None), level


def assessment_at(store: Store, at: datetime):
    """rules.assess with the forecast issued at or before `at`, the upper notices received by then and, while a
    response is in force, the observed district AQI (upgrade on monitoring data)."""
    info = airdata.forecast_issued_by(store, at)
    fc = airdata.to_rules_forecast(info) if info else None
    settings = rule_settings(Settings(store).all())
    observed, in_force = observed_for_rules(store, at, settings)
    return assess(fc, upper_notices(store), at, settings, observed=observed, in_force=in_force)
