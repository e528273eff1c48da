# errfix-repro: expects=jax/pytree-structure-mismatch
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""tree.map over two pytrees whose keys differ (params vs grads from another model version)."""

import jax
import jax.numpy as jnp

params = {"w": jnp.ones(3), "b": jnp.zeros(1)}
grads = {"w": jnp.ones(3), "bias": jnp.zeros(1)}
jax.tree_util.tree_map(lambda p, g: p - 0.1 * g, params, grads)
