#!/usr/bin/env bash
# End-to-end journeys: starts the product as `make run` would (fresh PostgreSQL cluster, migrations, demo data,
# built SPA) on a free local port, runs the Playwright tests in Debian's Chromium against it, then tears it all down.
# Expects the SPA built (frontend/dist) and the API built in Release (scripts/test.sh does both first). Arguments go to
# `npx playwright test`: `scripts/e2e.sh specs/mobile-layout.spec.ts` runs one spec.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

data_dir=$(mktemp -d /tmp/mf-e2e-pg.XXXXXX)
db_port=$(free_port)
api_port=$(free_port)
api_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  "$root/scripts/local-postgres.sh" stop "$data_dir" "$db_port" || true
  rm -rf "$data_dir"
}
trap cleanup EXIT

connection=$(scripts/local-postgres.sh start "$data_dir" "$db_port" microfinance_e2e)

# The specs sign the same demo users in dozens of times a minute, all from 127.0.0.1: the sign-in limits (30 per IP, 10
# per username a minute) would refuse a fast run's logins; the functional tests check the limits themselves. For the same
# reason the demo users are not enrolled in two-factor sign-in here (a code is accepted once per 30 s), nor sent to
# enrolment: specs/two-factor.spec.ts enrols a user of its own (docs/security.md).

ConnectionStrings__Default="$connection" \
ASPNETCORE_ENVIRONMENT=E2E \
ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
Jwt__SigningKey="e2e-tests-only-signing-key-0123456789abcdefghijkl" \
DataProtection__IdDocumentKey="ZTJlLXRlc3RzLW9ubHktaWQtZG9jdW1lbnQta2V5ISE=" \
Payments__Sandbox__WebhookSecret="e2e-tests-only-sandbox-webhook-secret" \
Database__MigrateOnStartup=true \
Seed__DemoData=true \
Seed__DemoTwoFactor=false \
TwoFactor__EnforceEnrolment=false \
RateLimiting__Login__PermitsPerIp=1000 \
RateLimiting__Login__PermitsPerUsername=1000 \
Spa__RootPath="$root/frontend/dist" \
Logging__LogLevel__Default=Warning \
  dotnet run --no-build -c Release --project backend/src/Microfinance.Api > "$data_dir/api.log" 2>&1 &
api_pid=$!

base_url="http://127.0.0.1:$api_port"
for _ in $(seq 1 120); do
  curl -sf "$base_url/health/ready" >/dev/null 2>&1 && break
  if ! kill -0 "$api_pid" 2>/dev/null; then cat "$data_dir/api.log" >&2; echo "The API exited before it was ready" >&2; exit 1; fi
  sleep 1
done
curl -sf "$base_url/health/ready" >/dev/null || { cat "$data_dir/api.log" >&2; echo "The API was not ready in 120 s" >&2; exit 1; }

cd tests/e2e
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
E2E_BASE_URL="$base_url" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test "$@"
