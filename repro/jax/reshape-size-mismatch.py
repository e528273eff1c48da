# errfix-repro: expects=jax/reshape-size-mismatch
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""Reshape to a shape with another number of elements."""

import jax.numpy as jnp

batch = jnp.ones((8, 28, 28))
flat = batch.reshape(8, 784 * 3)
