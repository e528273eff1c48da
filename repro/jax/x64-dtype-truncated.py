# errfix-repro: expects=jax/x64-dtype-truncated
# errfix-repro: requires=jax
"""float64 requested without jax_enable_x64: JAX warns and silently computes in float32."""

import sys

import jax.numpy as jnp

x = jnp.array([1.0, 2.0], dtype=jnp.float64)
if x.dtype != jnp.float64:
    sys.exit(1)  # what the user's float64 check or tolerance test then does
