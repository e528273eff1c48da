# errfix-repro: expects=transformers/removed-import-from-transformers
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""from transformers import AdamW: removed (use torch.optim.AdamW)."""

from transformers import AdamW  # noqa: F401  (removed; torch.optim.AdamW replaces it)
