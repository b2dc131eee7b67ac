"""Issue 15.4: large observation files are imported chunk by chunk (bounded memory) in one transaction, with the
same result, the same refusals (named by physical line) and nothing stored when any chunk is bad."""
from __future__ import annotations

import gzip
import sys

import pytest

from console.air import airdata
from console.common.errors import DataError
from console.importers import files, stream
from console.store.db import Store
from tests.helpers import admin_of

HEADER = "time,station,pm25,pm10,so2,no2,co,o3,aqi\n"


def rows(n, stations=("A", "B")):
    out = []
    for h in range(n):
        for k, st in enumerate(stations):
            t = f"2025-12-{1 + h // 24:02d} {h % 24:02d}:00"
            if (h + k) % 11 == 5:
                out.append(f"{t},{st},NA,NA,NA,NA,NA,NA,\n")  # a row with no value: skipped, counted
            else:
                out.append(f"{t},{st},{40 + (h * 7 + k) % 150},{60 + h % 90},9,30,0.8,{20 + h % 40},\n")
    return out


def chunked(store, path, n=7, **kw):
    return stream.stream_observations(store, path, admin_of(store), chunk_rows=n, steps=sys.modules[files.__name__], **kw)


def dump(store):
    return store.tuples("SELECT station, ts, pm25, pm10, so2, no2, co, o3, aqi, primary_pollutant FROM observations "
                        "ORDER BY station, ts")


@pytest.mark.parametrize("gz", [False, True])
def test_chunked_import_equals_whole_file(tmp_path, gz):
    text = "海门区环境空气监测数据\n" + HEADER + "".join(rows(24 * 5))
    f = tmp_path / ("o.csv.gz" if gz else "o.csv")
    f.write_bytes(gzip.compress(text.encode()) if gz else text.encode())
    with Store(tmp_path / "a.sqlite3") as whole, Store(tmp_path / "b.sqlite3") as parts:
        a = files.import_file(whole, f, admin_of(whole))
        b = chunked(parts, f)
        assert (a.rows, a.new, a.empty, a.sha256, a.stations_added) == (b.rows, b.new, b.empty, b.sha256,
                                                                        b.stations_added)
        assert dump(whole) == dump(parts) and len(dump(parts)) == a.rows
        again = chunked(parts, f)
        assert again.unchanged == a.rows and not again.changed  # the same file: nothing written
        audits = [r for r in parts.audit_records() if r["action"] == "observations.import"]
        assert len(audits) == 1


def test_a_bad_last_chunk_leaves_nothing_and_names_physical_lines(tmp_path):
    body = rows(24 * 3)
    body[-2] = "2025-12-03 23:00,A,1e308,1,1,1,1,1,\n"
    f = tmp_path / "bad.csv"
    f.write_text("标题\n" + HEADER + "".join(body), "utf-8")
    with Store(tmp_path / "s.sqlite3") as store:
        with pytest.raises(DataError) as err:
            chunked(store, f)
        line = len(body) + 2 - 1  # title, header, then the body: the second-last line
        assert str(err.value).startswith(f"{f}:{line}: pm25 超出仪器与物理上限")
        assert airdata.data_range(store) is None and airdata.stations(store) == []


def test_duplicates_across_chunks_are_refused(tmp_path):
    body = rows(30)
    body.append(body[0])  # the first station-hour again, many chunks later
    f = tmp_path / "dup.csv"
    f.write_text(HEADER + "".join(body), "utf-8")
    with Store(tmp_path / "s.sqlite3") as store:
        with pytest.raises(DataError) as err:
            chunked(store, f)
        assert str(err.value) == (f"{f}:{len(body) + 1}: 站点小时重复 duplicate station-hour A 2025-12-01 00:00 "
                                  "(first at line 2)")
        assert airdata.data_range(store) is None


def test_not_plain_csv_is_left_to_the_whole_file_reader(tmp_path):
    f = tmp_path / "q.csv"
    f.write_text(HEADER + '2025-12-01 00:00,"A\nB",1,1,1,1,1,1,\n', "utf-8")
    with Store(tmp_path / "s.sqlite3") as store:
        assert chunked(store, f) is None and airdata.data_range(store) is None


def test_large_files_stream_through_import_file(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "STREAM_MIN_BYTES", 1)
    monkeypatch.setattr(stream, "CHUNK_ROWS", 5)
    called = []
    real = stream.stream_observations
    monkeypatch.setattr(stream, "stream_observations", lambda *a, **k: called.append(1) or real(*a, **k))
    f = tmp_path / "o.csv"
    f.write_text(HEADER + "".join(rows(48)), "utf-8")
    with Store(tmp_path / "s.sqlite3") as store:
        res = files.import_file(store, f, admin_of(store))
        assert called and res.new == res.rows > 80
