"""What a committed change touched, as a value (Anki's OpChanges): views refresh only what concerns them, and the
same value is what other seats are told about.

The store collects the tables written in a transaction; ``TABLE_AREAS`` turns them into areas. Nobody has to
remember to say what changed: a write that reaches a table is a change of its area.
"""
from __future__ import annotations

from dataclasses import dataclass

AIR, EPISODE, SIGNATURES, BULLETINS, BOARD, LEDGER, NOTIFICATIONS, SETTINGS, ACCOUNTS, DRILLS, AUDIT, SEATS = (
    "air", "episode", "signatures", "bulletins", "board", "ledger", "notifications", "settings", "accounts",
    "drills", "audit", "seats")
REDUCTIONS = "reductions"
AREAS = (AIR, EPISODE, SIGNATURES, BULLETINS, BOARD, LEDGER, NOTIFICATIONS, SETTINGS, ACCOUNTS, DRILLS, AUDIT, SEATS,
         REDUCTIONS)

TABLE_AREAS: dict[str, str] = {
    "meta": AUDIT, "audit": AUDIT,  # meta holds the audit chain head (and a drill database's mark, set at creation)
    "settings": SETTINGS, "users": ACCOUNTS,
    "stations": AIR, "observations": AIR, "forecasts": AIR, "forecast_values": AIR, "imports": AIR,
    "air_daily": AIR, "district_hour_sums": AIR, "district_day_sums": AIR,  # aggregates kept by the imports
    "episodes": EPISODE, "triggers": EPISODE, "notices_received": EPISODE, "notice_acks": EPISODE,
    "proposals": EPISODE, "proposal_closures": EPISODE, "level_changes": EPISODE, "episode_ends": EPISODE,
    "joint_assessments": EPISODE, "consultations": EPISODE, "summaries": EPISODE,
    "signatures": SIGNATURES, "publications": BULLETINS,
    "notifications": NOTIFICATIONS, "acks": NOTIFICATIONS,
    "boards": BOARD, "board_tasks": BOARD, "board_events": BOARD, "board_temperatures": BOARD,
    "board_liaisons": BOARD,
    "ledger_entries": LEDGER, "ledger_updates": LEDGER, "ledger_society": LEDGER, "exemptions": LEDGER,
    "exemption_events": LEDGER,
    "seats": SEATS,  # a seat's presence lease: no view shows it
    "meter_imports": REDUCTIONS, "meter_readings": REDUCTIONS, "check_runs": REDUCTIONS, "check_flags": REDUCTIONS,
    "sheet_versions": REDUCTIONS, "inspections": REDUCTIONS, "inspection_events": REDUCTIONS,
    "inspection_files": REDUCTIONS, "firm_contacts": REDUCTIONS, "notice_rounds": REDUCTIONS,
    "firm_notices": REDUCTIONS, "firm_notice_events": REDUCTIONS, "daily_reports": REDUCTIONS,
    "episode_reports": REDUCTIONS,
    "field_checks": REDUCTIONS, "summary_documents": EPISODE,
}


@dataclass(frozen=True)
class Changes:
    """The areas one committed transaction (or several, merged with ``|``) changed."""

    areas: frozenset[str] = frozenset()

    @classmethod
    def of_tables(cls, tables) -> "Changes":
        return cls(frozenset(TABLE_AREAS.get(t, AUDIT) for t in tables))

    @classmethod
    def everything(cls) -> "Changes":
        return cls(frozenset(AREAS))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.areas | other.areas)

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, *areas: str) -> bool:
        return any(a in self.areas for a in areas)

    def to_json(self) -> list[str]:
        return sorted(self.areas)

    @classmethod
    def from_json(cls, areas) -> "Changes":
        return cls(frozenset(a for a in areas if a in AREAS))
