"""The results and the merge report as plain text for the terminal (Indonesian first)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.results.analysis.anomalies import FLAG_NAMES
from kiosk.results.analysis.cards import CardFigures
from kiosk.results.analysis.figures import FestivalFigures, Row
from kiosk.results.analysis.ranking import RULE_BREAKS
from kiosk.results.merge.kiosk_files import NOT_THE_EXPORTED_FILE, MergeReport
from kiosk.results.merge.statuses import CLEAN, STATUSES

_SHOWN = 4  # items per kind of problem; the report and `kiosk results --json` list all


def merge_lines(report: MergeReport) -> list[str]:
    """One line per input, its warnings indented below it, then a total."""
    lines = []
    for source in report.sources:
        lines.append(source.line())
        lines.extend(f"    ! {warning}" for warning in source.warnings)
    counts: dict[str, int] = {}
    for source in report.sources:
        counts[source.status] = counts.get(source.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    lines.append(f"{len(report.sources)} files ({summary}); {report.records_added} records added")
    return lines


_NOT_EXPORTED = (
    "not the exported file: its records match the receipts and count; the file itself is not"
    " the one the booth exported (SHA-256 differs): a raw copy, a failing stick, or a file"
    " changed after closing. Ask the booth for its export and compare"
)


def attention_lines(
    report: MergeReport, conn: sqlite3.Connection, receipt_problems: list[str]
) -> list[str]:
    """What needs the organizer's attention after a merge, on one screen; [] if nothing."""
    groups: dict[str, list[str]] = {}
    named = set()
    for s in report.sources:
        kiosk = f" [{s.agency_code or '?'} {s.kiosk_id[:8]}]" if s.kiosk_id else ""
        if s.status not in CLEAN:
            groups.setdefault(s.status, []).append(f"{Path(s.path).name}{kiosk}: {s.detail}")
            named.add(s.kiosk_id)
        elif any(w.startswith(NOT_THE_EXPORTED_FILE) for w in s.warnings):
            groups.setdefault(_NOT_EXPORTED, []).append(f"{Path(s.path).name}{kiosk}")
    for kind, kiosk_id, agency, at, origin, status, detail in conn.execute(
        "SELECT kind, kiosk_id, agency_code, shown_at, origin, status, detail FROM receipts"
        " WHERE status != 'confirmed' ORDER BY kiosk_id, kind, shown_at"
    ):
        where = f" ({origin})" if origin else ""
        groups.setdefault(f"receipt {status}", []).append(
            f"{kind} receipt of {agency} {kiosk_id[:8]} {at}{where}: {detail}"
        )
    for kiosk_id, agency in conn.execute(
        "SELECT kiosk_id, agency_code FROM kiosks WHERE closing_receipt = 'no receipt'"
        " AND records > 0 ORDER BY kiosk_id"
    ):
        if kiosk_id not in named:
            groups.setdefault("no_receipt", []).append(
                f"kiosk {agency} {kiosk_id[:8]}: no closing receipt (merged before)"
            )
    for uuid, a, a_seq, b, b_seq in conn.execute(
        "SELECT x.uuid, x.kiosk_id, x.seq, y.kiosk_id, y.seq FROM visitor_records x"
        " JOIN visitor_records y ON y.uuid = x.uuid AND y.kiosk_id > x.kiosk_id"
        " ORDER BY x.kiosk_id, x.seq LIMIT 50"
    ):
        groups.setdefault("shared record ids", []).append(
            f"record id {uuid} is record {a_seq} of kiosk {a[:8]} and record {b_seq} of kiosk"
            f" {b[:8]}: kiosks draw record ids at random, so one of them copied or forged it"
            " (each is counted as its own kiosk's record)"
        )
    for kiosk_id, agency, rule, n in conn.execute(
        "SELECT b.kiosk_id, k.agency_code, b.rule, count(*) FROM rule_breaks b"
        " LEFT JOIN kiosks k USING (kiosk_id) GROUP BY 1, 3 ORDER BY 1, 3"
    ):
        groups.setdefault("votes refused by the rules", []).append(
            f"{n} votes at {agency or '?'} kiosk {kiosk_id[:8]}: {RULE_BREAKS.get(rule, rule)};"
            " the kiosk as shipped refuses them: not counted"
        )
    unread = [r[0] for r in conn.execute("SELECT problem FROM unread_receipts ORDER BY 1")]
    if unread or receipt_problems:
        groups["receipt not used"] = sorted({*unread, *receipt_problems})
    if not groups:
        return []
    total = sum(len(items) for items in groups.values())
    lines = ["", f"PERLU PERHATIAN / NEEDS ATTENTION ({total}):"]
    for name, items in groups.items():
        status = STATUSES.get(name)
        lines.append(f"  {name} ({len(items)})" + (f": {status.meaning}" if status else ""))
        if status and status.todo:
            lines.append(f"    -> {status.todo}")
        lines.extend(f"    {item}" for item in items[:_SHOWN])
        if len(items) > _SHOWN:
            lines.append(f"    ... and {len(items) - _SHOWN} more (see the report)")
    return lines


def render_results(figures: FestivalFigures, top: int | None = None) -> str:
    """The two rankings, the tie rule, excluded votes and the anomaly flags."""
    parts = [_heading(figures)]
    ranking = figures.ranking[:top] if top else figures.ranking
    parts.append(
        "Peringkat pilihan pengunjung / People's choice (suara sah / valid votes)\n"
        + _table(ranking, "rank")
    )
    parts.append(f"Aturan seri: {figures.tie_rule_id}\nTie rule: {figures.tie_rule}")
    shift = figures.sensitivity
    parts.append(f"Kepekaan / Sensitivity: {shift.text_id}\n{shift.text_en}")
    by_rate = figures.by_rate[:top] if top else figures.by_rate
    parts.append(
        "Per 100 sesi pengunjung di stan / Votes per 100 booth sessions\n"
        + _table(by_rate, "rank_per_100_sessions")
    )
    parts.append(_exclusions(figures))
    if figures.cards is not None:
        parts.append(card_lines(figures.cards))
    parts.append(_closing_receipts(figures))
    parts.append(_anomalies(figures))
    return "\n\n".join(parts) + "\n"


def card_lines(cards: CardFigures) -> str:
    """Card mode: cards printed and used, votes per card, card votes not counted."""
    printed = f"{cards.printed}" if cards.printed else "? (kiosk merge --cards)"
    per_card = ", ".join(
        f"{votes} suara/votes: {n} kartu/cards" for votes, n in cards.votes_per_card.items()
    )
    lines = [
        f"Kartu suara / Ballot cards (kuota / quota {cards.quota}): dicetak / printed {printed},"
        f" dipakai / used {cards.used}, suara sah / valid votes {cards.votes_counted}",
        f"  per kartu / per card: {per_card or '-'}",
    ]
    for status, n in cards.excluded.items():
        lines.append(f"  tidak dihitung / excluded: {status} {n}")
    if cards.revoked:
        lines.append(
            "  kelompok dicabut / revoked batches: " + ", ".join(str(b) for b in cards.revoked)
        )
    return "\n".join(lines)


def _heading(figures: FestivalFigures) -> str:
    f = figures.festival
    name = f"{f.get('name_id', '?')} ({f.get('slug', '?')})"
    merged = sum(1 for s in figures.sources if s["records_added"])
    return (
        f"{name}: {figures.valid_votes} suara sah / valid votes, "
        f"{figures.excluded_votes} tidak dihitung / excluded; "
        f"{len(figures.sources)} files, {merged} contributed records"
    )


def _table(ranking: list[Row], rank_key: str) -> str:
    lines = [f"{'#':>3}  {'Inovasi / Innovation':<40} {'OPD':<10} {'Suara':>6} {'/100':>7}  Flags"]
    for r in ranking:
        rate = "-" if r["votes_per_100_sessions"] is None else f"{r['votes_per_100_sessions']:.2f}"
        lines.append(
            f"{r[rank_key]:>3}  {_cut(r['title'], 40):<40} {_cut(r['agency_code'] or '?', 10):<10}"
            f" {r['valid_votes']:>6} {rate:>7}  {r['flags'] or '-'}"
        )
    return "\n".join(lines)


def _exclusions(figures: FestivalFigures) -> str:
    if not figures.exclusions:
        return "Suara tidak dihitung / Votes excluded: tidak ada / none"
    lines = ["Suara tidak dihitung / Votes excluded:"]
    for e in figures.exclusions:
        lines.append(
            f"  {e['votes']:>5} votes ({e['records']} records)  {e['agency_code'] or '?'}"
            f" kiosk {e['kiosk_id'][:8]}: {e['reason']}"
        )
    return "\n".join(lines)


def _closing_receipts(figures: FestivalFigures) -> str:
    title = "Struk penutupan / Closing receipts"
    missing = [k for k in figures.kiosks if k["closing_receipt"] != "confirmed"]
    if not missing:
        return f"{title}: semua kios terkonfirmasi / every kiosk confirmed"
    lines = [f"{title}: {len(missing)} dari / of {len(figures.kiosks)} kios belum terkonfirmasi:"]
    for k in missing:
        state = "tanpa struk / no receipt" if k["closing_receipt"] == "no receipt" else None
        lines.append(
            f"  {k['agency_code'] or '?'} kiosk {k['kiosk_id'][:8]} ({k['records']} records):"
            f" {state or k['closing_receipt']}"
        )
    return "\n".join(lines)


def _anomalies(figures: FestivalFigures) -> str:
    title = "Anomali / Anomalies (ditandai, tidak diterapkan / flagged, never applied)"
    if not figures.anomalies:
        return f"{title}: tidak ada / none"
    lines = [f"{title}:"]
    for a in figures.anomalies:
        name = FLAG_NAMES.get(a["flag"], (a["flag"], a["flag"]))[1]
        where = f"{a['agency_code'] or '?'} kiosk {a['kiosk_id'][:8]} seq {a['first_seq']}"
        lines.append(f"  {name:<32} {where}-{a['last_seq']}: {a['detail']}")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
