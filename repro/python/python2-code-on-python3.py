# errfix-repro: expects=python/python2-code-on-python3
"""A script written for Python 2 (an old research repo, a tutorial) run with Python 3: the print
statement is a syntax error before anything runs."""

import subprocess
import sys
from pathlib import Path

Path("evaluate.py").write_text('import sys\nprint "accuracy:", 0.93\n')
sys.exit(subprocess.call([sys.executable, "evaluate.py"]))
