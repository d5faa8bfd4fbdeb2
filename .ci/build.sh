#!/usr/bin/env bash
# Builds the static site into dist/ (release, size-optimised) and prints its size.
#
#   bash .ci/build.sh            every feature and both languages, into dist/
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/.ci/bootstrap.sh" build
export PATH="$ROOT/tests/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"
trunk build --release "$@"
DIST=dist
while [ $# -gt 0 ]; do
  case "$1" in --dist) DIST="$2"; shift ;; --dist=*) DIST="${1#--dist=}" ;; esac
  shift
done
node tests/size-check.mjs "$DIST"
