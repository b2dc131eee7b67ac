"""Which seat shows a reminder: the seat of the person it concerns (several seats share one database).

Every seat (a running console) renews a presence lease in the database with the person logged in there (or
nobody). A reminder slot is still recorded once for the whole database (delivery.begin: the first seat to
record it sends it, the others find it taken); what this module decides is which seat may *take* it, so a
seat whose person the reminder does not concern never takes it away from the seat whose person it does.

A seat's rank for a slot (lower is better; None = never):
- the index of the first recipient that addresses its logged-in person (roles, and for ``liaison:<unit>`` his
  units) — the slot's recipients are ordered with whoever must act first (a sign-off: the signer; an overdue
  duty: that unit's liaison, then the duty officer; an escalation: the signer, the role above, the duty officer);
- otherwise the duty room's fallback: a seat with a duty officer logged in ranks after every recipient, a
  seat with nobody logged in after that (the duty-room PC whose officer has not logged in: a single seat thus
  keeps showing every reminder, as before);
- otherwise (a leader's or a liaison's seat that the slot does not concern): never. A liaison's seat, even on
  the shared duty-room PC, shows only his own unit's reminders on the desktop.

A seat takes a slot at once when no other *live* seat (lease renewed within LIVE_FOR) ranks better; otherwise
only after GRACE has passed since it first saw the slot due, in case the better seat has hung or lost its link.
Ties (two seats with the same rank) are settled by delivery.begin: exactly one records the slot.
"""
from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.admin import accounts
from console.alerts.escalation import Slot, addressed_to
from console.common.clock import to_iso
from console.store import measures as board_repo
from console.store import seats as repo
from console.store.db import Store

LIVE_FOR = timedelta(seconds=90)   # a seat renews every reminder check (20 s): three missed renewals = gone
GRACE = timedelta(minutes=2)       # how long a lower-ranked seat leaves a slot to a better one


@dataclass(frozen=True)
class Person:
    """Who is logged in at a seat: roles and liaison units (nobody: username None)."""
    username: str | None = None
    roles: frozenset = frozenset()
    units: frozenset = frozenset()

    @property
    def anonymous(self) -> bool:
        return self.username is None


def person(store: Store, username: str | None) -> Person:
    """The person as the database knows him now (a disabled account counts as nobody concerned)."""
    user = accounts.get_user(store, username) if username else None
    if user is None:
        return Person(username) if username else Person()
    roles = frozenset(r for r in user.roles if user.has_role(r))
    units = frozenset(board_repo.liaison_units(store, username)) if "liaison" in roles else frozenset()
    return Person(username, roles, units)


def rank(recipients, who: Person) -> int | None:
    """Where a seat with `who` logged in stands for a slot addressed to `recipients` (module docstring)."""
    for i, r in enumerate(recipients):
        if addressed_to((r,), who.roles, who.units):
            return i
    if "duty_officer" in who.roles:
        return len(recipients)
    if who.anonymous:
        return len(recipients) + 1
    return None


def may_take(recipients, me: Person, others, waited: timedelta, grace: timedelta = GRACE) -> bool:
    """May a seat with `me` logged in take a slot now, with `others` (Persons at the other live seats) and
    having seen it due for `waited`?"""
    mine = rank(recipients, me)
    if mine is None:
        return False
    theirs = [r for r in (rank(recipients, p) for p in others) if r is not None]
    return not theirs or mine <= min(theirs) or waited >= grace


class Seat:
    """This console as one seat: its presence lease and its share of the reminders."""

    def __init__(self, seat_id: str | None = None, host: str | None = None, *, grace: timedelta = GRACE,
                 live_for: timedelta = LIVE_FOR):
        self.seat_id = seat_id or uuid.uuid4().hex[:12]
        self.host = host or socket.gethostname()
        self.grace, self.live_for = grace, live_for
        self.username: str | None = None
        self._first_seen: dict[str, datetime] = {}

    @property
    def label(self) -> str:
        return f"{self.host}/{self.seat_id}"

    def renew(self, store: Store, username: str | None) -> None:
        """Renew the lease, saying who is logged in here now (called on every reminder check and at login)."""
        self.username = username
        with store.transaction():
            repo.renew(store, self.seat_id, username, self.host, to_iso(store.clock.now()))

    def leave(self, store: Store) -> None:
        with store.transaction():
            repo.leave(store, self.seat_id)

    def others(self, store: Store, now: datetime) -> list[Person]:
        return [person(store, r["username"]) for r in repo.live(store, to_iso(now - self.live_for))
                if r["seat_id"] != self.seat_id]

    def may_take(self, store: Store, slot: Slot, now: datetime) -> bool:
        me = person(store, self.username)
        if rank(slot.recipients, me) is None:
            return False  # never this seat's: not even remembered
        for key in [k for k, t in self._first_seen.items() if now - t > timedelta(days=1)]:
            del self._first_seen[key]  # slots another seat took long ago
        first = self._first_seen.setdefault(slot.key, now)
        ok = may_take(slot.recipients, me, self.others(store, now), now - first, self.grace)
        if ok:
            self._first_seen.pop(slot.key, None)
        return ok
