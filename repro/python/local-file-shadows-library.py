# errfix-repro: expects=python/local-file-shadows-library
# errfix-repro: requires=subprocess
"""A file in the project folder is named like an installed library (sklearn.py, torch.py, numpy.py,
transformers.py...): Python imports it instead of the library, so the library's names are missing.
"""

import subprocess
import sys
from pathlib import Path

Path("sklearn.py").write_text("# my notes on scikit-learn\n")
Path("main.py").write_text("from sklearn import datasets\n")
sys.exit(subprocess.call([sys.executable, "main.py"]))
