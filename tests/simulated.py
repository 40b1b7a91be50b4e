"""Booth files made by `kiosk simulate`, shared by the tests that only need one."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class SimulatedBooths:
    """Booth files made by `kiosk simulate`, each kind made once per test run and copied.

    Making one imports the demo festival's photos (seconds of work); a test that only
    needs *a* simulated booth gets its own copy of the one made first, through SQLite's
    backup so the copy is a whole, consistent file.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[tuple[str, int, str | None], Path] = {}

    def copy_to(
        self, dest: Path, agency: str = "DPUPR", sessions: int = 40, seed: str | None = None
    ) -> Path:
        key = (agency, sessions, seed)
        if key not in self.made:
            from click.testing import CliRunner

            from kiosk.cli import main

            template = self.folder / f"{agency}-{sessions}-{seed}.sqlite"
            args = ["simulate", "--db", str(template), "--agency", agency]
            args += ["--sessions", str(sessions), *(["--seed", seed] if seed else [])]
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 0, result.output
            self.made[key] = template
        source = sqlite3.connect(self.made[key])
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return dest
