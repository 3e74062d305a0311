#!/usr/bin/env bash
# `make run`: everything a fresh machine needs, then the product on http://127.0.0.1:8080
# (SPA at /, API under /api, Swagger at /swagger). Settings: README, Configuration.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ConnectionStrings__Default:-}" ]; then
  ConnectionStrings__Default=$(scripts/local-postgres.sh start .data/postgres "${MF_DEV_DB_PORT:-55432}" microfinance)
  export ConnectionStrings__Default
fi

scripts/build-spa.sh

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:8080}
export Spa__RootPath=${Spa__RootPath:-$PWD/frontend/dist}
export Database__MigrateOnStartup=${Database__MigrateOnStartup:-true}
export Seed__DemoData=${Seed__DemoData:-true}
# With no Smtp__Host / Sms__GatewayUrl, e-mails and SMS are written here (docs/notifications-outbox.md).
export Notifications__Outbox__FileFolder=${Notifications__Outbox__FileFolder:-$PWD/.data/outbox}

echo "Microfinance on $ASPNETCORE_URLS (Swagger: $ASPNETCORE_URLS/swagger). Demo users: see README. Ctrl+C stops." >&2
exec dotnet run --project backend/src/Microfinance.Api -c Release
