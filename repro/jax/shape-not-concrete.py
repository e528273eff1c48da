# errfix-repro: expects=jax/shape-not-concrete
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jnp.zeros(n) with a traced n inside jit."""

import jax
import jax.numpy as jnp


@jax.jit
def buffer(n):
    return jnp.zeros((n, 2))


buffer(3)
