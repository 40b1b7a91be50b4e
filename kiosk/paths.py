"""Where Gerai keeps things: one module knows the folders."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The checkout (when run from one), else the current directory."""
    root = PACKAGE_DIR.parent
    return root if (root / "pyproject.toml").exists() else Path.cwd()


def assets_dir() -> Path:
    return project_root() / "assets"


def db_dir() -> Path:
    """The booth's database files, backups and logs; nothing else writes here."""
    return project_root() / "db"


def default_db_path() -> Path:
    return db_dir() / "booth.sqlite"


def demo_pack_dir() -> Path:
    return db_dir() / "demo-pack"
