# errfix-repro: expects=jax/gpu-backend-unavailable
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""Pinning arrays to the 'cuda' backend with the CPU-only jax wheel installed (pip install jax
without the [cuda12] extra)."""

import jax
import jax.numpy as jnp

x = jax.device_put(jnp.ones(3), jax.devices("cuda")[0])
