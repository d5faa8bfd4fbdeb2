#!/usr/bin/env bash
# Prints the model's timings, natively and inside headless Chromium (release builds).
# Numbers only: nothing here passes or fails on speed.
#
#   bash .ci/bench.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/.ci/bootstrap.sh"
export PATH="$ROOT/tests/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
cd "$ROOT"

echo "== native (cargo bench --bench model)"
cargo bench --locked --bench model 2>/dev/null

echo
echo "== in the browser (wasm release build, headless Chromium)"
cargo test --locked --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture 2>/dev/null \
  | grep '^wasm:'
