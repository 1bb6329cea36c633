#!/usr/bin/env bash
# npm start: installs what is missing (first run), builds, and opens the annotator on samples/:
#  - with VS Code desktop (`code`) on PATH: an Extension Development Host on samples/;
#  - otherwise: code-server on 127.0.0.1:${ANNOTATOR_PORT:-8080} with the packaged extension installed,
#    samples/ open; prints the URL and runs until Ctrl+C.
# Env: ANNOTATOR_PORT, ANNOTATOR_VSCODE=/path/to/code (or none to force code-server), and the
#      tool-path overrides of scripts/tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=tools.sh
source scripts/tools.sh

ensure_node_modules
npm run -s build

if desktop="$(find_vscode_desktop)"; then
  echo "Launching an Extension Development Host on samples/ with $desktop"
  exec "$desktop" --new-window --extensionDevelopmentPath="$PWD" "$PWD/samples"
fi

ensure_code_server
node scripts/package.mjs --no-build --quiet
exec node scripts/serve.mjs
