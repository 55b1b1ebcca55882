#!/usr/bin/env bash
# Export / import benchmark in headless Chromium (the issue's targets are for Chromium on this
# machine). Builds tests/browser_bench.rs in release mode (same opt-level "z" + LTO as the
# shipped app) and runs its #[ignore]d benchmark; prints the BENCH lines. Never asserted.
# The native counterpart: `cargo run --release --example bench_export`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-900}"
cargo test --release --target wasm32-unknown-unknown --test browser_bench -- --include-ignored --nocapture 2>&1 \
  | tee /tmp/bytesmart-bench-export.log | grep -E "BENCH|test result|panicked|error" | sed 's/^BENCH //'
