# errfix-repro: expects=pytorch/state-dict-module-prefix
# errfix-repro: requires=torch
"""A checkpoint saved from nn.DataParallel loaded into the plain model."""
import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

model = nn.Sequential(nn.Linear(4, 2))
wrapped = nn.DataParallel(model)
checkpoint = wrapped.state_dict()  # keys start with 'module.'
stripped = dict(checkpoint)
consume_prefix_in_state_dict_if_present(stripped, "module.")
nn.Sequential(nn.Linear(4, 2)).load_state_dict(stripped)  # the workaround, strict=True
nn.Sequential(nn.Linear(4, 2)).load_state_dict(wrapped.module.state_dict())  # save/load the unwrapped model
nn.Sequential(nn.Linear(4, 2)).load_state_dict(checkpoint)
