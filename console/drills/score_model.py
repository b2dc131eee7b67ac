"""What a drill score is made of (console.drills.score computes it): the criteria with their points, every
deduction and note in Chinese and in English (the report and the drills page show the one of their language),
and the timing of each response."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from console.common.clock import to_local

POINTS = {"timeliness": 30, "accuracy": 30, "implementation": 30, "summaries": 10}
NAMES = {"timeliness": "时效", "accuracy": "准确", "implementation": "措施落实", "summaries": "总结报送"}
NAMES_EN = {"timeliness": "Timeliness", "accuracy": "Accuracy", "implementation": "Measures carried out",
            "summaries": "Summaries"}
RESPONSE_POINTS, PUBLISH_POINTS, NOTICE_POINTS, LEVEL_POINTS, BULLETIN_POINTS = 21, 6, 3, 20, 10
PUBLISH_HOURS = 1.0
NOTICE_ACK_HOURS = 1.0
MEASURE_COST = 1.0  # a one-off measure not done
PERIOD_COST = 2.0  # a whole day of a recurring duty not done (a half-day: half of it)


@dataclass
class Deduction:
    criterion: str
    points: float
    reason: str
    reason_en: str = ""

    def text(self, lang: str) -> str:
        return self.reason_en or self.reason if lang == "en" else self.reason


@dataclass
class Criterion:
    key: str
    name: str
    max_points: float
    points: float = 0.0
    deductions: list[Deduction] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    notes_en: list[str] = field(default_factory=list)

    def deduct(self, points: float, reason: str, reason_en: str) -> None:
        if points > 0:
            self.deductions.append(Deduction(self.key, round(points, 2), reason, reason_en))

    def note(self, zh: str, en: str) -> None:
        self.notes.append(zh)
        self.notes_en.append(en)

    def label(self, lang: str) -> str:
        return NAMES_EN.get(self.key, self.name) if lang == "en" else self.name

    def note_texts(self, lang: str) -> list[str]:
        return self.notes_en if lang == "en" else self.notes


@dataclass
class Stage:
    """One response, trigger to publication (for the report's timing table)."""
    level: str
    trigger_at: datetime
    due_at: datetime
    proposal_at: datetime | None
    signatures: list[tuple[str, datetime]]  # (the signer's role in Chinese, when)
    in_force_at: datetime | None
    published_at: datetime | None
    status: str
    signer_roles: tuple[str, ...] = ()  # the role codes of `signatures`, in order (for other languages)


@dataclass
class Score:
    total: float
    criteria: list[Criterion]
    stages: list[Stage]
    units: list[dict]  # implementation per unit: unit, done, total, percent, missing
    at: datetime

    def to_dict(self) -> dict:
        return {
            "total": self.total, "max": 100,
            "criteria": {c.key: {"name": c.name, "points": c.points, "max": c.max_points,
                                 "deductions": [{"points": d.points, "reason": d.reason} for d in c.deductions],
                                 "notes": c.notes} for c in self.criteria},
            "deductions": [{"criterion": d.criterion, "points": d.points, "reason": d.reason}
                           for c in self.criteria for d in c.deductions],
            "stages": [{"level": s.level, "trigger_at": _iso(s.trigger_at), "due_at": _iso(s.due_at),
                        "proposal_at": _iso(s.proposal_at), "in_force_at": _iso(s.in_force_at),
                        "published_at": _iso(s.published_at), "status": s.status,
                        "signatures": [[r, _iso(t)] for r, t in s.signatures]} for s in self.stages],
            "units": self.units,
        }


def _iso(t: datetime | None) -> str | None:
    return None if t is None else to_local(t).isoformat(timespec="minutes")
