# errfix-repro: expects=jax/concretization-type-error
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""A traced argument used where JAX needs a Python value: the length of jnp.arange inside jit."""

import jax
import jax.numpy as jnp


@jax.jit
def positions(n):
    return jnp.arange(n)


positions(5)
