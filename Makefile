# make run   : set everything up and start the app on http://localhost:8501
# make test  : set everything up (incl. Debian's Chromium) and run every test
PORT ?= 8501

.PHONY: run test setup setup-dev validate bench screenshots

setup:
	bash scripts/setup.sh

setup-dev:
	bash scripts/setup.sh --dev

run: setup
	.venv/bin/python -m triggerpoints validate
	.venv/bin/streamlit run app.py --server.port $(PORT)

test: setup-dev
	.venv/bin/python -m pytest

validate: setup
	.venv/bin/python -m triggerpoints validate

bench: setup-dev
	.venv/bin/python bench/bench_click.py
	.venv/bin/python bench/bench_ranking.py

screenshots: setup-dev
	.venv/bin/python -m tools.docs_screenshots
