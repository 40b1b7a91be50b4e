"""Card mode at the merge: every vote's ballot card, counted across all booths in time order.

A booth only knows the votes it recorded itself; the organizers see every
booth. So here each card's votes are counted festival-wide in the order they
were cast (`recorded_at`, then kiosk and sequence): the first `quota` count,
the rest are `card_over_quota`. The card's text stored with each vote is
verified again with the pack's public key (a booth file is the booth's word,
not proof): a vote without a card is `card_missing`, one whose card does not
verify `card_forged`, one of a batch the organizers revoked `card_revoked`.
All four are rule breaks: kept, listed, never counted. Every card vote is
listed with what became of it in `card_votes`.

A booth whose votes come from a run of consecutive cards (a stack of unused
cards fed to the kiosk) is flagged for the jury (`card_run`), not excluded.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.pack.cards import CardReader
from kiosk.results.analysis.anomalies import CARD_RUN, Anomaly, Findings
from kiosk.results.errors import MergeError

CARD_RULES = {
    "card_missing": "card mode: a vote without a ballot card",
    "card_forged": "card mode: a card whose signature does not verify (forged, or another"
    " festival's)",
    "card_revoked": "card mode: a card of a batch the organizers revoked",
    "card_over_quota": "card mode: a card's votes beyond its quota, all booths together in"
    " time order",
}
COUNTED = "counted"
RUN_MIN = 5  # consecutive cards at one booth before a run is flagged


@dataclass(frozen=True)
class CardSettings:
    """Card mode as the organizers' pack sets it (kept in the festival file)."""

    slug: str
    public_key: str
    quota: int
    revoked: tuple[int, ...] = ()  # batches the pack itself withdrew


def card_settings(conn: sqlite3.Connection) -> CardSettings | None:
    """The pack's card mode, or None when the festival votes without cards."""
    row = conn.execute("SELECT content FROM organizers_pack LIMIT 1").fetchone()
    if row is None:
        return None
    festival = json.loads(row[0])["festival"]
    if not festival.get("card_mode"):
        return None
    return CardSettings(
        festival["slug"],
        festival["card_public_key"],
        int(festival.get("card_quota") or 3),
        tuple(json.loads(festival.get("card_revoked_batches") or "[]")),
    )


def revoke_batches(conn: sqlite3.Connection, batches: list[int], at: str) -> None:
    """Record the batches the organizers revoke (kept for later merges and reports)."""
    conn.executemany(
        "INSERT OR IGNORE INTO revoked_batches (batch, revoked_at) VALUES (?, ?)",
        [(b, at) for b in sorted(set(batches))],
    )


def revoked_batches(conn: sqlite3.Connection, settings: CardSettings) -> set[int]:
    """The batches whose cards count for nothing: given to `--revoke-batch` (kept in the
    festival file) or withdrawn in the pack itself, before the festival."""
    return {b for (b,) in conn.execute("SELECT batch FROM revoked_batches")} | set(settings.revoked)


def judge_cards(conn: sqlite3.Connection) -> Findings:
    """Fill `card_votes` and the card rule breaks; return the consecutive-card runs."""
    findings = Findings([], [])
    settings = card_settings(conn)
    if settings is None:
        return findings
    reader = CardReader(settings.slug, settings.public_key)
    revoked = revoked_batches(conn, settings)
    votes = conn.execute(
        "SELECT r.kiosk_id, r.seq, r.recorded_at, k.agency_code, r.innovation_slug,"
        " json_extract(r.data, '$.card'), json_extract(r.data, '$.card_code')"
        " FROM visitor_records r JOIN kiosks k USING (kiosk_id)"
        " JOIN innovations o ON o.slug = r.innovation_slug AND o.agency_code = k.agency_code"
        " WHERE r.kind = 'vote' AND NOT EXISTS (SELECT 1 FROM rule_breaks b"
        "  WHERE b.kiosk_id = r.kiosk_id AND b.seq = r.seq)"
        " ORDER BY r.recorded_at, r.kiosk_id, r.seq"
    ).fetchall()
    verified: dict[str, tuple[int, str] | None] = {}  # card text -> (batch, serial)
    used: Counter[str] = Counter()
    rows, breaks = [], []
    for kiosk, seq, at, agency, slug, serial, code in votes:
        batch, number, status = None, 0, COUNTED
        if not code:
            status = "card_missing"
        else:
            if code not in verified:
                card = reader.read(str(code)).card
                verified[code] = (card.batch, card.serial) if card else None
            found = verified[code]
            if found is None or found[1] != serial:
                status = "card_forged"  # no card, or not the serial the record names
            else:
                batch = found[0]
                if batch in revoked:
                    status = "card_revoked"
                else:
                    used[serial] += 1
                    number = used[serial]
                    if number > settings.quota:
                        status = "card_over_quota"
        rows.append((kiosk, seq, at, agency, slug, serial, batch, number or None, status))
        if status != COUNTED:
            breaks.append((kiosk, seq, status))
    conn.executemany("INSERT INTO card_votes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO rule_breaks VALUES (?, ?, ?)", breaks)
    _find_runs(conn, findings)
    return findings


def _find_runs(conn: sqlite3.Connection, out: Findings) -> None:
    """Per booth, runs of consecutive cards (same batch, numbers one apart) in the order
    the booth first saw them: `RUN_MIN` or more is flagged, with every vote of those cards."""
    rows = conn.execute(
        "SELECT kiosk_id, agency_code, seq, recorded_at, innovation_slug, card, batch"
        " FROM card_votes WHERE status = 'counted' ORDER BY kiosk_id, seq"
    ).fetchall()
    by_kiosk: dict[str, list[tuple[str | None, int, str, str | None, str, int]]] = {}
    for kiosk, agency, seq, at, slug, card, batch in rows:
        by_kiosk.setdefault(kiosk, []).append((agency, seq, at, slug, card, batch))
    for kiosk, votes in by_kiosk.items():
        order: list[tuple[int, int]] = []  # (batch, number) in order of first use here
        seen: set[str] = set()
        for _, _, _, _, card, batch in votes:
            if card not in seen:
                seen.add(card)
                order.append((batch, int(card.split("-")[1])))
        run: list[tuple[int, int]] = []
        for card_id in [*order, (-1, -1)]:
            if run and card_id == (run[-1][0], run[-1][1] + 1):
                run.append(card_id)
                continue
            if len(run) >= RUN_MIN:
                _flag_run(kiosk, votes, run, out)
            run = [card_id]


def _flag_run(
    kiosk: str,
    votes: list[tuple[str | None, int, str, str | None, str, int]],
    run: list[tuple[int, int]],
    out: Findings,
) -> None:
    serials = {f"{b}-{n:06d}" for b, n in run}
    hits = [v for v in votes if v[4] in serials]
    first, last = f"{run[0][0]}-{run[0][1]:06d}", f"{run[-1][0]}-{run[-1][1]:06d}"
    detail = (
        f"{len(run)} consecutive cards ({first} to {last}) voted here one after another:"
        " a stack of unused cards?"
    )
    anomaly = Anomaly(
        CARD_RUN, kiosk, hits[0][0], None, hits[0][1], hits[-1][1], hits[0][2], hits[-1][2],
        len(hits), detail,
    )  # fmt: skip
    out.add(anomaly, [(v[1], v[3]) for v in hits])


@dataclass(frozen=True)
class CardFigures:
    """What the report says about the cards (all None-free zeros when there is no card mode)."""

    quota: int
    printed: int
    used: int
    votes_counted: int
    votes_per_card: dict[int, int]  # counted votes on a card -> how many cards
    excluded: dict[str, int]  # status -> votes
    revoked: list[int]


def card_figures(conn: sqlite3.Connection) -> CardFigures | None:
    settings = card_settings(conn)
    if settings is None:
        return None
    printed = conn.execute("SELECT coalesce(sum(count), 0) FROM card_batches").fetchone()[0]
    per_card = conn.execute(
        "SELECT n, count(*) FROM (SELECT card, count(*) AS n FROM card_votes"
        " WHERE status = 'counted' GROUP BY card) GROUP BY n ORDER BY n"
    ).fetchall()
    excluded = conn.execute(
        "SELECT status, count(*) FROM card_votes WHERE status != 'counted'"
        " GROUP BY status ORDER BY status"
    ).fetchall()
    return CardFigures(
        settings.quota,
        int(printed),
        sum(n for _, n in per_card),
        sum(k * n for k, n in per_card),
        dict(per_card),
        dict(excluded),
        sorted(revoked_batches(conn, settings)),
    )


@dataclass(frozen=True)
class CardSheet:
    """One `kiosk ballots make` run, from the .json file beside its PDF."""

    file: str
    festival: str
    public_key: str
    batch: int
    first: int
    last: int
    count: int


def read_card_sheets(paths: list[Path]) -> list[CardSheet]:
    """The sheets' .json files in `paths` (files, or folders searched for kartu-*.json)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.rglob("kartu-*.json")) if path.is_dir() else [path]
    sheets = []
    for file in files:
        try:
            held = json.loads(file.read_text(encoding="utf-8"))
            sheets.append(
                CardSheet(
                    str(file),
                    str(held["festival"]),
                    str(held["public_key"]),
                    int(held["batch"]),
                    int(held["first"]),
                    int(held["last"]),
                    int(held["count"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise MergeError(
                f"{file}: not the .json file of `kiosk ballots make` ({exc})"
            ) from None
    return sheets


def record_card_sheets(conn: sqlite3.Connection, sheets: Sequence[CardSheet]) -> None:
    """Keep how many cards were printed; a sheet of another festival or key is refused."""
    if not sheets:
        return
    settings = card_settings(conn)
    for sheet in sheets:
        if settings is None or (sheet.festival, sheet.public_key) != (
            settings.slug,
            settings.public_key,
        ):
            raise MergeError(
                f"{sheet.file}: cards of another festival or key than the pack's card mode"
            )
    conn.executemany(
        "INSERT OR REPLACE INTO card_batches VALUES (?, ?, ?, ?, ?)",
        [(s.batch, s.first, s.last, s.count, Path(s.file).name) for s in sheets],
    )
