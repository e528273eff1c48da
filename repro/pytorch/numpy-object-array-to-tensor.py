# errfix-repro: expects=pytorch/numpy-object-array-to-tensor
# errfix-repro: requires=torch
"""A feature column mixing numbers and a stray string reaches torch.tensor."""
import numpy as np
import torch

column = np.array([1.5, 2.0, "n/a"], dtype=object)
torch.tensor(column)
