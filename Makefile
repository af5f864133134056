# One Makefile for the project. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
BOT := $(VENV)/bin/bot
INSTALLED := $(VENV)/.installed
# The widget's socket.io client, from the npm registry (package-lock.json); git-ignored.
WIDGET_VENDOR := bot/web/static/widget/vendor/socket.io.min.js
CHROMIUM := /usr/bin/chromium

.PHONY: help install browser train run shell test test-fast validate bench-nlu bench-rest lock clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-11s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock pyproject.toml
	@python=$$(scripts/find-python310) || exit 1; \
	if [ ! -x $(PY) ]; then echo "Creating $(VENV) with $$python"; "$$python" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

$(WIDGET_VENDOR): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the chat widget (Debian: apt-get install npm)"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(@D)
	cp node_modules/socket.io-client/dist/socket.io.min.js $@

install: $(INSTALLED) $(WIDGET_VENDOR) ## Create .venv with the locked packages and the widget's npm package (when their locks changed)

browser: ## Install Debian's chromium for the browser tests unless it is there (no browser download)
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo=sudo; \
	  else echo "$(CHROMIUM) is missing: install Debian's chromium package as root"; exit 1; fi; \
	  echo "Installing chromium (Debian package; about a minute)"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium >/dev/null; \
	fi

train: install ## Train the model unless one exists for the current domain, config and data
	$(BOT) train

run: train ## Install, train if needed, and start Rasa, the actions and the web app (demo page, dashboard); Ctrl-C stops them
	$(BOT) run

shell: train ## Chat with the assistant in this terminal
	$(BOT) shell

test: train browser ## Install, train if needed, and run every test (unit, actions, stories, end to end, browser)
	$(PY) -m pytest -q

test-fast: install ## Run the tests that need no trained model or servers
	$(PY) -m pytest -q -m "not e2e and not model"

validate: install ## Check the training data and domain with Rasa's validator
	$(BOT) rasa data validate --domain domain.yml --data data --config config.yml

bench-nlu: install ## Fact extraction on the held-out set: per-fact P/R/F1, accuracy, latency
	$(PY) -m bot.bench.nlu

bench-rest: train ## Whole screenings over REST: message latency p50/p95, throughput, server memory
	$(PY) -m bot.bench.rest

.PHONY: user
user: install ## Create a dashboard account: make user NAME=alice (asks for the password)
	@test -n "$(NAME)" || { echo "usage: make user NAME=<account name>"; exit 1; }
	$(PY) -m bot.web.users add "$(NAME)"

lock: install ## Rewrite requirements.lock from the packages installed in .venv
	$(PY) -m pip freeze --all --exclude-editable | grep -v -e '^pip==' -e '^copd-msc-prescreener' > requirements.lock

clean: ## Remove the virtualenv, node_modules, trained models and local databases
	rm -rf $(VENV) node_modules bot/web/static/widget/vendor models var .rasa
