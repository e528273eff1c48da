# errfix-repro: expects=python/pip-externally-managed-environment
"""pip run with a distribution's Python that carries an EXTERNALLY-MANAGED marker (PEP 668):
Debian 12 / Ubuntu 23.04+ / Fedora 38+ / Homebrew system interpreters. This machine's Debian 12
/usr/bin/python3 is one; `--dry-run --no-index` so that nothing could be installed or fetched."""

import subprocess
import sys

command = ["/usr/bin/python3", "-m", "pip", "install", "--dry-run", "--no-index", "requests"]
sys.exit(subprocess.call(command, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}) or 1)
