"""The merged festival file: one SQLite file holding every booth's records and their provenance.

Names are chosen for organizers who open it in Datasette or sqlite-utils.
`TABLE_DOCS` describes every table and column; the Datasette metadata file
is generated from it so the two cannot drift apart.
"""

from __future__ import annotations

import sqlite3

from kiosk.results.merge.statuses import STATUSES
from kiosk.results.merge.survey_services import TABLE_DOCS as SURVEY_TABLE_DOCS
from kiosk.storage.schema import (
    AGENCY_COLUMNS,
    CLIP_PLAYS_VIEW,
    FEEDBACK_VIEW,
    FESTIVAL_COLUMNS,
    INNOVATION_COLUMNS,
    SESSIONS_VIEW,
    VOTES_VIEW,
)

# "GERF": a merged festival file, as opposed to a booth file ("GERA").
FESTIVAL_APPLICATION_ID = 0x47455246
FESTIVAL_SCHEMA_VERSION = 2  # 2: receipts of three kinds, kiosks.closing_receipt, sensitivity


_RECORD_DDL = """
    seq INTEGER NOT NULL,
    uuid TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    run_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    monotonic_ns INTEGER NOT NULL,
    innovation_slug TEXT,
    data TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id)"""

_RECEIPT_DDL = """
    kind TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    count INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    pack_sha256 TEXT NOT NULL,
    first_hash TEXT NOT NULL,
    booth TEXT NOT NULL,
    shown_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    status TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, kind, shown_at, last_seq, head_hash, file_sha256, first_hash)"""

_UNREAD_DDL = """
CREATE TABLE IF NOT EXISTS unread_receipts (
    problem TEXT PRIMARY KEY
);"""

_PACK_DDL = """
CREATE TABLE IF NOT EXISTS organizers_pack (
    sha256 TEXT PRIMARY KEY,
    slug TEXT NOT NULL,
    path TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    content TEXT NOT NULL
);"""

# The views over visitor records, one per kind, as in a booth file.
_RECORD_VIEWS = (VOTES_VIEW, FEEDBACK_VIEW, SESSIONS_VIEW, CLIP_PLAYS_VIEW)

DDL = f"""
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    kiosk_id TEXT,
    agency_code TEXT,
    status TEXT NOT NULL,
    detail TEXT NOT NULL,
    warnings TEXT NOT NULL,
    journal TEXT,
    schema_version INTEGER,
    chain_records INTEGER,
    chain_head TEXT,
    broken_at_seq INTEGER,
    records_added INTEGER NOT NULL,
    merged_at TEXT NOT NULL,
    UNIQUE (path, file_sha256)
);
CREATE TABLE kiosks (
    kiosk_id TEXT PRIMARY KEY,
    agency_code TEXT,
    created_at TEXT,
    app_version TEXT,
    records INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    closing_receipt TEXT NOT NULL DEFAULT 'no receipt'
);
CREATE TABLE festival_versions (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id),
    {", ".join(FESTIVAL_COLUMNS)}
);
CREATE TABLE agency_versions (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    {", ".join(AGENCY_COLUMNS)},
    own_booth INTEGER NOT NULL,
    content_edited_at TEXT,
    PRIMARY KEY (code, source_id)
);
CREATE TABLE innovation_versions (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    {", ".join(INNOVATION_COLUMNS)},
    own_booth INTEGER NOT NULL,
    content_edited_at TEXT,
    PRIMARY KEY (slug, source_id)
);
CREATE TABLE festival ({", ".join(FESTIVAL_COLUMNS)}, source_id INTEGER);
CREATE TABLE agencies (
    code TEXT PRIMARY KEY, {", ".join(AGENCY_COLUMNS[1:])}, source_id INTEGER, versions INTEGER
);
CREATE TABLE innovations (
    slug TEXT PRIMARY KEY, {", ".join(INNOVATION_COLUMNS[1:])}, source_id INTEGER,
    versions INTEGER
);
CREATE TABLE visitor_records ({_RECORD_DDL},
    PRIMARY KEY (kiosk_id, seq)
);
CREATE TABLE excluded_records ({_RECORD_DDL},
    reason TEXT NOT NULL,
    PRIMARY KEY (source_id, seq)
);
CREATE TABLE source_findings (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    kiosk_id TEXT NOT NULL,
    flag TEXT NOT NULL,
    innovation_slug TEXT,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    votes TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TABLE receipts ({_RECEIPT_DDL});
{_PACK_DDL}
{_UNREAD_DDL}
{"".join(view.sql(festival=True) for view in _RECORD_VIEWS)}
CREATE TABLE ranking (
    rank INTEGER NOT NULL,
    innovation_slug TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    agency_code TEXT,
    valid_votes INTEGER NOT NULL,
    booth_sessions INTEGER NOT NULL,
    votes_per_100_sessions REAL,
    rank_per_100_sessions INTEGER NOT NULL,
    first_vote_at TEXT,
    flagged_votes INTEGER NOT NULL,
    flags TEXT NOT NULL,
    rank_without_flagged INTEGER NOT NULL
);
CREATE TABLE rule_breaks (
    kiosk_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);
CREATE TABLE flagged_votes (
    kiosk_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    flag TEXT NOT NULL,
    innovation_slug TEXT,
    PRIMARY KEY (kiosk_id, seq, flag)
);
CREATE TABLE anomalies (
    flag TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    agency_code TEXT,
    innovation_slug TEXT,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    votes INTEGER NOT NULL,
    detail TEXT NOT NULL
);
CREATE TABLE exclusions (
    reason TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    agency_code TEXT,
    votes INTEGER NOT NULL,
    records INTEGER NOT NULL
);
"""

RESULT_TABLES = (
    "rule_breaks",
    "card_votes",
    "ranking",
    "flagged_votes",
    "anomalies",
    "exclusions",
    "session_times",
    "page_views",
)

TABLE_DOCS: dict[str, tuple[str, dict[str, str]]] = {
    "sources": (
        "Every input file merged, one row per (path, SHA-256): where each record came from.",
        {
            "path": "the file as found on the organizers' computer",
            "file_sha256": "SHA-256 of the file as read (compare with the closing receipt)",
            "status": "one of " + ", ".join(STATUSES) + " (docs/organizers.md says what each"
            " means and what to do)",
            "detail": "what the status means for this file, in words",
            "warnings": "raw copies: -wal/-shm files missing or present beside the file",
            "journal": "wal = raw copy of the kiosk's db/ folder; rollback = proper export",
            "chain_records": "records whose hash chain is intact in this file",
            "broken_at_seq": "first sequence number whose hash does not match, if any",
            "records_added": "records this file added to visitor_records",
        },
    ),
    "kiosks": (
        "One row per kiosk (booth computer) whose records were merged.",
        {"closing_receipt": "confirmed, mismatch, incomplete or no receipt (see receipts)"},
    ),
    "festival": (
        "The festival and its voting rules, from the organizers' pack (see organizers_pack).",
        {},
    ),
    "agencies": ("Agencies (OPD), from the organizers' pack.", {}),
    "festival_versions": ("The festival as each booth file carried it.", {}),
    "agency_versions": (
        "Each booth file's version of every agency.",
        {"own_booth": "1 if the file is this agency's own booth"},
    ),
    "innovation_versions": (
        "Each booth file's version of every innovation, with its staff edits.",
        {
            "own_booth": "1 if the file is from the innovation's own agency's booth",
            "content_edited_at": "the file's latest staff content edit (UTC)",
        },
    ),
    "innovations": (
        "Innovations and the agency that owns each, from the organizers' pack.",
        {"versions": "how many booth files carried this innovation"},
    ),
    "visitor_records": (
        "Every intact visitor record of every kiosk, hash-chained per kiosk.",
        {
            "seq": "1, 2, 3 ... per kiosk, no gaps",
            "kind": "session_start, vote, feedback, survey, clip_play or session_end",
            "recorded_at": "UTC, ISO 8601",
            "monotonic_ns": "the kiosk's monotonic clock: never jumps within one run_id",
            "data": "the record's details as canonical JSON",
            "source_id": "the sources row the record was first merged from",
        },
    ),
    "excluded_records": (
        "Records not counted: after a chain break, a fork or a receipt mismatch.",
        {"reason": "why the record is not counted"},
    ),
    "source_findings": (
        "Clock jumps and long runs seen while verifying each file's chain (see anomalies).",
        {"votes": "JSON list of [seq, innovation_slug] of the votes flagged"},
    ),
    "unread_receipts": (
        "Receipt photos and lines given to the merge that could not be read, each named:"
        " take the photo again or type the line.",
        {"problem": "the file (and line) and what was wrong with it"},
    ),
    "organizers_pack": (
        "The festival pack the organizers issued: the festival's rules, agencies and"
        " innovations (and which agency owns each) come from it, never from a booth file.",
        {
            "sha256": "the pack's SHA-256, as every booth file records it at import",
            "path": "where the pack was read from when it was first given",
            "content": "the pack's content rows (JSON), for merges that do not repeat --pack",
        },
    ),
    "receipts": (
        "Receipts photographed at the booths (opening, spot-check, closing) and whether the"
        " merged records match each.",
        {
            "kind": "open (set-up: the roster), spot (during the day) or close (hand-over)",
            "first_hash": "open: hash of the kiosk's first record, where its chain starts",
            "shown_at": "when the kiosk showed the receipt (UTC)",
            "origin": "where the receipt was read: text file and line, or photo file name",
            "status": "confirmed, mismatch, incomplete or no_file",
        },
    ),
    "ranking": (
        "People's choice: innovations by valid votes. Ties: more votes per 100 sessions, "
        "then earlier first vote, then slug.",
        {
            "valid_votes": "votes from intact chains (anomalies are flagged, not removed)",
            "booth_sessions": "visitor sessions started at the agency's booth(s)",
            "votes_per_100_sessions": "valid votes per 100 booth sessions",
            "flagged_votes": "valid votes carrying at least one anomaly flag",
            "flags": "anomaly flags and their vote counts, e.g. burst:4",
            "rank_without_flagged": "the rank if every flagged vote were left out (the"
            " sensitivity the report states; flags never change `rank`)",
        },
    ),
    "flagged_votes": ("Each vote with each anomaly flag it carries.", {}),
    "anomalies": (
        "Anomalies for the jury, shown beside the ranking and never applied to it.",
        {"flag": "burst, outside_hours, clock_jump, no_dwell, long_run, valid_prefix, card_run"},
    ),
    "exclusions": ("Votes not counted, by reason and kiosk.", {}),
    "rule_breaks": (
        "Votes the kiosk as shipped would have refused under the pack's rules: not counted.",
        {
            "rule": "no_session_start (no visit began it), same_innovation_twice (a second vote"
            " for one innovation in one visit), over_session_limit (more votes in one visit"
            " than the pack allows), or in card mode card_missing, card_forged, card_revoked,"
            " card_over_quota",
        },
    ),
    "card_votes": (
        "Card mode: every vote with its ballot card, counted across all booths in time order.",
        {
            "card": "the card's short code (batch-number), as the vote record names it",
            "batch": "the card's batch, from its verified signature",
            "vote_on_card": "1, 2, 3 ...: this vote's place among the card's counted votes",
            "status": "counted, card_missing, card_forged, card_revoked or card_over_quota",
        },
    ),
    "revoked_batches": (
        "Card mode: batches of ballot cards the organizers revoked (kiosk merge --revoke-batch).",
        {"batch": "a revoked batch: its cards' votes are listed, not counted"},
    ),
    "card_batches": (
        "Card mode: the cards printed, from the sheets' .json files (kiosk merge --cards).",
        {"batch": "the cards' batch", "count": "cards printed in this file's sheets"},
    ),
    "session_times": (
        "Per kiosk: visits ended and their length, from the session_end records.",
        {
            "sessions_ended": "session_end records",
            "timed": "of those, with a duration",
            "seconds": "their durations added up (seconds / timed = mean visit length)",
        },
    ),
    "page_views": (
        "Per kiosk and innovation: how often its page was opened in a visit, and for how long.",
        {
            "views": "visits that opened the page (from session_end dwell_s)",
            "seconds": "time on the page, added up over those visits",
        },
    ),
} | SURVEY_TABLE_DOCS


# The report reads records by kind and counts them per kiosk: with this index each of
# its queries reads only the kind it needs, and the counts come from the index alone.
# The two tables hold what the report would otherwise parse out of a million
# session_end records each time; like the ranking, the merge fills them.
# The uuid index names record ids shared across kiosks. A merge drops it while it copies
# records and builds it once at the end: kept up to date through a million random
# uuids it cost 6 s of a 100-booth merge, built afterwards 1 s.
UUID_INDEX = "CREATE INDEX IF NOT EXISTS visitor_records_uuid ON visitor_records (uuid)"
REPORT_DDL = f"""
CREATE INDEX IF NOT EXISTS visitor_records_kind ON visitor_records (kind, kiosk_id);
{UUID_INDEX};
CREATE TABLE IF NOT EXISTS rule_breaks (
    kiosk_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);
CREATE TABLE IF NOT EXISTS revoked_batches (
    batch INTEGER PRIMARY KEY,
    revoked_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS card_batches (
    batch INTEGER NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    count INTEGER NOT NULL,
    file TEXT NOT NULL,
    PRIMARY KEY (batch, first)
);
CREATE TABLE IF NOT EXISTS card_votes (
    kiosk_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    agency_code TEXT,
    innovation_slug TEXT,
    card TEXT,
    batch INTEGER,
    vote_on_card INTEGER,
    status TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);
CREATE TABLE IF NOT EXISTS session_times (
    kiosk_id TEXT PRIMARY KEY,
    sessions_ended INTEGER NOT NULL,
    timed INTEGER NOT NULL,
    seconds REAL
);
CREATE TABLE IF NOT EXISTS page_views (
    kiosk_id TEXT NOT NULL,
    innovation_slug TEXT NOT NULL,
    views INTEGER NOT NULL,
    seconds REAL,
    PRIMARY KEY (kiosk_id, innovation_slug)
);
"""


def create_report_tables(conn: sqlite3.Connection) -> None:
    """Add the report's index and tables (also to files merged before they existed)."""
    conn.executescript(REPORT_DDL)


def upgrade_schema(conn: sqlite3.Connection) -> None:
    """Bring a festival file merged by an older Gerai up to this schema."""
    conn.executescript(_PACK_DDL + _UNREAD_DDL)  # tables added without a version of their own
    if conn.execute("PRAGMA user_version").fetchone()[0] >= FESTIVAL_SCHEMA_VERSION:
        return
    conn.executescript(
        "BEGIN; ALTER TABLE receipts RENAME TO receipts_v1;"
        f" CREATE TABLE receipts ({_RECEIPT_DDL});"
        " INSERT INTO receipts SELECT 'close', kiosk_id, agency_code, count, 1, last_seq,"
        " head_hash, file_sha256, '', '', '', '', '', status, detail FROM receipts_v1;"
        " DROP TABLE receipts_v1;"
        " ALTER TABLE kiosks ADD COLUMN closing_receipt TEXT NOT NULL DEFAULT 'no receipt';"
        " ALTER TABLE ranking ADD COLUMN rank_without_flagged INTEGER NOT NULL DEFAULT 0;"
        f" PRAGMA user_version = {FESTIVAL_SCHEMA_VERSION}; COMMIT;"
    )


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the tables of a new, empty merged festival file."""
    conn.executescript(
        f"BEGIN; {DDL}; PRAGMA application_id = {FESTIVAL_APPLICATION_ID};"
        f" PRAGMA user_version = {FESTIVAL_SCHEMA_VERSION}; COMMIT;"
    )
