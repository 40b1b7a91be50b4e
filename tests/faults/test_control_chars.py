"""Control characters and bidi overrides (issue 16, item 4): refused in pack text and
the organizers' CSV with the field named, removed from visitor comments before they
are stored, escaped in what `kiosk results` prints."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.booth import Booth
from kiosk.cli import main
from kiosk.domain.clock import ManualClock
from kiosk.domain.feedback import Feedback
from kiosk.domain.text import escape_controls, first_control, without_controls
from kiosk.pack.csv_import import pack_from_csv
from kiosk.pack.format import PackError, load_pack
from tests.faults.packs import good_document, photo, write_pack
from tests.helpers import make_booth_db
from tests.simulated import SimulatedBooths

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
UNWANTED = st.one_of(
    st.characters(min_codepoint=0x00, max_codepoint=0x1F).filter(lambda c: c not in "\t\n"),
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
    st.sampled_from("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    st.sampled_from("\ud800\udbff\udc00\udfff"),  # lone surrogates: half an emoji
)
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=20)


@SETTINGS
@given(before=TEXT, char=UNWANTED, after=TEXT)
def test_every_unwanted_character_is_found_removed_and_escaped(
    before: str, char: str, after: str
) -> None:
    text = before + char + after
    assert first_control(text) is not None
    assert first_control(without_controls(text)) is None
    assert first_control(escape_controls(text)) is None
    assert f"U+{ord(char):04X}" in (first_control(char + after) or "")


@SETTINGS
@given(text=TEXT.filter(lambda t: "\u202a" not in t))
def test_ordinary_text_with_tabs_and_line_breaks_is_left_alone(text: str) -> None:
    text = f"Inovasi\t{text}\nBaris kedua \u200f"  # a right-to-left mark reorders nothing
    assert first_control(text) is None
    assert without_controls(text) == escape_controls(text) == text


@SETTINGS
@given(
    char=UNWANTED,
    where=st.sampled_from(
        ["innovations[0].title.id", "innovations[1].summary.en", "agencies[0].name",
         "festival.venue", "innovations[2].photos[0].caption.id"]
    ),
)  # fmt: skip
def test_pack_text_with_an_unwanted_character_is_refused_naming_the_field(
    tmp_path: Path, char: str, where: str
) -> None:
    document = good_document()
    *parents, last = where.replace("[", ".").replace("]", "").split(".")
    node = document
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[last] = f"Teks {char}tersembunyi"
    folder = tmp_path / f"pack-{ord(char):x}-{where}"
    with pytest.raises(PackError) as refused:
        load_pack(write_pack(folder, document))
    assert any(
        p.startswith(f"{where}: contains the invisible character U+{ord(char):04X}")
        for p in refused.value.problems
    ), refused.value.problems


def test_a_csv_cell_with_an_escape_is_refused_naming_row_and_column(tmp_path: Path) -> None:
    (tmp_path / "foto").mkdir()
    (tmp_path / "foto" / "kali.jpg").write_bytes(photo("kali.jpg"))
    sheet = tmp_path / "inovasi.csv"
    sheet.write_text(
        "agency_code,agency_name,title_id,summary_id,category,year_started\r\n"
        "DPUPR,Dinas PU,Rawat \x1b[2JKali,Merawat kali.,Infrastruktur,2021\r\n"
    )
    with pytest.raises(PackError) as refused:
        pack_from_csv(sheet, tmp_path / "foto", tmp_path / "pack", festival_name="Uji")
    assert refused.value.problems == [
        "row 2, title_id: contains the invisible character U+001B ESCAPE; remove it"
    ]


@SETTINGS
@given(before=TEXT, chars=st.lists(UNWANTED, min_size=1, max_size=3), after=TEXT)
def test_a_comment_is_stored_without_controls_and_the_views_agree_with_the_chain(
    tmp_path: Path, before: str, chars: list[str], after: str
) -> None:
    clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
    db = make_booth_db(tmp_path / f"b-{abs(hash((before, *chars, after)))}.sqlite")
    try:
        booth = Booth(db, "DPUPR", clock)
        booth.start_session()
        booth.submit_feedback(Feedback(rating=3, comment=before + "".join(chars) + after))
        data = db.execute("SELECT data FROM visitor_records WHERE kind='feedback'").fetchone()[0]
        in_chain = json.loads(data)["comment"]
        (in_view,) = db.execute("SELECT comment FROM feedback").fetchone()
    finally:
        db.close()
    assert in_view == in_chain
    assert first_control(in_chain) is None
    assert in_chain == " ".join(without_controls(before + after).split())


def test_kiosk_results_escapes_a_title_holding_terminal_codes(merged_festival: Path) -> None:
    with sqlite3.connect(merged_festival) as conn:
        # Short enough that the escaped title fits the terminal's 40-character column.
        conn.execute("UPDATE ranking SET title = substr(title, 1, 8) || '\x1b]0;pwned\x07\x1b[2J'")
    out = CliRunner().invoke(main, ["results", str(merged_festival)], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "\x1b" not in out.output and "\x07" not in out.output
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in out.output


def test_pack_validate_escapes_what_a_problem_quotes_from_the_pack(tmp_path: Path) -> None:
    document = good_document()
    document["festival"]["\x1b]0;pwned\x07"] = "x"  # an unknown field, named in the problem
    pack = write_pack(tmp_path / "pack", document)
    out = CliRunner().invoke(main, ["pack", "validate", str(pack)], catch_exceptions=False)
    assert out.exit_code == 1
    assert "festival.\\x1b]0;pwned\\x07: unknown field" in out.output
    assert "\x1b" not in out.output and "\x07" not in out.output


def test_a_survey_suggestion_is_stored_without_controls_and_the_view_agrees(
    tmp_path: Path,
) -> None:
    from kiosk.domain.skm import ELEMENT_CODES, SurveyResponse
    from tests.results.test_skm_worked import survey_festival

    db = make_booth_db(tmp_path / "survey.sqlite", survey_festival())
    try:
        booth = Booth(db, "DPUPR", ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC)))
        booth.start_session()
        service = booth.agency.survey_services[0].code
        hostile = "A\x00B\x07C\x1b[2J D\u202eE \ud83d"
        scores = dict.fromkeys(ELEMENT_CODES, 3)
        booth.submit_survey(SurveyResponse(service=service, scores=scores, suggestion=hostile))
        data = db.execute("SELECT data FROM visitor_records WHERE kind='survey'").fetchone()[0]
        in_chain = json.loads(data)["suggestion"]
        (in_view,) = db.execute("SELECT suggestion FROM surveys").fetchone()
    finally:
        db.close()
    assert in_chain == in_view == "ABC[2J DE"


HOSTILE = "Bagus\x00 lalu\x07 \x1b]0;pwned\x07\x1b[2J akhir \u202eebal\x7f"


def test_a_changed_booths_hostile_comment_reaches_no_report_raw(
    tmp_path: Path, simulated_booths: SimulatedBooths
) -> None:
    """A kiosk changed to skip the cleaning writes NUL, BEL, ESC, DEL and a bidi
    override into a comment, with a valid chain: merge, results and every report file
    show the whole comment with those characters escaped, never raw."""
    import zipfile

    from kiosk.results.collect import merge_kiosk_files
    from kiosk.storage.database import open_booth_database

    booth_file = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    runner = CliRunner()
    db = open_booth_database(booth_file)
    try:
        booth = Booth(db, "DPUPR", ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC)))
        session = booth.start_session()
        data = Feedback(rating=4, comment="x").record_data() | {"agency": "DPUPR"}
        booth.log.append("feedback", session.session_id, data | {"comment": HOSTILE})
    finally:
        db.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    done = runner.invoke(
        main, ["export", "--db", str(booth_file), "--out", str(stick / "DPUPR.sqlite")]
    )
    assert done.exit_code == 0, done.output
    festival = tmp_path / "FESTIVAL.sqlite"
    merge_kiosk_files(festival, [stick])
    report = tmp_path / "report"
    done = runner.invoke(main, ["report", str(festival), "--out", str(report)])
    assert done.exit_code == 0, done.output
    results = runner.invoke(main, ["results", str(festival)], catch_exceptions=False)
    assert results.exit_code == 0, results.output

    escaped = escape_controls(HOSTILE)
    assert "\\x00 lalu\\x07 \\x1b]0;pwned" in escaped  # the whole text, after the NUL too
    outputs = {
        "terminal": done.output + results.output,
        "report.html": (report / "report.html").read_text(encoding="utf-8"),
        "comments.csv": (report / "comments.csv").read_text(encoding="utf-8-sig"),
    }
    with zipfile.ZipFile(report / "hasil-festival.xlsx") as workbook:
        outputs["workbook"] = "".join(
            workbook.read(name).decode("utf-8") for name in workbook.namelist()
        )
    for name, text in outputs.items():
        assert first_control(text.replace("\n", "").replace("\t", "").replace("\r", "")) is None, (
            name
        )
    assert escaped in outputs["comments.csv"]
    assert "akhir \\u202eebal\\x7f" in outputs["workbook"]
    assert "\\x1b]0;pwned" in outputs["report.html"]


def test_a_changed_booths_hostile_survey_suggestion_is_read_escaped() -> None:
    from kiosk.results.analysis.skm import survey_records

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE visitor_records (kiosk_id, seq, kind, data, recorded_at)")
    data = json.dumps({"agency": "DPUPR", "service": "S1", "suggestion": HOSTILE})
    conn.execute("INSERT INTO visitor_records VALUES ('k', 1, 'survey', ?, 't')", [data])
    (record,) = survey_records(conn)
    assert record.suggestion == escape_controls(HOSTILE)
    assert first_control(record.suggestion) is None
