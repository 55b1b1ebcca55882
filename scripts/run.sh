#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash scripts/setup.sh
bash scripts/build.sh
PORT="${PORT:-8080}"
echo "ByteSmart: http://127.0.0.1:${PORT}/  (Ctrl+C to stop)"
exec node scripts/serve.mjs dist "${PORT}"
