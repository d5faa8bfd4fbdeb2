#!/usr/bin/env bash
# Installs (or checks) every pinned tool the project needs. Each step skips itself
# when the right version is already there, so running this again costs seconds.
#
#   bash .ci/bootstrap.sh          everything (build + browser tests)
#   bash .ci/bootstrap.sh build    only what `trunk serve` / `trunk build` need
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WHAT="${1:-all}"

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"

log() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*" >&2; }

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
apt_install() {
  log "installing Debian packages: $*"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# --- A C toolchain: native tests link with cc, and some tools build C code ----------
if ! command -v cc >/dev/null; then
  apt_install build-essential pkg-config
fi

# --- Rust: the wasm target and the components the test command uses ---------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$comp"; then
    log "adding rust component $comp"
    rustup component add "$comp"
  fi
done

# --- wasm-bindgen CLI (also provides wasm-bindgen-test-runner) ----------------------
# Must equal the wasm-bindgen crate version pinned in Cargo.toml / Cargo.lock.
# Not --locked: its own lockfile pins a webpki-roots version the registry lacks.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 min on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# --- Trunk --------------------------------------------------------------------------
# 0.22 needs a newer rustc than this toolchain; 0.21.14 builds here. Its release
# profile is fat LTO + 1 codegen unit; turning that off only speeds up the install.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 4 min on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- Crates, fetched once so Trunk's offline build (cargo --offline) finds them ------
(cd "$ROOT" && cargo fetch --locked >/dev/null)

# --- npm tools: wasm-opt (binaryen 132) for release builds, Playwright, axe ----------
# Never Debian's binaryen: its wasm-opt 108 produces a wasm that fails at start-up.
TESTS="$ROOT/tests"
LOCK_SUM="$(sha1sum "$TESTS/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$TESTS/node_modules/.installed-from" 2>/dev/null || true)" != "$LOCK_SUM" ] \
   || [ ! -x "$TESTS/node_modules/.bin/wasm-opt" ] || [ ! -x "$TESTS/node_modules/.bin/playwright" ]; then
  log "installing npm packages in tests/ (npm ci)"
  (cd "$TESTS" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK_SUM" > "$TESTS/node_modules/.installed-from"
fi

[ "$WHAT" = "build" ] && exit 0

# --- Chromium + ChromeDriver for the browser tests ----------------------------------
# Fonts: Liberation for Latin text, WenQuanYi Micro Hei so the Traditional Chinese page
# renders its characters (screenshots) as readers' devices do.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
   || [ ! -d /usr/share/fonts/truetype/liberation ] \
   || [ ! -d /usr/share/fonts/truetype/wqy ]; then
  apt_install chromium chromium-driver fonts-liberation fonts-wqy-microhei
fi
