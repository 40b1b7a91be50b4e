# Gerai: `make run` starts the kiosk on the demo festival, `make test` runs every check.
# Both set themselves up (a .venv with the project installed) on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SRC := kiosk tests benchmarks tools main.py

.PHONY: run test test-fast check lint typecheck imports qmllint collect pytest bench screens system clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create $(VENV). Install venv support with: sudo apt-get install -y python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

# Stops with the exact apt-get line when Qt's system libraries or fonts are missing.
system: $(STAMP)
	@$(PY) -m kiosk.system

run: system
	$(PY) -m kiosk run

test: check pytest

check: lint typecheck imports qmllint collect

lint: $(STAMP)
	$(VENV)/bin/ruff check $(SRC)
	$(VENV)/bin/ruff format --check $(SRC)

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Every QML binding checked against the QML types, Gerai's Python singletons included
# (their qmltypes must match the classes: regenerate with `python -m tools.qmltypes`).
qmllint: $(STAMP)
	$(PY) -m tools.qmltypes --check
	$(VENV)/bin/pyside6-qmllint --max-warnings 0 -I kiosk/ui/qml kiosk/ui/qml/Gerai/*.qml kiosk/ui/qml/Gerai/Staff/*.qml kiosk/ui/qml/Gerai/Desk/*.qml

# The layer contract (pyproject.toml [tool.importlinter]): a wrong import fails here.
imports: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache

# Every test module imports (a moved module fails here in seconds, not mid-suite).
collect: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --collect-only -q > /dev/null

# One worker per core (at most 4: each holds a Qt scene), a test module's tests on one
# worker; the tests are independent of each other. `make pytest PYTEST_WORKERS=` runs serially.
PYTEST_WORKERS ?= -n auto --maxprocesses=4 --dist loadfile

pytest: $(STAMP)
	@$(PY) -m kiosk.system --test
	QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software $(PY) -m pytest --durations=15 $(PYTEST_WORKERS)

# The fast lane: the tests that need no Qt (no window, no QML, no Qt child process)
# and are not marked slow (the power-cut and attack suites); 49 s on a quiet 2-core machine.
# Collecting tests/ui still loads Qt's libraries, so the system check comes first.
test-fast: $(STAMP)
	@$(PY) -m kiosk.system --test
	$(PY) -m pytest -m "not ui and not slow" -q -n auto

bench: system
	@$(PY) -m kiosk.system --bench
	$(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
