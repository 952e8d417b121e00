# NTC courseware — the two commands of the README: `make lab` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PROXY := deploy/node_modules/.bin/configurable-http-proxy
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: lab formateur hub test bench release navigateur paquets proxy clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# JupyterLab's settings live in jupyter/ (see jupyter/README.md): commun/ serves the whole repository,
# starts for root too and sets French as the default language; apprenant/ hides nbgrader's trainer
# tools. Both come after the user's own ~/.jupyter on Jupyter's config path, so their choices win.
CONFIG_COMMUN := $(CURDIR)/jupyter/commun
CONFIG_APPRENANT := $(CURDIR)/jupyter/apprenant
ACCUEIL := course/00_accueil.ipynb

lab: $(STAMP)
	JUPYTER_CONFIG_PATH="$(CONFIG_APPRENANT):$(CONFIG_COMMUN)$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}" \
		$(BIN)/jupyter lab $(ACCUEIL)

# The trainer's JupyterLab: the same, with nbgrader's extensions (Create Assignment, Formgrader…).
formateur: $(STAMP)
	JUPYTER_CONFIG_PATH="$(CONFIG_COMMUN)$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}" \
		$(BIN)/jupyter lab $(ACCUEIL)

# The browser tests need Debian's Chromium (installed here with apt when missing); a learner without
# root can run `NTC_SANS_NAVIGATEUR=1 make test` to skip them. CI never sets it.
# The French check needs hunspell and hunspell-fr (apt too, see tests/setup_debian.sh);
# NTC_SANS_HUNSPELL=1 skips them and the spelling test (typography is still checked).
# The exam's dashboard test recalculates a workbook with a real headless LibreOffice Calc (Debian
# libreoffice-calc, apt too); NTC_SANS_LIBREOFFICE=1 skips its install and, when soffice is absent, that test.
test: $(STAMP) paquets navigateur proxy
	$(BIN)/python -m pytest -n 2 --dist loadgroup --durations=15 tests

navigateur:
ifeq ($(NTC_SANS_NAVIGATEUR),1)
	@echo "Tests navigateur sautés (NTC_SANS_NAVIGATEUR=1)."
else
	sh tests/browser/setup_chromium.sh
	$(MAKE) $(AXE)
endif

# axe-core (accessibility audits), pinned in tests/browser/package-lock.json, installed once from
# the npm registry into tests/browser/node_modules; the tests inject this file, nothing at run time.
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --silent
	touch $(AXE)

# A training centre's JupyterHub on this machine, as root (README « Déployer pour un centre de
# formation »): the centre's folder is NTC_CENTRE (/srv/ntc), the address NTC_HUB_PORT (8000).
hub: $(STAMP) $(PROXY)
	$(BIN)/ntc hub

# JupyterHub's proxy (configurable-http-proxy), pinned in deploy/package-lock.json, installed once
# from the npm registry into deploy/node_modules; Node.js and npm from Debian when missing.
# The hub's test needs root (Unix accounts): without root it is skipped, and so is its proxy.
proxy:
ifeq ($(shell id -u),0)
	$(MAKE) $(PROXY)
else
	@echo "Proxy du hub non installé (pas root) : tests/hub/test_hub.py sera sauté."
endif

$(PROXY): deploy/package.json deploy/package-lock.json
	command -v npm >/dev/null 2>&1 || sh tests/setup_debian.sh nodejs npm
	npm ci --prefix deploy --no-audit --no-fund --silent
	touch $(PROXY)

paquets:
ifeq ($(NTC_SANS_HUNSPELL),1)
	@echo "Installation de hunspell sautée (NTC_SANS_HUNSPELL=1) : orthographe non vérifiée."
else
	sh tests/setup_debian.sh hunspell hunspell-fr hunspell-en-us
endif
ifeq ($(NTC_SANS_LIBREOFFICE),1)
	@echo "Installation de LibreOffice Calc sautée (NTC_SANS_LIBREOFFICE=1) : classeur recalculé non vérifié."
else
	sh tests/setup_debian.sh libreoffice-calc
endif

bench: $(STAMP)
	$(BIN)/python -m tests.bench

# Regenerate exercises/ from solutions/ (after any change in solutions/).
release: $(STAMP)
	$(BIN)/python -m autograder.moteur.release

clean:
	rm -rf $(VENV) .pytest_cache tests/browser/node_modules deploy/node_modules
