"""Versioned schema. MIGRATIONS[v] moves the database from version v-1 to v; all pending steps are applied
in one transaction on open. Never edit a released step: add a new version.

A step is a list of SQL statements; an entry may instead be a function of the Store (a data step: it fills a
new table from the rows already stored, through the repositories, inside the same transaction).
"""

MIGRATIONS: dict[int, list] = {}

# 1: audit chain, settings, meta
MIGRATIONS[1] = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    """CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    )""",
]

# 2: people and roles (passwords: scrypt, salted)
MIGRATIONS[2] = [
    """CREATE TABLE users (
        username TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        roles TEXT NOT NULL,
        pw_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    )""",
]



EPISODE_TABLES = ("episodes", "triggers", "notices_received", "notice_acks", "proposals", "proposal_closures",
          "signatures", "level_changes", "episode_ends", "joint_assessments", "consultations", "summaries",
          "publications")


def _append_only(table: str) -> list[str]:
    return [f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
            f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"""]


MIGRATIONS[3] = [
    """CREATE TABLE stations (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_zh TEXT
    )""",
    """CREATE TABLE observations (
        station TEXT NOT NULL,
        ts INTEGER NOT NULL,
        pm25 REAL, pm10 REAL, so2 REAL, no2 REAL, co REAL, o3 REAL,
        aqi INTEGER,
        primary_pollutant TEXT,
        source_file TEXT,
        PRIMARY KEY (station, ts)
    ) WITHOUT ROWID""",
    """CREATE TABLE forecasts (
        id INTEGER PRIMARY KEY,
        issued_at TEXT NOT NULL,
        issued_ts INTEGER NOT NULL,
        issuer TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('daily', 'hourly')),
        source TEXT NOT NULL,
        entered_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE forecast_values (
        forecast_id INTEGER NOT NULL REFERENCES forecasts(id),
        start_ts INTEGER NOT NULL,
        end_ts INTEGER NOT NULL,
        aqi_low REAL NOT NULL,
        aqi_high REAL NOT NULL,
        primary_pollutant TEXT,
        PRIMARY KEY (forecast_id, start_ts)
    )""",
    """CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        kind TEXT NOT NULL,
        rows INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        actor TEXT NOT NULL
    )""",
    "CREATE INDEX imports_sha256 ON imports (sha256)",
]

# 4: episodes, proposals and sign-off, upper notices received, consultations, summaries, publications
MIGRATIONS[4] = [
    """CREATE TABLE episodes (id INTEGER PRIMARY KEY, opened_at TEXT NOT NULL, opened_by TEXT NOT NULL)""",
    """CREATE TABLE triggers (id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL REFERENCES episodes(id),
        source TEXT NOT NULL, level TEXT NOT NULL, at TEXT NOT NULL, due_at TEXT NOT NULL, notice_id INTEGER,
        recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)""",
    """CREATE TABLE notices_received (id INTEGER PRIMARY KEY, episode_id INTEGER REFERENCES episodes(id),
        issuer TEXT NOT NULL, action TEXT NOT NULL, level TEXT, doc_no TEXT, received_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)""",
    """CREATE TABLE notice_acks (id INTEGER PRIMARY KEY, notice_id INTEGER NOT NULL UNIQUE
        REFERENCES notices_received(id), by TEXT NOT NULL, at TEXT NOT NULL)""",
    """CREATE TABLE proposals (id INTEGER PRIMARY KEY, root_id INTEGER NOT NULL, version INTEGER NOT NULL,
        episode_id INTEGER NOT NULL REFERENCES episodes(id), kind TEXT NOT NULL, level TEXT NOT NULL,
        basis TEXT NOT NULL, area TEXT NOT NULL, start_time TEXT, reason TEXT NOT NULL, assessed_level TEXT,
        improvement_hours REAL, steps TEXT NOT NULL, content_hash TEXT NOT NULL, created_at TEXT NOT NULL,
        created_by TEXT NOT NULL, UNIQUE (root_id, version))""",
    """CREATE TABLE proposal_closures (id INTEGER PRIMARY KEY, root_id INTEGER NOT NULL UNIQUE,
        status TEXT NOT NULL, reason TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL)""",
    """CREATE TABLE signatures (id INTEGER PRIMARY KEY, proposal_id INTEGER NOT NULL REFERENCES proposals(id),
        root_id INTEGER NOT NULL, step INTEGER NOT NULL, step_name TEXT NOT NULL, role TEXT NOT NULL,
        username TEXT NOT NULL, display_name TEXT NOT NULL, decision TEXT NOT NULL, content_hash TEXT NOT NULL,
        reason TEXT NOT NULL, signed_at TEXT NOT NULL, UNIQUE (proposal_id, step))""",
    """CREATE TABLE level_changes (id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL REFERENCES episodes(id),
        level TEXT NOT NULL, at TEXT NOT NULL, proposal_id INTEGER REFERENCES proposals(id), kind TEXT NOT NULL)""",
    """CREATE TABLE episode_ends (id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL UNIQUE
        REFERENCES episodes(id), at TEXT NOT NULL, proposal_id INTEGER REFERENCES proposals(id),
        kind TEXT NOT NULL, summary_due_at TEXT NOT NULL)""",
    """CREATE TABLE joint_assessments (id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL REFERENCES episodes(id),
        at TEXT NOT NULL, ecology_by TEXT NOT NULL, meteorology_by TEXT NOT NULL, below_hours REAL NOT NULL,
        conclusion TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)""",
    """CREATE TABLE consultations (id INTEGER PRIMARY KEY, episode_id INTEGER REFERENCES episodes(id),
        at TEXT NOT NULL, participants TEXT NOT NULL, forecast TEXT NOT NULL, conclusion TEXT NOT NULL,
        next_at TEXT, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)""",
    """CREATE TABLE summaries (id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL REFERENCES episodes(id),
        unit TEXT NOT NULL, received_at TEXT NOT NULL, by TEXT NOT NULL, recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL)""",
    """CREATE TABLE publications (id INTEGER PRIMARY KEY, episode_id INTEGER NOT NULL REFERENCES episodes(id),
        msg_type TEXT NOT NULL, identifier TEXT NOT NULL UNIQUE, references_id INTEGER REFERENCES publications(id),
        level TEXT NOT NULL, fields TEXT NOT NULL, sent TEXT NOT NULL, published_by TEXT NOT NULL,
        drill INTEGER NOT NULL)""",
    "CREATE INDEX proposals_root ON proposals(root_id)",
    "CREATE INDEX signatures_root ON signatures(root_id)",
    *[sql for t in EPISODE_TABLES for sql in _append_only(t)],
]

MIGRATIONS[5] = [
    """CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        item_key TEXT NOT NULL,
        slot_key TEXT NOT NULL UNIQUE,
        tier INTEGER NOT NULL,
        recipients TEXT NOT NULL,
        severity TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        slot_at TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        channel TEXT NOT NULL,
        delivered INTEGER NOT NULL,
        error TEXT
    )""",
    "CREATE INDEX notifications_item ON notifications(item_key)",
    """CREATE TABLE acks (
        id INTEGER PRIMARY KEY,
        item_key TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL
    )""",
    "CREATE INDEX acks_item ON acks(item_key)",
]

# 6: Schema step 6: response-measure boards (附件2 tasks, check-offs, recurring counts), the emission-reduction
#    ledger (应急减排清单) and exemptions (应急豁免). Imported by console.board, console.ledger and
#    console.exemptions, so importing any of them registers the step.
#    
#    Append-only where it is history: board_events, board_temperatures, ledger_updates and exemption_events are
#    never updated or deleted; the state columns beside them (board_tasks.state, boards.closed_at, exemptions.revoked_at)
#    are changed only in the same transaction as the event row that explains the change.
MIGRATIONS[6] = [
    """CREATE TABLE boards (
        episode_id TEXT PRIMARY KEY,
        level TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        opened_by TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT
    )""",
    """CREATE TABLE board_tasks (
        id INTEGER PRIMARY KEY,
        episode_id TEXT NOT NULL REFERENCES boards(episode_id),
        measure_id TEXT NOT NULL,
        unit TEXT NOT NULL,
        unit_kind TEXT NOT NULL CHECK (unit_kind IN ('department', 'town')),
        chain TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_level TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'done', 'replaced', 'withdrawn')),
        replaced_by TEXT,
        ended_at TEXT,
        UNIQUE (episode_id, measure_id, unit)
    )""",
    "CREATE INDEX board_tasks_episode ON board_tasks(episode_id)",
    """CREATE TABLE board_events (
        id INTEGER PRIMARY KEY,
        episode_id TEXT NOT NULL,
        task_id INTEGER REFERENCES board_tasks(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        on_behalf_of TEXT,
        counter TEXT,
        n INTEGER,
        note TEXT NOT NULL DEFAULT '',
        ref_event INTEGER REFERENCES board_events(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX board_events_task ON board_events(task_id)",
    "CREATE INDEX board_events_episode ON board_events(episode_id)",
    """CREATE TABLE board_temperatures (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        temp_c REAL NOT NULL,
        by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    )""",
    """CREATE TABLE board_liaisons (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL,
        unit TEXT NOT NULL,
        assigned_by TEXT NOT NULL,
        assigned_at TEXT NOT NULL,
        revoked_at TEXT
    )""",
    """CREATE TABLE ledger_entries (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        town TEXT NOT NULL,
        industry TEXT NOT NULL,
        grade TEXT NOT NULL,
        leading INTEGER NOT NULL,
        values_json TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        update_id INTEGER NOT NULL
    )""",
    """CREATE TABLE ledger_updates (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        source TEXT NOT NULL,
        added INTEGER NOT NULL,
        changed INTEGER NOT NULL,
        removed INTEGER NOT NULL,
        detail TEXT NOT NULL
    )""",
    """CREATE TABLE ledger_society (
        pollutant TEXT PRIMARY KEY,
        total_tpa REAL NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    )""",
    """CREATE TABLE exemptions (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        reason TEXT NOT NULL,
        departments TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        granted_at TEXT NOT NULL,
        granted_by TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        violation TEXT,
        banned_until TEXT
    )""",
    "CREATE INDEX exemptions_code ON exemptions(code)",
    """CREATE TABLE exemption_events (
        id INTEGER PRIMARY KEY,
        exemption_id INTEGER NOT NULL REFERENCES exemptions(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        detail TEXT NOT NULL
    )""",
]

# 7: the participating units owing a summary are fixed when the episode ends (a later edit of the towns setting
#    must not change who owed one); older ends fall back to the current list
MIGRATIONS[7] = ["ALTER TABLE episode_ends ADD COLUMN units TEXT"]

# 8: account lockout after repeated wrong passwords (issue 13.9)
MIGRATIONS[8] = [
    "ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN locked_until TEXT",
]

# 9: which seats are connected and who is logged in at each (a lease renewed by the seat's reminder service), so a
#    reminder is shown on the seat of the person it concerns (console/alerts/seats.py). Not a record: no audit.
MIGRATIONS[9] = [
    """CREATE TABLE seats (
        seat_id TEXT PRIMARY KEY,
        username TEXT,
        host TEXT NOT NULL,
        started_at TEXT NOT NULL,
        seen_at TEXT NOT NULL
    )""",
]

def _fill_air_daily(store) -> None:
    from console.air import daily  # the district's hourly AQI is computed by console.air (no store import back)

    daily.rebuild(store)


# 10: daily aggregates of the hourly AQI per station and for the district (series ''), read for trend ranges
#    longer than a year (issue 15.2); kept current by every observation import in its own transaction
MIGRATIONS[10] = [
    """CREATE TABLE air_daily (
        series TEXT NOT NULL,
        day INTEGER NOT NULL,
        hours INTEGER NOT NULL,
        aqi_min REAL,
        aqi_max REAL,
        aqi_sum REAL,
        roll_min REAL,
        roll_max REAL,
        PRIMARY KEY (series, day)
    )""",
    _fill_air_daily,
]

# 11: reduction checks (issue 18.2): meter readings imported from grid / 分表计电 exports (one row per meter and
#    interval start, kW as the interval's mean power), the imports that brought them, and check runs over a warning
#    span with the flags they raised. Readings are corrected by a later import of the same meter and time (the
#    import record keeps the file's SHA-256 and what it changed); check runs and their flags are append-only.
MIGRATIONS[11] = [
    """CREATE TABLE meter_imports (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        source TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        rows INTEGER NOT NULL,
        added INTEGER NOT NULL,
        changed INTEGER NOT NULL
    )""",
    """CREATE TABLE meter_readings (
        code TEXT NOT NULL,
        meter TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('production', 'control')),
        at TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        kw REAL NOT NULL,
        import_id INTEGER NOT NULL REFERENCES meter_imports(id),
        PRIMARY KEY (code, meter, at)
    )""",
    "CREATE INDEX meter_readings_code_at ON meter_readings(code, at)",
    """CREATE TABLE check_runs (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        span_start TEXT NOT NULL,
        span_end TEXT NOT NULL,
        level TEXT NOT NULL,
        params TEXT NOT NULL,
        results TEXT NOT NULL
    )""",
    """CREATE TABLE check_flags (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES check_runs(id),
        code TEXT NOT NULL,
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        detail TEXT NOT NULL
    )""",
    "CREATE INDEX check_flags_run ON check_flags(run_id)",
    *_append_only("check_runs"),
    *_append_only("check_flags"),
]

# 12: 一厂一策 sheets (issue 18.1): each firm's lines, processes, transport and gate items with what each does at
#    yellow/orange/red. A sheet is never edited: an import that changes a firm's items adds a new version.
MIGRATIONS[12] = [
    """CREATE TABLE sheet_versions (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        source TEXT NOT NULL,
        items TEXT NOT NULL
    )""",
    "CREATE INDEX sheet_versions_code ON sheet_versions(code)",
    *_append_only("sheet_versions"),
]

# 13: inspections to closure (issue 18.3): a task for a town or department about one firm (from a check flag or a
#    planned spot check), its events (finding, rectification, closing, consequences) and the attached files
#    (base64 text, so every backend and seat has them; keyed by SHA-256, which the audit records also carry).
#    All three tables are append-only: an inspection's state is the result of its events.
MIGRATIONS[13] = [
    """CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('flag', 'spot')),
        flag_id INTEGER REFERENCES check_flags(id),
        assignee TEXT NOT NULL,
        assignee_kind TEXT NOT NULL CHECK (assignee_kind IN ('town', 'department')),
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    )""",
    """CREATE TABLE inspection_events (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        detail TEXT NOT NULL
    )""",
    "CREATE INDEX inspection_events_inspection ON inspection_events(inspection_id)",
    """CREATE TABLE inspection_files (
        sha256 TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        content TEXT NOT NULL
    )""",
    *_append_only("inspections"),
    *_append_only("inspection_events"),
    *_append_only("inspection_files"),
]

# 14: notices to firms with receipts (issue 18.4): firm contacts (a new row per change, never edited), notice rounds
#    (one per level taking effect), the notice to each firm with its text, and the receipts (acknowledgement,
#    24-hour execution report) as append-only events.
MIGRATIONS[14] = [
    """CREATE TABLE firm_contacts (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        contact TEXT NOT NULL,
        phone TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL
    )""",
    """CREATE TABLE notice_rounds (
        id INTEGER PRIMARY KEY,
        level TEXT NOT NULL,
        effective_at TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL
    )""",
    """CREATE TABLE firm_notices (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES notice_rounds(id),
        code TEXT NOT NULL,
        phone TEXT NOT NULL,
        text TEXT NOT NULL
    )""",
    """CREATE TABLE firm_notice_events (
        id INTEGER PRIMARY KEY,
        notice_id INTEGER NOT NULL REFERENCES firm_notices(id),
        kind TEXT NOT NULL CHECK (kind IN ('ack', 'report')),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        note TEXT NOT NULL
    )""",
    *[sql for t in ("firm_contacts", "notice_rounds", "firm_notices", "firm_notice_events")
      for sql in _append_only(t)],
]

# 15: the daily report upward (issue 18.5): each report as sent, its figures frozen (append-only).
MIGRATIONS[15] = [
    """CREATE TABLE daily_reports (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        figures TEXT NOT NULL
    )""",
    *_append_only("daily_reports"),
]

# 16: the consolidated after-episode summary (issue 18.5, plan §6.2): each one as issued, its figures frozen
# (append-only; a later issue for the same episode supersedes the earlier one).
MIGRATIONS[16] = [
    """CREATE TABLE episode_reports (
        id INTEGER PRIMARY KEY,
        episode_id INTEGER NOT NULL REFERENCES episodes(id),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        figures TEXT NOT NULL
    )""",
    *_append_only("episode_reports"),
]


# 17: issue 18 part A — field checks of construction sites, vehicles and non-road machinery by town or department
# (counted by the daily report and the consolidated summary), and the units' summary texts and files (§6.2),
# each tied to a summary receipt (the file's bytes are kept in inspection_files by their SHA-256). Append-only.
MIGRATIONS[17] = [
    """CREATE TABLE field_checks (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        unit TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('site', 'vehicle', 'machinery')),
        checked INTEGER NOT NULL CHECK (checked >= 0),
        problems INTEGER NOT NULL CHECK (problems >= 0 AND problems <= checked),
        notes TEXT NOT NULL,
        source TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    )""",
    "CREATE INDEX field_checks_at ON field_checks(at)",
    """CREATE TABLE summary_documents (
        id INTEGER PRIMARY KEY,
        summary_id INTEGER NOT NULL REFERENCES summaries(id),
        text TEXT NOT NULL,
        sha256 TEXT,
        file_name TEXT,
        size INTEGER
    )""",
    *_append_only("field_checks"),
    *_append_only("summary_documents"),
]

def _fill_district_hour_sums(store) -> None:
    from console.store import air  # the repository (same package; imported late like the step above)

    air.fill_district_sums(store)


# 18: per-hour sums of the stations' values (issue 15): per hour, the number of station rows and per column
#    (aqi, pm25 … o3) the sum and count of the non-NULL values — what SQL's AVG divides, so the district's hour is
#    sum / count. Every observation import adds its changes (new values minus the values they replace) inside its
#    transaction, and reads back one row per hour of its span, whatever the number of stations; the step fills it
#    from the rows already stored.
MIGRATIONS[18] = [
    """CREATE TABLE district_hour_sums (
        ts INTEGER NOT NULL,
        stations INTEGER NOT NULL,
        aqi_sum REAL NOT NULL, aqi_n INTEGER NOT NULL,
        pm25_sum REAL NOT NULL, pm25_n INTEGER NOT NULL,
        pm10_sum REAL NOT NULL, pm10_n INTEGER NOT NULL,
        so2_sum REAL NOT NULL, so2_n INTEGER NOT NULL,
        no2_sum REAL NOT NULL, no2_n INTEGER NOT NULL,
        co_sum REAL NOT NULL, co_n INTEGER NOT NULL,
        o3_sum REAL NOT NULL, o3_n INTEGER NOT NULL,
        PRIMARY KEY (ts)
    ) WITHOUT ROWID""",
    _fill_district_hour_sums,
]


def _district_sums_per_day(store) -> None:
    from console.air import daily  # the per-day layout (console.air.hoursums.DayGrid); imported late as above
    from console.store import air

    daily.store_hour_rows(store, air.hour_sums_rows(store))


# 19: the district's per-hour sums of step 18 stored one row per UTC day (issue 15.4): the day's 24 hours ×
#    (stations, aqi_n … o3_n) as int32 and (aqi_sum … o3_sum) as float64 bytes (console.air.hoursums) — an import
#    of a span of years reads and writes one row per day instead of one per hour. The per-hour rows are moved
#    over, then their table dropped.
MIGRATIONS[19] = [
    # a rowid table: a day's 2,112 bytes fit in its leaf page (in a WITHOUT ROWID table each would overflow);
    # the day is always given (on PostgreSQL the identity column accepts it: BY DEFAULT)
    """CREATE TABLE district_day_sums (
        day INTEGER PRIMARY KEY,
        sums BLOB NOT NULL
    )""",
    _district_sums_per_day,
    "DROP TABLE district_hour_sums",
]


def latest() -> int:
    versions = sorted(MIGRATIONS)
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"schema migrations must be numbered 1..n without gaps, got {versions}")
    return versions[-1]
