"""Anomalies for the jury: flagged beside the ranking, never applied to it.

Each detector reads the merged visitor records and returns anomaly rows plus
the votes it flags. Thresholds are stated here and in the organizer guide.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.results.analysis.comparisons import (
    HIGH_VOTE_RATE,
    OFF_CROWD,
    ONE_INNOVATION,
    SAME_RHYTHM,
    VOTE_AND_GO,
    BoothFinding,
    VisitFigures,
    compare_booths,
)

BURST = "burst"
OUTSIDE_HOURS = "outside_hours"
OUTSIDE_DAYS = "outside_days"
CLOCK_JUMP = "clock_jump"
NO_DWELL = "no_dwell"
LONG_RUN = "long_run"
VALID_PREFIX = "valid_prefix"
CARD_RUN = "card_run"  # card mode: kiosk.results.analysis.cards
FLAGS = (
    HIGH_VOTE_RATE,
    ONE_INNOVATION,
    VOTE_AND_GO,
    SAME_RHYTHM,
    OFF_CROWD,
    BURST,
    OUTSIDE_DAYS,
    OUTSIDE_HOURS,
    CLOCK_JUMP,
    NO_DWELL,
    LONG_RUN,
    VALID_PREFIX,
    CARD_RUN,
)

FLAG_NAMES = {
    HIGH_VOTE_RATE: ("Suara per halaman jauh di atas stan lain", "Far more votes per page read"),
    ONE_INNOVATION: ("Satu inovasi menyedot suara stan", "One innovation takes the booth's votes"),
    VOTE_AND_GO: ("Kunjungan buka-pilih-pergi", "Open, vote and go visits"),
    SAME_RHYTHM: ("Irama kunjungan berulang", "One visit rhythm, repeated"),
    OFF_CROWD: ("Jam ramai tak seirama festival", "Busy hours out of step with the crowd"),
    BURST: ("Lonjakan suara", "Burst of votes"),
    OUTSIDE_HOURS: ("Di luar jam buka", "Outside opening hours"),
    OUTSIDE_DAYS: ("Di luar hari festival", "Outside the festival's days"),
    CLOCK_JUMP: ("Lompatan jam", "Clock jump"),
    NO_DWELL: ("Memilih tanpa membaca", "Vote without dwelling"),
    LONG_RUN: ("Rangkaian suara panjang", "Long run of votes without idle"),
    VALID_PREFIX: ("Dari berkas rusak (bagian utuh)", "From a broken file's intact part"),
    CARD_RUN: ("Kartu suara bernomor urut", "Ballot cards in numbered order"),
}

BURST_FLOOR = 6  # votes in one minute at one kiosk before a burst can be flagged
BURST_FACTOR = 3.0  # ... and this many times both the booth's and the festival's median


@dataclass(frozen=True)
class Rules:
    """What the detectors need from the festival's rules."""

    timezone: str
    starts_on: str
    ends_on: str
    opening_time: str
    closing_time: str
    min_dwell_seconds: float
    max_votes_per_session: int
    idle_seconds: float


@dataclass(frozen=True)
class Anomaly:
    flag: str
    kiosk_id: str
    agency_code: str | None
    innovation_slug: str | None
    first_seq: int
    last_seq: int
    started_at: str
    ended_at: str
    votes: int
    detail: str


FlaggedVote = tuple[str, int, str, str | None]  # kiosk_id, seq, flag, innovation_slug


@dataclass
class Findings:
    anomalies: list[Anomaly]
    flagged: list[FlaggedVote]

    def add(self, anomaly: Anomaly, votes: list[tuple[int, str | None]]) -> None:
        self.anomalies.append(anomaly)
        self.flagged.extend((anomaly.kiosk_id, s, anomaly.flag, slug) for s, slug in votes)

    def __add__(self, other: Findings) -> Findings:
        return Findings(self.anomalies + other.anomalies, self.flagged + other.flagged)


def festival_rules(conn: sqlite3.Connection) -> Rules | None:
    row = conn.execute(
        "SELECT timezone, starts_on, ends_on, opening_time, closing_time, min_dwell_seconds,"
        " max_votes_per_session, idle_seconds FROM festival LIMIT 1"
    ).fetchone()
    return Rules(*row) if row else None


def find_anomalies(
    conn: sqlite3.Connection,
    timing: Findings | None = None,
    visits: VisitFigures | None = None,
) -> Findings:
    """Run every detector over the merged records.

    `timing` is what `find_timing_anomalies` found and `visits` what
    `comparisons.visit_figures` read, when they ran already (on a connection
    of their own, alongside the rule breaks: see `ranking.write_results`).
    """
    findings = timing if timing is not None else find_timing_anomalies(conn)
    if festival_rules(conn) is None:
        return findings
    agencies = dict(conn.execute("SELECT kiosk_id, agency_code FROM kiosks").fetchall())
    find_chain_findings(conn, agencies, findings)
    find_valid_prefixes(conn, agencies, findings)
    for finding in compare_booths(conn, local_shift(conn), visits):
        _add_booth_finding(conn, finding, findings)
    return findings


def local_shift(conn: sqlite3.Connection) -> str:
    """The SQLite modifier that turns the records' UTC into the festival's local time."""
    rules = festival_rules(conn)
    return _shift(rules) if rules else f"{7 * 3600:+d} seconds"


def _shift(rules: Rules) -> str:
    """The SQLite modifier for the festival's UTC offset, e.g. '+25200 seconds'."""
    return f"{_offset_seconds(rules):+d} seconds"


def find_timing_anomalies(
    conn: sqlite3.Connection, bursts: bool = True, hours_and_dwell: bool = True
) -> Findings:
    """Bursts; votes outside the festival's hours or days; votes without dwelling.

    They read only the visitor records, the kiosks and the festival's rules,
    never the results tables, so they can run on a read-only connection.
    """
    findings = Findings([], [])
    rules = festival_rules(conn)
    if rules is None:
        return findings
    agencies = dict(conn.execute("SELECT kiosk_id, agency_code FROM kiosks").fetchall())
    if bursts:
        find_bursts(conn, agencies, findings)
    if hours_and_dwell:
        find_outside_hours(conn, rules, agencies, findings)
        find_no_dwell(conn, rules, agencies, findings)
    return findings


def _add_booth_finding(conn: sqlite3.Connection, finding: BoothFinding, out: Findings) -> None:
    """One anomaly per kiosk of the booth, flagging the valid votes the finding is about."""
    for kiosk in finding.booth.kiosks:
        votes = conn.execute(
            "SELECT v.seq, v.innovation_slug, v.recorded_at FROM visitor_records v"
            " JOIN innovations i ON i.slug = v.innovation_slug AND i.agency_code = ?"
            f" WHERE v.kind = 'vote' AND v.kiosk_id = ? AND {finding.votes_where}"
            " ORDER BY v.seq",
            [finding.booth.agency, kiosk, *finding.params],
        ).fetchall()
        if votes:
            anomaly = _anomaly(
                finding.flag,
                kiosk,
                {kiosk: finding.booth.agency},
                finding.slug,
                votes,
                finding.detail,
            )
            out.add(anomaly, _sv(votes))


def find_bursts(conn: sqlite3.Connection, agencies: dict[str, str], out: Findings) -> None:
    """Stretches in which a kiosk took far more votes than it and the festival usually do.

    Normal rates are medians of votes per active minute; a burst is any 60-second
    window holding at least the limit, stretched while windows stay hot. Time is
    the kiosk's monotonic clock within one run, never the wall clock: a booth clock
    set back a day would otherwise pile two days' votes into the same minutes (the
    jump itself is the clock_jump flag).
    """
    minutes = conn.execute(
        "SELECT kiosk_id, count(*) FROM visitor_records WHERE kind = 'vote'"
        " GROUP BY kiosk_id, run_id, monotonic_ns / 60000000000 ORDER BY kiosk_id"
    ).fetchall()
    if not minutes:
        return
    festival_median = statistics.median(n for _, n in minutes)
    per_kiosk: dict[str, list[int]] = {}
    for kiosk, n in minutes:
        per_kiosk.setdefault(kiosk, []).append(n)
    for kiosk, counts in per_kiosk.items():
        booth_median = statistics.median(counts)
        limit = max(BURST_FLOOR, BURST_FACTOR * booth_median, BURST_FACTOR * festival_median)
        if 2 * max(counts) < limit:
            continue  # a 60-second window spans at most two minutes
        votes = conn.execute(
            "SELECT seq, innovation_slug, recorded_at, monotonic_ns / 1e9, run_id"
            " FROM visitor_records WHERE kind = 'vote' AND kiosk_id = ? ORDER BY seq",
            [kiosk],
        ).fetchall()
        for run in _runs(votes):
            for burst in _hot_windows(run, limit):
                span = (burst[-1][3] - burst[0][3]) / 60
                detail = (
                    f"{len(burst)} votes in {span:.1f} min (limit {limit:g} in any minute;"
                    f" booth median {booth_median:g}, festival median {festival_median:g} per"
                    " active minute)"
                )
                trimmed = [(s, g, a) for s, g, a, _ in burst]
                out.add(_anomaly(BURST, kiosk, agencies, None, trimmed, detail), _sv(trimmed))


def _runs(votes: list[tuple[int, str | None, str, float, str]]) -> Iterator[list[TimedVote]]:
    """Consecutive votes of one kiosk run: the stretch its monotonic clock is valid for."""
    run: list[TimedVote] = []
    current = None
    for seq, slug, at, seconds, run_id in votes:
        if run_id != current and run:
            yield run
            run = []
        current = run_id
        run.append((seq, slug, at, seconds))
    if run:
        yield run


TimedVote = tuple[int, str | None, str, float]  # seq, slug, recorded_at, seconds


def _hot_windows(votes: list[TimedVote], limit: float) -> Iterator[list[TimedVote]]:
    """Groups of votes covered by 60-second windows that each hold at least `limit` votes."""
    hot = [False] * len(votes)
    end = 0
    for start in range(len(votes)):
        end = max(end, start)
        while end < len(votes) and votes[end][3] - votes[start][3] < 60:
            end += 1
        if end - start >= limit:
            hot[start:end] = [True] * (end - start)
    group: list[TimedVote] = []
    for vote, flagged in zip(votes, hot, strict=True):
        if flagged:
            group.append(vote)
        elif group:
            yield group
            group = []
    if group:
        yield group


def _offset_seconds(rules: Rules) -> int:
    """The festival's UTC offset on its first day (Asia/Jakarta: +7 h, no daylight saving)."""
    try:
        zone = ZoneInfo(rules.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return 7 * 3600
    noon = datetime.fromisoformat(rules.starts_on + "T12:00:00").replace(tzinfo=zone)
    offset = noon.utcoffset() or timedelta(0)
    return int(offset.total_seconds())


def find_outside_hours(
    conn: sqlite3.Connection, rules: Rules, agencies: dict[str, str], out: Findings
) -> None:
    """Votes cast before opening, after closing (local time) or outside the festival's days."""
    shift = _shift(rules)
    opening_hours = _opening_hours_utc(rules)
    # Cheap string comparisons against each day's opening hours in UTC pick the few
    # votes outside them; only those get their local day and time worked out.
    rows = conn.execute(
        f"WITH open (starts, ends) AS (VALUES {', '.join(['(?, ?)'] * len(opening_hours))})"
        " SELECT kiosk_id, seq, innovation_slug, recorded_at, date(recorded_at, ?),"
        " strftime('%H:%M', recorded_at, ?) FROM visitor_records WHERE kind = 'vote'"
        " AND NOT EXISTS (SELECT 1 FROM open WHERE recorded_at >= starts AND recorded_at < ends)"
        " ORDER BY kiosk_id, seq",
        [*(t for pair in opening_hours for t in pair), shift, shift],
    ).fetchall()
    groups: dict[tuple[str, str, str], list[tuple[int, str | None, str]]] = {}
    for kiosk, seq, slug, at, day, hhmm in rows:
        when = _when(day, hhmm, rules)
        groups.setdefault((kiosk, day, when), []).append((seq, slug, at))
    for (kiosk, day, when), votes in groups.items():
        detail = (
            f"{len(votes)} votes {when} on {day} (local {rules.timezone}; open "
            f"{rules.opening_time}-{rules.closing_time}, {rules.starts_on}..{rules.ends_on})"
        )
        flag = OUTSIDE_DAYS if when == _NOT_A_FESTIVAL_DAY else OUTSIDE_HOURS
        out.add(_anomaly(flag, kiosk, agencies, None, votes, detail), _sv(votes))


def _opening_hours_utc(rules: Rules) -> list[tuple[str, str]]:
    """Each festival day's opening and closing as UTC strings in the records' format."""
    offset = timedelta(seconds=_offset_seconds(rules))
    day = date.fromisoformat(rules.starts_on)
    hours = []
    while day <= date.fromisoformat(rules.ends_on):
        opens, closes = (
            datetime.combine(day, time.fromisoformat(t)) - offset
            for t in (rules.opening_time, rules.closing_time)
        )
        hours.append((opens.strftime(_UTC_FORMAT), closes.strftime(_UTC_FORMAT)))
        day += timedelta(days=1)
    return hours or [("", "")]


_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.000Z"


_NOT_A_FESTIVAL_DAY = "outside the festival's days"


def _when(day: str, hhmm: str, rules: Rules) -> str:
    if day < rules.starts_on or day > rules.ends_on:
        return _NOT_A_FESTIVAL_DAY
    return "before opening" if hhmm < rules.opening_time else "after closing"


def find_chain_findings(conn: sqlite3.Connection, agencies: dict[str, str], out: Findings) -> None:
    """Clock jumps and long runs, as seen while each kiosk's chain was verified.

    A kiosk's chain is the prefix of the file that gave it its last record;
    that file's findings cover the whole chain (see kiosk.results.merge.chain_watch).
    """
    rows = conn.execute(
        "SELECT f.flag, f.kiosk_id, f.innovation_slug, f.first_seq, f.last_seq, f.started_at,"
        " f.ended_at, f.votes, f.detail FROM source_findings f JOIN kiosks k"
        " ON k.kiosk_id = f.kiosk_id JOIN visitor_records v ON v.kiosk_id = k.kiosk_id"
        " AND v.seq = k.last_seq AND v.source_id = f.source_id ORDER BY f.kiosk_id, f.first_seq"
    ).fetchall()
    for flag, kiosk, slug, first, last, started, ended, votes_json, detail in rows:
        votes = [(int(seq), s) for seq, s in json.loads(votes_json)]
        anomaly = Anomaly(
            flag,
            kiosk,
            agencies.get(kiosk),
            slug,
            first,
            last,
            started,
            ended,
            len(votes),
            detail,
        )
        out.add(anomaly, votes)


def find_valid_prefixes(conn: sqlite3.Connection, agencies: dict[str, str], out: Findings) -> None:
    """Votes counted only because the organizers accepted a broken file's intact part."""
    sources = conn.execute(
        "SELECT id, path, broken_at_seq FROM sources WHERE status = 'chain_broken'"
        " AND records_added > 0 ORDER BY id"
    ).fetchall()
    for source_id, path, broken_at in sources:
        votes = conn.execute(
            "SELECT kiosk_id, seq, innovation_slug, recorded_at FROM visitor_records"
            " WHERE source_id = ? AND kind = 'vote' ORDER BY seq",
            [source_id],
        ).fetchall()
        if not votes:
            continue
        detail = (
            f"{len(votes)} votes from {path}, whose chain breaks at sequence {broken_at};"
            " counted because --accept-valid-prefix was given"
        )
        trimmed = [(seq, slug, at) for _, seq, slug, at in votes]
        anomaly = _anomaly(VALID_PREFIX, votes[0][0], agencies, None, trimmed, detail)
        out.add(anomaly, _sv(trimmed))


def find_no_dwell(
    conn: sqlite3.Connection, rules: Rules, agencies: dict[str, str], out: Findings
) -> None:
    """Votes whose recorded dwell on the innovation's page is below the festival's minimum."""
    rows = conn.execute(
        "SELECT kiosk_id, seq, innovation_slug, recorded_at, json_extract(data, '$.dwell_s')"
        " AS dwell FROM visitor_records WHERE kind = 'vote' AND (dwell IS NULL OR dwell < ?)"
        " ORDER BY kiosk_id, innovation_slug, seq",
        [rules.min_dwell_seconds],
    ).fetchall()
    groups: dict[tuple[str, str | None], list[tuple[int, str | None, str, float | None]]] = {}
    for kiosk, seq, slug, at, dwell in rows:
        groups.setdefault((kiosk, slug), []).append((seq, slug, at, dwell))
    for (kiosk, slug), votes in groups.items():
        dwells = [d for *_, d in votes if d is not None]
        shortest = f"shortest {min(dwells):g} s" if dwells else "no dwell recorded"
        detail = f"{len(votes)} votes after less than {rules.min_dwell_seconds:g} s ({shortest})"
        trimmed = [(s, g, a) for s, g, a, _ in votes]
        out.add(_anomaly(NO_DWELL, kiosk, agencies, slug, trimmed, detail), _sv(trimmed))


def _anomaly(
    flag: str,
    kiosk: str,
    agencies: dict[str, str],
    slug: str | None,
    votes: list[tuple[int, str | None, str]],
    detail: str,
) -> Anomaly:
    return Anomaly(
        flag,
        kiosk,
        agencies.get(kiosk),
        slug,
        votes[0][0],
        votes[-1][0],
        votes[0][2],
        votes[-1][2],
        len(votes),
        detail,
    )


def _sv(votes: list[tuple[int, str | None, str]]) -> list[tuple[int, str | None]]:
    return [(seq, slug) for seq, slug, _ in votes]
