# errfix-repro: expects=lightning/pl-utilities-distributed-removed
# errfix-repro: requires=pytorch_lightning
"""The old stable-diffusion / taming-transformers import of rank_zero_only, removed in Lightning 2.0
(pytorch_lightning.utilities.distributed no longer exists)."""

from pytorch_lightning.utilities.distributed import rank_zero_only


@rank_zero_only
def log_images(images):
    print(len(images))
