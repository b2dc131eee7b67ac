"""Notices to firms with receipts (issue 18.4): when a level takes effect, every firm with a 一厂一策 sheet is
notified of what it must do at that level; the notice goes out as a batch file for the bureau's bulk-SMS platform
and as a printable page per firm; each firm's acknowledgement (due 1 hour after the level took effect) and its
execution report (due 24 hours after) are recorded against those deadlines.

SMS batch file (no SMS gateway is reachable from the console: the file is the interface): CSV, UTF-8 with BOM,
header `手机号码,短信内容`, one row per firm, the phone as 11 digits, the text in one cell (commas and line breaks
quoted by the CSV rules). Contacts file to import: `企业编号,联系人,手机` (or `code,contact,phone`).
"""
from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from console.admin import session
from console.common import atomic
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import DataError, UserError
from console.measures import ledger
from console.reductions import sheets
from console.reductions.meters import WRITE_ROLES
from console.reductions.tabular import Problems, map_header, read_table
from console.store import reductions as repo
from console.store.db import Store

ACK_DUE, REPORT_DUE = timedelta(hours=1), timedelta(hours=24)
LEVEL_ZH = {"yellow": "黄色预警（Ⅲ级）", "orange": "橙色预警（Ⅱ级）", "red": "红色预警（Ⅰ级）"}
SENDER = "海门区重污染天气应急指挥部"
PHONE = re.compile(r"^1\d{10}$")
CONTACT_ALIASES = {"企业编号": "code", "编号": "code", "code": "code", "联系人": "contact", "contact": "contact",
                   "手机": "phone", "手机号码": "phone", "电话": "phone", "phone": "phone"}


# ---- contacts ---------------------------------------------------------------------------------------------
def import_contacts(store: Store, actor, path: str | Path) -> list[str]:
    """Each listed firm's contact person and mobile; returns the codes whose contact changed."""
    path = Path(path)
    header, rows = read_table(path)
    keys = map_header(path, header, CONTACT_ALIASES, ("code", "contact", "phone"),
                      {"code": "企业编号 code", "contact": "联系人 contact", "phone": "手机 phone"})
    known = {e.code for e in ledger.entries(store)}
    probs = Problems(path)
    new: dict[str, tuple[str, str]] = {}
    for line, raw in rows:
        row = {keys[h]: v.strip() for h, v in raw.items() if h in keys}
        code, contact, phone = row.get("code", ""), row.get("contact", ""), re.sub(r"[\s-]", "", row.get("phone", ""))
        if code not in known:
            probs.add(line, f"企业编号 {code!r} 不在应急减排清单中 not on the emission-reduction list")
        elif code in new:
            probs.add(line, f"企业编号 {code} 重复 duplicate firm")
        if not contact:
            probs.add(line, "联系人为空 contact is empty")
        if not PHONE.match(phone):
            probs.add(line, f"手机 {row.get('phone', '')!r} 应为 11 位手机号 not a mobile number")
        new.setdefault(code, (contact, phone))
    probs.raise_any()
    with session.authorized(store, actor, *WRITE_ROLES):
        have = repo.current_contacts(store)
        changed = [c for c, (n, p) in new.items() if c not in have or (have[c]["contact"], have[c]["phone"]) != (n, p)]
        now = to_iso(store.clock.now())
        for c in changed:
            repo.add_contact(store, c, *new[c], now, actor.username)
        if changed:
            store.audit(actor.username, "notices.contacts", "firm_contact", None, {"source": str(path),
                                                                                    "changed": changed})
    return changed


# ---- notices ----------------------------------------------------------------------------------------------
def notice_text(name: str, level: str, effective_at: datetime, items: list[sheets.SheetItem]) -> str:
    acts = "；".join(f"{i.item}：{i.action(level)}" for i in items if not i.exempt)
    return (f"【{SENDER}】{LEVEL_ZH[level]}自{to_local(effective_at):%m月%d日%H:%M}起生效。请{name}按一厂一策执行：{acts}。"
            f"请于1小时内回复确认收到，24小时内报送执行情况。")


def send_round(store: Store, actor, level: str, effective_at: datetime) -> int:
    """A notice round for `level` taking effect at `effective_at`: one notice per firm with a sheet (its text
    from the sheet), refused when a firm has no contact phone (named) or the round already exists."""
    if level not in LEVEL_ZH:
        raise UserError(f"级别 level {level!r}: 可选 yellow, orange, red")
    firms = {e.code: e for e in ledger.entries(store)}
    current = {c: items for c, items in sheets.current(store).items() if c in firms}
    if not current:
        raise UserError("没有一厂一策，无法生成通知 no plant sheet to notify from")
    contacts = repo.current_contacts(store)
    missing = [f"{firms[c].name}（{c}）" for c in current if c not in contacts]
    if missing:
        raise UserError(f"以下企业没有联系人手机，请先导入联系人：{'、'.join(missing)} firms without a contact phone")
    with session.authorized(store, actor, *WRITE_ROLES):
        eff = to_iso(effective_at)
        if any(r["level"] == level and r["effective_at"] == eff for r in repo.rounds(store)):
            raise UserError(f"{LEVEL_ZH[level]} {to_local(effective_at):%m-%d %H:%M} 的通知已生成 already sent")
        rid = repo.add_round(store, level, eff, to_iso(store.clock.now()), actor.username)
        for c, items in current.items():
            repo.add_notice(store, rid, c, contacts[c]["phone"], notice_text(firms[c].name, level, effective_at,
                                                                             items))
        store.audit(actor.username, "notices.round", "notice_round", rid, {"level": level, "effective_at": eff,
                                                                         "firms": sorted(current)})
    return rid


@dataclass(frozen=True)
class Receipt:
    notice_id: int
    code: str
    phone: str
    text: str
    ack_due: datetime
    ack_at: datetime | None
    report_due: datetime
    report_at: datetime | None
    report_note: str

    def status(self, kind: str, now: datetime) -> str:
        """'done' | 'late' (done after the deadline) | 'overdue' (not done, deadline passed) | 'pending'."""
        due, at = (self.ack_due, self.ack_at) if kind == "ack" else (self.report_due, self.report_at)
        if at is not None:
            return "late" if at > due else "done"
        return "overdue" if now > due else "pending"


def receipts(store: Store, round_id: int) -> list[Receipt]:
    r = repo.round_(store, round_id)
    if r is None:
        raise UserError(f"通知 notice round {round_id}: 不存在 does not exist")
    eff = parse_local(r["effective_at"])
    events: dict[int, dict[str, dict]] = {}
    for e in repo.notice_events(store, round_id):
        events.setdefault(e["notice_id"], {}).setdefault(e["kind"], e)  # the first of each kind counts
    out = []
    for n in repo.notices(store, round_id):
        ev = events.get(n["id"], {})
        ack, rep = ev.get("ack"), ev.get("report")
        out.append(Receipt(n["id"], n["code"], n["phone"], n["text"], eff + ACK_DUE,
                           parse_local(ack["at"]) if ack else None, eff + REPORT_DUE,
                           parse_local(rep["at"]) if rep else None, rep["note"] if rep else ""))
    return out


def rounds(store: Store) -> list[dict]:
    return repo.rounds(store)


def record(store: Store, actor, notice_id: int, kind: str, note: str = "", at: datetime | None = None) -> None:
    """The firm's acknowledgement ('ack') or execution report ('report', note required), at `at` (default now:
    when the firm's reply came in, if entered later)."""
    if kind not in ("ack", "report"):
        raise UserError(f"回执类型 kind {kind!r}: ack 或 report")
    note = (note or "").strip()
    if kind == "report" and not note:
        raise UserError("执行情况 report: 不能为空 must not be empty")
    now = store.clock.now()
    when = to_local(at) if at is not None else now
    if when > now:
        raise UserError("回执时间不能晚于现在 the receipt cannot be in the future")
    with session.authorized(store, actor, *WRITE_ROLES):
        n = repo.notice(store, notice_id)
        if n is None:
            raise UserError(f"通知 notice {notice_id}: 不存在 does not exist")
        r = next(x for x in receipts(store, n["round_id"]) if x.notice_id == n["id"])
        if (r.ack_at if kind == "ack" else r.report_at) is not None:
            raise UserError(f"{n['code']}: 已记录{'确认' if kind == 'ack' else '执行情况'} already recorded")
        eid = repo.add_notice_event(store, n["id"], kind, to_iso(when), actor.username, note)
        store.audit(actor.username, f"notices.{kind}", "firm_notice", n["id"], {
            "code": n["code"], "at": to_iso(when), "note": note, "event": eid})


# ---- files ------------------------------------------------------------------------------------------------
def write_sms_batch(store: Store, round_id: int, path: str | Path) -> Path:
    """The bulk-SMS platform's batch file: 手机号码,短信内容 (UTF-8 with BOM)."""
    path = Path(path)
    try:
        with atomic.replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["手机号码", "短信内容"])
            for r in receipts(store, round_id):
                w.writerow([r.phone, r.text])
    except OSError as exc:
        raise DataError(path, f"无法写入 cannot write: {exc.strerror or exc}") from None
    return path


def write_printable(store: Store, round_id: int, path: str | Path) -> Path:
    """One printable page per firm (HTML, a page break between firms; print it from any browser)."""
    path = Path(path)
    firms = {e.code: e for e in ledger.entries(store, include_removed=True)}
    pages = []
    for r in receipts(store, round_id):
        e = firms.get(r.code)
        pages.append(
            f"<section><h1>重污染天气应急减排通知</h1><p>致：{html.escape(e.name if e else r.code)}（{html.escape(r.code)}）</p>"
            f"<p>{html.escape(r.text)}</p><p>确认收到期限：{r.ack_due:%Y-%m-%d %H:%M}；执行情况报送期限："
            f"{r.report_due:%Y-%m-%d %H:%M}</p><p class='sign'>{SENDER}</p></section>")
    doc = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>应急减排通知</title><style>"
           "body{font-family:sans-serif;font-size:14pt}section{page-break-after:always;padding:2em}"
           ".sign{text-align:right;margin-top:3em}</style></head><body>" + "".join(pages) + "</body></html>")
    try:
        with atomic.replacing(path) as tmp:
            Path(tmp).write_text(doc, encoding="utf-8")
    except OSError as exc:
        raise DataError(path, f"无法写入 cannot write: {exc.strerror or exc}") from None
    return path
