# errfix-repro: expects=python/conda-command-not-found
"""A shell in which conda was never initialised (installer's `conda init` skipped, a new shell type,
a non-interactive job script, or Miniconda installed but its bin directory not on PATH)."""

import subprocess
import sys

sys.exit(subprocess.call(["bash", "-c", "conda activate ml"], env={"PATH": "/usr/bin:/bin", "LANG": "C"}))
