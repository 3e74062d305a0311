# The two commands of the README: `make run` and `make test`. Everything else is a helper.
.PHONY: run test test-backend bench api-types db-stop backup restore help

run: ## Set up everything and serve the SPA + API on http://127.0.0.1:8080 (local PostgreSQL, migrations, demo data)
	scripts/run.sh

test: ## Run every test: backend (real PostgreSQL), frontend lint/type-check/unit/build, Playwright in Chromium
	scripts/test.sh

bench: ## Benchmark the money path against PostgreSQL's own ceiling (bench/README.md); needs wrk
	bench/run.sh

test-backend: ## Backend tests only
	dotnet test Microfinance.sln

api-types: ## Regenerate docs/api/openapi.json from the running code and the SPA's types from it
	UPDATE_OPENAPI=1 dotnet test tests/Microfinance.FunctionalTests --filter "FullyQualifiedName~Swagger_document_matches"
	npm --prefix frontend run api:types

db-stop: ## Stop the local PostgreSQL cluster that `make run` started
	scripts/local-postgres.sh stop .data/postgres $${MF_DEV_DB_PORT:-55432}

backup: ## Back up the database of `make run` (or DATABASE_URL) into .data/backups (docs/operations.md, Backups)
	scripts/backup.sh

restore: ## Restore a backup into an empty database: make restore FILE=.data/backups/....dump[.gpg] [DB=name]
	scripts/restore.sh "$(FILE)" $(DB)

help:
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'
