# errfix-repro: expects=pytorch/state-dict-size-mismatch
# errfix-repro: requires=torch
"""Fine-tuning: a 10-class checkpoint loaded into a 3-class model."""
import torch
from torch import nn

pretrained = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 10))
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3))
finetune = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 10))
finetune.load_state_dict(pretrained.state_dict())
finetune[2] = nn.Linear(16, 3)  # the workaround: load, then replace the head
model.load_state_dict(pretrained.state_dict())
