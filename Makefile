# The one entry point for people and for CI. Every target sets itself up first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE ?= ../shared/seeds/000_35557c4c5dbf5703.txt
LINKFLAGS ?=

.PHONY: venv link test check lint format eval bench fuzz data-courts clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

link: venv
	$(BIN)/linker link "$(ARTICLE)" $(LINKFLAGS)

test: venv
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check linker tests scripts
	$(BIN)/ruff format --check linker tests scripts
	$(BIN)/mypy linker

format: venv
	$(BIN)/ruff format linker tests scripts
	$(BIN)/ruff check --fix linker tests scripts

check: lint test

eval: venv
	$(BIN)/python -m linker.eval ../shared/corpus tests/corpus tests/corpus-final tests/corpus-blind tests/corpus-blind2 tests/corpus-blind3 tests/corpus-blind4 tests/corpus-blind5 tests/corpus-blind6 tests/corpus-blind7 tests/corpus-blind8 tests/corpus-blind9 tests/corpus-blind10 tests/corpus-blind11 tests/corpus-blind12 tests/corpus-blind13 tests/corpus-dev9 tests/corpus-dev10 tests/corpus-dev11 tests/corpus-dev12 tests/corpus-blind15 tests/corpus-dev13 tests/corpus-dev14 tests/corpus-blind14 tests/corpus-dev15 tests/corpus-dev16 tests/corpus-blind17 tests/corpus-blind16 tests/corpus-dev17 tests/corpus-dev18 tests/corpus-blind19 tests/corpus-blind18 tests/corpus-blind20 tests/corpus-dev19 tests/corpus-dev20 tests/corpus-blind21 tests/corpus-blind22 tests/corpus-blind23 tests/corpus-blind24 tests/corpus-blind25 tests/corpus-blind26 tests/corpus-blind27 tests/corpus-blind28 tests/corpus-dev6 tests/corpus-dev7 tests/corpus-dev8 tests/corpus-dev21 tests/corpus-blind29 tests/corpus-blind30 tests/corpus-dev22 tests/corpus-blind31 tests/corpus-blind32 tests/corpus-dev23 tests/corpus-blind33 tests/corpus-blind34 tests/corpus-dev24 tests/corpus-dev25 tests/corpus-blind35 tests/corpus-blind36 tests/corpus-dev26 tests/corpus-blind37 tests/corpus-blind38
	$(BIN)/python -m linker.pages_eval tests/pages

# Hostile and random text and HTML through load -> scan -> render (tests/test_fuzz.py); a
# short run is part of `make test`. FUZZ_SECONDS bounds this longer one (default 10 minutes).
FUZZ_SECONDS ?= 600
fuzz: venv
	LINKER_FUZZ_SECONDS=$(FUZZ_SECONDS) $(BIN)/python -m pytest tests/test_fuzz.py -q -s -p no:cacheprovider

bench: venv
	$(BIN)/python -m linker.bench
	$(BIN)/python -m linker.bench_batch

# Rerun when courts-db is upgraded: linker reads courts-db's answers from this table.
data-courts: venv
	$(BIN)/python scripts/gen_courts_table.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache build *.egg-info
