"""The fast parsing paths of the observation importer: plain CSV cut with numpy (console.importers_plain) must
read exactly like the csv module, and the column-wise checks of the UCI layout must name the same problems."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from console.importers import plain as importers_plain
from console.importers import read as importers_read
from console.common.clock import TZ
from console.common.errors import DataError
from console.importers.files import import_file
from console.importers.observations import parse_observations
from console.importers.read import read_table
from tests.helpers import admin_of

UCI_HEADER = ('"No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN",'
              '"wd","WSPM","station"')


def uci_row(no, y, m, d, h, pm25="9", station='"Dongsi"'):
    return f'{no},{y},{m},{d},{h},{pm25},9,3,17,300,89,-0.5,1024.5,-21.4,0,"NNW",5.7,{station}'


def uci_text(rows) -> str:
    return "\r\n".join([UCI_HEADER, *rows]) + "\r\n"


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def snapshot(table):
    return (table.header, list(table.lines), [list(cells) for _, cells in table.rows],
            [table.column(i) for i in range(len(table.header))], table.problems.items, table.problems.total)


def read_both(path, monkeypatch):
    """(table read as usual, table read by the csv module alone)."""
    usual = read_table(path)
    with monkeypatch.context() as m:
        m.setattr(importers_read, "plain_csv", lambda text: None)
        reference = read_table(path)
    return usual, reference


# ---------------------------------------------------------------- plain CSV == csv module
@pytest.mark.parametrize("text, plain", [
    ("a,b\n1,2\n3,4\n", True),
    ("a,b\r\n1,2\r\n3,4", True),  # CR LF, no final line end
    ('"a","b"\n"x y",2\n3,""\n', True),  # whole-cell quotes, an empty quoted cell
    ("a,b\n1,\n2,\r\n", True),  # empty last cells, before LF and before CR LF
    ("a,b\n东四,ÅÄ\n天坛站点名称很长很长,2\n", True),  # multi-byte UTF-8, cells longer than 8 bytes
    ("a,b\n123456789012345678901234567890,x\n123456789012345678901234567891,x\n", True),
    ("a\n1\n\n2\n", False),  # a blank line
    ("a,b\n,1\n2,3\n", False),  # a blank first cell
    ("a,b\n 1,2\n\xa0,3\n", False),  # a first cell of (Unicode) blanks only
    ("a,b\n1,2,3\n4,5\n", False),  # a wider line
    ("a,b,c\n1,2\n", False),  # a narrower line
    ('a,b\n"1,5",2\n', False),  # a comma inside quotes
    ('a,b\n"x\ny",2\n', False),  # a line break inside quotes
    ('a,b\n"x""y",2\n', False),  # a doubled quote
    ('a,b\nx"y,2\n', False),  # a quote inside a cell
    ('a,b\n"x"y,2\n', False),
    ("a,b\r1,2\r", False),  # bare CR line ends
    ("a,b\n1\r2,3\n", False),  # a CR inside a cell
    ("\na,b\n1,2\n", False),  # the header is not on line 1 (read_table skips the blank line, then it is plain)
    ("a,b\n", False),  # header only
])
def test_plain_csv_reads_like_the_csv_module(tmp_path, monkeypatch, text, plain):
    assert (importers_plain.plain_csv(text) is not None) == plain
    usual, reference = read_both(write(tmp_path / "t.csv", text), monkeypatch)
    assert (usual.plain is not None) == (plain or text == "\na,b\n1,2\n")
    assert snapshot(usual) == snapshot(reference)


def test_plain_csv_below_a_title_line_reads_like_the_csv_module(tmp_path, monkeypatch):
    usual, reference = read_both(write(tmp_path / "t.csv", "监测数据\n\na,b\n1,2\n3,4\n"), monkeypatch)
    assert usual.plain is not None and snapshot(usual) == snapshot(reference)
    assert usual.lines == [4, 5]


def test_plain_csv_on_real_data(tmp_path, monkeypatch):
    rows = [uci_row(i, 2013, 3, 1 + i // 24, i % 24, pm25=str(i % 7 or "NA")) for i in range(200)]
    usual, reference = read_both(write(tmp_path / "u.csv", uci_text(rows)), monkeypatch)
    assert usual.plain is not None and snapshot(usual) == snapshot(reference)
    assert usual.column(17)[:2] == ["Dongsi", "Dongsi"] and usual.column(15)[0] == "NNW"


def test_long_cells_with_the_same_hash_are_still_told_apart(tmp_path, monkeypatch):
    monkeypatch.setattr(importers_plain, "_MIX", np.uint64(0))  # the hash is then the cell's last 8 bytes
    text = "station,x\nNorth-Station-12345678,1\nSouth-Station-12345678,2\nNorth-Station-12345678,3\n"
    table = read_table(write(tmp_path / "h.csv", text))
    values, inverse = table.distinct(0)
    assert table.plain is not None and sorted(values) == ["North-Station-12345678", "South-Station-12345678"]
    assert [values[i] for i in inverse] == ["North-Station-12345678", "South-Station-12345678",
                                            "North-Station-12345678"]


# ---------------------------------------------------------------- UCI layout, column by column
NOW = datetime(2026, 12, 1, 12, tzinfo=TZ)


def test_uci_times_and_values(tmp_path):
    rows = [uci_row(1, 2016, 2, 29, 23), uci_row(2, 2016, 3, 1, 0, pm25="NA", station='"Tiantan"')]
    records, empty = parse_observations(read_table(write(tmp_path / "u.csv", uci_text(rows))), now=NOW)
    assert empty == 0
    assert [r[:2] for r in records] == [("Dongsi", int(datetime(2016, 2, 29, 23, tzinfo=TZ).timestamp())),
                                        ("Tiantan", int(datetime(2016, 3, 1, 0, tzinfo=TZ).timestamp()))]
    assert records[0][2:6] == (9.0, 9.0, 3.0, 17.0) and records[0][6] == 0.3 and records[1][2] is None


def test_uci_years_before_2000_are_refused_by_line(tmp_path):
    rows = [uci_row(1, 2013, 7, 1, 12), uci_row(2, 1990, 7, 1, 12), uci_row(3, 1, 1, 1, 0)]
    f = write(tmp_path / "old.csv", uci_text(rows))
    with pytest.raises(DataError) as err:
        parse_observations(read_table(f), now=NOW)
    assert str(err.value).splitlines() == [
        f"{f}:3: 观测时间不可信 implausible observation time 1990-07-01 12:00: 早于 2000 年 before 2000",
        f"{f}:4: 观测时间不可信 implausible observation time 0001-01-01 00:00: 早于 2000 年 before 2000"]


def test_uci_invalid_times_named_by_line(store, tmp_path):
    rows = [uci_row(1, 2013, 3, 1, 0), uci_row(2, 2013, 13, 1, 0), uci_row(3, 2013, 2, 29, 0),
            uci_row(4, 2013, 3, 1, 24)]
    f = write(tmp_path / "t.csv", uci_text(rows))
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    assert str(err.value).splitlines() == [
        f"{f}:3: 时间无效 invalid year/month/day/hour: 2013/13/1/0",
        f"{f}:4: 时间无效 invalid year/month/day/hour: 2013/2/29/0",
        f"{f}:5: 时间无效 invalid year/month/day/hour: 2013/3/1/24"]


def test_uci_problems_in_line_order_first_20(store, tmp_path):
    rows = [uci_row(i, "x" if i % 2 else 2013, 3, 1, i % 24, pm25="-1" if i % 3 == 0 else "5") for i in range(30)]
    f = write(tmp_path / "p.csv", uci_text(rows))
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    lines = str(err.value).splitlines()
    assert lines[0] == f"{f}:2: pm25 浓度无效 invalid concentration: -1 (须为 ≥ 0 的有限数 must be finite, ≥ 0)"
    assert lines[1:4] == [f"{f}:3: year 不是整数 not an integer: 'x'", f"{f}:5: year 不是整数 not an integer: 'x'",
                          f"{f}:5: pm25 浓度无效 invalid concentration: -1 (须为 ≥ 0 的有限数 must be finite, ≥ 0)"]
    assert lines[19] == f"{f}:25: year 不是整数 not an integer: 'x'"
    assert len(lines) == 21 and "25 problems" in lines[-1]


def test_uci_duplicates_out_of_order(store, tmp_path):
    rows = [uci_row(1, 2013, 3, 1, 5), uci_row(2, 2013, 3, 1, 1, station='"Tiantan"'), uci_row(3, 2013, 3, 1, 5)]
    f = write(tmp_path / "d.csv", uci_text(rows))
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    assert str(err.value) == f"{f}:4: 站点小时重复 duplicate station-hour Dongsi 2013-03-01 05:00 (first at line 2)"


def test_uci_reimport_with_a_correction_and_a_new_hour(store, tmp_path):
    rows = [uci_row(i, 2013, 3, 1 + i // 24, i % 24) for i in range(100)]
    import_file(store, write(tmp_path / "a.csv", uci_text(rows)), admin_of(store))
    rows[40] = uci_row(40, 2013, 3, 2, 16, pm25="200")
    rows.append(uci_row(100, 2013, 3, 5, 4))
    res = import_file(store, write(tmp_path / "b.csv", uci_text(rows)), admin_of(store))
    assert (res.new, res.replaced, res.unchanged) == (1, 1, 99)
    assert res.replaced_examples == ["Dongsi 2013-03-02 16:00: pm25 9→200, aqi 28→250, primary NA→pm25"]
    again = import_file(store, write(tmp_path / "b.csv", uci_text(rows)), admin_of(store))
    assert (again.new, again.replaced, again.unchanged) == (0, 0, 101) and not again.changed


def test_uci_time_out_of_range_is_a_problem_not_a_crash(tmp_path, store):
    from console.common.errors import DataError
    from console.importers.files import import_file

    p = tmp_path / "big.csv"
    p.write_text("No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,PRES,DEWP,RAIN,wd,WSPM,station\n"
                 "1,99999999999999999999,3,1,0,4,4,4,7,300,77,-0.7,1023,-18.8,0,NNW,4.4,Dongsi\n"
                 "2,2013,13,1,0,4,4,4,7,300,77,-0.7,1023,-18.8,0,NNW,4.4,Dongsi\n", "utf-8")
    with pytest.raises(DataError) as e:
        import_file(store, p, admin_of(store))
    assert "big.csv:2: year 超出范围" in str(e.value)
