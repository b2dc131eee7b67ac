"""The application facade (Anki's ``Collection``): one object per seat that the GUI calls for every state change.

``ConsoleApp`` holds the Store, the plan catalogue, the settings and the authenticated ``Actor`` logged in at this
seat (login/logout live here). Each state-changing method passes that actor — or an actor the caller authenticated
for this one action (a dialog's own password row), or the explicit signer for ``sign`` — to the core function and
returns ``Done(value, changes)``: the core's result and the ``Changes`` its transaction(s) committed (captured with
``Store.on_commit`` for the duration of the call, in the calling thread only). A refusal raises as before; the
refusal's audit record is committed all the same.

Reads stay plain query functions in the domain packages; the few the pages use most are offered here too.
No Qt here (the widgets call it; the CLI and the drill runner call the domain functions themselves).
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable

from console import episodes as E
from console.admin import accounts
from console.admin.session import Actor
from console.admin.settings import Settings
from console.alerts import delivery, notifications
from console.changes import Changes
from console.episodes import bulletin as B
from console.importers import files as importers
from console.importers import forecast as forecasts
from console.measures import board, exemptions, ledger
from console.plan.catalog import Catalog
from console.plan.names import default_catalog
from console.reductions.operations import ReductionOps
from console.store.db import Store

@dataclass(frozen=True)
class Done:
    """What one facade call did: the core's result and the areas its commits changed."""

    value: Any
    changes: Changes


@contextmanager
def capture(store: Store):
    """Collect the Changes of every commit made on `store` by this thread while the block runs."""
    got: list[Changes] = []
    me = threading.get_ident()

    def listener(changes: Changes) -> None:
        if threading.get_ident() == me:
            got.append(changes)

    store.on_commit(listener)
    try:
        yield got
    finally:
        store.remove_listener(listener)


def _merged(got: list[Changes]) -> Changes:
    out = Changes()
    for c in got:
        out = out | c
    return out


class ConsoleApp(ReductionOps):
    """The seat's application object: store, catalogue, settings, the logged-in actor, and every write the GUI makes."""

    def __init__(self, store: Store | None, catalog: Catalog | None = None, actor: Actor | None = None):
        self.store = store  # None only for a 演练 page on its own (no seat database): start_drill alone works
        self.catalog = catalog or default_catalog()
        self.actor: Actor | None = actor
        # True when a window applies every commit of this store to its views (the GUI's one refresh route): a
        # view then re-reads nothing itself after its own action
        self.views_follow_commits = False

    @classmethod
    def of(cls, store_or_app, catalog: Catalog | None = None) -> ConsoleApp:
        """The facade a widget was handed, or a new one around a bare Store (a drill's own database, a test)."""
        if isinstance(store_or_app, ConsoleApp):
            return store_or_app
        return cls(store_or_app, catalog)

    def on_store(self, store: Store) -> ConsoleApp:
        """The same seat (catalogue, actor) on another connection to the same database: a background op's own."""
        return ConsoleApp(store, self.catalog, self.actor)

    @property
    def settings(self) -> Settings:
        return Settings(self.store)

    # ---- running an operation ---------------------------------------------------------------------------------
    def run(self, fn: Callable, *args, **kwargs) -> Done:
        """Call fn(*args, **kwargs) and return its result with the Changes its commits made on this store."""
        with capture(self.store) as got:
            value = fn(*args, **kwargs)
        return Done(value, _merged(got))

    def report_changes(self, changes: Changes) -> None:
        """Commits made on another connection to this seat's database (a worker's own: a background op, the watch
        folder's scan) reported to this store's commit listeners as if made here, so that the window's one
        refresh route applies them like any other change. Call it on the thread that uses this store (the GUI
        thread); an empty change reports nothing."""
        if changes:
            self.store._fire(changes)

    def _who(self, actor: Actor | None) -> Actor | None:
        return actor if actor is not None else self.actor

    # ---- who is at this seat --------------------------------------------------------------------------------
    def set_actor(self, actor: Actor | None) -> None:
        """The person logged in at this seat (an Actor from login/authenticate/first admin), or None."""
        self.actor = actor

    def authenticate(self, username: str, password: str, role: str | None = None) -> Done:
        """Check a password (wrong ones count towards the lockout, which is recorded): an Actor for one action."""
        return self.run(accounts.authenticate, self.store, username, password, role)

    def login(self, username: str, password: str, role: str | None = None) -> Done:
        done = self.authenticate(username, password, role)
        self.set_actor(done.value)
        return done

    def logout(self) -> None:
        self.set_actor(None)

    def create_first_admin(self, username: str, display_name: str, password: str) -> Done:
        """首次设置 of an empty database: the first administrator (an Actor; not logged in by this)."""
        return self.run(accounts.create_first_admin, self.store, username, display_name, password)

    # ---- accounts (admin) -------------------------------------------------------------------------------------
    def create_user(self, username: str, display_name: str, roles: list[str], password: str, *,
                    actor: Actor | None = None) -> Done:
        return self.run(accounts.create_user, self.store, self._who(actor), username, display_name, roles, password)

    def update_user(self, username: str, *, actor: Actor | None = None, **changes) -> Done:
        return self.run(accounts.update_user, self.store, self._who(actor), username, **changes)

    def set_password(self, username: str, password: str, *, actor: Actor | None = None) -> Done:
        return self.run(accounts.set_password, self.store, self._who(actor), username, password)

    def unlock_user(self, username: str, *, actor: Actor | None = None) -> Done:
        return self.run(accounts.unlock, self.store, self._who(actor), username)

    def save_settings(self, values: dict, *, actor: Actor | None = None) -> Done:
        """All or nothing (admin): {name: (old, new)} of the real changes."""
        return self.run(self.settings.set_many, values, self._who(actor))

    # ---- episodes: triggers, notices, records -----------------------------------------------------------------
    def forecast_reached(self, level: str, at=None, *, actor: Actor | None = None) -> Done:
        """The forecast trigger (starts the 3-hour clock), recorded by the person logged in (or `actor`): an
        authenticated duty officer or administrator (the core checks the role; nobody: refused and audited)."""
        return self.run(E.forecast_reached, self.store, self._who(actor), level, at=at)

    def receive_notice(self, issuer: str, action: str, level: str | None, doc_no: str | None, received_at=None, *,
                       actor: Actor | None = None) -> Done:
        return self.run(E.receive_notice, self.store, self._who(actor), issuer, action, level, doc_no, received_at)

    def acknowledge_notice(self, notice_id: int, *, actor: Actor | None = None) -> Done:
        return self.run(E.acknowledge_notice, self.store, self._who(actor), notice_id)

    def record_consultation(self, at, participants: list[str], forecast: str, conclusion: str, next_at=None, *,
                            actor: Actor | None = None) -> Done:
        return self.run(E.record_consultation, self.store, self._who(actor), at, participants, forecast, conclusion,
                        next_at)

    def record_joint_assessment(self, ecology_by: str, meteorology_by: str, below_yellow_hours: float,
                                conclusion: str, at=None, *, actor: Actor | None = None) -> Done:
        return self.run(E.record_joint_assessment, self.store, self._who(actor), ecology_by, meteorology_by,
                        below_yellow_hours, conclusion, at)

    def record_summary(self, unit: str, received_at=None, by: str = "", *, episode_id: int | None = None,
                       text: str = "", file=None, actor: Actor | None = None) -> Done:
        """A unit's summary received, with its text and/or file when given."""
        return self.run(E.record_summary, self.store, self._who(actor), unit, received_at, by, episode_id=episode_id,
                        text=text, file=file)

    # ---- episodes: proposals, sign-off, bulletins -------------------------------------------------------------
    def propose(self, kind: str, level: str | None, basis: list[str], area: str, start_time, reason: str = "", *,
                actor: Actor | None = None, **kw) -> Done:
        return self.run(E.propose, self.store, self._who(actor), kind, level, basis, area, start_time, reason, **kw)

    def revise_proposal(self, proposal_id: int, *, actor: Actor | None = None, **kw) -> Done:
        return self.run(E.revise_proposal, self.store, self._who(actor), proposal_id, **kw)

    def withdraw_proposal(self, proposal_id: int, reason: str, *, actor: Actor | None = None) -> Done:
        return self.run(E.withdraw_proposal, self.store, self._who(actor), proposal_id, reason)

    def sign(self, proposal_id: int, username: str, password: str, role: str, decision: str, content_hash: str,
             reason: str = "", *, logged_in: str | None = None) -> Done:
        """The signer signs with his own password (checked in the core), never the seat's actor: the leader may sign
        at the duty-room PC. `logged_in`, when given, is the account that must be the signer (the CLI's rule)."""
        return self.run(E.sign, self.store, proposal_id, username, password, role, decision, content_hash, reason,
                        actor=logged_in or username)

    def publish(self, bulletin: B.Bulletin, *, episode=None, assessment_level: str | None = None,
                actor: Actor | None = None) -> Done:
        return self.run(B.publish, self.store, episode, bulletin, self._who(actor), assessment_level=assessment_level)

    # ---- measures board ---------------------------------------------------------------------------------------
    def tick(self, task_id: int, on_behalf_of_unit: str | None = None, note: str = "", at=None, *,
             actor: Actor | None = None) -> Done:
        return self.run(board.check, self.store, task_id, self._who(actor), on_behalf_of_unit, note, at,
                        catalog=self.catalog)

    def untick(self, task_id: int, reason: str, at=None, on_behalf_of_unit: str | None = None, *,
               actor: Actor | None = None) -> Done:
        return self.run(board.undo, self.store, task_id, self._who(actor), reason, at, on_behalf_of_unit,
                        catalog=self.catalog)

    def count(self, task_id: int, at=None, n: int = 1, *, counter: str = "main", on_behalf_of_unit: str | None = None,
              note: str = "", actor: Actor | None = None) -> Done:
        return self.run(board.record_count, self.store, task_id, at, self._who(actor), n, counter=counter,
                        on_behalf_of_unit=on_behalf_of_unit, note=note, catalog=self.catalog)

    def set_temperature(self, day, temp_c: float, *, actor: Actor | None = None) -> Done:
        return self.run(board.set_temperature, self.store, day, temp_c, self._who(actor))

    def assign_liaison(self, username: str, unit: str, *, actor: Actor | None = None) -> Done:
        return self.run(board.assign_liaison, self.store, username, unit, self._who(actor), catalog=self.catalog)

    def revoke_liaison(self, username: str, unit: str, *, actor: Actor | None = None) -> Done:
        return self.run(board.revoke_liaison, self.store, username, unit, self._who(actor))

    # ---- reduction list and exemptions ------------------------------------------------------------------------
    def import_ledger(self, path, *, actor: Actor | None = None) -> Done:
        return self.run(ledger.import_file, self.store, path, self._who(actor))

    def mark_ledger_reviewed(self, note: str = "", *, actor: Actor | None = None) -> Done:
        return self.run(ledger.mark_reviewed, self.store, self._who(actor), note)

    def set_society_totals(self, totals: dict[str, float], *, actor: Actor | None = None) -> Done:
        """Whole-society totals per pollutant, each its own recorded change (as the page always did)."""
        who = self._who(actor)
        return self.run(lambda: {p: ledger.set_society_total(self.store, p, v, who) for p, v in totals.items()})

    def grant_exemption(self, code: str, name: str, reason: str, departments: list[str], decided_on, *,
                        actor: Actor | None = None) -> Done:
        return self.run(exemptions.grant, self.store, code, name, reason, departments, decided_on, self._who(actor),
                        catalog=self.catalog)

    def revoke_exemption(self, exemption_id: int, violation: str, *, actor: Actor | None = None) -> Done:
        return self.run(exemptions.revoke, self.store, exemption_id, violation, self._who(actor), catalog=self.catalog)

    # ---- air data ---------------------------------------------------------------------------------------------
    def import_file(self, path, *, actor: Actor | None = None, check: Callable[[], None] | None = None,
                    **kw) -> Done:
        """One observation or forecast file, all or nothing (a refusal is audited). `check()`, when given, runs
        inside the transaction after the file was read: raising there (a cancel) rolls the file back."""
        who = self._who(actor)

        def go():
            from console.admin import session
            from console.importers.log import IMPORT_ROLES

            with session.authorized(self.store, who, *IMPORT_ROLES):
                result = importers.import_file(self.store, path, who, **kw)
                if check is not None:
                    check()
                return result
        return self.run(go)

    def scan_watch_folder(self, folder, settled=None, *, actor: Actor | None = None) -> Done:
        return self.run(importers.scan_watch_folder, self.store, folder, self._who(actor), settled)

    def add_forecast(self, issuer: str, issued_at, kind: str, values, *, actor: Actor | None = None) -> Done:
        return self.run(forecasts.add_forecast, self.store, self._who(actor), issuer, issued_at, kind, values)

    def load_demo(self, *, actor: Actor | None = None) -> Done:
        from console.air import demo

        return self.run(demo.load_demo, self.store, self._who(actor))

    # ---- reminders --------------------------------------------------------------------------------------------
    def acknowledge(self, item_key: str, actor: Actor | None = None) -> Done:
        """确认收到 of a reminder by the person logged in (or `actor`, who logged in for it): an authenticated
        account holding a role reminders go to (checked in the core)."""
        who = self._who(actor)
        if who is None:
            from console.common.errors import UserError

            raise UserError("确认收到须先登录 log in to acknowledge")
        return self.run(notifications.acknowledge, self.store, item_key, who)

    def send_due_reminders(self, items, policy, deliver, seat=None) -> Done:
        """The reminder check: send what is due now (recorded before delivery, marked after)."""
        return self.run(notifications.run_once, self.store, items, policy, deliver, seat=seat)

    def recover_reminders(self) -> Done:
        """At start-up: reminders cut off mid-delivery by a crash become 'interrupted' (never re-sent)."""
        return self.run(delivery.recover, self.store)

    def renew_seat(self, seat, who: str | None) -> Done:
        return self.run(seat.renew, self.store, who)

    def leave_seat(self, seat) -> Done:
        return self.run(seat.leave, self.store)

    # ---- drills -----------------------------------------------------------------------------------------------
    def start_drill(self, scenario, base=None, *, out_dir=None, auto: bool = False, trainees: bool = False) -> Done:
        """Create a drill's own database (accounts, settings, schedule of the scenario) and its runner. The seat's
        database is not written: the drill is a new file, so the change reported is the drills area only (no view
        of the seat re-reads). Called on the 演练 page's worker; the runner is used on that thread only."""
        from console import changes as C
        from console.drills.runner import DrillRunner

        runner = DrillRunner(scenario, base, out_dir=out_dir, auto=auto, trainees=trainees)
        return Done(runner, Changes(frozenset({C.DRILLS})))

    # ---- reads the pages use most -----------------------------------------------------------------------------
    def current_episode(self):
        return E.current_episode(self.store)

    def pending_signatures(self):
        return E.pending_signatures(self.store)

    def users(self):
        return accounts.list_users(self.store)
