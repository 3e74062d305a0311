#!/usr/bin/env bash
# sqlmap and wapiti (Debian's packages) against the local product over the authenticated API (docs/security.md, "Scans").
# Not part of `make test`: it takes about 20 minutes. Starts the product as scripts/e2e.sh does — a fresh PostgreSQL
# cluster, migrations, demo data, the built SPA — on a free port of 127.0.0.1, the only address ever scanned; signs in as
# sfd.admin and passes the access token as a header. Reports land in .data/security-scan/ (or $SCAN_OUTPUT).
#   scripts/security-scan.sh                    build, start, scan, stop
#   SCAN_TOKEN=<access token> scripts/...       skip the password sign-in (e.g. a token got through the two-step sign-in)
# sfd.admin is not enrolled in two-factor sign-in here, so that one password sign-in gives the token (the scans attack
# the sign-in's password step; the code step is covered by TwoFactorTests).
# Bounded: each sqlmap target at most 10 minutes, wapiti at most 15; the login limits are raised for this run only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${SCAN_OUTPUT:-$root/.data/security-scan}
for tool in sqlmap wapiti jq curl; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y sqlmap wapiti jq curl" >&2; exit 1; }
done
rm -rf "$out" && mkdir -p "$out"

scripts/build-spa.sh >/dev/null
dotnet build -c Release backend/src/Microfinance.Api -v q -nologo >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
data_dir=$(mktemp -d /tmp/mf-scan-pg.XXXXXX)
db_port=$(free_port)
api_port=$(free_port)
api_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  "$root/scripts/local-postgres.sh" stop "$data_dir" "$db_port" || true
  rm -rf "$data_dir"
}
trap cleanup EXIT

connection=$(scripts/local-postgres.sh start "$data_dir" "$db_port" microfinance_scan)
ConnectionStrings__Default="$connection" \
ASPNETCORE_ENVIRONMENT=Scan \
ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
Jwt__SigningKey="security-scan-only-signing-key-0123456789abcdefghijkl" \
DataProtection__IdDocumentKey="c2Nhbi1vbmx5LWlkLWRvY3VtZW50LWtleS0wMTIzNDU=" \
Payments__Sandbox__WebhookSecret="security-scan-only-sandbox-webhook-secret" \
Database__MigrateOnStartup=true \
Seed__DemoData=true \
Seed__DemoTwoFactor=false \
TwoFactor__EnforceEnrolment=false \
RateLimiting__Login__PermitsPerIp=100000 \
RateLimiting__Login__PermitsPerUsername=100000 \
Spa__RootPath="$root/frontend/dist" \
Logging__LogLevel__Default=Warning \
  dotnet run --no-build -c Release --project backend/src/Microfinance.Api > "$out/api.log" 2>&1 &
api_pid=$!

base="http://127.0.0.1:$api_port"
for _ in $(seq 1 120); do
  curl -sf "$base/health/ready" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { cat "$out/api.log" >&2; exit 1; }
  sleep 1
done

token=${SCAN_TOKEN:-$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"sfd.admin","password":"Demo#2026"}' | jq -r '.accessToken // empty')}
[ -n "$token" ] || { echo "No access token for sfd.admin (does sign-in need a second step? set SCAN_TOKEN)" >&2; exit 1; }
auth="Authorization: Bearer $token"
client_id=$(curl -sf -H "$auth" "$base/api/v1/clients?pageSize=1" | jq -r '.items[0].id')
report=$(curl -sf -H "$auth" "$base/api/v1/reports" | jq -r '[.[] | .name // .code // empty][0]')

started=$(date +%s)
# sqlmap requests only the URL given (no crawling); wapiti crawls from the start URLs, and nothing links to logout.
sqlmap_run() {
  local name=$1; shift
  echo "== sqlmap $name" | tee -a "$out/summary.txt"
  timeout 600 sqlmap --batch --flush-session --disable-coloring --output-dir="$out/sqlmap" --dbms=PostgreSQL \
    --level=3 --risk=2 --technique=BEUST --time-sec=2 --timeout=10 --retries=1 --threads=2 \
    -H "$auth" "$@" > "$out/sqlmap-$name.log" 2>&1 || echo "  (sqlmap exit $?)" | tee -a "$out/summary.txt"
  grep -E "is vulnerable|might be injectable|appears to be .*injectable|all tested parameters do not appear|CRITICAL" "$out/sqlmap-$name.log" \
    | sed 's/^/  /' | tee -a "$out/summary.txt" || true
}
sqlmap_run clients-search -u "$base/api/v1/clients?search=Adjoa&status=Active&sort=name&page=1&pageSize=20" -p search,status,sort
sqlmap_run client-by-id -u "$base/api/v1/clients/$client_id*"
sqlmap_run accounts-search -u "$base/api/v1/accounts?search=DEMO&page=1" -p search
sqlmap_run transactions -u "$base/api/v1/transactions?from=2026-01-01&to=2026-12-31&minAmount=100&sort=date&page=1" -p from,minAmount,sort
sqlmap_run audit -u "$base/api/v1/audit?actor=sfd&entityType=Client&page=1" -p actor,entityType
sqlmap_run report -u "$base/api/v1/reports/$report*?from=2026-01-01&to=2026-12-31"
sqlmap_run login -u "$base/api/v1/auth/login" --method POST -H "Content-Type: application/json" --ignore-code=401 \
  --data '{"username":"scan.user","password":"Scan#2026x"}'
sqlmap_run create-client -u "$base/api/v1/clients" --method POST -H "Content-Type: application/json" \
  --data '{"firstName":"Afi","lastName":"Scan","gender":"Female","dateOfBirth":"1990-01-01","phone":"+22990000001","city":"Cotonou","occupation":"Commerce","idDocumentType":"NationalIdCard","idDocumentNumber":"SCAN1"}' \
  -p firstName,city,occupation
echo "sqlmap: $(( $(date +%s) - started )) s" | tee -a "$out/summary.txt"

started=$(date +%s)
echo "== wapiti" | tee -a "$out/summary.txt"
# Only modules that stay on this machine (ssrf, xxe, nikto and wapp fetch from the internet).
timeout 960 wapiti -u "$base/" --scope folder -H "$auth" --flush-session --max-scan-time 900 --max-attack-time 120 -t 10 -d 4 \
  -m "sql,blindsql,exec,file,xss,permanentxss,crlf,redirect,methods,csp,http_headers,cookieflags,backup,htaccess" \
  -s "$base/swagger/index.html" -s "$base/api/v1/clients?search=Adjoa&page=1" -s "$base/api/v1/accounts?search=DEMO" \
  -s "$base/api/v1/transactions?from=2026-01-01&minAmount=100" -s "$base/api/v1/audit?actor=sfd" \
  -s "$base/api/v1/reports/$report?from=2026-01-01" -s "$base/api/v1/clients/$client_id" \
  -f txt -o "$out/wapiti.txt" > "$out/wapiti.log" 2>&1 || echo "  (wapiti exit $?)" | tee -a "$out/summary.txt"
sed -n '/Summary of vulnerabilities/,/^\*\*\*\*\*/p' "$out/wapiti.txt" | sed 's/^/  /' | tee -a "$out/summary.txt" || true
echo "wapiti: $(( $(date +%s) - started )) s" | tee -a "$out/summary.txt"
echo "Reports: $out" >&2
