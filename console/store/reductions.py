"""Repository of the reduction checks (meter_imports, meter_readings, check_runs, check_flags); the rules live
in console/reductions/."""
from __future__ import annotations

from console.store.db import Store


def add_import(store: Store, at: str, by: str, source: str, sha256: str, rows: int, added: int,
               changed: int) -> int:
    return store.insert("INSERT INTO meter_imports (at, by, source, sha256, rows, added, changed) "
                        "VALUES (?,?,?,?,?,?,?)", (at, by, source, sha256, rows, added, changed))


def existing_readings(store: Store, code: str, first: str, last: str) -> dict[tuple[str, str], float]:
    """{(meter, at): kw} of one firm between two times (inclusive)."""
    return {(m, a): kw for m, a, kw in store.tuples(
        "SELECT meter, at, kw FROM meter_readings WHERE code = ? AND at >= ? AND at <= ?", (code, first, last))}


def put_readings(store: Store, rows: list[tuple]) -> None:
    """rows: (code, meter, kind, at, minutes, kw, import_id); a reading of the same meter and time is replaced."""
    store.executemany(
        "INSERT INTO meter_readings (code, meter, kind, at, minutes, kw, import_id) VALUES (?,?,?,?,?,?,?) "
        "ON CONFLICT (code, meter, at) DO UPDATE SET kind = excluded.kind, minutes = excluded.minutes, "
        "kw = excluded.kw, import_id = excluded.import_id", rows)


def readings(store: Store, first: str, last: str, code: str | None = None) -> list[dict]:
    """Readings with first <= at < last (ISO text with offset, all in the same offset), optionally one firm."""
    if code is None:
        return store.rows("SELECT code, meter, kind, at, minutes, kw FROM meter_readings WHERE at >= ? AND at < ? "
                          "ORDER BY code, meter, at", (first, last))
    return store.rows("SELECT code, meter, kind, at, minutes, kw FROM meter_readings WHERE code = ? AND at >= ? "
                      "AND at < ? ORDER BY meter, at", (code, first, last))


def reading_range(store: Store) -> tuple[str | None, str | None, int]:
    r = store.row("SELECT MIN(at) AS first, MAX(at) AS last, COUNT(*) AS n FROM meter_readings")
    return (r["first"], r["last"], r["n"]) if r else (None, None, 0)


def imports(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM meter_imports ORDER BY id DESC")


def last_import_at(store: Store) -> str | None:
    return store.scalar("SELECT at FROM meter_imports ORDER BY id DESC LIMIT 1")


def reading_count(store: Store, first: str, last: str) -> int:
    return int(store.scalar("SELECT COUNT(*) FROM meter_readings WHERE at >= ? AND at < ?", (first, last)) or 0)


def span_runs(store: Store, span_start: str, level: str) -> list[dict]:
    """The runs of the span starting at `span_start` at `level`, latest first."""
    return store.rows("SELECT * FROM check_runs WHERE span_start = ? AND level = ? ORDER BY id DESC",
                      (span_start, level))


def add_run(store: Store, at: str, by: str, span_start: str, span_end: str, level: str, params: str,
            results: str) -> int:
    return store.insert("INSERT INTO check_runs (at, by, span_start, span_end, level, params, results) "
                        "VALUES (?,?,?,?,?,?,?)", (at, by, span_start, span_end, level, params, results))


def add_flag(store: Store, run_id: int, code: str, kind: str, score: float, detail: str) -> int:
    return store.insert("INSERT INTO check_flags (run_id, code, kind, score, detail) VALUES (?,?,?,?,?)",
                        (run_id, code, kind, score, detail))


def runs(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM check_runs ORDER BY id DESC")


def run(store: Store, run_id: int) -> dict | None:
    return store.row("SELECT * FROM check_runs WHERE id = ?", (int(run_id),))


def flags(store: Store, run_id: int) -> list[dict]:
    return store.rows("SELECT * FROM check_flags WHERE run_id = ? ORDER BY id", (int(run_id),))


# ---- 一厂一策 sheets ---------------------------------------------------------------------------------------
def add_sheet_version(store: Store, code: str, at: str, by: str, source: str, items_json: str) -> int:
    return store.insert("INSERT INTO sheet_versions (code, at, by, source, items) VALUES (?,?,?,?,?)",
                        (code, at, by, source, items_json))


def current_sheets(store: Store) -> list[dict]:
    """The latest version of every firm's sheet."""
    return store.rows("SELECT v.* FROM sheet_versions v WHERE v.id = (SELECT MAX(id) FROM sheet_versions w "
                      "WHERE w.code = v.code) ORDER BY v.code")


# ---- inspections -------------------------------------------------------------------------------------------
def add_inspection(store: Store, code: str, source: str, flag_id: int | None, assignee: str, assignee_kind: str,
                   reason: str, at: str, by: str) -> int:
    return store.insert("INSERT INTO inspections (code, source, flag_id, assignee, assignee_kind, reason, "
                        "created_at, created_by) VALUES (?,?,?,?,?,?,?,?)",
                        (code, source, flag_id, assignee, assignee_kind, reason, at, by))


def add_inspection_event(store: Store, inspection_id: int, kind: str, at: str, by: str, detail_json: str) -> int:
    return store.insert("INSERT INTO inspection_events (inspection_id, kind, at, by, detail) VALUES (?,?,?,?,?)",
                        (int(inspection_id), kind, at, by, detail_json))


def inspections(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM inspections ORDER BY id DESC")


def inspection(store: Store, inspection_id: int) -> dict | None:
    return store.row("SELECT * FROM inspections WHERE id = ?", (int(inspection_id),))


def inspection_events(store: Store, inspection_id: int) -> list[dict]:
    return store.rows("SELECT * FROM inspection_events WHERE inspection_id = ? ORDER BY id", (int(inspection_id),))


def flag(store: Store, flag_id: int) -> dict | None:
    return store.row("SELECT * FROM check_flags WHERE id = ?", (int(flag_id),))


def put_file(store: Store, sha256: str, name: str, size: int, content_b64: str) -> None:
    store.execute("INSERT INTO inspection_files (sha256, name, size, content) VALUES (?,?,?,?) "
                  "ON CONFLICT (sha256) DO NOTHING", (sha256, name, size, content_b64))


def file_content(store: Store, sha256: str) -> str | None:
    return store.scalar("SELECT content FROM inspection_files WHERE sha256 = ?", (sha256,))


# ---- notices to firms ------------------------------------------------------------------------------------
def add_contact(store: Store, code: str, contact: str, phone: str, at: str, by: str) -> int:
    return store.insert("INSERT INTO firm_contacts (code, contact, phone, at, by) VALUES (?,?,?,?,?)",
                        (code, contact, phone, at, by))


def current_contacts(store: Store) -> dict[str, dict]:
    return {r["code"]: r for r in store.rows(
        "SELECT c.* FROM firm_contacts c WHERE c.id = (SELECT MAX(id) FROM firm_contacts d WHERE d.code = c.code)")}


def add_round(store: Store, level: str, effective_at: str, at: str, by: str) -> int:
    return store.insert("INSERT INTO notice_rounds (level, effective_at, at, by) VALUES (?,?,?,?)",
                        (level, effective_at, at, by))


def add_notice(store: Store, round_id: int, code: str, phone: str, text: str) -> int:
    return store.insert("INSERT INTO firm_notices (round_id, code, phone, text) VALUES (?,?,?,?)",
                        (round_id, code, phone, text))


def add_notice_event(store: Store, notice_id: int, kind: str, at: str, by: str, note: str) -> int:
    return store.insert("INSERT INTO firm_notice_events (notice_id, kind, at, by, note) VALUES (?,?,?,?,?)",
                        (int(notice_id), kind, at, by, note))


def rounds(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM notice_rounds ORDER BY id DESC")


def round_(store: Store, round_id: int) -> dict | None:
    return store.row("SELECT * FROM notice_rounds WHERE id = ?", (int(round_id),))


def notices(store: Store, round_id: int) -> list[dict]:
    return store.rows("SELECT * FROM firm_notices WHERE round_id = ? ORDER BY code", (int(round_id),))


def notice(store: Store, notice_id: int) -> dict | None:
    return store.row("SELECT * FROM firm_notices WHERE id = ?", (int(notice_id),))


def notice_events(store: Store, round_id: int) -> list[dict]:
    return store.rows("SELECT e.* FROM firm_notice_events e JOIN firm_notices n ON n.id = e.notice_id "
                      "WHERE n.round_id = ? ORDER BY e.id", (int(round_id),))


# ---- daily reports -----------------------------------------------------------------------------------------
def add_daily_report(store: Store, day: str, at: str, by: str, figures_json: str) -> int:
    return store.insert("INSERT INTO daily_reports (day, at, by, figures) VALUES (?,?,?,?)",
                        (day, at, by, figures_json))


def daily_reports(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM daily_reports ORDER BY id DESC")


# ---- consolidated after-episode summaries ------------------------------------------------------------------
def add_episode_report(store: Store, episode_id: int, at: str, by: str, figures_json: str) -> int:
    return store.insert("INSERT INTO episode_reports (episode_id, at, by, figures) VALUES (?,?,?,?)",
                        (int(episode_id), at, by, figures_json))


def episode_reports(store: Store) -> list[dict]:
    """Newest first."""
    return store.rows("SELECT * FROM episode_reports ORDER BY id DESC")


# ---- field checks of sites, vehicles and machinery (schema 17) ---------------------------------------------
def add_field_checks(store: Store, rows: list[tuple]) -> None:
    """rows: (at, unit, kind, checked, problems, notes, source, recorded_at, recorded_by)."""
    store.executemany("INSERT INTO field_checks (at, unit, kind, checked, problems, notes, source, recorded_at, "
                      "recorded_by) VALUES (?,?,?,?,?,?,?,?,?)", rows)


def add_field_check(store: Store, row: tuple) -> int:
    """row as for add_field_checks; returns the new id."""
    return store.insert("INSERT INTO field_checks (at, unit, kind, checked, problems, notes, source, recorded_at, "
                        "recorded_by) VALUES (?,?,?,?,?,?,?,?,?)", row)


def field_checks(store: Store, first: str | None = None, last: str | None = None) -> list[dict]:
    """Field checks with first <= at <= last (ISO text in the same offset; None: unbounded), newest first."""
    where, params = [], []
    if first is not None:
        where.append("at >= ?")
        params.append(first)
    if last is not None:
        where.append("at <= ?")
        params.append(last)
    sql = "SELECT * FROM field_checks" + (" WHERE " + " AND ".join(where) if where else "")
    return store.rows(sql + " ORDER BY at DESC, id DESC", tuple(params))


# ---- the units' summary texts and files (schema 17) --------------------------------------------------------
def add_summary_document(store: Store, summary_id: int, text: str, sha256: str | None, file_name: str | None,
                         size: int | None) -> int:
    return store.insert("INSERT INTO summary_documents (summary_id, text, sha256, file_name, size) "
                        "VALUES (?,?,?,?,?)", (int(summary_id), text, sha256, file_name, size))


def summary_documents(store: Store, episode_id: int) -> list[dict]:
    """The documents of an episode's summary receipts with the receipt's unit, in the order recorded."""
    return store.rows("SELECT d.*, s.unit FROM summary_documents d JOIN summaries s ON s.id = d.summary_id "
                      "WHERE s.episode_id = ? ORDER BY d.id", (int(episode_id),))


def readings_version(store: Store) -> tuple[int, int]:
    """(latest import id, number of readings): changes whenever meter_readings does (readings are written only by
    imports, each with a new meter_imports row)."""
    r = store.row("SELECT (SELECT MAX(id) FROM meter_imports) AS last_id, (SELECT COUNT(*) FROM meter_readings) AS n")
    return (int(r["last_id"] or 0), int(r["n"] or 0)) if r else (0, 0)
