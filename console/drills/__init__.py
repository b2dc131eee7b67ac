"""Drills (plan §8.2; UX point 2): rehearse an episode end to end on a separate database, scored against the
plan. The public face of console.drill_*; import from here.

- console.drill_scenario  scenario files: load, strict validation (DataError with file, JSON path, line)
- console.drill_data      observation slices and hindsight forecasts from shipped files
- console.drill_runner    DrillRunner: the drill database, its clock, applying events, reminders
- console.drill_actions   what each event does (same core calls as live) and the --auto responder
- console.drill_score     the 100-point score (30 timeliness / 30 accuracy / 30 implementation / 10 summaries)
- console.drill_report    the after-action report as HTML (the GUI renders it to PDF)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from console.common.clock import Clock, FixedClock
from console.drills.report import report_html, write_report  # noqa: F401
from console.drills.runner import DrillClock, DrillRunner, LogEntry, create_drill_db  # noqa: F401
from console.drills.scenario import (  # noqa: F401
    Scenario,
    builtin_names,
    load,
    resolve,
    scenarios_dir,
)
from console.drills.score import NAMES, POINTS, Score, score  # noqa: F401


@dataclass(frozen=True)
class Result:
    scenario: Scenario
    db_path: Path
    score: Score
    report_path: Path | None
    log: tuple[LogEntry, ...]

    def to_dict(self) -> dict:
        return {"scenario": self.scenario.name, "title": self.scenario.title, "drill": True,
                "db": str(self.db_path), "report": str(self.report_path) if self.report_path else None,
                **self.score.to_dict()}


def builtins() -> list[Scenario]:
    return [load(n) for n in builtin_names()]


def run(scenario: str | Path | Scenario, *, out_dir: Path | None = None, auto: bool = False,
        report: bool = True, real: Clock | None = None) -> Result:
    """Run a scenario headless at maximum speed (FixedClock, event to event and through every reminder slot),
    score it and (by default) write the HTML report next to the drill database."""
    sc = scenario if isinstance(scenario, Scenario) else load(scenario)
    runner = DrillRunner(sc, FixedClock(sc.start), out_dir=out_dir, auto=auto, real=real)
    try:
        runner.run_max()
        result = finish(runner, report=report)
    finally:
        runner.close()
    return result


def finish(runner: DrillRunner, *, report: bool = True) -> Result:
    """Score a finished (or stopped) run; write its report."""
    with runner.clock.pinned(runner.scenario.end if runner.finished else runner.clock.now()):
        sc = score(runner.store, scenario=runner.scenario)
        path = None
        if report:
            path = write_report(runner.store, runner.scenario, sc, runner.log,
                                runner.path.with_suffix(".report.html"))
    return Result(runner.scenario, runner.path, sc, path, tuple(runner.log))
