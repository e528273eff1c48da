import torch
from torch.cuda.amp import GradScaler

scaler = torch.cuda.amp.GradScaler()  # fails here
result = isinstance(scaler, GradScaler)
