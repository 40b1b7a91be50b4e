"""Read-only work on a second connection, in a thread, while the first one writes.

The results are worked out on one core while the other sits idle: the merge's
worker processes are done by then. SQLite lets one connection write (its
changes stay in its own cache until it commits) while another reads what was
committed before; Python's sqlite3 lets go of the GIL while SQLite works.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

T = TypeVar("T")


@contextmanager
def alongside(
    conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]
) -> Iterator[Future[T]]:
    """Run `work` on a read-only connection to `conn`'s database while the block runs.

    `work` sees what was committed before the block, never what `conn` writes in
    it. The block's end waits for `work`; its result (or exception) is the future's.
    A database with no file (in memory, temporary) has no second connection:
    `work` then runs on `conn` itself, before the block.
    """
    path = _file_of(conn)
    if path is None:
        done: Future[T] = Future()
        done.set_result(work(conn))
        yield done
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gerai-results") as pool:
        yield pool.submit(_read_only, path, work)


def _read_only(path: Path, work: Callable[[sqlite3.Connection], T]) -> T:
    uri = f"file:{quote(str(path))}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=60)) as reader:
        reader.execute("PRAGMA cache_size = -65536")
        return work(reader)


def _file_of(conn: sqlite3.Connection) -> Path | None:
    for _, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None
