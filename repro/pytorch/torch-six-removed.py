# errfix-repro: expects=pytorch/torch-six-removed
# errfix-repro: requires=torch
"""An old library (apex, deepspeed<0.8, old timm/mmcv) imports torch._six, removed in torch 2.0."""

import math

import torch  # noqa: F401

inf = math.inf  # what torch._six.inf was
from torch._six import inf  # noqa: E402,F401,F811
