# Xiangqing: `make run` starts the whole system with demo data; `make test` runs everything a reviewer would.
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
UV := python3 -m uv
RUN := $(UV) run --frozen
PACKAGES := services/chassis services/loans services/products services/training services/volunteers gateway
NPM := npm --prefix frontend
E2E_PORT := 18000

.PHONY: help setup python frontend-deps spa run run-cluster test lint types client client-check frontend-test \
        test-packages test-sqlite test-postgres test-security test-system test-e2e test-api test-deploy bench clean

help:
	@echo "make run    the whole system on SQLite with demo data, at http://127.0.0.1:8000/"
	@echo "make test   lint, types, every package on SQLite and PostgreSQL, system and browser tests"
	@echo "make bench  the benchmarks (figures printed)"
	@echo "make client regenerate the SPA's typed API client from the services' OpenAPI"

## Installing ---------------------------------------------------------------------------------------

python:
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install -q "uv==$(UV_VERSION)"
	@$(UV) sync --frozen --quiet

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	$(NPM) ci --no-audit --no-fund --loglevel=error

frontend-deps: frontend/node_modules/.package-lock.json

setup: python frontend-deps

spa: setup
	$(NPM) run build

## Running ------------------------------------------------------------------------------------------

run: spa
	$(RUN) python scripts/stack.py --demo

# Two of every process on PostgreSQL (database xiangqing_cluster, a schema per service) and Redis, as on Kubernetes:
# gateways on :8000 and :8010. CLUSTER_REPLICAS=3 for three; `make run-cluster CLUSTER_FRESH=--fresh` starts over.
CLUSTER_REPLICAS ?= 2
CLUSTER_FRESH ?=
run-cluster: spa
	@scripts/ensure_postgres.sh
	@scripts/ensure_redis.sh
	$(RUN) python scripts/stack.py --demo --replicas $(CLUSTER_REPLICAS) $(CLUSTER_FRESH) --data-dir data/cluster \
	  --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/xiangqing_cluster --redis redis://127.0.0.1:6379/1

## Testing ------------------------------------------------------------------------------------------

test: setup lint types client-check frontend-test test-api test-deploy test-packages test-security test-system test-e2e
	@echo "make test: everything passed"

lint:
	$(RUN) ruff check .

types:
	$(RUN) mypy -p chassis -p loans -p products -p training -p volunteers -p gateway
	$(NPM) run typecheck

client: python frontend-deps
	$(RUN) python scripts/export_openapi.py
	$(NPM) run gen:api

client-check: client
	@git diff --exit-code --stat -- frontend/openapi frontend/src/api/generated gateway/gateway/reference/openapi.json \
	  || (echo "The generated API client is stale: run 'make client' and commit it." && exit 1)
	@test -z "$$(git status --porcelain -- frontend/openapi frontend/src/api/generated)" \
	  || (echo "New generated client files are not committed: run 'make client' and commit them." && exit 1)

frontend-test: frontend-deps
	$(NPM) test

# Every package on SQLite and on PostgreSQL, the two runs side by side (scripts/side_by_side.sh): much of each waits on
# its database, so together they took 3.4 minutes on two cores, where SQLite's alone took 2.6.
test-packages: python
	@scripts/ensure_postgres.sh
	@scripts/ensure_redis.sh
	@scripts/side_by_side.sh "$(MAKE) --no-print-directory test-sqlite" "$(MAKE) --no-print-directory test-postgres"

test-sqlite: python
	@scripts/ensure_redis.sh
	@for p in $(PACKAGES); do echo "== $$p on SQLite"; XQ_TEST_DB=sqlite $(RUN) pytest $$p || exit 1; done

test-postgres: python
	@scripts/ensure_postgres.sh
	@scripts/ensure_redis.sh
	@for p in $(PACKAGES); do echo "== $$p on PostgreSQL"; XQ_TEST_DB=postgres $(RUN) pytest $$p || exit 1; done

# The policy matrix, the hostile-input lists and the Schemathesis sweep of every operation, on the demo data, on
# SQLite and on PostgreSQL side by side: 5.3 minutes for both on two cores, where SQLite's alone took 5.5 that hour.
# U+0000 is harmless to SQLite and a 500 on PostgreSQL, so both run.
test-security: python
	@scripts/ensure_postgres.sh
	@scripts/side_by_side.sh "XQ_TEST_DB=sqlite $(RUN) pytest tests/security" "XQ_TEST_DB=postgres $(RUN) pytest tests/security"

test-system: python
	@scripts/ensure_postgres.sh
	@scripts/ensure_redis.sh
	$(RUN) pytest tests/system

# The API's promise: no breaking change against the last release's document (api/), deprecations with a sunset.
test-api: python
	$(RUN) pytest tests/api

# The Dockerfile and the Kubernetes manifests, rendered offline by kustomize (deploy/README.md): a few seconds.
test-deploy: python
	$(RUN) pytest tests/deploy

test-e2e: spa
	@scripts/ensure_chromium.sh
	$(RUN) python scripts/with_stack.py --port-base $(E2E_PORT) -- $(NPM) run e2e

# The SPA is built first: tests/bench/test_spa_lighthouse.py scores it with Lighthouse in Debian's Chromium.
bench: spa
	@scripts/ensure_postgres.sh
	@scripts/ensure_chromium.sh
	$(RUN) pytest tests/bench -s -p no:randomly

clean:
	rm -rf data .tmp frontend/dist
