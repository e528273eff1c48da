# errfix-repro: expects=pytorch/sampler-num-samples-zero
# errfix-repro: requires=torch
"""shuffle=True on an empty dataset (wrong path/glob, filter removed everything)."""

import glob

from torch.utils.data import DataLoader

files = glob.glob("/nonexistent/dataset/*.jpg")  # a wrong data path: nothing found
print(len(files), "samples")
DataLoader(files, batch_size=8, shuffle=True)
