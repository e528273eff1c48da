# errfix-repro: expects=jax/slice-indices-not-static
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""x[i:i + k] with a traced start index inside jit."""

import jax
import jax.numpy as jnp


@jax.jit
def window(x, i):
    return x[i : i + 2]


window(jnp.arange(5.0), 1)
