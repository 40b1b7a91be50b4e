"""Anomalies seen while walking one file's chain: clock jumps and long runs of votes.

These two need every record in sequence order, which the chain verifier reads
anyway (in a worker process), so they are found there instead of by a second
pass over the merged table. Every file's chain starts at sequence 1, so the
findings of the file that gave a kiosk its last record cover that kiosk's
whole merged chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

CLOCK_TOLERANCE_S = 2.0  # wall clock vs monotonic clock disagreement allowed within a run
LONG_RUN_SESSIONS = 3  # a run longer than this many full sessions' votes is flagged


@dataclass(frozen=True)
class Finding:
    """An anomaly in one file's chain, before it is tied to a kiosk's agency."""

    flag: str  # "clock_jump" or "long_run"
    innovation_slug: str | None
    first_seq: int
    last_seq: int
    started_at: str
    ended_at: str
    votes: tuple[tuple[int, str | None], ...]  # (seq, slug) of the votes it flags
    detail: str


Vote = tuple[int, str | None, str]  # seq, innovation slug, recorded_at


@dataclass
class ChainWatch:
    """Fed every record in order (row tuples in RECORD_COLUMNS order)."""

    idle_seconds: float = 45.0
    max_votes_per_session: int = 3
    findings: list[Finding] = field(default_factory=list)
    _prev: tuple[str, float, int, str, int] | None = None  # run, wall, mono_ns, at, seq
    _idle_end: bool = False
    _run: list[Vote] = field(default_factory=list)

    def observe(self, row: Sequence[object]) -> None:
        seq, run, kind, at, mono = row[0], row[3], row[5], row[6], row[7]
        assert isinstance(seq, int) and isinstance(mono, int)
        assert isinstance(run, str) and isinstance(at, str)
        wall = datetime.fromisoformat(at).timestamp()
        reset = self._check_step(seq, run, wall, mono, at, row)
        if reset or self._idle_end:
            self.close()
        if kind == "vote":
            self._run.append((seq, _opt_str(row[8]), at))
        self._idle_end = kind == "session_end" and '"reason":"idle"' in str(row[9])
        self._prev = (run, wall, mono, at, seq)

    def _check_step(
        self, seq: int, run: str, wall: float, mono: int, at: str, row: Sequence[object]
    ) -> bool:
        """Note a clock jump between the previous record and this one; True if idle between."""
        if self._prev is None:
            return True
        prev_run, prev_wall, prev_mono, prev_at, _ = self._prev
        d_wall = wall - prev_wall
        if prev_run != run:
            if d_wall < -CLOCK_TOLERANCE_S:
                self._jump(
                    row,
                    prev_at,
                    f"after a restart the clock read {d_wall:+.1f} s earlier than the last record",
                )
            return True
        d_mono = (mono - prev_mono) / 1e9
        if abs(d_wall - d_mono) > CLOCK_TOLERANCE_S or d_mono < 0:
            self._jump(
                row,
                prev_at,
                f"wall clock moved {d_wall:+.1f} s while the monotonic clock moved "
                f"{d_mono:+.1f} s (between records {seq - 1} and {seq}, same run)",
            )
        return d_mono >= self.idle_seconds

    def _jump(self, row: Sequence[object], prev_at: str, detail: str) -> None:
        seq, kind, at, slug = int(str(row[0])), row[5], str(row[6]), _opt_str(row[8])
        votes = ((seq, slug),) if kind == "vote" else ()
        self.findings.append(Finding("clock_jump", slug, seq - 1, seq, prev_at, at, votes, detail))

    def close(self) -> None:
        """End the current run of votes (idle, restart or end of chain)."""
        run, self._run = self._run, []
        limit = LONG_RUN_SESSIONS * self.max_votes_per_session
        if len(run) <= limit:
            return
        slugs = [str(slug) for _, slug, _ in run]
        top = max(sorted(set(slugs)), key=slugs.count)
        detail = (
            f"{len(run)} votes with no idle reset between them (more than {limit});"
            f" {100 * slugs.count(top) / len(run):.0f}% for {top}"
        )
        votes = tuple((seq, slug) for seq, slug, _ in run)
        self.findings.append(
            Finding("long_run", None, run[0][0], run[-1][0], run[0][2], run[-1][2], votes, detail)
        )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
