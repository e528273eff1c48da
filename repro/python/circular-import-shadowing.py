# errfix-repro: expects=python/circular-import
# errfix-repro: requires=pandas
"""A project file named like the library it uses (pandas.py) shadows the real package."""
import subprocess
import sys
from pathlib import Path

Path("pandas.py").write_text("import pandas as pd\n\nframe = pd.DataFrame({'a': [1, 2]})\n")
sys.exit(subprocess.call([sys.executable, "pandas.py"]))  # what `python pandas.py` does
