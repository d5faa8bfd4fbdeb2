#!/usr/bin/env bash
# The benchmark command: builds the release page, measures it, and prints one table of
# every figure beside its budget (also kept in BENCHMARKS.md). Timings are printed,
# never asserted: this machine is noisy. Sizes and counts are enforced by the test
# command, not here.
#
#   bash .ci/bench.sh            everything (about 10 minutes on 2 cores)
#   BENCH_QUICK=1 bash .ci/bench.sh   without the 10,000-action soak and the 100,000-case fuzz
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/.ci/bootstrap.sh"
export PATH="$ROOT/tests/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$ROOT"
OUT="$ROOT/tests/.artifacts/bench.log"
mkdir -p "$(dirname "$OUT")"
: > "$OUT"

# Lighthouse is only needed here: its own lockfile, installed once.
LH="$ROOT/tests/bench/node_modules/lighthouse/package.json"
if [ ! -f "$LH" ] || [ "$(node -p "require('$LH').version")" != "12.8.2" ]; then
  (cd "$ROOT/tests/bench" && npm ci --no-audit --no-fund)
fi

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "release builds"
trunk build --release >/dev/null 2>&1
BENCH_LABEL="the one build (dist/)" node tests/size-check.mjs dist | tee -a "$OUT"

step "native model timings (cargo bench)"
cargo bench --locked --bench model 2>/dev/null | tee -a "$OUT"

step "model timings in the browser (wasm release build)"
cargo test --locked --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture 2>/dev/null \
  | grep '^bench:' | tee -a "$OUT"

step "page timings in the browser"
node tests/bench/browser.mjs | tee -a "$OUT"
node tests/bench/slow-phone.mjs | tee -a "$OUT"

step "Lighthouse 12.8.2"
(cd tests/bench && node lighthouse.mjs) | tee -a "$OUT"

if [ -z "${BENCH_QUICK:-}" ]; then
  step "soak: 10,000 random reader actions"
  (cd tests && E2E_PORT=41960 SOAK_ACTIONS=10000 npx playwright test soak 2>&1) \
    | grep -E '^(bench|soak):' | tee -a "$OUT" || true

  step "fuzz: 100,000 cases per decoder"
  start=$(date +%s)
  if FUZZ_CASES=100000 cargo test --locked --release --test fuzz 2>&1 | tail -3; then result=0; else result=1; fi
  echo "bench: fuzz: 100,000 cases × 3 decoders (links, host messages, number fields): failures | $result ($(( $(date +%s) - start )) s) | 0" | tee -a "$OUT"
fi

step "summary ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m))"
printf '| figure | measured | budget |\n|---|---|---|\n'
grep -h '^bench: ' "$OUT" | sed -E 's/^bench: //; s/ \| / | /g; s/^/| /; s/$/ |/'
