# errfix-repro: expects=lightning/trainer-removed-argument
# errfix-repro: requires=lightning
"""A Lightning 1.x Trainer flag (progress_bar_refresh_rate, removed in 2.0) from an old config."""

import lightning.pytorch as L

config = {"max_epochs": 3, "progress_bar_refresh_rate": 20, "weights_summary": "top"}
trainer = L.Trainer(**config)
