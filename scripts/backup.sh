#!/usr/bin/env bash
# `make backup`: one pg_dump of the database in PostgreSQL's custom format (-Fc: compressed, restorable table by table
# with pg_restore), a SHA-256 checksum beside it, then the backups older than the retention removed. docs/operations.md.
#
# Which database, first match wins:
#   DATABASE_URL                  postgresql://user:password@host:port/database
#   ConnectionStrings__Default    the API's own setting (Host=...;Port=...;Username=...;Password=...;Database=...)
#   PGHOST / PGDATABASE / ...     libpq's variables
#   otherwise                     the local cluster of `make run` (127.0.0.1:${MF_DEV_DB_PORT:-55432}, database microfinance)
# Settings:
#   BACKUP_DIR                    where the files go (default .data/backups)
#   BACKUP_RETENTION_DAYS         this script's backups older than that are deleted after a successful one (default 14; 0 keeps all)
#   BACKUP_ENCRYPTION_KEY         when set, the dump is encrypted with it (gpg, AES-256, authenticated): NAME.dump.gpg
# Prints the path of the new backup on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-connection.sh

backup_dir=${BACKUP_DIR:-.data/backups}
retention_days=${BACKUP_RETENTION_DAYS:-14}
[[ $retention_days =~ ^[0-9]+$ ]] || { echo "BACKUP_RETENTION_DAYS must be a whole number of days" >&2; exit 2; }

pg_connection_from_environment
pg_dump_bin=$(pg_tool pg_dump)

mkdir -p "$backup_dir"
chmod 700 "$backup_dir"
umask 077
database=${PGDATABASE:-microfinance}
name="$database-$(date -u +%Y%m%dT%H%M%SZ).dump"
[ -n "${BACKUP_ENCRYPTION_KEY:-}" ] && name="$name.gpg"
target="$backup_dir/$name"
partial="$target.partial"
trap 'rm -f "$partial"' EXIT

echo "Backing up $database on ${PGHOST:-local socket}:${PGPORT:-5432} into $target" >&2
if [ -n "${BACKUP_ENCRYPTION_KEY:-}" ]; then
  # The key goes to gpg through a file descriptor, never on a command line that `ps` would show.
  "$pg_dump_bin" -Fc --no-password "$database" | gpg_with_key --symmetric --cipher-algo AES256 --compress-algo none -o - > "$partial"
else
  "$pg_dump_bin" -Fc --no-password "$database" > "$partial"
fi
mv "$partial" "$target"
(cd "$backup_dir" && sha256sum "$name" > "$name.sha256")

# Retention: only files this script names (database-YYYYMMDDTHHMMSSZ.dump[.gpg][.sha256]), and only after a good backup.
if [ "$retention_days" -gt 0 ]; then
  find "$backup_dir" -maxdepth 1 -type f -mmin +$((retention_days * 24 * 60)) \
    -regextype posix-extended -regex ".*/$database-[0-9]{8}T[0-9]{6}Z\.dump(\.gpg)?(\.sha256)?" -print -delete >&2
fi
echo "$target"
