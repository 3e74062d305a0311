#!/usr/bin/env bash
# `make test`: every suite, each run even when an earlier one failed, so the summary is complete.
# Backend unit, architecture and functional tests (real PostgreSQL), Spectral lint of docs/api/openapi.json, frontend lint + type-check + unit tests + build,
# the deployment files (scripts/check-deploy.py), then the Playwright journeys against the running product. Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

rm -rf artifacts/test-results frontend/test-results tests/e2e/test-results
failed=()
step() {
  local name=$1; shift
  echo "==> $name"
  if ! "$@"; then failed+=("$name"); echo "<== $name FAILED"; fi
}

step backend dotnet test Microfinance.sln -c Release --logger "trx;LogFilePrefix=backend" --results-directory artifacts/test-results
step deploy-check python3 scripts/check-deploy.py
step api-lint bash -c 'cd tools/api-lint && npm ci --no-audit --no-fund && npm run lint'
step frontend-install bash -c 'cd frontend && npm ci --no-audit --no-fund'
step frontend-lint npm --prefix frontend run lint
step frontend-typecheck npm --prefix frontend run typecheck
step frontend-unit npm --prefix frontend test
step frontend-build npm --prefix frontend run build
step e2e scripts/e2e.sh

mkdir -p artifacts/test-results
printf '%s\n' "${failed[@]}" > artifacts/test-results/failed-steps.txt
node scripts/test-summary.mjs
[ ${#failed[@]} -eq 0 ]
