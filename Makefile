# sfrest — every target creates .venv and installs into it when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
PY := $(BIN)/python
# the generators' post hooks and formatters run the pinned ruff of this venv
export PATH := $(BIN):$(PATH)

.PHONY: install generate check-generated test lint clean

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

## generate: render generated/ from spec/ + templates/
generate: install
	$(PY) scripts/generate.py

## check-generated: fail when generated/ differs from what spec/ + templates/ render
check-generated: install
	$(PY) scripts/generate.py --check

## test: check generation, then run every test
test: check-generated
	$(PY) -m pytest

## lint: ruff, and strict type checking of our code and the generated package
lint: install
	$(BIN)/ruff check src scripts tests
	$(BIN)/ruff format --check src scripts tests
	$(BIN)/ruff check --isolated generated/sfrest_generated
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
