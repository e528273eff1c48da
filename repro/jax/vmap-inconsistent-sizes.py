# errfix-repro: expects=jax/vmap-inconsistent-sizes
# errfix-repro: requires=jax
"""vmap over two arguments whose mapped axes have different lengths."""

import jax
import jax.numpy as jnp


def loss(w, x):
    return jnp.dot(w, x)


jax.vmap(loss)(jnp.ones((3, 2)), jnp.ones((4, 2)))
