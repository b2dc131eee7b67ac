"""The import log (table ``imports``): what was imported, when, by whom; and the result of one import."""
from __future__ import annotations

from dataclasses import dataclass, field

from console.common.clock import to_iso
from console.importers.read import Table
from console.store import air as repo

OBSERVATIONS, FORECAST = "observations", "forecast"
KINDS = (OBSERVATIONS, FORECAST)
#: Who may import observations and forecasts, or enter a forecast (checked inside the import's transaction
#: by console.admin.session.authorized: refusals are audited and nothing is stored)
IMPORT_ROLES = ("duty_officer", "admin")


@dataclass
class ImportResult:
    path: str
    kind: str  # observations | forecast
    sha256: str
    rows: int = 0  # data rows accepted from the file
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    empty: int = 0  # rows with no value at all (skipped)
    stations_added: list = field(default_factory=list)
    replaced_examples: list = field(default_factory=list)
    import_id: int | None = None  # None: nothing written
    forecast_id: int | None = None
    already_imported: bool = False
    #: station -> (first, last) ts of the rows written (the days whose aggregates the import recomputes)
    spans: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def changed(self) -> bool:
        return self.import_id is not None

    def summary(self, lang: str = "zh") -> str:
        """What the import did, in the interface language ("zh" or "en")."""
        en = lang == "en"
        if self.kind == FORECAST:
            if self.forecast_id is None:
                return (f"{self.path}: forecast already stored, nothing changed ({self.rows} values)" if en
                        else f"{self.path}：预报已存在，未改变（{self.rows} 个值）")
            return (f"{self.path}: forecast #{self.forecast_id} imported ({self.rows} values)" if en
                    else f"{self.path}：已导入预报 #{self.forecast_id}（{self.rows} 个值）")
        if en:
            text = f"{self.path}: {self.rows} rows — new {self.new}, replaced {self.replaced}, unchanged {self.unchanged}"
        else:
            text = f"{self.path}：{self.rows} 行 — 新增 {self.new}，替换 {self.replaced}，未变 {self.unchanged}"
        if self.empty:
            text += f", empty rows skipped {self.empty}" if en else f"，空行跳过 {self.empty}"
        if self.stations_added:
            text += (f"; new stations: {', '.join(self.stations_added)}" if en
                     else f"；新站点：{'、'.join(self.stations_added)}")
        if self.already_imported:
            text += " (the file was imported before)" if en else "（此文件已导入过）"
        return text


def already_imported(store, sha: str) -> bool:
    return repo.already_imported(store, sha)


def record_import(store, table: Table, kind: str, rows: int, actor: str) -> int:
    """actor: the authenticated actor's username."""
    return repo.record_import(store, str(table.path), table.sha256, kind, rows, to_iso(store.clock.now()), actor)
