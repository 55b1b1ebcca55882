#!/usr/bin/env bash
# Installs everything ByteSmart needs to build, serve and test, and nothing twice.
# Safe to run again: each step checks first and is skipped when already satisfied.
set -euo pipefail
source "$(dirname "$0")/env.sh"
step() { printf '\n== setup: %s\n' "$*"; }

SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rust wasm32 target"; rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21.14: the newest that builds with rustc 1.95 (0.22 needs 1.96.1).
if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14$'; then
  step "trunk 0.21.14 (compiles from crates.io, ~10 min once)"
  cargo install trunk --version 0.21.14 --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly, or Trunk tries GitHub.
WBG=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WBG}\$"; then
  step "wasm-bindgen-cli ${WBG}"
  # Not --locked: its own lock pins a webpki-roots version crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "${WBG}" --force
fi

# Debian packages: Chromium and its driver for browser tests, 7-Zip to open encrypted bundles.
missing=()
for pkg in chromium chromium-driver p7zip-full; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# npm devDependencies exactly as locked (playwright-core, axe-core, lighthouse, binaryen, twemoji).
if ! cmp -s package-lock.json node_modules/.bytesmart-installed-lock 2>/dev/null; then
  step "npm ci"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.bytesmart-installed-lock
fi

if ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  echo "setup: wasm-opt on PATH is not binaryen 132 ($(command -v wasm-opt || echo none))" >&2
  exit 1
fi

# Fetch crates so offline builds and Trunk's cargo calls never wait on the network.
cargo fetch --quiet
echo "setup: ready (trunk $(trunk --version | awk '{print $2}'), wasm-bindgen ${WBG}, $(wasm-opt --version | cut -d' ' -f1-3), $(chromium --version 2>/dev/null | cut -d' ' -f1-2))"
