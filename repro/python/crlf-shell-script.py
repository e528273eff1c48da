# errfix-repro: expects=python/crlf-shell-script
"""A shell script saved with Windows line endings (CRLF: edited on Windows, or checked out with
git's core.autocrlf=true) run by bash on Linux/WSL/Docker: every `\\r` becomes part of a word."""

import os
import subprocess
import sys
from pathlib import Path

Path("train.sh").write_bytes(b"#!/bin/bash\r\necho starting\r\n\r\ncd /tmp\r\n")
os.chmod("train.sh", 0o755)
sys.exit(subprocess.call(["bash", "train.sh"], env={"PATH": "/usr/bin:/bin", "LANG": "C"}) or 1)
