#!/usr/bin/env bash
# `make restore FILE=...`: puts a backup of scripts/backup.sh back into an empty database. docs/operations.md.
# Usage: scripts/restore.sh [--force] FILE [database]
#   FILE       NAME.dump or NAME.dump.gpg (then BACKUP_ENCRYPTION_KEY must hold the key it was made with);
#              NAME...sha256 beside it is checked first, a backup without one is refused.
#   database   the database to restore into, on the server the same variables as backup.sh name (default: theirs).
#              Created when missing. One that already holds tables is refused, unless --force: then it is dropped
#              and created again (every connection to it is cut).
# The restore runs in one transaction: it ends with the whole backup in the database or nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-connection.sh

force=false
if [ "${1:-}" = --force ]; then force=true; shift; fi
file=${1:?usage: scripts/restore.sh [--force] FILE [database]}
[ -f "$file" ] || { echo "No such backup: $file" >&2; exit 2; }

pg_connection_from_environment
[ -n "${2:-}" ] && export PGDATABASE=$2
database=$PGDATABASE
psql_bin=$(pg_tool psql)
pg_restore_bin=$(pg_tool pg_restore)

checksum="$file.sha256"
[ -f "$checksum" ] || { echo "Refusing $file: its checksum file $checksum is missing" >&2; exit 3; }
(cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$checksum")") \
  || { echo "Refusing $file: it does not match its checksum (damaged or altered)" >&2; exit 3; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dump=$file
if [[ $file == *.gpg ]]; then
  [ -n "${BACKUP_ENCRYPTION_KEY:-}" ] || { echo "$file is encrypted: set BACKUP_ENCRYPTION_KEY" >&2; exit 2; }
  dump="$work/backup.dump"
  # gpg refuses a wrong key and any altered byte (the encryption is authenticated), before anything is restored.
  gpg_with_key --decrypt -o "$dump" "$file" || { echo "Could not decrypt $file: wrong BACKUP_ENCRYPTION_KEY or altered file" >&2; exit 3; }
fi
"$pg_restore_bin" --list "$dump" > /dev/null || { echo "$file is not a pg_dump custom-format backup" >&2; exit 3; }

maintenance() { PGDATABASE=postgres "$psql_bin" -X -q -v ON_ERROR_STOP=1 --no-password "$@"; }
quoted=$(maintenance -tA -v db="$database" <<< "SELECT quote_ident(:'db')")
exists=$(maintenance -tA -v db="$database" <<< "SELECT 1 FROM pg_database WHERE datname = :'db'")
if [ "$exists" = 1 ]; then
  tables=$("$psql_bin" -X -tA --no-password -c \
    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")
  if [ "$tables" -gt 0 ]; then
    if ! $force; then
      echo "Refusing to restore into $database: it already holds $tables tables (use --force to drop and recreate it)" >&2
      exit 4
    fi
    echo "Dropping $database (--force)" >&2
    maintenance -c "DROP DATABASE $quoted WITH (FORCE)"
    exists=""
  fi
fi
[ "$exists" = 1 ] || maintenance -c "CREATE DATABASE $quoted"

echo "Restoring $file into $database on ${PGHOST:-local socket}:${PGPORT:-5432}" >&2
# Owners and grants are the source server's roles, which a fresh cluster may not have: the restoring user owns everything.
"$pg_restore_bin" --no-password --dbname "$database" --no-owner --no-privileges --single-transaction --exit-on-error "$dump"
"$psql_bin" -X -q --no-password -c "ANALYZE"
echo "Restored $file into $database" >&2
