# errfix-repro: expects=pytorch/checkpoint-git-lfs-pointer
# errfix-repro: requires=torch
"""A repo cloned without git-lfs: the .pth file is the 130-byte LFS pointer text."""

# weights_only=False, the pre-2.6 default
import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "model.pth")
with open(path, "w") as f:
    f.write(
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:0c9a4a2d6b2ea4bfc1e5fbd3b0a5d1f7d1c4b0e9e8f6a2d4c3b1a0f9e8d7c6b5\nsize 102502400\n"
    )
print(os.path.getsize(path), "bytes")  # a real checkpoint is megabytes
torch.load(path, map_location="cpu", weights_only=False)  # the pre-2.6 default
