# errfix-repro: expects=none
# errfix-repro: requires=torch,numpy
"""A healthy CPU training run with the warnings PyTorch users see every day: none is an error.

Prints a per-epoch log (loss/accuracy), a checkpoint save/load, and triggers common UserWarnings
(copy-constructing a tensor, a read-only NumPy array, implicit softmax dim, scheduler order).
"""
import os
import tempfile

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
print(f"Using device: {'cuda' if torch.cuda.is_available() else 'cpu'} (CUDA available: {torch.cuda.is_available()})")

x = torch.randn(64, 4)
y = (x.sum(dim=1) > 0).long()
loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1)

scheduler.step()  # before optimizer.step(): PyTorch warns about the order
copied = torch.tensor(x[:2])  # UserWarning: copy construct from a tensor
frozen = np.arange(4.0)
frozen.setflags(write=False)
shared = torch.from_numpy(frozen)  # UserWarning: the given NumPy array is not writable
probs = F.softmax(torch.randn(2, 3))  # UserWarning: implicit dimension choice for softmax

for epoch in range(1, 4):
    total, correct = 0.0, 0
    for batch_idx, (inputs, labels) in enumerate(loader):
        optimizer.zero_grad()
        logits = model(inputs)
        loss = F.cross_entropy(logits, labels)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(inputs)
        correct += (logits.argmax(1) == labels).sum().item()
        if batch_idx % 2 == 0:
            print(f"Train Epoch: {epoch} [{batch_idx * len(inputs)}/{len(loader.dataset)} "
                  f"({100.0 * batch_idx / len(loader):.0f}%)]\tLoss: {loss.item():.6f}")
    scheduler.step()
    print(f"Epoch {epoch}/3 - loss: {total / len(x):.4f} - accuracy: {correct / len(x):.4f} "
          f"- lr: {scheduler.get_last_lr()[0]:.4f}")

path = os.path.join(tempfile.mkdtemp(), "checkpoint.pt")
torch.save({"model": model.state_dict(), "epoch": 3}, path)
state = torch.load(path)
model.load_state_dict(state["model"])
print(f"Saved and reloaded checkpoint (epoch {state['epoch']}): <All keys matched successfully>")
