# errfix-repro: expects=pandas/no-objects-to-concatenate
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""pd.concat over a glob that matched no files."""

import glob

import pandas as pd

frames = [pd.read_csv(path) for path in glob.glob("data/*.csv")]
pd.concat(frames, ignore_index=True)
