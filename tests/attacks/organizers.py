"""What the organizers run after the festival, and what the jury then sees."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from click.testing import CliRunner, Result

from kiosk.cli import main
from tests.attacks.festival import Desk, pack_owners, votes_by_innovation


@dataclass
class Outcome:
    merge: Result
    out: Path

    @property
    def figures(self) -> dict[str, Any]:
        result = CliRunner().invoke(main, ["results", str(self.out), "--json"])
        assert result.exit_code == 0, result.output
        return dict(json.loads(result.output))

    def source(self, path: Path) -> dict[str, Any]:
        """The merge's verdict on one input file."""
        for row in self.figures["sources"]:
            if Path(row["path"]).name == path.name:
                return dict(row)
        raise AssertionError(f"{path.name} is not among the sources")

    def said(self) -> str:
        """Everything the merge told the organizer, on either stream, in lower case."""
        return (self.merge.output + (self.merge.stderr or "")).lower()


def merge(
    desk: Desk,
    inputs: Iterable[Path] | None = None,
    receipts: Path | None = None,
    extra: Iterable[str] = (),
    out_name: str = "FESTIVAL.sqlite",
) -> Outcome:
    """`kiosk merge --pack PACK --receipts R --out F INPUTS` as the organizer guide says."""
    out = desk.root / "hasil" / out_name
    args = ["merge", "--out", str(out)]
    if takes_pack():
        args += ["--pack", str(desk.festival.pack)]
    if receipts is not None:
        args += ["--receipts", str(receipts)]
    args += [*extra, *(str(p) for p in (inputs if inputs is not None else [desk.stick]))]
    return Outcome(CliRunner().invoke(main, args), out)


def takes_pack() -> bool:
    """Until the merge takes the organizers' pack (#13), the attacks run without it."""
    command = main.get_command(click.Context(main), "merge")
    assert command is not None
    return any("--pack" in param.opts for param in command.params)


def assert_honest_booths_unchanged(outcome: Outcome, desk: Desk, honest: Iterable[str]) -> None:
    """Every honest booth's innovations: the votes its file holds, credited to its agency."""
    owners = pack_owners(desk.festival)
    ranking = {row["innovation_slug"]: row for row in outcome.figures["ranking"]}
    for agency in honest:
        truth = votes_by_innovation(desk.festival.exports[agency])
        for slug, owner in owners.items():
            if owner != agency:
                continue
            row = ranking.get(slug)
            counted = row["valid_votes"] if row else 0
            assert counted == truth[slug], f"{agency} {slug}: {counted} counted, {truth[slug]} cast"
            if row:
                assert row["agency_code"] == agency, f"{slug} credited to {row['agency_code']}"
