# Sourced by scripts/backup.sh and scripts/restore.sh: where the database is, as libpq's PG* variables (so that no
# password ever shows on a command line), the PostgreSQL client tools to use, and gpg fed with the backup key.

url_decode() { local s=${1//+/ }; printf '%b' "${s//%/\\x}"; }

# DATABASE_URL, else the API's ConnectionStrings__Default, else PG* as set, else the local cluster of `make run`.
pg_connection_from_environment() {
  if [ -n "${DATABASE_URL:-}" ]; then
    local re='^postgres(ql)?://(([^:@/]*)(:([^@/]*))?@)?([^:/?]*)(:([0-9]+))?(/([^?]*))?'
    [[ $DATABASE_URL =~ $re ]] || { echo "DATABASE_URL is not a postgresql:// URL" >&2; exit 2; }
    [ -n "${BASH_REMATCH[3]}" ] && export PGUSER=$(url_decode "${BASH_REMATCH[3]}")
    [ -n "${BASH_REMATCH[5]}" ] && export PGPASSWORD=$(url_decode "${BASH_REMATCH[5]}")
    [ -n "${BASH_REMATCH[6]}" ] && export PGHOST=${BASH_REMATCH[6]}
    [ -n "${BASH_REMATCH[8]}" ] && export PGPORT=${BASH_REMATCH[8]}
    [ -n "${BASH_REMATCH[10]}" ] && export PGDATABASE=$(url_decode "${BASH_REMATCH[10]}")
  elif [ -n "${ConnectionStrings__Default:-}" ]; then
    local pair key value
    IFS=';' read -ra pairs <<< "$ConnectionStrings__Default"
    for pair in "${pairs[@]}"; do
      key=$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
      value=${pair#*=}
      case $key in
        host|server) export PGHOST=$value ;;
        port) export PGPORT=$value ;;
        username|userid|user) export PGUSER=$value ;;
        password) export PGPASSWORD=$value ;;
        database) export PGDATABASE=$value ;;
      esac
    done
  elif [ -z "${PGHOST:-}${PGDATABASE:-}" ]; then
    export PGHOST=127.0.0.1 PGPORT=${MF_DEV_DB_PORT:-55432} PGUSER=postgres PGDATABASE=microfinance
  fi
  export PGDATABASE=${PGDATABASE:-microfinance}
}

# The newest of the machine's PostgreSQL versions (pg_dump must be at least the server's major version), else the PATH's.
pg_tool() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/$1" ]; then echo "$dir/$1"; else command -v "$1" || { echo "$1 not found: install postgresql-client" >&2; exit 1; }; fi
}

# gpg in batch mode with BACKUP_ENCRYPTION_KEY as passphrase (read from fd 3) and a throw-away home (no keyring touched).
gpg_with_key() {
  local home status=0
  home=$(mktemp -d)
  gpg --homedir "$home" --batch --quiet --yes --pinentry-mode loopback --passphrase-fd 3 "$@" 3<<< "$BACKUP_ENCRYPTION_KEY" || status=$?
  rm -rf "$home"
  return $status
}
