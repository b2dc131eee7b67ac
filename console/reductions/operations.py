"""The facade's reduction-check operations (issue 18), mixed into ``console.app.ConsoleApp``: meter data and checks,
一厂一策 sheets, inspections, field checks of sites and vehicles, notices to firms, the daily report and the
consolidated after-episode summary. Each passes the seat's actor (or the explicit
``actor=``) to the core and returns ``Done(value, changes)``."""
from __future__ import annotations

from console.admin.session import Actor
from console.reductions import auto_checks, checks, sheets
from console.reductions import daily_report as D
from console.reductions import inspections as I
from console.reductions import notices as N


class ReductionOps:
    # ---- meter data and checks ----------------------------------------------------------------------------
    def import_meters(self, path, *, actor: Actor | None = None):
        """Import a meter file; the automatic checks then run for the spans it makes due."""
        return self.run(auto_checks.import_then_check, self.store, self._who(actor), path)

    def run_automatic_checks(self):
        """The meter checks that are due by themselves (a level in force, a span just ended), by the system."""
        return self.run(auto_checks.run_due, self.store)

    def run_reduction_check(self, start, end, level: str, *, actor: Actor | None = None):
        return self.run(checks.run_check, self.store, self._who(actor), start, end, level)

    def load_reduction_demo(self, *, actor: Actor | None = None):
        from console.reductions import demo

        return self.run(demo.load_demo, self.store, self._who(actor))

    def import_plant_sheets(self, path, *, actor: Actor | None = None):
        return self.run(sheets.import_file, self.store, self._who(actor), path)

    # ---- inspections ----------------------------------------------------------------------------------------
    def create_inspection(self, code: str, assignee: str, reason: str = "", *, flag_id: int | None = None,
                          actor: Actor | None = None):
        return self.run(I.create, self.store, self._who(actor), code, assignee, reason, flag_id=flag_id,
                        catalog=self.catalog)

    def record_inspection_finding(self, inspection_id: int, compliant: bool, notes: str, files=(), *,
                                  rectify_by=None, actor: Actor | None = None):
        return self.run(I.record_finding, self.store, self._who(actor), inspection_id, compliant, notes, files,
                        rectify_by=rectify_by)

    def record_rectification(self, inspection_id: int, notes: str, files=(), *, actor: Actor | None = None):
        return self.run(I.record_rectification, self.store, self._who(actor), inspection_id, notes, files)

    def apply_inspection_consequences(self, inspection_id: int, *, revoke_exemption: bool, downgrade: bool,
                                      actor: Actor | None = None):
        return self.run(I.apply_consequences, self.store, self._who(actor), inspection_id,
                        revoke_exemption=revoke_exemption, downgrade=downgrade, catalog=self.catalog)

    def close_inspection(self, inspection_id: int, notes: str = "", *, actor: Actor | None = None):
        return self.run(I.close, self.store, self._who(actor), inspection_id, notes)

    # ---- field checks of sites, vehicles and machinery ----------------------------------------------------------
    def record_field_check(self, at, unit: str, kind: str, checked: int, problems: int = 0, notes: str = "", *,
                           actor: Actor | None = None):
        from console.reductions import field_checks

        return self.run(field_checks.record, self.store, self._who(actor), at, unit, kind, checked, problems, notes,
                        catalog=self.catalog)

    def import_field_checks(self, path, *, actor: Actor | None = None):
        from console.reductions import field_checks

        return self.run(field_checks.import_file, self.store, self._who(actor), path, catalog=self.catalog)

    # ---- notices to firms, the daily report -----------------------------------------------------------------
    def import_firm_contacts(self, path, *, actor: Actor | None = None):
        return self.run(N.import_contacts, self.store, self._who(actor), path)

    def send_notice_round(self, level: str, effective_at, *, actor: Actor | None = None):
        return self.run(N.send_round, self.store, self._who(actor), level, effective_at)

    def record_notice_receipt(self, notice_id: int, kind: str, note: str = "", at=None, *,
                              actor: Actor | None = None):
        return self.run(N.record, self.store, self._who(actor), notice_id, kind, note, at)

    def send_daily_report(self, at=None, *, actor: Actor | None = None):
        return self.run(D.send, self.store, self._who(actor), at)

    def issue_episode_summary(self, episode_id: int | None = None, *, actor: Actor | None = None):
        """The consolidated after-episode summary (§6.2) frozen as issued."""
        from console.reductions import episode_summary

        return self.run(episode_summary.issue, self.store, self._who(actor), episode_id)
