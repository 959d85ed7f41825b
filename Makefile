# Two commands: `make run` (build the claims table and open the dashboard) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed
CLAIMS  = data/claims.csv
EXTRACT_SOURCES := $(shell find extract -name '*.py' -o -name '*.yaml' -o -name '*.csv' 2>/dev/null)

.PHONY: run test lint claims system-deps bench clean

# The project itself, editable, with its `dev` extra (dependency lists: requirements*.txt via pyproject.toml).
$(STAMP): pyproject.toml requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Chromium renders chart images (kaleido) and drives the browser tests; Noto gives Arabic glyphs.
system-deps:
	@bash scripts/system-deps.sh

$(CLAIMS): $(STAMP) $(wildcard seeds/*) $(EXTRACT_SOURCES)
	$(PY) -m extract seeds/ -o $(CLAIMS) || test $$? -eq 1

claims: $(CLAIMS)

# Loopback only by default: anyone who can reach the port can upload articles and rewrite the table.
# `make run HOST=0.0.0.0 PORT=8501` opens it to the network (put a reverse proxy with authentication in front).
HOST ?= 127.0.0.1
PORT ?= 8501
run: $(CLAIMS) system-deps
	$(PY) -m streamlit run dashboard.py --server.address $(HOST) --server.port $(PORT) --browser.gatherUsageStats false

test: $(STAMP) system-deps lint
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP)
	$(PY) -m extract.bench 2000
	$(PY) -m timeline.bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
