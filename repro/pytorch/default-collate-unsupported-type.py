# errfix-repro: expects=pytorch/default-collate-unsupported-type
# errfix-repro: requires=torch
"""A Dataset that returns raw objects (like PIL images without ToTensor) to the default collate."""
from torch.utils.data import DataLoader


class Image:
    """Stands for a decoded image that no transform turned into a tensor."""


for batch in DataLoader([Image(), Image()], batch_size=2):
    pass
