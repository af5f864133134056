# One Makefile for the project. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
BOT := $(VENV)/bin/bot
INSTALLED := $(VENV)/.installed

.PHONY: help install train run shell test test-fast validate bench-nlu bench-rest lock clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-11s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock pyproject.toml
	@python=$$(scripts/find-python310) || exit 1; \
	if [ ! -x $(PY) ]; then echo "Creating $(VENV) with $$python"; "$$python" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

install: $(INSTALLED) ## Create .venv with the locked packages (only when the lock changed)

train: install ## Train the model unless one exists for the current domain, config and data
	$(BOT) train

run: train ## Install, train if needed, and start the action and Rasa servers (Ctrl-C stops them)
	$(BOT) run

shell: train ## Chat with the assistant in this terminal
	$(BOT) shell

test: train ## Install, train if needed, and run every test (unit, actions, stories, end to end)
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

clean: ## Remove the virtualenv, trained models and local databases
	rm -rf $(VENV) models var .rasa
