# A float64 3-D tensor through .cpu() (a no-op here), and the shared memory .numpy() promises.
import os

import torch

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
weights = torch.linspace(-1, 1, 24, dtype=torch.float64).reshape(2, 3, 4).requires_grad_(not BEFORE)
scaled = weights * 3
array = scaled.cpu().numpy()  # fails here
shares = array.base is not None or not array.flags["OWNDATA"]
result = [array, shares]
