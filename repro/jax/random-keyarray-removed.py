# errfix-repro: expects=jax/random-keyarray-removed
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jax.random.KeyArray, removed in JAX 0.4.24; libraries annotating with it fail at import."""

import jax


def init(key: jax.random.KeyArray):
    return jax.random.normal(key, (2,))
