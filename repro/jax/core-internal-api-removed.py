# errfix-repro: expects=jax/core-internal-api-removed
# errfix-repro: requires=jax
"""Code written against jax.core internals that newer JAX removed (ConcreteArray in 0.4.36)."""

import jax.core


def is_concrete(x):
    return isinstance(x, jax.core.ConcreteArray)


is_concrete(1.0)
