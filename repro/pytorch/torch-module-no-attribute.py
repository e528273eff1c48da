# errfix-repro: expects=pytorch/torch-module-no-attribute
# errfix-repro: requires=torch
"""Code written for a newer torch (torch.get_default_device, torch.compiler.*, ...) run on an older one."""

import torch

print("torch", torch.__version__)
print(torch.float8_e4m3fnuz_x)  # an attribute this torch does not have
