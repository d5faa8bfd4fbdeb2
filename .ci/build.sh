#!/usr/bin/env bash
# Builds the static site into dist/ (release, size-optimised) and prints its size.
#
#   bash .ci/build.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/.ci/bootstrap.sh" build
export PATH="$ROOT/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"
trunk build --release
node tests/size-check.mjs dist 120
