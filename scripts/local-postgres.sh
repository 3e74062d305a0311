#!/usr/bin/env bash
# Starts (creating it on first use) a PostgreSQL cluster from the machine's binaries in a folder of the repo,
# listening on 127.0.0.1 only, and prints its connection string. Reused on the next call: data survives.
# Usage: scripts/local-postgres.sh start|stop <data-dir> <port> [database]
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` OS user.
set -euo pipefail

action=${1:?start|stop}
data_dir=$(realpath -m "${2:?data directory}")
port=${3:?port}
database=${4:-microfinance}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL binaries not found under /usr/lib/postgresql: apt-get install -y postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$action" = stop ]; then
  [ -f "$data_dir/postmaster.pid" ] && as_owner "$pg_bin/pg_ctl" -D "$data_dir" -m fast stop >&2 || true
  exit 0
fi

if [ ! -f "$data_dir/PG_VERSION" ]; then
  echo "Creating a local PostgreSQL cluster in $data_dir" >&2
  mkdir -p "$data_dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data_dir"
  chmod 700 "$data_dir"
  as_owner "$pg_bin/initdb" -D "$data_dir" -U postgres --auth=trust -E UTF8 --no-locale >&2
fi

if ! as_owner "$pg_bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
  echo "Starting PostgreSQL on 127.0.0.1:$port" >&2
  as_owner "$pg_bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w start \
    -o "-p $port -k $data_dir -c listen_addresses=127.0.0.1" >&2
fi

if ! psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
  psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE $database" >&2
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
