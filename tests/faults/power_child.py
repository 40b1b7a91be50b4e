"""A voting kiosk that can be killed at any moment: `python -m tests.faults.power_child DB ACKS`.

The process imports everything once, then forks one voter per line "fork" read
from stdin, prints the voter's pid and waits for it (printing how it ended).
A voter opens the booth file, prints "ready", and votes forever; after each
`cast_vote` returns it appends "seq uuid hash" to ACKS with one write(2), so
the file holds exactly the votes the kiosk acknowledged to a visitor.

With `--batch N` the voter lies: it acknowledges votes inside a transaction
that is committed only every N votes. The tests use it to show that the
power-cut check does catch lost votes.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from typing import Any

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.session import EndReason
from kiosk.storage.database import open_booth_database


def vote_forever(db_path: str, acks_path: str, batch: int) -> None:
    db = open_booth_database(db_path)
    clock = ManualClock(datetime(2026, 8, 20, 1, 5, tzinfo=UTC))
    booth = Booth(db, "DPUPR", clock)
    acks = os.open(acks_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    if batch:
        lie_with_batches(booth, batch)
    print("ready", flush=True)
    slugs = [i.slug for i in booth.innovations]
    while True:
        booth.start_session()
        for slug in slugs:
            booth.open_innovation(slug)
            clock.advance(9.0)
            record = booth.cast_vote(slug).record
            assert record is not None
            os.write(acks, f"{record.seq} {record.uuid} {record.hash}\n".encode())
            booth.close_innovation()
        booth.end_session(EndReason.FINISHED)


def lie_with_batches(booth: Booth, batch: int) -> None:
    """Make the record log acknowledge before COMMIT: commit only every `batch` records."""
    conn = booth.db.conn
    real_execute = conn.execute
    appended = 0

    class Lying:
        def __getattr__(self, name: str) -> object:
            return getattr(conn, name)

        @property
        def in_transaction(self) -> bool:
            return conn.in_transaction

        def execute(self, sql: str, *args: Any) -> object:
            nonlocal appended
            if sql == "BEGIN IMMEDIATE" and conn.in_transaction:
                return None
            if sql == "COMMIT":
                appended += 1
                if appended % batch:
                    return None
            return real_execute(sql, *args)

    booth.log.db = type("LyingDb", (), {"conn": Lying()})()


def serve(db_path: str, acks_path: str, batch: int) -> None:
    for line in sys.stdin:
        if line.strip() != "fork":
            continue
        pid = os.fork()
        if pid == 0:
            try:
                vote_forever(db_path, acks_path, batch)
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"ended {status}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("acks")
    parser.add_argument("--batch", type=int, default=0)
    args = parser.parse_args()
    serve(args.db, args.acks, args.batch)


if __name__ == "__main__":
    main()
