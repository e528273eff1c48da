# errfix-differential: main
import torch


def scale(x):
    return x * factor


factor = 2
result = scale(torch.ones(2))  # fails here
