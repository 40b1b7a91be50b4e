"""report.html: one self-contained page, Indonesian first, printable on A4, no scripts.

Rendered from the Jinja2 templates in `templates/` (package data, found with
importlib.resources) with autoescaping: innovation titles, comments and file
names come from booths and visitors, and are shown as text, never as markup.
This module gathers what the templates show; the templates lay it out.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FunctionLoader, StrictUndefined

from kiosk.domain.feedback import RATINGS
from kiosk.domain.skm import ELEMENTS
from kiosk.results.analysis.anomalies import FLAG_NAMES
from kiosk.results.analysis.figures import FestivalFigures, Row
from kiosk.results.report.skm_html import skm_context
from kiosk.results.report.svg import bar_chart, rating_chart

TEMPLATES = files("kiosk.results.report") / "templates"

QUOTES_IN_PRINT = 3  # latest comments quoted per innovation; the workbook and CSV hold all

KINDS = {
    "open": "pembukaan / opening",
    "spot": "pemeriksaan / spot",
    "close": "penutupan / closing",
}

STATUS_WORDS = {
    "confirmed": "cocok / confirmed",
    "no receipt": "tanpa struk / no receipt",
    "mismatch": "TIDAK COCOK / mismatch",
    "incomplete": "kurang / incomplete",
    "no_file": "tanpa berkas / no file",
}


def render_report(figures: FestivalFigures) -> str:
    """The whole page as one string."""
    zone = str(figures.festival.get("timezone") or "UTC")
    template = _environment().get_template("report.html.j2")
    return template.render(
        figures=figures,
        festival=_festival(figures.festival),
        cards=_cards(figures),
        top_chart=bar_chart(
            [(r["title"], r["valid_votes"], r["flagged_votes"]) for r in figures.ranking[:10]]
        ),
        rate_chart=bar_chart(
            [(r["title"], r["votes_per_100_sessions"] or 0.0, 0.0) for r in figures.by_rate[:10]]
        ),
        agencies=_agencies(figures),
        positions=_positions(figures),
        skm=skm_context(figures.skm),
        elements=ELEMENTS,
        receipts=sorted(figures.receipts, key=lambda r: (r["agency_code"], r["kiosk_id"])),
        kinds=KINDS,
        status_words=STATUS_WORDS,
        zone=zone,
        local_time=lambda moment: _local(moment, zone),
    )


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(_template_source),
        autoescape=True,  # every template, whatever its name: nothing from a booth is markup
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        flag_name=flag_name,
        flag_words=flag_words,
        origin_name=_origin_name,
        receipt_hashes=_receipt_hashes,
    )
    return env


def _template_source(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def flag_name(code: str) -> tuple[str, str]:
    """A flag's name in words (id, en); an unknown code as itself."""
    return FLAG_NAMES.get(code, (code, code))


def flag_words(flags: str) -> list[tuple[str, str, str]]:
    """`burst:4, no_dwell:24` as the jury reads it: each flag's names (id, en) and its votes."""
    if not flags:
        return []
    words = []
    for item in flags.split(", "):
        code, _, count = item.partition(":")
        words.append((*flag_name(code), count))
    return words


def _festival(f: Row) -> dict[str, Any]:
    keys = ("name_id", "name_en", "venue", "starts_on", "ends_on")
    return {
        **{k: str(f.get(k, "")) for k in keys},
        "name_id": str(f.get("name_id", "Festival")),
        "sample_data": bool(f.get("sample_data")),
    }


def _cards(figures: FestivalFigures) -> list[tuple[str, str, int]]:
    sessions = sum(a["sessions"] for a in figures.agencies)
    kiosks = len({s["kiosk_id"] for s in figures.sources if s["records_added"]})
    return [
        ("Suara sah", "valid votes", figures.valid_votes),
        ("Tidak dihitung", "excluded votes", figures.excluded_votes),
        ("Sesi pengunjung", "visitor sessions", sessions),
        ("Kios", "kiosks", kiosks),
        ("Anomali", "anomaly flags", len(figures.anomalies)),
    ]


def _positions(figures: FestivalFigures) -> list[dict[str, Any]]:
    """Votes by card place, each as a share of the votes at booths with as many cards."""
    totals: Counter[int] = Counter()
    for p in figures.positions:
        totals[p["cards"]] += p["votes"]
    return [
        {
            **p,
            "share": f"{100 * p['votes'] / totals[p['cards']]:.1f}%",
            "even": f"{100 / p['cards']:.1f}%",
        }
        for p in figures.positions
        if totals[p["cards"]]
    ]


def _agencies(figures: FestivalFigures) -> list[dict[str, Any]]:
    labels = {n: f"{n} {t}" for n, t in RATINGS.items()}
    agencies = []
    for a in figures.agencies:
        code = a["agency_code"]
        innovations = [i for i in figures.innovations if i["agency_code"] == code]
        comments = [c for c in figures.comments if c["agency_code"] == code]
        titles = {i["innovation_slug"]: i["title"] for i in innovations}
        agencies.append(
            {
                "row": a,
                "innovations": innovations,
                "chart": rating_chart(figures.ratings.get(code, {}), labels),
                "comment_count": len(comments),
                "comment_groups": _comment_groups(comments, titles),
            }
        )
    return agencies


def _comment_groups(comments: list[Row], titles: dict[str, str]) -> list[dict[str, Any]]:
    """Per innovation (and in general): how many comments, their ratings, the latest few."""
    groups: dict[str | None, list[Row]] = {}
    for c in comments:
        slug = c["innovation_slug"] if c["innovation_slug"] in titles else None
        groups.setdefault(slug, []).append(c)
    summary = []
    for slug in [*titles, None]:
        group = sorted(groups.get(slug, []), key=lambda c: str(c["recorded_at"]), reverse=True)
        if not group:
            continue
        ratings = Counter(c["rating"] for c in group if c["rating"])
        summary.append(
            {
                "name": titles[slug] if slug else "Umum / general",
                "count": len(group),
                "spread": ", ".join(
                    f"{RATINGS.get(r, r)}: {n}" for r, n in sorted(ratings.items())
                ),
                "quotes": group[:QUOTES_IN_PRINT],
                "more": len(group) - QUOTES_IN_PRINT,
            }
        )
    return summary


def _local(moment: str, zone: str) -> str:
    """A receipt's UTC time as the festival's local day and minute."""
    try:
        when = datetime.fromisoformat(moment).astimezone(ZoneInfo(zone))
    except (ValueError, KeyError):
        return moment
    return when.strftime("%d-%m %H:%M")


def _receipt_hashes(r: Row) -> str:
    if r["kind"] == "open":
        return f"first {r['first_hash']} pack {r['pack_sha256']}"
    if r["kind"] == "spot":
        return f"head {r['head_hash']}"
    return f"head {r['head_hash']} sha256 {r['file_sha256']}"


def _origin_name(origin: str) -> str:
    """Where each copy of a receipt was read, by file name (and line): paths are long."""
    return ", ".join(Path(part.strip()).name for part in origin.split(", ") if part.strip())
