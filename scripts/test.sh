#!/usr/bin/env bash
# npm test: installs what is missing (first run), then runs every stage and goes on past failures:
#   install, lint, typecheck, build, unit, grammar, integration, e2e
# prints a per-stage summary and, alone on the last line, `tests: N passed, N failed`
# (tests of unit + grammar + integration + e2e; a failed lint/typecheck/build/install counts as one
# failure each). Exits non-zero if anything failed.
#
# Env: ANNOTATOR_STAGES="unit integration"   run only these stages (install always runs)
#      ANNOTATOR_INTEGRATION=code-server|electron|auto   where integration tests run (auto: electron
#                                            when VS Code desktop is found, else code-server)
#      ANNOTATOR_VERBOSE=1                   relay code-server / page output
#      plus the tool-path overrides of scripts/tools.sh
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
# shellcheck source=tools.sh
source scripts/tools.sh
set +e   # tools.sh turns on errexit; stages handle their own failures

LOGS="$ROOT/test-results/logs"
rm -rf "$LOGS"
mkdir -p "$LOGS"
export FORCE_COLOR=0 NO_COLOR=1
STAGES="${ANNOTATOR_STAGES:-lint typecheck build unit grammar integration e2e}"
TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()
T0=$(date +%s)

wants() { [[ " $STAGES " == *" $1 "* ]]; }

# stage NAME TIMEOUT_SECONDS CMD... : runs CMD with its output on the console and in $LOGS/NAME.log
stage() {
  local name="$1" limit="$2"; shift 2
  printf '\n===== %s =====\n' "$name"
  local t=$(date +%s) rc
  timeout --kill-after=30 "$limit" "$@" 2>&1 | tee "$LOGS/$name.log"
  rc=${PIPESTATUS[0]}
  [ "$rc" = 124 ] && echo "[$name] TIMED OUT after $limit s" | tee -a "$LOGS/$name.log"
  STAGE_RC=$rc
  STAGE_SECONDS=$(( $(date +%s) - t ))
}

# record NAME PASSED FAILED NOTE
record() {
  local name="$1" passed="$2" failed="$3" note="${4:-}" status=ok
  [ "$failed" -gt 0 ] && status=FAILED
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  SUMMARY+=("$(printf '%-12s %-7s %5s passed %4s failed %5ss  %s' "$name" "$status" "$passed" "$failed" "${STAGE_SECONDS:-0}" "$note")")
}

# a check that has no test count: failure counts as one failed test
check_stage() {
  local name="$1"; shift
  wants "$name" || return 0
  stage "$name" "$@"
  if [ "$STAGE_RC" = 0 ]; then record "$name" 0 0 "clean"; else record "$name" 0 1 "exit $STAGE_RC"; fi
}

# mocha_counts LOG -> "PASSED FAILED" from mocha's spec reporter summary
mocha_counts() {
  local p f
  p=$(grep -Eo '^ *[0-9]+ passing' "$1" | tail -1 | grep -Eo '[0-9]+'); f=$(grep -Eo '^ *[0-9]+ failing' "$1" | tail -1 | grep -Eo '[0-9]+')
  echo "${p:-0} ${f:-0}"
}

mocha_stage() {
  local name="$1" limit="$2"; shift 2
  wants "$name" || return 0
  stage "$name" "$limit" "$@"
  local p f
  read -r p f < <(mocha_counts "$LOGS/$name.log")
  if [ "$STAGE_RC" != 0 ] && [ "$f" = 0 ]; then f=1; fi   # crashed before its summary
  record "$name" "$p" "$f" "$([ "$STAGE_RC" = 0 ] || echo "exit $STAGE_RC")"
}

# ---- install (idempotent; only what is missing) ----
printf '===== install =====\n'
STAGE_SECONDS=0; t=$(date +%s)
TOOLS_OK=1
# (process substitution, not a pipe: the tool paths these export must stay in this shell)
ensure_node_modules > >(tee "$LOGS/install.log") 2>&1 || TOOLS_OK=0
if [ "$TOOLS_OK" = 1 ] && { wants integration || wants e2e; }; then
  { ensure_chromium && ensure_code_server; } > >(tee -a "$LOGS/install.log") 2>&1 || TOOLS_OK=0
fi
STAGE_SECONDS=$(( $(date +%s) - t ))
if [ "$TOOLS_OK" = 1 ]; then record install 0 0 "tools ready"; else record install 0 1 "see $LOGS/install.log"; fi

# ---- static checks and build ----
check_stage lint 600 npm run -s lint
check_stage typecheck 600 npm run -s typecheck
check_stage build 300 npm run -s build

# ---- unit (mocha, plain Node) ----
mocha_stage unit 1200 node node_modules/mocha/bin/mocha.js --reporter spec

# ---- grammar (vscode-tmgrammar-test) ----
if wants grammar && compgen -G 'test/grammar/*.test.article' >/dev/null; then
  stage grammar 300 npx --no-install vscode-tmgrammar-test 'test/grammar/*.test.article'
  gp=$(grep -c 'run successfuly' "$LOGS/grammar.log"); gf=$(grep -cE '\.test\.article (failed|aborted)|aborted due to an error' "$LOGS/grammar.log")
  if [ "$STAGE_RC" != 0 ] && [ "$gf" = 0 ]; then gf=1; fi
  record grammar "$gp" "$gf" "$([ "$STAGE_RC" = 0 ] || echo "exit $STAGE_RC")"
fi

# ---- integration (inside the real extension host) ----
if wants integration; then
  mode="${ANNOTATOR_INTEGRATION:-auto}"
  if [ "$mode" = auto ]; then if find_vscode_desktop >/dev/null; then mode=electron; else mode=code-server; fi; fi
  RESULTS="$ROOT/test-results/integration.json"
  rm -f "$RESULTS"
  if [ "$TOOLS_OK" != 1 ] && [ "$mode" = code-server ]; then
    STAGE_SECONDS=0; record integration 0 1 "tools missing"
  else
    if [ "$mode" = electron ]; then
      stage integration 1200 node test/integration/electron.mjs --results "$RESULTS"
    else
      stage integration 1200 node test/integration/run.mjs --results "$RESULTS"
    fi
    read -r ip if_ < <(node -e 'try { const r = require(process.argv[1]); console.log(r.passed | 0, r.failed | 0); } catch { console.log("0 0"); }' "$RESULTS")
    if [ "$STAGE_RC" != 0 ] && [ "$if_" = 0 ]; then if_=1; fi
    record integration "$ip" "$if_" "$mode$([ "$STAGE_RC" = 0 ] || echo ", exit $STAGE_RC")"
  fi
fi

# ---- end-to-end (packaged VSIX, code-server, chromium) ----
if wants e2e; then
  if [ "$TOOLS_OK" != 1 ]; then STAGE_SECONDS=0; record e2e 0 1 "tools missing"
  else mocha_stage e2e 1500 node node_modules/mocha/bin/mocha.js --config test/e2e/.mocharc.json --reporter spec
  fi
fi

printf '\n===== summary (%s s; logs in test-results/logs, screenshots in test-results/screenshots) =====\n' "$(( $(date +%s) - T0 ))"
printf '%s\n' "${SUMMARY[@]}"
echo "tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed"
[ "$TOTAL_FAILED" = 0 ]
