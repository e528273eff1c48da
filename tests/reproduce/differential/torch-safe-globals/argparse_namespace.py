# errfix-differential: captures={"module": "argparse", "class_name": "Namespace"}
# errfix-differential: before-env=TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD=1
# The run's argparse arguments stored next to the weights, loaded inside a function.
import argparse
import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "run.pt")
args = argparse.Namespace(epochs=3, lr=0.01, tags=["a", "b"])
torch.save({"args": args, "state": {"w": torch.eye(2)}}, path)


def resume(path):
    saved = torch.load(path)  # fails here
    return saved["args"], saved["state"]


result = list(resume(path))
