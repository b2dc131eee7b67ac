"""Where an episode stands and what comes next, for every caller alike (warnings page, overview, drill runner)."""
from __future__ import annotations

from datetime import datetime

from console.admin.settings import Settings
from console.air import airdata
from console.common.clock import to_local
from console.episodes.query import upper_notices
from console.rules.assessment import assess
from console.rules.thresholds import from_console_settings as rule_settings
from console.store.db import Store


def assessment_at(store: Store, at: datetime):
    """rules.assess with the forecast issued at or before `at` and the upper notices received by then."""
    row = store.conn.execute("SELECT id FROM forecasts WHERE issued_ts <= ? ORDER BY issued_ts DESC, id DESC "
                             "LIMIT 1", (int(to_local(at).timestamp()),)).fetchone()
    fc = airdata.to_rules_forecast(airdata.get_forecast(store, row[0])) if row else None
    return assess(fc, upper_notices(store), at, rule_settings(Settings(store).all()))
