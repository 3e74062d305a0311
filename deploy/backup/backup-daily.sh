#!/usr/bin/env bash
# The `backup` service's loop: one backup when the service starts, then one a day at BACKUP_AT (UTC, HH:MM, default 01:30).
# A failed backup is logged and tried again at the next time; the healthcheck turns the service unhealthy after 26 hours.
set -uo pipefail
at=${BACKUP_AT:-01:30}
while true; do
  /opt/microfinance/scripts/backup.sh || echo "$(date -u +%FT%TZ) backup failed" >&2
  now=$(date -u +%s)
  next=$(date -u -d "today $at" +%s)
  [ "$next" -gt "$now" ] || next=$(date -u -d "tomorrow $at" +%s)
  sleep $((next - now))
done
