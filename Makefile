# Gerai: `make run` starts the kiosk on the demo festival, `make test` runs every check.
# Both set themselves up (a .venv with the project installed) on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SRC := kiosk tests benchmarks main.py

.PHONY: run test check lint typecheck pytest bench screens system clean

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

check: lint typecheck

lint: $(STAMP)
	$(VENV)/bin/ruff check $(SRC)
	$(VENV)/bin/ruff format --check $(SRC)

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	@$(PY) -m kiosk.system --test
	QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software $(PY) -m pytest

bench: system
	@$(PY) -m kiosk.system --bench
	$(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
