# errfix-repro: expects=jax/vmap-in-axes-mismatch
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""in_axes given for one argument of a two-argument function."""

import jax
import jax.numpy as jnp


def predict(params, x):
    return params * x


jax.vmap(predict, in_axes=(0,))(jnp.ones(3), jnp.ones(3))
