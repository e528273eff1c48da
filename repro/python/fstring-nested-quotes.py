# errfix-repro: expects=python/fstring-nested-quotes
# errfix-repro: requires=subprocess
"""An f-string that reuses its own quote inside the braces: valid from Python 3.12 (PEP 701), a
SyntaxError on 3.11 and older, often in code or a package written on 3.12.
"""

import subprocess
import sys
from pathlib import Path

Path("report.py").write_text('row = {"name": "bert", "acc": 0.91}\nprint(f"{row["name"]}: {row["acc"]}")\n')
sys.exit(subprocess.call([sys.executable, "report.py"]))
