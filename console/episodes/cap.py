"""CAP 1.2 (OASIS Common Alerting Protocol) export of a publication.

status Actual, or Exercise in a drill database; msgType Alert/Update/Cancel, an Update or Cancel references
every earlier message of the episode ("sender,identifier,sent", space separated, as CAP 1.2 §3.2.1 asks).
Severity per level from data/plan.json (yellow/orange/red -> Moderate/Severe/Extreme).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from console.common import atomic
from console.common.clock import to_iso, to_local
from console.episodes.bulletin import (
    CANCEL,
    ISSUER_NAME,
    Publication,
    field_lines,
    headline,
    is_drill,
    publications,
)
from console.store.audit import anchor_text
from console.store.db import Store

NS = "urn:oasis:names:tc:emergency:cap:1.2"
SENDER = "sthjj.haimen.gov.cn"  # the bureau's address; CAP needs a stable sender id
EVENT = "重污染天气"


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, f"{{{NS}}}{tag}")
    if text is not None:
        el.text = text
    return el


def to_cap(store: Store, pub: Publication, *, sender: str = SENDER, catalog=None) -> str:
    """The CAP 1.2 XML of a publication, as text (UTF-8 declaration)."""
    from console.episodes.records import default_catalog
    cat = catalog or default_catalog()
    b = pub.bulletin
    drill = pub.drill or is_drill(store)
    alert = ET.Element(f"{{{NS}}}alert")
    _sub(alert, "identifier", pub.identifier)
    _sub(alert, "sender", sender)
    _sub(alert, "sent", to_iso(pub.sent))
    _sub(alert, "status", "Exercise" if drill else "Actual")
    _sub(alert, "msgType", pub.msg_type)
    _sub(alert, "scope", "Public")
    # one <note> (CAP 1.2): the drill mark, and always the audit head at the time of export (README: security)
    _sub(alert, "note", ("演练 DRILL：本信息为演练，不是真实预警；" if drill else "") + anchor_text(store))
    earlier = [p for p in publications(store, pub.episode_id) if p.id < pub.id]
    if pub.msg_type != "Alert" and earlier:
        _sub(alert, "references", " ".join(f"{sender},{p.identifier},{to_iso(p.sent)}" for p in earlier))

    info = _sub(alert, "info")
    _sub(info, "language", "zh-CN")
    _sub(info, "category", "Env")
    _sub(info, "event", EVENT)
    if pub.msg_type == CANCEL:
        _sub(info, "responseType", "AllClear")
        urgency, severity, certainty = "Past", "Minor", "Observed"
    else:
        onset = to_local(b.start_time) if b.start_time else pub.sent
        urgency = "Immediate" if onset <= pub.sent else "Expected"
        severity, certainty = cat.level(b.level).cap_severity, "Likely"
    _sub(info, "urgency", urgency)
    _sub(info, "severity", severity)
    _sub(info, "certainty", certainty)
    if b.start_time:
        _sub(info, "onset", to_iso(b.start_time))
    _sub(info, "senderName", ISSUER_NAME)
    _sub(info, "headline", ("【演练】" if drill else "") + headline(b, pub.msg_type))
    _sub(info, "description", "\n".join(field_lines(b)))
    if b.health_advice.strip() and pub.msg_type != CANCEL:
        _sub(info, "instruction", b.health_advice.strip())
    param = _sub(info, "parameter")
    _sub(param, "valueName", "warningLevel")
    _sub(param, "value", b.level)
    area = _sub(info, "area")
    _sub(area, "areaDesc", b.response_area)

    ET.indent(alert)
    return ET.tostring(alert, encoding="utf-8", xml_declaration=True, default_namespace=NS).decode("utf-8") + "\n"


def export_cap(store: Store, pub: Publication, path: str | Path, **kw) -> Path:
    p = Path(path)
    atomic.write_text(p, to_cap(store, pub, **kw))
    return p
