# errfix-repro: expects=transformers/accelerator-state-already-initialized
# errfix-repro: requires=accelerate
"""A second Accelerator(...) with other settings in the same process (notebook re-run)."""

from accelerate import Accelerator

Accelerator(mixed_precision="no")
Accelerator(mixed_precision="bf16")  # a re-run notebook cell with a different setting
