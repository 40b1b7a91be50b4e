"""What a long organizer command (`kiosk merge`, `kiosk report`) shows while it works.

On a terminal, a progress bar (rich) that goes when the command is done; when
the output goes to a file or another program, one plain line per file or step,
so a log says how far a run got. Both on stderr: stdout keeps the results.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO

from kiosk.domain.text import escape_controls


class ProgressDisplay:
    """Called with (step starting, steps done, steps in all) by the merge and the report."""

    def __init__(self, title: str, stream: TextIO | None = None) -> None:
        self.title = title
        self.stream = stream if stream is not None else sys.stderr
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> ProgressDisplay:
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.title, total=None)
        return self

    def __call__(self, step: str, done: int, total: int) -> None:
        name = escape_controls(step)  # file names come from booths' sticks
        if self._bar is not None:
            from rich.markup import escape

            description = escape(f"{self.title}: {name}")
            self._bar.update(
                self._task, description=description, completed=done, total=total, refresh=True
            )
        elif done < total:
            print(f"{self.title} [{done + 1}/{total}] {name}", file=self.stream, flush=True)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
