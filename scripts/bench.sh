#!/usr/bin/env bash
# Size and speed benchmark (figures go in README; never asserted in tests):
#   1. compressed size of every asset in a fresh release build (gzip -9 and brotli)
#   2. Lighthouse 12 category scores for the served release build (headless Chromium)
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
node scripts/bench-size.mjs dist
PORT="${BENCH_PORT:-8092}"
node scripts/serve.mjs dist "$PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
sleep 1
OUT="$(mktemp -d)"
CHROME_PATH=/usr/bin/chromium lighthouse "http://127.0.0.1:$PORT/" --quiet --output=json --output-path="$OUT/lh.json" \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
  >/dev/null 2>&1 || { echo "lighthouse failed"; exit 1; }
node -e 'const r=require(process.argv[1]); for (const [k,c] of Object.entries(r.categories)) console.log(("lighthouse " + c.title).padEnd(44), Math.round(c.score*100)); const m=r.audits; for (const a of ["first-contentful-paint","largest-contentful-paint","total-blocking-time","interactive"]) if (m[a]) console.log(("  " + m[a].title).padEnd(44), m[a].displayValue);' "$OUT/lh.json"
