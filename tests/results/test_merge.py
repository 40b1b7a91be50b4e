from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.results.collect import merge_kiosk_files
from kiosk.results.errors import MergeError, NotAFestivalFile
from kiosk.results.merge.inputs import identify_input, verify_input
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import export_database
from kiosk.storage.receipt import receipt_for_export
from kiosk.storage.records import verify_file
from tests.results.kiosks import (
    OPENING,
    build_kiosk,
    export,
    first_vote_seq,
    rehash_from,
    results_dump,
    snapshot,
    tamper_vote,
    visit,
)


def statuses(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {Path(s.path).name: s.status for s in report.sources}


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_merges_a_folder_and_records_where_every_row_came_from(tmp_path: Path, stick: Path) -> None:
    out = tmp_path / "festival.sqlite"
    report = merge_kiosk_files(out, [stick], workers=1)
    assert statuses(report) == {  # counted, but nothing confirms them: no receipts given
        "DPUPR-export.sqlite": "no_receipt",
        "DINKES-export.sqlite": "no_receipt",
    }
    inputs = sum(count(p, "SELECT count(*) FROM visitor_records") for p in stick.iterdir())
    assert count(out, "SELECT count(*) FROM visitor_records") == inputs == report.records_added
    rows = (
        sqlite3.connect(out)
        .execute(
            "SELECT s.path, s.file_sha256, s.kiosk_id, count(*) FROM visitor_records v"
            " JOIN sources s ON s.id = v.source_id AND s.kiosk_id = v.kiosk_id GROUP BY s.id"
        )
        .fetchall()
    )
    assert {Path(r[0]).name for r in rows} == {p.name for p in stick.iterdir()}
    assert sum(r[3] for r in rows) == inputs


def test_inputs_are_never_changed_not_even_a_raw_copy_with_its_wal(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    _traffic_left_in_wal(tmp_path / "kiosk", stick / "db" / "booth.sqlite")
    before = snapshot(stick)
    assert "db/booth.sqlite-wal" in before
    merge_kiosk_files(tmp_path / "out.sqlite", [stick], workers=1)
    merge_kiosk_files(tmp_path / "out2.sqlite", [stick], workers=2)
    assert snapshot(stick) == before


def _traffic_left_in_wal(kiosk: Path, copy: Path) -> int:
    """Copy a running kiosk's db/ folder raw: its latest records are still in the -wal."""
    from tests.helpers import make_booth_db

    db = make_booth_db(kiosk / "booth.sqlite")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    booth = Booth(db, "DPUPR", ManualClock(OPENING))
    for _ in range(5):
        visit(booth, booth.clock, ["lapor-jalan-rusak"])  # type: ignore[arg-type]
    copy.parent.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{kiosk / 'booth.sqlite'}{suffix}", f"{copy}{suffix}")
    records = int(db.execute("SELECT count(*) FROM visitor_records").fetchone()[0])
    db.close()
    return records


def test_raw_copy_without_its_wal_is_merged_with_a_loud_warning(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    path = stick / "db" / "booth.sqlite"
    records = _traffic_left_in_wal(tmp_path / "kiosk", path)
    with_wal = merge_kiosk_files(tmp_path / "a.sqlite", [path], workers=1).sources[0]
    assert with_wal.records_added == records
    assert "RAW COPY with its -wal" in with_wal.warnings[0]
    Path(str(path) + "-wal").unlink()
    without = merge_kiosk_files(tmp_path / "b.sqlite", [path], workers=1).sources[0]
    assert "RAW COPY WITHOUT ITS -wal" in without.warnings[0]
    assert without.records_added < records


def test_same_file_twice_and_a_later_longer_copy(tmp_path: Path) -> None:
    raw = build_kiosk(tmp_path / "raw.sqlite", "DPUPR", 6)
    early = export(raw, tmp_path / "stick1" / "morning.sqlite")
    db = open_booth_database(raw)
    booth = Booth(db, "DPUPR", ManualClock(OPENING.replace(hour=6)))
    visit(booth, booth.clock, ["gerakan-rawat-jalan"])  # type: ignore[arg-type]
    db.close()
    late = export(raw, tmp_path / "stick2" / "evening.sqlite")
    shutil.copy(early, tmp_path / "stick2" / "morning-again.sqlite")
    out = tmp_path / "out.sqlite"
    first = merge_kiosk_files(out, [early], workers=1)
    assert statuses(first) == {"morning.sqlite": "no_receipt"}
    second = merge_kiosk_files(out, [tmp_path / "stick2", early], workers=1)
    assert statuses(second) == {
        "evening.sqlite": "no_receipt",
        "morning-again.sqlite": "duplicate",
        "morning.sqlite": "duplicate",
    }
    assert second.records_added == count(late, "SELECT count(*) FROM visitor_records") - count(
        early, "SELECT count(*) FROM visitor_records"
    )
    assert count(out, "SELECT count(*) FROM visitor_records") == count(
        late, "SELECT count(*) FROM visitor_records"
    )


def test_merging_twice_gives_byte_identical_results(tmp_path: Path, stick: Path) -> None:
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    merge_kiosk_files(one, [stick], workers=1)
    first = results_dump(one)
    again = merge_kiosk_files(one, [stick], workers=1)
    assert again.records_added == 0
    assert {s.status for s in again.sources} == {"duplicate"}
    merge_kiosk_files(two, sorted(stick.iterdir(), reverse=True), workers=2)
    assert results_dump(one) == first == results_dump(two)
    assert "ranking" in first


def test_tampered_file_is_flagged_and_its_prefix_counts_only_when_asked(
    tmp_path: Path, booth_files: dict[str, Path]
) -> None:
    bad = tmp_path / "edited.sqlite"
    shutil.copy(booth_files["DINKES"], bad)
    seq = first_vote_seq(bad) + 3
    tamper_vote(bad, seq, "posyandu-remaja")
    refused = merge_kiosk_files(tmp_path / "a.sqlite", [bad], workers=1).sources[0]
    assert refused.status == "chain_broken"
    assert f"chain broken at sequence {seq}" in refused.detail
    assert refused.records_added == 0
    assert count(tmp_path / "a.sqlite", "SELECT count(*) FROM votes") == 0
    excluded = count(tmp_path / "a.sqlite", "SELECT sum(votes) FROM exclusions")
    assert excluded == count(bad, "SELECT count(*) FROM visitor_records WHERE kind = 'vote'")
    prefix = merge_kiosk_files(tmp_path / "b.sqlite", [bad], accept_valid_prefix=True, workers=1)
    assert prefix.sources[0].records_added == seq - 1
    assert count(tmp_path / "b.sqlite", "SELECT max(seq) FROM visitor_records") == seq - 1
    later = merge_kiosk_files(tmp_path / "a.sqlite", [bad], accept_valid_prefix=True, workers=1)
    assert later.sources[0].records_added == seq - 1
    assert results_dump(tmp_path / "a.sqlite") == results_dump(tmp_path / "b.sqlite")
    flagged = count(
        tmp_path / "b.sqlite", "SELECT count(*) FROM anomalies WHERE flag = 'valid_prefix'"
    )
    assert flagged == 1


def test_tampered_copy_beside_the_honest_one_changes_nothing(
    tmp_path: Path, stick: Path, booth_files: dict[str, Path]
) -> None:
    honest = tmp_path / "honest.sqlite"
    merge_kiosk_files(honest, [stick], workers=1)
    tamper_vote(shutil.copy(booth_files["DINKES"], stick / "edited.sqlite"), 5, "x")
    out = tmp_path / "both.sqlite"
    report = merge_kiosk_files(out, [stick], accept_valid_prefix=True, workers=1)
    assert statuses(report)["edited.sqlite"] == "chain_broken"
    assert results_dump(out) == results_dump(honest)


def test_rehashed_file_passes_the_chain_but_not_the_receipt(tmp_path: Path) -> None:
    raw = build_kiosk(tmp_path / "raw.sqlite", "DINKES", 8)
    result = export_database(raw, tmp_path / "export.sqlite")
    receipt = receipt_for_export(result, "DINKES")
    forged = Path(shutil.copy(result.path, tmp_path / "forged.sqlite"))
    rehash_from(forged, first_vote_seq(forged), "lapor-jalan-rusak")
    unnoticed = merge_kiosk_files(tmp_path / "a.sqlite", [forged], workers=1)
    assert unnoticed.sources[0].status == "no_receipt"  # counted: nothing says otherwise
    caught = merge_kiosk_files(tmp_path / "b.sqlite", [forged], receipts=[receipt], workers=1)
    assert caught.sources[0].status == "receipt_mismatch"
    assert caught.records_added == 0
    good = merge_kiosk_files(tmp_path / "c.sqlite", [result.path], receipts=[receipt], workers=1)
    assert good.sources[0].status == "accepted"
    row = sqlite3.connect(tmp_path / "c.sqlite").execute("SELECT status, detail FROM receipts")
    status, detail = row.fetchone()
    assert status == "confirmed" and "receipted file itself" in detail


def test_two_files_claiming_one_kiosk_are_a_fork_the_receipt_decides(tmp_path: Path) -> None:
    raw = build_kiosk(tmp_path / "raw.sqlite", "DPUPR", 2)
    clone = Path(shutil.copy(export(raw, tmp_path / "e.sqlite"), tmp_path / "clone.sqlite"))
    for path, slug in ((raw, "lapor-jalan-rusak"), (clone, "gerakan-rawat-jalan")):
        db = open_booth_database(path)
        booth = Booth(db, "DPUPR", ManualClock(OPENING.replace(hour=5)))
        visit(booth, booth.clock, [slug])  # type: ignore[arg-type]
        db.close()
    a = export_database(raw, tmp_path / "stick" / "a.sqlite")
    b = export(clone, tmp_path / "stick" / "b.sqlite")
    held = merge_kiosk_files(tmp_path / "held.sqlite", [b, a.path], workers=1)
    assert [s.status for s in held.sources] == ["fork", "fork"]
    assert all("no receipt decides" in s.detail for s in held.sources)
    assert count(tmp_path / "held.sqlite", "SELECT count(*) FROM visitor_records") == 0
    for order in ([a.path, b], [b, a.path]):
        out = tmp_path / f"out-{order[0].name}"
        report = merge_kiosk_files(out, order, receipts=[receipt_for_export(a, "DPUPR")], workers=1)
        assert statuses(report) == {"a.sqlite": "accepted", "b.sqlite": "fork"}
        fork = next(s for s in report.sources if s.status == "fork")
        assert "differ from sequence" in fork.detail and "a.sqlite" in fork.detail


@pytest.mark.parametrize(
    ("damage", "status", "detail"),
    [
        ("truncate", "corrupt", "damaged"),
        ("garbage", "not_kiosk", "not an SQLite database"),
        ("foreign", "not_kiosk", "not a Gerai booth database"),
        ("newer", "newer_schema", "newer Gerai"),
    ],
)
def test_files_that_cannot_be_merged_are_reported(
    tmp_path: Path, booth_files: dict[str, Path], damage: str, status: str, detail: str
) -> None:
    path = tmp_path / "input.sqlite"
    shutil.copy(booth_files["DPUPR"], path)
    if damage == "truncate":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        path.write_bytes(b"\x00garbage" * 100)
    elif damage == "foreign":
        path.unlink()
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    elif damage == "newer":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    report = merge_kiosk_files(tmp_path / "out.sqlite", [path], workers=1)
    outcome = report.sources[0]
    assert (outcome.status, outcome.records_added) == (status, 0)
    assert detail in outcome.detail
    row = sqlite3.connect(tmp_path / "out.sqlite").execute("SELECT status FROM sources").fetchone()
    assert row == (status,)


def test_refuses_its_own_output_as_input_and_a_foreign_output(tmp_path: Path, stick: Path) -> None:
    out = tmp_path / "festival.sqlite"
    merge_kiosk_files(out, [stick], workers=1)
    with pytest.raises(MergeError, match="is the output file"):
        merge_kiosk_files(out, [stick, out], workers=1)
    with pytest.raises(NotAFestivalFile):
        merge_kiosk_files(next(stick.iterdir()), [tmp_path / "nothing"], workers=1)


def test_merged_file_is_not_taken_for_a_booth_file(tmp_path: Path, stick: Path) -> None:
    merge_kiosk_files(stick / "festival.sqlite", [stick], workers=1)
    report = merge_kiosk_files(tmp_path / "again.sqlite", [stick], workers=1)
    assert statuses(report)["festival.sqlite"] == "not_kiosk"


def test_the_merge_and_kiosk_verify_agree_on_a_tampered_file(
    tmp_path: Path, booth_files: dict[str, Path]
) -> None:
    for n, seq in enumerate((1, 7, 20)):
        path = Path(shutil.copy(booth_files["DINKES"], tmp_path / f"{n}.sqlite"))
        tamper_vote(path, seq, "x")
        merged = verify_input(identify_input(str(path), str(tmp_path / "scratch"))).chain
        verified, _ = verify_file(path)
        assert merged == verified
        assert (merged.ok, merged.bad_seq, merged.count) == (False, seq, seq - 1)


def test_a_merge_that_fails_leaves_the_previous_file_untouched(
    tmp_path: Path, stick: Path, booth_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "festival.sqlite"
    merge_kiosk_files(out, [booth_files["DPUPR"]], workers=1)
    before = out.read_bytes()

    def broken(*_: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr("kiosk.results.merge.kiosk_files._finish", broken)
    with pytest.raises(RuntimeError):
        merge_kiosk_files(out, [stick], workers=1)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".festival.sqlite.lock",  # empty, unlocked: the next merge takes it
        "festival.sqlite",
        "stick",
    ]


def test_text_that_is_not_utf8_is_a_corrupt_input_not_a_crash(tmp_path: Path, stick: Path) -> None:
    """A flipped byte in a text cell passes quick_check and the chain; reading it fails."""
    damaged = sorted(stick.iterdir())[0]
    conn = sqlite3.connect(damaged)
    conn.execute("UPDATE kiosk SET created_at = CAST(X'FF323032362D3038' AS TEXT)")
    conn.commit()
    conn.close()
    report = merge_kiosk_files(tmp_path / "out.sqlite", [stick], workers=1)
    verdict = {Path(s.path).name: s for s in report.sources}[damaged.name]
    assert verdict.status == "corrupt" and "UTF-8" in verdict.detail
    others = [s for s in report.sources if s.path != verdict.path]
    assert others and all(s.status == "no_receipt" for s in others)
    assert count(tmp_path / "out.sqlite", "SELECT count(*) FROM sources") == len(report.sources)
