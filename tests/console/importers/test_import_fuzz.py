"""A fuzz of import files at small scale: mutated CSVs either import whole or are refused with a clear error
naming the file; never another exception, never a partial import. (scripts/crash_check.py covers kills.)"""
import random

import pytest

from console.common.errors import DataError, UserError
from console.importers.files import import_file
from tests.helpers import admin_of

GOOD = ("time,station,pm25,pm10,so2,no2,co,o3\n"
        + "".join(f"2025-12-01 {h:02d}:00,{s},{60 + h},{90 + h},8,35,0.9,40\n" for h in range(24) for s in "AB"))
NASTY = ["", "NA", "-1", "1e308", "nan", "inf", "９９", "１２０", "\x00", "\"", ",,", "2025-13-45 25:00", "0001-01-01 00:00",
         "中文", "\ufeff", "A" * 500, "\r", "\t", "9" * 40, "-0", "1,5"]


def mutate(rng: random.Random, text: str) -> bytes:
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(7)
        i = rng.randrange(len(lines))
        if kind == 0:  # replace one field
            cells = lines[i].rstrip("\n").split(",")
            cells[rng.randrange(len(cells))] = rng.choice(NASTY)
            lines[i] = ",".join(cells) + "\n"
        elif kind == 1:  # drop or duplicate a line
            lines.insert(i, lines[i]) if rng.random() < 0.5 else lines.pop(i)
            lines = lines or ["\n"]
        elif kind == 2:  # truncate the file mid-line
            cut = rng.randrange(len("".join(lines)) + 1)
            lines = ["".join(lines)[:cut]]
        elif kind == 3:  # shuffle the header
            head = lines[0].rstrip("\n").split(",")
            rng.shuffle(head)
            lines[0] = ",".join(head) + "\n"
        elif kind == 4:  # a column too many or too few
            lines[i] = lines[i].rstrip("\n") + (",7\n" if rng.random() < 0.5 else "")
        elif kind == 5:  # flip a byte
            data = bytearray("".join(lines).encode("utf-8"))
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
            return bytes(data)
        else:  # another encoding
            return "".join(lines).encode(rng.choice(["gbk", "utf-16", "utf-8-sig"]), errors="replace")
    return "".join(lines).encode("utf-8")


def counts(store):
    return tuple(store.scalar(f"SELECT COUNT(*) FROM {t}") for t in ("observations", "imports", "audit", "stations"))


@pytest.mark.parametrize("seed", range(4))
def test_fuzzed_files_import_whole_or_not_at_all(store, tmp_path, seed):
    rng = random.Random(seed)
    actor = admin_of(store)  # first: creating the test's admin is audited
    refused = imported = 0
    for n in range(40):
        f = tmp_path / f"fuzz-{seed}-{n}.csv"
        f.write_bytes(mutate(rng, GOOD))
        before = counts(store)
        try:
            import_file(store, f, actor)
            imported += 1
        except (DataError, UserError) as exc:
            refused += 1
            assert str(f) in str(exc) or f.name in str(exc), exc
            assert counts(store) == before, "a refused file changed the database"
    assert refused and store.verify_audit().ok
    assert store.integrity_problems() == []
