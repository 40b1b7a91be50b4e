"""Where Gerai keeps things: one module knows the folders (QML sources: kiosk.ui.paths)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The checkout (when run from one), else the current directory."""
    root = PACKAGE_DIR.parent
    return root if (root / "pyproject.toml").exists() else Path.cwd()


def assets_dir() -> Path:
    """Fonts, icons and translation sources (see `fonts_dir`, `translations_dir`)."""
    return project_root() / "assets"


def fonts_dir() -> Path:
    """The fonts the UI registers itself, and that `kiosk doctor` checks."""
    return assets_dir() / "fonts"


def translations_dir() -> Path:
    """The UI's translation sources (`gerai_<lang>.ts`) and the `.qm` files built from them."""
    return assets_dir() / "translations"


def db_dir() -> Path:
    """The booth's database files, backups and logs; nothing else writes here."""
    return project_root() / "db"


def default_db_path() -> Path:
    return db_dir() / "booth.sqlite"


def demo_pack_dir() -> Path:
    return db_dir() / "demo-pack"
