# Soziale-Stadt assistant. `make run` and `make test` work on a fresh clone:
# they create .venv with Python 3.10, install the pinned packages, set up the
# spaCy model (or the offline pipeline, loudly) and build the knowledge base.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
RASA_CONFIG_FILE := var/rasa-config
WEB_DEPS := web/node_modules/.installed
WEB_TEST_DEPS := tests/web/node_modules/.installed
TYPED := actions knowledge connectors insights components scripts  # mypy --strict (pyproject.toml)
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL ?= 2
# oneDNN's custom kernels make one-message inference slower and larger (docs/PERFORMANCE.md)
export TF_ENABLE_ONEDNN_OPTS ?= 0
# Rasa 3.6's dependencies print pages of deprecation warnings that staff cannot act on.
export PYTHONWARNINGS ?= ignore::DeprecationWarning,ignore::PendingDeprecationWarning,ignore::FutureWarning
export SQLALCHEMY_SILENCE_UBER_WARNING ?= 1
# Local and test use may serve a model trained with the offline spaCy pipeline; production may not.
export SOZIALE_STADT_ALLOW_OFFLINE_MODEL ?= 1

.DEFAULT_GOAL := help
.PHONY: help setup kb nlu-lookups test lint format bench eval train run shell explain report clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	@python=$$(scripts/find_python310.sh) && echo "Creating $(VENV) with $$python" && "$$python" -m venv $(VENV)

$(INSTALLED): requirements.txt constraints.txt | $(PY)
	@$(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' || \
	  { echo "$(VENV) is not Python 3.10: remove it (make clean) and retry" >&2; exit 1; }
	$(PY) -m pip install --quiet --upgrade "pip==24.0"
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	@touch $@

$(RASA_CONFIG_FILE): $(INSTALLED) config.yml scripts/spacy_model.py
	@mkdir -p var
	$(PY) -m scripts.spacy_model > $@.tmp && mv $@.tmp $@

$(WEB_DEPS): web/package.json web/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 18+ (apt-get install nodejs npm)" >&2; exit 1; }
	cd web && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Browser-test tools (playwright-core, axe-core, lighthouse): tests and benchmarks only.
$(WEB_TEST_DEPS): tests/web/package.json tests/web/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 18+ (apt-get install nodejs npm)" >&2; exit 1; }
	cd tests/web && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(INSTALLED) $(RASA_CONFIG_FILE) $(WEB_DEPS) kb ## Create .venv, install everything (Python, spaCy model, widget), build the knowledge base

kb: $(INSTALLED) ## (Re)build the knowledge base from knowledge/source/
	$(PY) -m knowledge build

nlu-lookups: $(INSTALLED) ## Regenerate data/nlu/generated/ from the knowledge base
	$(PY) -m knowledge export

test: setup $(WEB_TEST_DEPS) ## Set up everything, lint, type-check, validate, train if needed, story tests, then pytest
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy $(TYPED)
	$(PY) -m scripts.known_warnings data validate --config "$$(cat $(RASA_CONFIG_FILE))"
	scripts/train.sh "$$(cat $(RASA_CONFIG_FILE))"
	scripts/ensure_test_tools.sh
	$(PY) -m scripts.known_warnings test core --stories tests/test_stories.yml --model models/soziale-stadt.tar.gz \
	  --fail-on-prediction-errors --out var/story-results
	env $$(scripts/ensure_services.sh) $(PY) -m pytest

lint: $(INSTALLED) ## Lint, check formatting, type-check (mypy --strict)
	$(PY) -m ruff check . && $(PY) -m ruff format --check . && $(PY) -m mypy $(TYPED)

format: $(INSTALLED) ## Format the code
	$(PY) -m ruff check --fix . && $(PY) -m ruff format .

bench: train $(WEB_TEST_DEPS) ## Knowledge-base lookups, the REST load benchmark against a plain `rasa init` bot, Lighthouse on the chat page
	$(PY) scripts/bench_knowledge.py
	$(PY) -m scripts.bench_load
	scripts/ensure_test_tools.sh
	$(PY) -m scripts.bench_web

eval: train ## Train if needed, ask every evaluation set over REST, cross-validate the NLU, print figures
	$(PY) -m scripts.evaluate --set all --cv

train: setup ## Train the Rasa model when data, domain or config changed
	scripts/train.sh "$$(cat $(RASA_CONFIG_FILE))"

run: train ## Set up everything and run the bot (action server, Rasa REST/socket.io, chat page on :8080)
	scripts/run.sh

shell: train ## Talk to the bot in the terminal (rasa shell with the action server)
	scripts/run.sh shell

explain: kb ## How the bot reads and answers: Q="wer ist in Hörde zuständig? | und die nummer?" or FILE=talk.txt
	$(PY) -m scripts.explain $(if $(FILE),--file "$(FILE)") "$${Q:-}"

report: $(INSTALLED) ## Write var/report.html and var/report.csv: what citizens asked, which answers missed (tracker: TRACKER_DB_URL or var/tracker.db)
	$(PY) -m insights report --out var/report.html

clean: ## Remove the environment, models and generated state
	rm -rf $(VENV) var models .pytest_cache .ruff_cache .mypy_cache
