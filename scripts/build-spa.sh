#!/usr/bin/env bash
# Installs the SPA's locked dependencies when they changed, then builds it into frontend/dist.
set -euo pipefail
cd "$(dirname "$0")/../frontend"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
