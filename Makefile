# NTC courseware — the two commands of the README: `make lab` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: lab test bench release browser-deps clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab course/00_accueil.ipynb

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 tests

bench: $(STAMP)
	$(BIN)/python -m tests.bench

# Regenerate exercises/ from solutions/ (after any change in solutions/).
release: $(STAMP)
	$(BIN)/python -m autograder.release

clean:
	rm -rf $(VENV) .pytest_cache
