# errfix-repro: expects=pytorch/state-dict-module-prefix
# errfix-repro: requires=torch
"""A checkpoint saved from nn.DataParallel loaded into the plain model."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 2))
wrapped = nn.DataParallel(model)
checkpoint = wrapped.state_dict()  # keys start with 'module.'
nn.Sequential(nn.Linear(4, 2)).load_state_dict(checkpoint)
