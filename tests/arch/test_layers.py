"""The layer contract (pyproject.toml [tool.importlinter]) holds, and it bites.

`make check` runs `lint-imports` too; these tests also prove that the contract
is not vacuous: a copy of the package with one wrong import breaks it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter over the `kiosk` package found in `tree`."""
    script = (
        "import sys; sys.path.insert(0, '.');"
        "from importlinter.cli import lint_imports;"
        "sys.exit(lint_imports(no_cache=True))"
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def package_copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "kiosk", tree / "kiosk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_the_package_keeps_its_layers() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "imported"),
    [
        ("kiosk.domain.festival", "kiosk.storage.database"),
        ("kiosk.storage.records", "PySide6.QtCore"),
        ("kiosk.staff.pin", "kiosk.results"),
        ("kiosk.booth", "kiosk.ui"),
    ],
)
def test_a_wrong_import_breaks_the_contract(tmp_path: Path, module: str, imported: str) -> None:
    tree = package_copy(tmp_path)
    target = tree.joinpath(*module.split(".")).with_suffix(".py")
    source = target.read_text(encoding="utf-8")
    target.write_text(f"{source}\nimport {imported}  # noqa\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode != 0
    # The report names the offending import itself, not just a broken contract
    # (an external package by its top-level name).
    named = imported if imported.startswith("kiosk.") else imported.partition(".")[0]
    assert f"{module} -> {named} " in result.stdout, result.stdout


def test_the_runtime_package_drives_no_window_with_qtest() -> None:
    """QtTest is a test tool; import-linter cannot forbid a PySide6 submodule, so this does."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "kiosk").rglob("*.py")
        if "QtTest" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
