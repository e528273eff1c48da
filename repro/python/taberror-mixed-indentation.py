# errfix-repro: expects=python/taberror-mixed-indentation
# errfix-repro: requires=json
"""A script whose function body mixes a tab-indented line with space-indented ones."""
import runpy
from pathlib import Path

Path("train.py").write_text("def train():\n    x = 1\n\treturn x\n")
runpy.run_path("train.py")
