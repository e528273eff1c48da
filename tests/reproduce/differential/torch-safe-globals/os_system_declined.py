# errfix-differential: captures={"module": "os", "class_name": "system"}
import torch
state = torch.load("untrusted.pt")  # fails here
result = state
