# errfix-repro: expects=transformers/datasets-scripts-no-longer-supported
# errfix-repro: requires=datasets
"""datasets 4 dropped loading scripts: a repo/folder with a .py builder."""

import os

from datasets import load_dataset

os.makedirs("squad_local")
with open("squad_local/squad_local.py", "w") as f:
    f.write("import datasets\n\nclass SquadLocal(datasets.GeneratorBasedBuilder):\n    pass\n")
load_dataset("squad_local", cache_dir="hf-cache")
