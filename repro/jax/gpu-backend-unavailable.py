# errfix-repro: expects=jax/gpu-backend-unavailable
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""Asking for GPU devices with the CPU-only jax wheel installed."""

import jax

gpu = jax.devices("gpu")[0]
