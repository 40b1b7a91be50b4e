"""The pack's one exception, in a module of its own: `kiosk run` catches it without
importing the pack reader (and, through it, Pillow) before its first frame."""

from __future__ import annotations


class PackError(Exception):
    """A pack that cannot be used; `problems` lists every problem found, one per entry."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(self.problems)
