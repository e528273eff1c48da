# errfix-repro: expects=jax/grad-non-scalar-output
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jax.grad of a function that returns per-example losses instead of their mean."""

import jax
import jax.numpy as jnp


def loss(w, x):
    return (x @ w) ** 2


jax.grad(loss)(jnp.ones(3), jnp.ones((5, 3)))
