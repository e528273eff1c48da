#!/usr/bin/env bash
# Installs what tests/editors/test_vscode_*.py need, idempotently (each step is skipped when done):
#   1. Debian packages: chromium (headless browser), libkrb5-dev (code-server native build), ripgrep
#   2. the extension: npm ci, type check, bundle, `vsce package` -> editors/vscode/errfix-lsp-<version>.vsix
#   3. code-server 4.100.3 (real VS Code 1.100.3 in the browser) into $ERRFIX_E2E_CACHE/code-server
# Offline-safe: code-server's ripgrep postinstall would download from GitHub, so its cache is seeded
# with Debian's rg first. Run as root (CI does); apt-get update runs at most once.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CACHE=${ERRFIX_E2E_CACHE:-$HOME/.cache/errfix-e2e}
CODE_SERVER_VERSION=4.100.3
RIPGREP_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
log() { printf '[install-vscode] %s\n' "$*"; }
start=$(date +%s)

# --- 1. Debian packages ---------------------------------------------------------------------
missing=()
for pkg in chromium libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- 2. the extension and its .vsix ----------------------------------------------------------
cd "$ROOT/editors/vscode"
version=$(node -p 'require("./package.json").version')
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci (editors/vscode)"
  npm ci --no-audit --no-fund --loglevel=error
fi
log "type check, bundle and package errfix-lsp-$version.vsix"
npm run --silent check
npm run --silent package
test -s "errfix-lsp-$version.vsix"
cd "$ROOT"

# --- 3. code-server --------------------------------------------------------------------------
CS_DIR="$CACHE/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
# (--version with a throwaway HOME: it would write ~/.config/code-server/config.yaml otherwise)
cs_version() {
  local home rc=0
  home=$(mktemp -d /tmp/efcsv.XXXX)
  HOME=$home "$CS_BIN" --version 2>/dev/null || rc=$?
  rm -rf "$home"
  return $rc
}
if [ -x "$CS_BIN" ] && cs_version | grep -q "^$CODE_SERVER_VERSION"; then
  log "code-server $CODE_SERVER_VERSION already in $CS_DIR"
else
  log "npm install code-server@$CODE_SERVER_VERSION into $CS_DIR (takes ~1.5 min)"
  mkdir -p "$CS_DIR"
  seed=$(mktemp -d /tmp/efcs.XXXX)
  # Workaround: @vscode/ripgrep's postinstall downloads rg from GitHub; seed its cache with Debian's.
  (
    cd "$seed"
    apt-get download ripgrep >/dev/null 2>&1 || { apt-get update -qq && apt-get download ripgrep >/dev/null; }
    dpkg-deb -x ripgrep_*.deb x
    mkdir -p "$RIPGREP_CACHE_NAME"
    tar czf "$RIPGREP_CACHE_NAME/$RIPGREP_TARBALL" -C x/usr/bin rg
  )
  [ -f "$CS_DIR/package.json" ] || echo '{"name":"errfix-e2e-code-server","private":true}' > "$CS_DIR/package.json"
  # Workarounds: root postinstall checks (unsafe_perm), node-pty's `npx node-gyp` prompt (yes).
  (cd "$CS_DIR" && TMPDIR="$seed" npm_config_yes=true npm_config_unsafe_perm=true \
    npm install "code-server@$CODE_SERVER_VERSION" --no-audit --no-fund --loglevel=error --foreground-scripts >"$seed/npm.log" 2>&1) \
    || { tail -40 "$seed/npm.log"; exit 1; }
  rm -rf "$seed"
  cs_version | head -1
fi
log "done in $(( $(date +%s) - start )) s"
