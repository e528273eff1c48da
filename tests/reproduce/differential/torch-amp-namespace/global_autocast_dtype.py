# errfix-differential: after-fails=no
# The process-wide CUDA autocast dtype changed: the old autocast still used float16, and so must
# the rewrite (it passes dtype=torch.float16 explicitly); positional GradScaler arguments too.
import torch
from torch.cuda.amp import GradScaler, autocast

torch.cuda.is_available = lambda: True
torch.set_autocast_dtype("cuda", torch.bfloat16)
torch.set_autocast_cache_enabled(False)
scaler = GradScaler(256.0, 4.0)  # fails here
ctx = autocast()
# _per_optimizer_states is a defaultdict of a function: compared by its (empty) items
result = [vars(scaler), vars(ctx)]
