# Sourced by the other scripts: one PATH for every tool the project installs itself.
# npm's binaryen (wasm-opt 132) must come before any Debian /usr/bin/wasm-opt (see README).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROME_BIN=/usr/bin/chromium
export CHROMEDRIVER=/usr/bin/chromedriver
cd "$ROOT"
