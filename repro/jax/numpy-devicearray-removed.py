# errfix-repro: expects=jax/numpy-devicearray-removed
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jnp.DeviceArray, removed in JAX 0.4 (jax.Array replaces it)."""

import jax.numpy as jnp


def check(x):
    assert isinstance(x, jnp.DeviceArray)


check(jnp.ones(2))
