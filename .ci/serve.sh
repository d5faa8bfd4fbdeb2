#!/usr/bin/env bash
# Serves the widget on http://127.0.0.1:8080/ with live reload, after installing or
# checking the pinned build tools.
#
#   bash .ci/serve.sh [extra trunk serve args]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/.ci/bootstrap.sh" build
export PATH="$ROOT/tests/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
