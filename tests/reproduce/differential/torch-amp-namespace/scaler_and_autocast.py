# errfix-differential: after-fails=no
# Both classes built with CUDA reported available, so they keep every setting (no GPU is used:
# only the constructors run). before/after are the same code: the old API still works.
import torch

torch.cuda.is_available = lambda: True
scaler = torch.cuda.amp.GradScaler(init_scale=1024.0, growth_factor=3.0, backoff_factor=0.25, growth_interval=7)  # fails here
ctx = torch.cuda.amp.autocast(True, torch.float16, False)
# _per_optimizer_states is a defaultdict of a function: compared by its (empty) items
result = [vars(scaler), vars(ctx)]
