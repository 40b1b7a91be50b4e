"""report.html: one self-contained page, Indonesian first, printable on A4, no scripts."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.domain.feedback import RATINGS
from kiosk.results.analysis.anomalies import FLAG_NAMES
from kiosk.results.analysis.figures import FestivalFigures, Row
from kiosk.results.report.html_parts import h2 as _h2
from kiosk.results.report.html_parts import table as _table
from kiosk.results.report.html_parts import td as _td
from kiosk.results.report.skm_html import skm_section
from kiosk.results.report.svg import bar_chart, rating_chart

CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1b1b1b;
       background: #f7f5f0; margin: 0; font-size: 11pt; line-height: 1.35; }
main { max-width: 190mm; margin: 0 auto; padding: 10mm 0; }
header { border-bottom: 4px solid #0b4f6c; margin-bottom: 6mm; }
h1 { color: #0b4f6c; font-size: 20pt; margin: 0 0 2mm; }
h2 { color: #0b4f6c; font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #d8d4cc; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; }
h4 { font-size: 10pt; margin: 3mm 0 1mm; }
.en { color: #5a5a5a; font-weight: normal; font-size: 0.85em; }
.lead { margin: 0 0 3mm; }
.cards { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0; }
.card { background: #fff; border: 1px solid #d8d4cc; border-radius: 2mm; padding: 2mm 4mm;
        min-width: 38mm; }
.card b { display: block; font-size: 18pt; color: #0b4f6c; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 4mm;
        background: #fff; }
th, td { border: 1px solid #d8d4cc; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #0b4f6c; color: #fff; }
th .en { color: #cfe3ec; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.flagged td { background: #fff4e0; }
.note { font-size: 9pt; color: #444; }
.warn { color: #9b2c00; font-weight: bold; }
td.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 7pt; word-break: break-all; }
tr.hashes td { border-top: none; padding-top: 0; color: #444; }
.agency { page-break-inside: avoid; break-inside: avoid; }
.pair { display: flex; gap: 6mm; align-items: flex-start; }
blockquote { margin: 1mm 0; padding: 1mm 3mm; border-left: 3px solid #f2a541;
             background: #fff; font-size: 9.5pt; }
.skm-cards .card b.ind { color: #9b2c00; }
tr.total td { font-weight: bold; background: #eef4f7; }
.legend span { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 3mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  section.page { break-before: page; }
  tr, blockquote, svg, .keep { break-inside: avoid; }
}
"""


def render_report(figures: FestivalFigures) -> str:
    """The whole page as one string."""
    f = figures.festival
    title = escape(str(f.get("name_id", "Festival")))
    body = "".join(
        [
            _header(figures),
            _ranking_section(figures),
            _rate_section(figures),
            _excluded_section(figures),
            _anomaly_section(figures),
            _agency_sections(figures),
            skm_section(figures.skm),
            _sources_section(figures),
        ]
    )
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<title>Hasil {title}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{CSS}</style></head><body><main>{body}</main></body></html>\n"
    )


def _header(figures: FestivalFigures) -> str:
    f = figures.festival
    sessions = sum(a["sessions"] for a in figures.agencies)
    kiosks = len({s["kiosk_id"] for s in figures.sources if s["records_added"]})
    cards = [
        ("Suara sah", "valid votes", figures.valid_votes),
        ("Tidak dihitung", "excluded votes", figures.excluded_votes),
        ("Sesi pengunjung", "visitor sessions", sessions),
        ("Kios", "kiosks", kiosks),
        ("Anomali", "anomaly flags", len(figures.anomalies)),
    ]
    card_html = "".join(
        f'<div class="card"><b>{value}</b>{escape(a)} <span class="en">/ {escape(b)}</span></div>'
        for a, b, value in cards
    )
    sample = (
        '<p class="warn">Data contoh (simulasi), bukan hasil festival. / Sample data.</p>'
        if f.get("sample_data")
        else ""
    )
    return (
        f"<header><h1>Hasil Pilihan Pengunjung: {escape(str(f.get('name_id', '')))}</h1>"
        f'<p class="lead">{escape(str(f.get("name_en", "")))} · {escape(str(f.get("venue", "")))}'
        f" · {escape(str(f.get('starts_on', '')))} – {escape(str(f.get('ends_on', '')))}</p>"
        f'{sample}</header><div class="cards">{card_html}</div>'
    )


def _ranking_section(figures: FestivalFigures) -> str:
    top = figures.ranking[:10]
    chart = bar_chart([(r["title"], r["valid_votes"], r["flagged_votes"]) for r in top])
    legend = (
        '<p class="note legend"><span style="background:#0b4f6c"></span>suara sah / valid votes'
        '<span style="background:#f2a541"></span>di antaranya bertanda anomali / of which '
        "flagged (still counted)</p>"
    )
    tie = (
        f'<p class="note"><b>Aturan seri:</b> {escape(figures.tie_rule_id)}<br>'
        f"<b>Tie rule:</b> {escape(figures.tie_rule)}</p>"
    )
    shift = figures.sensitivity
    cls = "warn" if shift.changed else "note"
    sensitivity = (
        f'<p class="{cls}" id="sensitivity"><b>Kepekaan:</b> {escape(shift.text_id)}<br>'
        f"<b>Sensitivity:</b> {escape(shift.text_en)}</p>"
    )
    return (
        _h2("Peringkat pilihan pengunjung", "People's choice ranking")
        + '<p class="note">Sepuluh besar menurut suara sah / top ten by valid votes.</p>'
        + chart
        + legend
        + tie
        + sensitivity
        + _ranking_table(figures.ranking, "rank")
    )


def _ranking_table(ranking: list[Row], rank_key: str) -> str:
    head = [
        ("#", ""),
        ("Inovasi", "Innovation"),
        ("OPD", "Agency"),
        ("Suara sah", "Valid votes"),
        ("Per 100 sesi", "Per 100 sessions"),
        ("Bertanda", "Flagged"),
        ("Tanpa bertanda", "Rank w/o flagged"),
        ("Tanda", "Flags"),
    ]
    body = []
    for r in ranking:
        rate = r["votes_per_100_sessions"]
        cls = ' class="flagged"' if r["flagged_votes"] else ""
        body.append(
            f"<tr{cls}>{_td(r[rank_key], True)}{_td(r['title'])}{_td(r['agency_code'])}"
            f"{_td(r['valid_votes'], True)}{_td('-' if rate is None else f'{rate:.2f}', True)}"
            f"{_td(r['flagged_votes'], True)}{_td(r['rank_without_flagged'], True)}"
            f"<td>{flags_in_words(r['flags'])}</td></tr>"
        )
    return _table(head, body)


def flags_in_words(flags: str) -> str:
    """`burst:4, no_dwell:24` as the jury reads it: the flag's name (id, en) and its votes."""
    if not flags:
        return "-"
    parts = []
    for item in flags.split(", "):
        code, _, count = item.partition(":")
        name_id, name_en = FLAG_NAMES.get(code, (code, code))
        parts.append(
            f'{escape(name_id)} <span class="en">/ {escape(name_en)}</span> ({escape(count)})'
        )
    return "<br>".join(parts)


def _rate_section(figures: FestivalFigures) -> str:
    top = figures.by_rate[:10]
    bars = [(r["title"], r["votes_per_100_sessions"] or 0.0, 0.0) for r in top]
    return (
        '<section class="page"><div class="keep">'
        + _h2("Suara per 100 sesi di stan", "Votes per 100 booth sessions")
        + '<p class="note">Menormalkan keramaian stan: suara sah dibagi jumlah sesi '
        "pengunjung di stan OPD-nya, dikali 100. / Normalised by the booth's visitor "
        "sessions.</p>"
        + bar_chart(bars)
        + "</div>"
        + _ranking_table(top, "rank_per_100_sessions")
        + "</section>"
    )


def _excluded_section(figures: FestivalFigures) -> str:
    head = [
        ("OPD", "Agency"),
        ("Kios", "Kiosk"),
        ("Suara", "Votes"),
        ("Rekaman", "Records"),
        ("Alasan", "Reason"),
    ]
    body = [
        f"<tr>{_td(e['agency_code'])}{_td(e['kiosk_id'][:8])}{_td(e['votes'], True)}"
        f"{_td(e['records'], True)}{_td(e['reason'])}</tr>"
        for e in figures.exclusions
    ]
    empty = '<p class="note">Tidak ada / none.</p>'
    return _h2("Suara tidak dihitung", "Votes excluded") + (_table(head, body) if body else empty)


def _anomaly_section(figures: FestivalFigures) -> str:
    head = [
        ("Tanda", "Flag"),
        ("OPD", "Agency"),
        ("Kios", "Kiosk"),
        ("Rekaman", "Seq"),
        ("Waktu (UTC)", "Time"),
        ("Suara", "Votes"),
        ("Keterangan", "Detail"),
    ]
    body = []
    for a in figures.anomalies:
        name_id, name_en = FLAG_NAMES.get(a["flag"], (a["flag"], a["flag"]))
        body.append(
            f"<tr>{_td(f'{name_id} / {name_en}')}{_td(a['agency_code'])}"
            f"{_td(a['kiosk_id'][:8])}{_td(_span(a))}"
            f"{_td(a['started_at'][:16].replace('T', ' '))}{_td(a['votes'], True)}"
            f"{_td(a['detail'])}</tr>"
        )
    note = (
        '<p class="note">Ditandai untuk juri, tidak mengubah peringkat. / Flagged for the '
        "jury; the ranking is not changed by them.</p>"
    )
    empty = '<p class="note">Tidak ada / none.</p>'
    return (
        '<section class="page">'
        + _h2("Anomali", "Anomalies")
        + note
        + (_table(head, body) if body else empty)
        + "</section>"
    )


def _agency_sections(figures: FestivalFigures) -> str:
    parts = ['<section class="page">', _h2("Per OPD", "Per agency")]
    labels = {n: f"{n} {t.id}" for n, t in RATINGS.items()}
    for a in figures.agencies:
        parts.append(_agency(a, figures, labels))
    parts.append("</section>")
    return "".join(parts)


def _agency(a: Row, figures: FestivalFigures, labels: dict[int, str]) -> str:
    code = a["agency_code"]
    stats = [
        ("Sesi", "sessions", a["sessions"]),
        ("Rata-rata lama sesi (detik)", "mean session (s)", a["avg_session_seconds"]),
        ("Suara sah", "valid votes", a["valid_votes"]),
        ("Umpan balik", "feedback", a["feedback"]),
        ("Rata-rata nilai (1-4)", "mean rating", a["avg_rating"]),
    ]
    stat_rows = [
        f"<tr><th>{escape(x)} <span class='en'>/ {escape(y)}</span></th>{_td(v, True)}</tr>"
        for x, y, v in stats
    ]
    innovations = [i for i in figures.innovations if i["agency_code"] == code]
    inno_head = [
        ("#", ""),
        ("Inovasi", "Innovation"),
        ("Suara", "Votes"),
        ("Dilihat", "Views"),
        ("Rata-rata baca (dtk)", "Mean dwell (s)"),
    ]
    inno_body = [
        f"<tr>{_td(i['rank'], True)}{_td(i['title'])}{_td(i['valid_votes'], True)}"
        f"{_td(i['page_views'], True)}{_td(i['avg_dwell_seconds'], True)}</tr>"
        for i in innovations
    ]
    comments = [c for c in figures.comments if c["agency_code"] == code]
    titles = {i["innovation_slug"]: i["title"] for i in innovations}
    quotes = _comment_summary(comments, titles)
    chart = rating_chart(figures.ratings.get(code, {}), labels)
    missing = (
        '<p class="warn">Tidak ada berkas dari stan ini. / No file from this booth was merged.</p>'
        if not a["kiosks"]
        else ""
    )
    return (
        f'<div class="agency"><h3>{escape(str(a["name"]))} ({escape(str(code))}) · '
        f"stan {escape(str(a['booth']))}</h3>{missing}"
        f'<div class="pair"><table style="width:55%">{"".join(stat_rows)}</table>{chart}</div>'
        f"{_table(inno_head, inno_body)}"
        f"<p class='note'>Komentar / comments: {len(comments)}</p>{quotes}</div>"
    )


_KINDS = {
    "open": "pembukaan / opening",
    "spot": "pemeriksaan / spot",
    "close": "penutupan / closing",
}


_STATUS_WORDS = {
    "confirmed": "cocok / confirmed",
    "no receipt": "tanpa struk / no receipt",
    "mismatch": "TIDAK COCOK / mismatch",
    "incomplete": "kurang / incomplete",
    "no_file": "tanpa berkas / no file",
}


def _status_cell(status: str) -> str:
    words = escape(_STATUS_WORDS.get(status, status))
    return f"<td>{words}</td>" if status == "confirmed" else f'<td class="warn">{words}</td>'


def _local(moment: str, zone: str) -> str:
    """A receipt's UTC time as the festival's local day and minute."""
    try:
        when = datetime.fromisoformat(moment).astimezone(ZoneInfo(zone))
    except (ValueError, KeyError):
        return moment
    return when.strftime("%d-%m %H:%M")


def _unread(figures: FestivalFigures) -> str:
    if not figures.unread_receipts:
        return ""
    items = "".join(f"<li>{escape(str(r['problem']))}</li>" for r in figures.unread_receipts)
    return (
        '<p class="warn">Struk yang tidak terbaca (foto ulang atau ketik barisnya) / Receipts'
        f" that could not be read (photograph again, or type the line):</p><ul>{items}</ul>"
    )


def _hash(value: str) -> str:
    """A hash in full (a printout is checked against a receipt photo), small and wrapping."""
    return f'<td class="hash">{escape(value)}</td>'


def _receipt_hashes(r: Row) -> str:
    if r["kind"] == "open":
        return f"first {r['first_hash']} pack {r['pack_sha256']}"
    if r["kind"] == "spot":
        return f"head {r['head_hash']}"
    return f"head {r['head_hash']} sha256 {r['file_sha256']}"


def _origin_name(origin: str) -> str:
    """Where each copy of a receipt was read, by file name (and line): paths are long."""
    return ", ".join(Path(part.strip()).name for part in origin.split(", ") if part.strip())


def _span(a: Row) -> str:
    return f"{a['first_seq']}–{a['last_seq']}"


QUOTES_IN_PRINT = 3  # latest comments quoted per innovation; the workbook and CSV hold all


def _comment_summary(comments: list[Row], titles: dict[str, str]) -> str:
    """Per innovation (and in general): how many comments, their ratings, the latest few."""
    groups: dict[str | None, list[Row]] = {}
    for c in comments:
        slug = c["innovation_slug"] if c["innovation_slug"] in titles else None
        groups.setdefault(slug, []).append(c)
    parts = []
    for slug in [*titles, None]:
        group = sorted(groups.get(slug, []), key=lambda c: str(c["recorded_at"]), reverse=True)
        if not group:
            continue
        name = titles[slug] if slug else "Umum / general"
        ratings = Counter(c["rating"] for c in group if c["rating"])
        spread = ", ".join(
            f"{RATINGS[r].id if r in RATINGS else r}: {n}" for r, n in sorted(ratings.items())
        )
        more = len(group) - QUOTES_IN_PRINT
        parts.append(
            f"<h4>{escape(str(name))} · {len(group)} komentar / comments"
            + (f" <span class='note'>({escape(spread)})</span>" if spread else "")
            + "</h4>"
            + "".join(
                f"<blockquote>{escape(str(c['comment']))} <span class='note'>"
                f"({escape(str(c['recorded_at'])[:10])}{_rating_note(c['rating'])})</span>"
                "</blockquote>"
                for c in group[:QUOTES_IN_PRINT]
            )
            + (
                f"<p class='note'>… dan {more} lainnya di buku kerja (lembar Komentar) /"
                f" and {more} more in the workbook (Komentar sheet)</p>"
                if more > 0
                else ""
            )
        )
    return "".join(parts)


def _rating_note(rating: Any) -> str:
    return f", nilai {rating}" if rating else ""


def _sources_section(figures: FestivalFigures) -> str:
    head = [
        ("#", ""),
        ("Berkas", "File"),
        ("SHA-256", ""),
        ("OPD", "Agency"),
        ("Status", ""),
        ("Ditambah", "Added"),
        ("Keterangan", "Detail"),
    ]
    body = []
    for s in figures.sources:
        warn = f"<br><span class='warn'>{escape(s['warnings'])}</span>" if s["warnings"] else ""
        body.append(
            f"<tr>{_td(s['id'], True)}{_td(s['path'])}{_hash(s['file_sha256'])}"
            f"{_td(s['agency_code'])}{_td(s['status'])}{_td(s['records_added'], True)}"
            f"<td>{escape(str(s['detail']))}{warn}</td></tr>"
        )
    kiosk_head = [
        ("OPD", "Agency"),
        ("Kios", "Kiosk"),
        ("Rekaman", "Records"),
        ("Struk penutupan", "Closing receipt"),
    ]
    kiosks = [
        f"<tr>{_td(k['agency_code'])}{_td(k['kiosk_id'][:8])}{_td(k['records'], True)}"
        f"{_status_cell(k['closing_receipt'])}</tr>"
        for k in figures.kiosks
    ]
    zone = str(figures.festival.get("timezone") or "UTC")
    receipts = [
        f"<tr>{_td(_KINDS.get(r['kind'], r['kind']))}{_td(r['agency_code'])}"
        f"{_td(r['kiosk_id'][:8])}{_td(_local(r['shown_at'], zone))}"
        f"{_td(r['last_seq'] or '', True)}{_td(_origin_name(r['origin']))}"
        f"{_status_cell(r['status'])}{_td(r['detail'])}</tr>"
        f'<tr class="hashes"><td></td><td colspan="7" class="hash">{escape(_receipt_hashes(r))}'
        "</td></tr>"
        for r in sorted(figures.receipts, key=lambda r: (r["agency_code"], r["kiosk_id"]))
    ]
    receipt_head = [
        ("Jenis", "Kind"),
        ("OPD", "Agency"),
        ("Kios", "Kiosk"),
        ("Waktu", "Shown at"),
        ("Rekaman", "Last seq"),
        ("Asal", "Read from"),
        ("Status", ""),
        ("Keterangan", "Detail"),
    ]
    return (
        '<section class="page">'
        + _h2("Sumber data", "Sources")
        + '<p class="note">Setiap angka dapat ditelusuri ke berkas asalnya (tabel sources di '
        "berkas gabungan). / Every figure traces back to its source file.</p>"
        + _table(head, body)
        + '<section id="receipts">'
        + _h2("Struk dan kios", "Receipts and kiosks")
        + '<p class="note">Struk pembukaan mengikat kios ke OPD-nya; struk pemeriksaan dan '
        "penutupan mengikat rekamannya. / Opening receipts bind each kiosk to its agency; "
        "spot-check and closing receipts bind its records.</p>"
        + _table(kiosk_head, kiosks)
        + (_table(receipt_head, receipts) if receipts else "")
        + _unread(figures)
        + "</section>"
        + "</section>"
    )
