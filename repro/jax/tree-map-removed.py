# errfix-repro: expects=jax/tree-map-removed
# errfix-repro: requires=jax
"""jax.tree_map, removed in JAX 0.6.0 (deprecated since 0.4.26)."""

import jax
import jax.numpy as jnp

params = {"w": jnp.ones(3)}
params = jax.tree_map(lambda p: p * 0.9, params)
