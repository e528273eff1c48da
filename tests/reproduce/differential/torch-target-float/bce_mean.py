# before: float labels; after: the same 0/1 labels as int64 + the fix.
import os

import torch
import torch.nn.functional as F

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
torch.manual_seed(0)
logits = torch.randn(8, requires_grad=True)
probs = torch.sigmoid(logits)
labels = torch.tensor([1, 0, 1, 1, 0, 0, 1, 0])
labels = labels.float() if BEFORE else labels
loss = F.binary_cross_entropy(probs, labels)  # fails here
loss.backward()
result = [loss, logits.grad]
