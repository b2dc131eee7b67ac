"""The drill event log in English (issue 19.13): every log line is written in Chinese and in English
(LogEntry.text / text_en); the interface shows the one of its language. Names of levels, roles, units and
sign-off steps come from the plan's own English (console.plan.names); what people typed and the plan's
texts stay as written."""
from __future__ import annotations

from console.plan import names
from console.plan.levels import NONE

TYPE_EN = {"forecast": "Forecast", "observations": "Observation import", "notice": "Upper-level notice",
           "acknowledge": "Notice acknowledgement", "consultation": "Consultation", "propose": "Proposal",
           "sign": "Sign-off", "publish": "Publication", "joint_assessment": "Joint assessment",
           "duties": "Measures carried out", "summaries": "Summaries", "fault": "Injected fault",
           "fault_end": "Fault end", "meter_data": "Meter data import"}
KIND_EN = {"start": "start", "upgrade": "upgrade", "downgrade": "downgrade", "lift": "lift", "end": "end the response"}


def level(code: str | None) -> str:
    """'Orange warning (Level Ⅱ)'; no level: 'No warning'."""
    lv = names.default_catalog().levels.get(code) if code not in (None, NONE) else None
    return f"{lv.name_en} warning (Level {lv.roman})" if lv else "No warning"


def role(code: str) -> str:
    return names.role_name(code, "en")


def roles(codes) -> str:
    return names.role_names(codes, "en")


def unit(name: str) -> str:
    return names.unit_name(name, "en")


def units(items) -> str:
    return ", ".join(unit(u) for u in items)


def step(code: str | None) -> str:
    """A sign-off step as a verb: 'approves', 'reviews', 'consents (above the assessed level)'."""
    if code == "consent":
        return "consents (above the assessed level)"
    return names.step_name(code, "en")


def kind(code: str) -> str:
    return KIND_EN.get(code, code)


def ended(code: str) -> str:
    """What a lift or an end proposal did once in effect."""
    return "warning lifted" if code == "lift" else "response ended"


def type_name(code: str) -> str:
    return TYPE_EN.get(code, code)


def notice(n) -> str:
    """An upper notice (console.rules.notices.Notice) in English."""
    return n.describe_en()


def headline(b, msg_type: str) -> str:
    """console.episodes.bulletin.headline in English."""
    if b.lift or msg_type == "Cancel":
        return f"Haimen District lifts the heavy-pollution {level(b.level)}"
    return f"Haimen District {'updates' if msg_type == 'Update' else 'issues'} the heavy-pollution {level(b.level)}"
