#!/usr/bin/env bash
# Installs what is missing, then runs every test layer:
#   1. native `cargo test` (pure logic, content validation, locale completeness)
#   2. wasm-bindgen-test in headless Chromium (IndexedDB storage, browser widgets)
#   3. end-to-end: release build served on 127.0.0.1, driven by playwright-core + Chromium
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash scripts/setup.sh

echo; echo "== 1/3 native tests"
# Property tests use a fixed seed in CI so a run is reproducible; unset it to explore new cases.
PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261128}" cargo test --quiet

echo; echo "== 2/3 browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test 'browser_*'

echo; echo "== 3/3 end-to-end tests (release build)"
bash scripts/build.sh
PORT="${E2E_PORT:-8091}"
node scripts/serve.mjs dist "$PORT" > /tmp/bytesmart-e2e-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
BYTESMART_URL="http://127.0.0.1:$PORT" node --test --test-concurrency=1 tests/e2e/*.test.mjs
