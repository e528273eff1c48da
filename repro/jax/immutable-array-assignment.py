# errfix-repro: expects=jax/immutable-array-assignment
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""NumPy-style in-place item assignment on a JAX array."""

import jax.numpy as jnp

x = jnp.zeros(5)
x[0] = 1.0
