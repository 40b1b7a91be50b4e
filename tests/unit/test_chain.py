"""The one canonical encoding and the one chain verifier (kiosk, `kiosk verify`, merge)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kiosk.storage.chain import (
    CHAIN_FIELDS,
    GENESIS_HASH,
    canonical_record,
    row_hash,
    verify_chain,
    verify_rows,
)
from kiosk.storage.database import open_booth_database
from kiosk.storage.records import RecordLog

text = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)  # quotes, controls, emoji
number = st.integers(-(1 << 70), 1 << 70)
odd = st.one_of(st.none(), st.booleans(), st.floats(allow_nan=False), number, text)


@given(
    strings=st.lists(text, min_size=8, max_size=8),
    seq=number,
    mono=number,
    slug=st.one_of(st.none(), text),
    unusual=st.lists(st.tuples(st.integers(0, 10), odd), max_size=2),
)
def test_canonical_record_is_json_dumps_byte_for_byte(
    strings: list[str],
    seq: int,
    mono: int,
    slug: str | None,
    unusual: list[tuple[int, Any]],
) -> None:
    row: list[Any] = [seq, *strings[:6], mono, slug, *strings[6:]]
    for index, value in unusual:  # a type the fast path does not write must reach json itself
        row[index] = value
    expected = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    assert canonical_record(row) == expected
    assert canonical_record((*row, "the hash column is not hashed")) == expected


def chain_of(kiosks: list[str]) -> list[tuple[Any, ...]]:
    rows, prev = [], GENESIS_HASH
    for seq, kiosk in enumerate(kiosks, 1):
        values = (seq, f"u{seq}", kiosk, "run", "s", "vote", "2026-05-01T10:00:00+00:00")
        row = (*values, seq, "slug", "{}", prev)
        assert len(row) == len(CHAIN_FIELDS)
        prev = row_hash(row)
        rows.append((*row, prev))
    return rows


def test_every_record_must_name_the_files_kiosk() -> None:
    assert verify_rows(chain_of(["k1", "k1"]), "k1").ok
    # Hashed and linked correctly, but written as another kiosk: the chain breaks there,
    # also when every record agrees with the first but not with the file.
    report = verify_rows(chain_of(["k1", "k2", "k1"]), "k1")
    assert (report.ok, report.bad_seq, report.count) == (False, 2, 1)
    assert "k2 differs from the file's kiosk k1" in report.problem
    assert verify_rows(chain_of(["k2", "k2"]), "k1").bad_seq == 1
    assert "names no kiosk" in verify_rows(chain_of(["k1"]), None).problem


def test_observer_sees_every_intact_record_in_order() -> None:
    rows = chain_of(["k1", "k1", "k2", "k1"])
    seen: list[int] = []
    report = verify_rows(rows, "k1", lambda row: seen.append(row[0]))
    assert seen == [1, 2] and report.bad_seq == 3


def test_a_booth_file_is_checked_against_its_own_kiosk_id(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "b.sqlite")
    RecordLog(db).append("vote", "s1", {}, "a")
    db.close()
    conn = sqlite3.connect(tmp_path / "b.sqlite")
    assert verify_chain(conn).ok
    conn.execute("UPDATE kiosk SET kiosk_id = 'someone-else'")
    report = verify_chain(conn)
    conn.close()
    assert (report.ok, report.bad_seq, report.kiosk_id) == (False, 1, "someone-else")
