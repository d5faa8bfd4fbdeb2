#!/usr/bin/env bash
# Runs every test, in order, stopping at the first failure, and ends with a plain
# "N passed, N failed" line that counts every test and check it ran.
#
#   bash .ci/test.sh
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/tests/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
LOGS="$ROOT/tests/.artifacts/logs"
mkdir -p "$LOGS"

PASSED=0
FAILED=0
START=$(date +%s)

finish() {
  echo
  echo "test command took $(( $(date +%s) - START )) s"
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ] && exit 0 || exit 1
}

banner() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# A check that counts as one test.
check() {
  local name="$1"; shift
  banner "$name"
  if "$@"; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1))
    echo "FAILED: $name"
    finish
  fi
}

# A test suite whose own counts are added up from cargo's "test result:" lines.
cargo_suite() {
  local name="$1"; shift
  local log="$LOGS/$name.log"
  banner "$name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p f
  read -r p f < <(awk '/^test result:/ {
      for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i }
    } END { print p + 0, f + 0 }' "$log")
  PASSED=$((PASSED + ${p:-0}))
  FAILED=$((FAILED + ${f:-0}))
  if [ "$status" -ne 0 ]; then
    [ "${f:-0}" -eq 0 ] && FAILED=$((FAILED + 1))   # failed before any test ran (build error)
    echo "FAILED: $name"
    finish
  fi
}

banner "bootstrap (installs only what is missing)"
if ! bash "$ROOT/.ci/bootstrap.sh"; then
  FAILED=$((FAILED + 1)); echo "FAILED: bootstrap"; finish
fi

check "cargo fmt --check" cargo fmt --all -- --check
check "clippy (host)" cargo clippy --all-targets --locked -- -D warnings
check "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
cargo_suite "native-tests" cargo test --locked
cargo_suite "browser-tests" cargo test --locked --target wasm32-unknown-unknown --test web
check "trunk build --release" trunk build --release
check "size of dist/ (gzip budget: tests/size-check.mjs)" node "$ROOT/tests/size-check.mjs" "$ROOT/dist"

banner "end-to-end tests (Playwright, headless Chromium, dist/ on 127.0.0.1)"
# Three free consecutive ports for the test servers (4173 is a common dev-server port).
E2E_PORT="$(node -e '
  const net = require("node:net");
  const free = (p) => new Promise((ok) => { const s = net.createServer().once("error", () => ok(false))
    .once("listening", () => s.close(() => ok(true))).listen(p, "127.0.0.1"); });
  (async () => { for (let p = 41730; p < 42730; p += 3) {
    if ((await free(p)) && (await free(p + 1)) && (await free(p + 2))) { console.log(p); return; } }
    console.log(4173); })();')"
export E2E_PORT
E2E_JSON="$ROOT/tests/.artifacts/e2e-results.json"
rm -f "$E2E_JSON"
(cd "$ROOT/tests" && npx playwright test)
status=$?
p=0; f=0
if [ -f "$E2E_JSON" ]; then
  read -r p f < <(node -e '
    const s = require(process.argv[1]).stats;
    console.log(`${s.expected + s.flaky} ${s.unexpected}`);' "$E2E_JSON" 2>/dev/null || echo "0 0")
fi
PASSED=$((PASSED + ${p:-0})); FAILED=$((FAILED + ${f:-0}))
# A failed run that reported no failed test (crash, unreadable report) still fails.
if [ "$status" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then FAILED=$((FAILED + 1)); fi
[ "$status" -ne 0 ] && echo "FAILED: end-to-end tests"
finish
