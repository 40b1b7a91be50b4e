"""A dishonest booth operator against the organizers' merge (issue #13).

Each attack from the review is played on a copy of an honest eight-booth
festival and must end detected (a red status or finding that names it),
with `kiosk merge` exiting non-zero, and with every honest booth's figures
exactly what plain SQL over its own file says.
"""

from __future__ import annotations

import shutil
import uuid
from datetime import timedelta

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from tests.attacks import tools
from tests.attacks.festival import BOOTHS, Desk, HonestFestival, pack_owners, votes_by_innovation
from tests.attacks.organizers import assert_honest_booths_unchanged, merge

pytestmark = pytest.mark.slow

ATTACKER = "DINKOMINFO"
RIVAL = "DPUPR"
HONEST = [a for a in BOOTHS if a != ATTACKER]


def first_innovation(festival: HonestFestival, agency: str) -> str:
    return next(slug for slug, owner in pack_owners(festival).items() if owner == agency)


def test_an_honest_festival_merges_clean(desk: Desk) -> None:
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code == 0, outcome.said()
    assert {row["status"] for row in outcome.figures["sources"]} == {"accepted"}
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


@pytest.mark.parametrize(("roster", "verdict"), [(True, "impostor"), (False, "fork")])
def test_a_file_made_with_a_rivals_kiosk_id_is_an_impostor(
    desk: Desk, roster: bool, verdict: str
) -> None:
    rival_id = desk.festival.kiosk_ids[RIVAL]
    live = tools.booth_file(
        desk.root / "fake" / "booth.sqlite", desk.festival.pack, RIVAL, rival_id, 12, seed=99
    )
    fake = tools.hand_over(live, desk.stick / "gerai-dpupr-final.sqlite")
    outcome = merge(desk, receipts=desk.receipts_file(roster=roster))
    assert outcome.merge.exit_code != 0
    # With the opening receipts the fake is not that kiosk; without them, a second branch
    # of it that the rival's closing receipt does not confirm.
    assert outcome.source(fake)["status"] == verdict
    assert outcome.source(desk.files[RIVAL])["status"] == "accepted"
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_rechaining_before_closing_is_caught_by_the_spot_check(desk: Desk) -> None:
    live = desk.root / "attacker-live.sqlite"
    shutil.copy(desk.festival.live[ATTACKER], live)
    tools.rechain(live, first_innovation(desk.festival, ATTACKER), 40)
    handed = tools.hand_over(live, desk.files[ATTACKER])
    closing = tools.closing_receipt(handed, ATTACKER)  # the receipt shown at hand-over
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    assert outcome.merge.exit_code != 0
    verdict = outcome.source(handed)
    # The closing receipt (shown after the rewrite) holds for the file; the spot check
    # taken before it does not: the receipts contradict each other, the file is held.
    assert verdict["status"] == "receipt_conflict"
    spot_at = desk.festival.spots[ATTACKER].split(" at=")[1].split()[0]
    assert "spot-check" in verdict["detail"] and spot_at in verdict["detail"]
    assert verdict["records_added"] == 0
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_votes_for_another_agencys_innovation_do_not_count(desk: Desk) -> None:
    ally = "DINSOS"
    live = desk.root / "attacker-live.sqlite"
    shutil.copy(desk.festival.live[ATTACKER], live)
    tools.forge_votes(live, first_innovation(desk.festival, ally), votes=25)
    handed = tools.hand_over(live, desk.files[ATTACKER])
    closing = tools.closing_receipt(handed, ATTACKER)
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], extra=[closing]))
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)  # DINSOS's votes: its own booth's
    reasons = {e["reason"]: e["votes"] for e in outcome.figures["excluded"]}
    assert reasons["vote for another agency's innovation: a booth shows only its own"] == 25


def test_content_edits_after_closing_change_no_rule_and_no_owner(desk: Desk) -> None:
    stolen = first_innovation(desk.festival, RIVAL)
    tools.edit_content(desk.files[ATTACKER], steal=stolen, thief=ATTACKER)
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0
    said = outcome.said()
    assert "opening_time" in said or "jam buka" in said or "hours" in said
    assert stolen in said
    assert "not the file the closing receipt names" in said  # edited after the export
    festival = outcome.figures["festival"]
    assert (festival["opening_time"], festival["closing_time"]) == ("08:00", "21:00")
    assert festival["min_dwell_seconds"] == 5
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_votes_added_after_the_closing_receipt_are_not_counted(desk: Desk) -> None:
    live = desk.festival.root / "attacker-live.sqlite"
    shutil.copy(desk.festival.live[ATTACKER], live)
    receipt_seq = int(desk.festival.receipts[ATTACKER].split("last_seq=")[1].split()[0])
    tools.more_visitors(live, sessions=150, seed=7, after=timedelta(hours=1))
    tools.hand_over(live, desk.files[ATTACKER])
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0
    assert f"{receipt_seq + 1}" in outcome.said()
    counted = {r["innovation_slug"]: r["valid_votes"] for r in outcome.figures["ranking"]}
    truth = votes_by_innovation(desk.files[ATTACKER], up_to_seq=receipt_seq)
    for slug, owner in pack_owners(desk.festival).items():
        if owner == ATTACKER:
            assert counted.get(slug, 0) == truth[slug]
    assert_honest_booths_unchanged(outcome, desk, HONEST)


@pytest.mark.parametrize("reforged", [False, True], ids=["cut", "cut-and-reforged"])
def test_a_file_shorter_than_its_receipt_is_red(desk: Desk, reforged: bool) -> None:
    target = desk.files[ATTACKER]
    last = tools.cut_tail(target, records=30)
    if reforged:
        tools.forge_votes(target, first_innovation(desk.festival, ATTACKER), votes=12)
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0
    closing = int(desk.festival.receipts[ATTACKER].split("last_seq=")[1].split()[0])
    if reforged:  # the file holds a record at the receipt's last sequence: not that record
        # (the midday spot check still holds for it: the receipts disagree, the file is held)
        assert outcome.source(target)["status"] == "receipt_conflict"
        assert outcome.source(target)["records_added"] == 0
        assert f"record {closing} " in outcome.said()
    else:
        assert outcome.source(target)["status"] == "incomplete"
        assert f"records {last + 1}..{closing} missing" in outcome.said()
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_a_booth_without_a_closing_receipt_is_named(desk: Desk) -> None:
    tools.rechain(desk.files[ATTACKER], first_innovation(desk.festival, ATTACKER), 40)
    # Without the day's spot checks (those alone would catch the rewrite: see below).
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER], roster=False))
    assert outcome.merge.exit_code != 0
    assert "no receipt" in outcome.said() or "tanpa struk" in outcome.said()
    assert_honest_booths_unchanged(outcome, desk, HONEST)
    required = merge(
        desk,
        receipts=desk.receipts_file(leave_out=[ATTACKER], roster=False),
        extra=["--require-receipts"],
        out_name="required.sqlite",
    )
    assert required.merge.exit_code != 0
    assert required.source(desk.files[ATTACKER])["records_added"] == 0
    assert_honest_booths_unchanged(required, desk, HONEST)


def test_no_receipts_at_all_is_not_a_clean_merge(desk: Desk) -> None:
    outcome = merge(desk)
    assert outcome.merge.exit_code != 0
    assert "no receipt" in outcome.said() or "tanpa struk" in outcome.said()
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_a_file_from_another_festival_is_excluded_whatever_its_order(desk: Desk) -> None:
    pack = tools.other_festival_pack(desk.festival.pack, desk.root / "other-pack")
    foreign = tools.booth_file(
        desk.root / "other" / "booth.sqlite", pack, RIVAL, str(uuid.UUID(int=0)), 10, seed=5
    )
    handed = tools.hand_over(foreign, desk.stick / "0-gerai.sqlite")
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0
    assert outcome.source(handed)["status"] == "other_festival"
    for agency in BOOTHS:
        assert outcome.source(desk.files[agency])["status"] == "accepted"
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_verify_writes_nothing_beside_a_raw_copy_and_says_the_wal_is_missing(
    desk: Desk,
) -> None:
    copy = tools.raw_copy_without_wal(
        desk.festival.pack, ATTACKER, desk.root / "usb" / "booth.sqlite"
    )
    before = sorted(p.name for p in copy.parent.iterdir())
    result = CliRunner().invoke(main, ["verify", str(copy)])
    assert sorted(p.name for p in copy.parent.iterdir()) == before
    assert result.exit_code != 0
    assert "-wal" in result.output


def test_a_cloned_kiosk_is_a_fork_and_neither_branch_is_preferred(desk: Desk) -> None:
    first = desk.festival.root / "clone-a.sqlite"
    second = desk.festival.root / "clone-b.sqlite"
    shutil.copy(desk.festival.live[ATTACKER], first)
    shutil.copy(desk.festival.live[ATTACKER], second)
    tools.more_visitors(first, sessions=20, seed=21, after=timedelta(minutes=5))
    tools.more_visitors(second, sessions=20, seed=22, after=timedelta(minutes=5))
    desk.files[ATTACKER].unlink()
    a = tools.hand_over(first, desk.stick / "gerai-a.sqlite")
    b = tools.hand_over(second, desk.stick / "gerai-b.sqlite")
    outcome = merge(desk, receipts=desk.receipts_file(leave_out=[ATTACKER]))
    assert outcome.merge.exit_code != 0
    assert {outcome.source(a)["status"], outcome.source(b)["status"]} == {"fork"}
    assert "receipt_mismatch" not in outcome.said()
    assert_honest_booths_unchanged(outcome, desk, HONEST)


def test_a_damaged_file_is_corrupt_not_accused_of_editing(desk: Desk) -> None:
    target = desk.files[RIVAL]
    tools.damage(target)
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0
    verdict = outcome.source(target)
    assert verdict["status"] == "corrupt"
    assert "edited" not in (verdict["detail"] or "")
    assert_honest_booths_unchanged(outcome, desk, [a for a in BOOTHS if a != RIVAL])


def test_a_file_rewritten_with_its_records_whole_counts_but_needs_attention(desk: Desk) -> None:
    target = desk.files[RIVAL]
    tools.rewrite_unchanged(target)
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code == 3
    assert "not the exported file" in outcome.merge.output
    verdict = outcome.source(target)
    assert verdict["status"] == "accepted"  # every record matches the receipts
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_a_file_from_an_unissued_version_of_the_pack_is_other_festival(desk: Desk) -> None:
    pack = tools.other_festival_pack(desk.festival.pack, desk.root / "own-pack", slug=None)
    own = tools.booth_file(
        desk.root / "own" / "booth.sqlite", pack, ATTACKER, str(uuid.uuid4()), 10, seed=8
    )
    handed = tools.hand_over(own, desk.stick / "gerai-dinkominfo-2.sqlite")
    outcome = merge(desk, receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0
    verdict = outcome.source(handed)
    assert verdict["status"] == "other_festival"
    assert "not the organizers' pack" in verdict["detail"]
    assert_honest_booths_unchanged(outcome, desk, BOOTHS)


def test_a_second_merge_into_the_same_file_at_once_is_refused(desk: Desk) -> None:
    first = merge(desk, receipts=desk.receipts_file())
    before = first.out.read_bytes()
    with tools.merge_running(first.out):
        second = merge(desk, receipts=desk.receipts_file())
    assert second.merge.exit_code == 1
    assert "another kiosk merge is writing" in second.said()
    assert first.out.read_bytes() == before


def test_the_festival_file_keeps_its_pack_and_refuses_another(desk: Desk) -> None:
    first = merge(desk, inputs=[desk.files[RIVAL]], receipts=desk.receipts_file())
    assert first.merge.exit_code == 3  # the other booths' receipts name no file yet
    args = ["merge", "--out", str(first.out), "--receipts", str(desk.receipts_file())]
    later = CliRunner().invoke(main, [*args, str(desk.stick)])  # no --pack: the kept one
    assert later.exit_code == 0, later.output
    other = tools.other_festival_pack(desk.festival.pack, desk.root / "other-pack")
    refused = CliRunner().invoke(main, [*args, "--pack", str(other), str(desk.stick)])
    assert refused.exit_code == 1
    assert "merged against pack" in refused.output


def test_merging_no_files_is_an_error_that_writes_nothing(desk: Desk) -> None:
    empty = desk.root / "empty-stick"
    empty.mkdir()
    outcome = merge(desk, inputs=[empty], receipts=desk.receipts_file())
    assert outcome.merge.exit_code != 0
    assert not outcome.out.exists()


def test_receipts_on_the_booths_own_stick_are_refused(desk: Desk) -> None:
    forged = desk.stick / "gerai-dinkominfo.receipt.txt"  # written by the booth, not by us
    forged.write_text(desk.festival.receipts[ATTACKER] + "\n", encoding="utf-8")
    outcome = merge(desk, receipts=desk.stick)
    assert outcome.merge.exit_code == 1
    assert "written by the booth itself" in outcome.said()
    assert not outcome.out.exists()
