# sfrest — every target creates .venv and installs into it when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
PY := $(BIN)/python
# the generators' post hooks and formatters run the pinned ruff of this venv
export PATH := $(BIN):$(PATH)
# the pinned Node tools of package-lock.json, installed into node_modules/ (nothing global)
NODE_BIN := $(abspath node_modules)/.bin
SPEC := spec/servicefabric.yaml
# Redocly CLI: no usage data leaves the machine, no update notices
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: install demo node generate contract docs dist check-generated snapshots test fuzz lint lint-spec bump breaking bench drill-ts clean

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml constraints.txt clients/chaostoolkit/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	PIP_CONSTRAINT=$(abspath constraints.txt) $(PY) -m pip install -q --disable-pip-version-check -e clients/chaostoolkit
	touch $@

## node: Redocly CLI, openapi-typescript, TypeScript and the TypeScript client's openapi-fetch
## (the clients/typescript workspace) as package-lock.json pins them
node: node_modules/.installed
node_modules/.installed: package.json package-lock.json clients/typescript/package.json
	npm ci --no-audit --no-fund
	touch $@

## generate: render generated/ (the package and the JSON Schema contract) and docs/
generate: install node
	$(PY) scripts/generate.py
	$(MAKE) --no-print-directory docs

## contract: JSON Schema 2020-12 of every model in generated/contract/ (part of generate)
contract: generate

## docs: the HTTP API reference docs/api/index.html from the spec (Redocly build-docs, Redoc
## inlined: it loads nothing from the network) and the Python API reference docs/python/
## from the docstrings (pdoc); both deterministic and committed (scripts/docs.py)
docs: install node
	$(PY) scripts/docs.py

## dist: the sdist and the wheel (src/sfrest and generated/sfrest_generated) into dist/, and
## chaostoolkit-sfrest's (clients/chaostoolkit), built from the files git tracks by the pinned
## build and hatchling of .venv (scripts/dist.py)
dist: install
	$(PY) scripts/dist.py --outdir dist

## lint-spec: the spec passes Redocly's recommended rules (redocly.yaml) without a warning
lint-spec: node
	$(NODE_BIN)/redocly lint $(SPEC)

## bump: raise an operation's api-version, e.g. make bump ARGS="--operation RestorePartition --api-version 9.1"
bump: install node
	$(PY) scripts/bump.py $(ARGS)

## breaking: breaking changes of spec/ against the last tag (or HEAD~1), unless CHANGELOG.md records them
breaking: install
	$(PY) scripts/breaking.py $(ARGS)

## check-generated: fail when generated/ differs from what spec/ + templates/ render
check-generated: install node
	$(PY) scripts/generate.py --check

## drill-ts: compile clients/typescript (tsc, into its build/) and run its examples/drill.ts against
## a running emulator or gateway: make drill-ts ENDPOINT=http://127.0.0.1:PORT
TS_CLIENT := clients/typescript
drill-ts: node
	$(if $(ENDPOINT),,$(error ENDPOINT is not set: make drill-ts ENDPOINT=http://127.0.0.1:PORT))
	$(NODE_BIN)/tsc -p $(TS_CLIENT)/tsconfig.json
	node $(TS_CLIENT)/build/clients/typescript/examples/drill.js $(ENDPOINT)

## demo: start the emulator on loopback, run a chaos drill through sfrest against it, stop it;
## in .venv-demo, which holds sfrest (editable) and its runtime dependencies only
DEMO_VENV := .venv-demo
DEMO_PY := $(abspath $(DEMO_VENV))/bin/python
demo: $(DEMO_VENV)/.installed
	$(DEMO_PY) examples/chaos_demo.py
# PIP_CONSTRAINT reaches the isolated build env too: hatchling as constraints.txt pins it
$(DEMO_VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(DEMO_VENV)
	PIP_CONSTRAINT=$(abspath constraints.txt) $(DEMO_PY) -m pip install -q --disable-pip-version-check -e .
	touch $@

## bench: sfrest vs http.client, raw httpx, raw aiohttp and azure-servicefabric 8.2 on a loopback
## server of its own, in .venv-bench (azure-servicefabric is compared with, never a dependency);
## writes docs/benchmarks.*. aiohttp is a baseline of its own: pinned as constraints.txt pins it.
BENCH_VENV := .venv-bench
BENCH_PY := $(abspath $(BENCH_VENV))/bin/python
BENCH_PACKAGES := azure-servicefabric==8.2.0.0 matplotlib==3.11.2 aiohttp==3.14.5
bench: install $(BENCH_VENV)/.installed
	$(BENCH_PY) scripts/bench.py $(ARGS)
$(BENCH_VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e . $(BENCH_PACKAGES)
	touch $@

## snapshots: rewrite what the tests pin on purpose (the clients' signature snapshot and the
## templates' golden record) from today's spec and templates, and show what changed
snapshots: install
	$(PY) tests/test_signatures.py
	$(PY) scripts/generate.py --spec tests/golden/spec.yaml --out tests/golden/expected --package golden_client
	git --no-pager diff --stat -- tests/snapshots tests/golden

## test: check generation, then run every test (the TypeScript and docs tests need node_modules/;
## tests/test_typescript_client.py runs the TypeScript client's node --test and its drill)
test: check-generated node
	$(PY) -m pytest

## fuzz: the adversarial suites (hostile answers, hostile arguments) with FUZZ_EXAMPLES cases per test
## instead of make test's few thousand; prints the cases run and the escapes (goal 0)
FUZZ_EXAMPLES ?= 20000
fuzz: install
	SFREST_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/test_adversarial.py tests/test_argument_fuzz.py -s

## lint: the spec (lint-spec), ruff, and strict type checking of our code (tests, scripts and examples too) and the generated package
lint: install lint-spec
	$(BIN)/ruff check src scripts tests examples clients/chaostoolkit/chaossfrest
	$(BIN)/ruff format --check src scripts tests examples clients/chaostoolkit/chaossfrest
	$(BIN)/ruff check --isolated generated/sfrest_generated
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DEMO_VENV) node_modules $(TS_CLIENT)/build dist .mypy_cache .pytest_cache .ruff_cache
