# errfix-repro: expects=jax/non-concrete-boolean-index
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""Boolean-mask indexing inside jit: the result size depends on the data."""

import jax
import jax.numpy as jnp


@jax.jit
def positives(x):
    return x[x > 0]


positives(jnp.arange(-2.0, 3.0))
