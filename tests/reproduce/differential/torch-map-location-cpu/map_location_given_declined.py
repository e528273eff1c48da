import torch

state = torch.load("model.pt", map_location="cuda:0")  # fails here
result = state
