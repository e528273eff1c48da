# errfix-repro: expects=jax/static-arg-unhashable
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""A list passed as a static (hashed) argument of jit."""

from functools import partial

import jax
import jax.numpy as jnp


@partial(jax.jit, static_argnums=1)
def mlp(x, sizes):
    return x * len(sizes)


mlp(jnp.ones(2), [64, 64])
