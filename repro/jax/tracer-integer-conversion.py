# errfix-repro: expects=jax/tracer-integer-conversion
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""A traced value used as a Python index (list lookup) inside jit."""

import jax
import jax.numpy as jnp

WEIGHTS = [0.1, 0.2, 0.3]


@jax.jit
def pick(x, i):
    return x * WEIGHTS[i]


pick(jnp.ones(3), 1)
