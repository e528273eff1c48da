# errfix-repro: expects=pytorch/torch-not-compiled-with-cuda
# errfix-repro: requires=torch
"""A CPU-only torch build (this environment's torch is +cpu) asked to use CUDA."""
import torch

model = torch.nn.Linear(3, 1)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model.to(device)  # the workaround: device-agnostic code runs on this CPU build
model.cuda()
