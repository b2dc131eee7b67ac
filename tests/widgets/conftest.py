"""Fixtures for the air-quality widgets: small excerpts of the real UCI Beijing files, imported the real way."""
import gzip
from pathlib import Path

import pytest

UCI = Path(__file__).resolve().parents[1] / "data" / "uci"  # excerpts of the UCI Beijing files (CC BY 4.0)


def write_uci_excerpt(dest: Path, station: str, first: tuple, last: tuple) -> Path:
    """Copy the rows of one UCI station file between (y, m, d) first and last (inclusive) to dest, same layout."""
    src = next(UCI.glob(f"PRSA_Data_{station}_*.csv.gz"))
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    keep = [lines[0]]
    for line in lines[1:]:
        y, m, d = (int(x) for x in line.split(",")[1:4])
        if first <= (y, m, d) <= last:
            keep.append(line)
    dest.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return dest


@pytest.fixture
def uci_files(tmp_path):
    """Dongsi and Tiantan, 25 Nov – 5 Dec 2015 (the December 2015 red-alert episode), as UCI-layout CSVs."""
    return [write_uci_excerpt(tmp_path / f"PRSA_Data_{s}_excerpt.csv", s, (2015, 11, 25), (2015, 12, 5))
            for s in ("Dongsi", "Tiantan")]


@pytest.fixture
def air_store(store, uci_files):
    from console.importers import files as importers

    for f in uci_files:
        importers.import_file(store, f, "test")
    return store
